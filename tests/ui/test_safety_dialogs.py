"""Issue 12, defects 2 and 12 through the dashboard: the edit form saves the real text behind the
symbols it shows, and a question too big for the terminal cannot be answered unseen."""

from __future__ import annotations

from pathlib import Path

import tomli

from dithub.ui.carry_screen import CarryScreen
from dithub.ui.task_form import TaskForm

from .conftest import dashboard, settle


def titles(path: Path) -> dict[str, str]:
    return {task["id"]: task["title"] for task in tomli.loads(path.read_text(encoding="utf-8"))["tasks"]}


async def test_editing_a_title_with_a_line_break_keeps_the_line_break(make_app, book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('title = "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM"', 'title = "Kiểm tra Công ty\\nTNHH UNIDEN\\tVIỆT NAM"')
    path.write_text(text, encoding="utf-8")
    async with dashboard(make_app) as (app, pilot, screen):
        screen.table.move_cursor(row=screen.table.get_row_index("task:kiem-tra-uniden"))
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, TaskForm)
        title = app.screen.query_one("#title")
        assert title.value == "Kiểm tra Công ty␊TNHH UNIDEN␉VIỆT NAM"  # shown as symbols
        title.value += " (lần 2)"
        app.screen.query_one("#owner").value = "Thanh tra Sở\u202e"
        await pilot.press("ctrl+s")
        await settle(pilot)
    saved = titles(path)["kiem-tra-uniden"]
    assert saved == "Kiểm tra Công ty\nTNHH UNIDEN\tVIỆT NAM (lần 2)"
    assert "␊" not in path.read_text(encoding="utf-8")


async def test_a_question_the_terminal_is_too_small_to_show_cannot_be_answered(make_app, book_dir: Path) -> None:
    app = make_app()
    async with app.run_test(size=(20, 5)) as pilot:
        await settle(pilot)
        await pilot.press("C")  # carry every open task: asks first
        await settle(pilot)
        assert isinstance(app.screen, CarryScreen)
        shown = str(app.screen.query_one("#question").render())
        assert "nhỏ" in shown  # "the terminal is too small", not an empty box
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, CarryScreen)  # not answered
        assert not (book_dir / "2020-07.toml").exists()
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        assert "chuyển" in str(app.screen.query_one("#question").render()).lower()
        await pilot.press("y")
        await settle(pilot)
        assert not isinstance(app.screen, CarryScreen)
    assert (book_dir / "2020-07.toml").exists()


async def test_a_month_deleted_outside_is_shown_as_deleted(make_app, book_dir: Path) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        assert screen.table.row_count > 0
        (book_dir / "2020-06.toml").unlink()
        screen.watch_disk()
        await settle(pilot)
        assert any("bị xóa" in str(n.message) for n in app._notifications)
        assert screen.table.row_count == 0
        assert screen.book.read_only(screen.current)  # nothing is saved into a file that is gone
        await pilot.press("space", "c")  # keys that would change it do nothing, and break nothing
        await settle(pilot)
        assert not (book_dir / "2020-06.toml").exists() and app.is_running
        (book_dir / "2020-06.toml").write_text(
            'month = "2020-06"\n\n[[tasks]]\nid = "mot"\ntitle = "Họp báo"\n', encoding="utf-8"
        )
        screen.watch_disk()
        await settle(pilot)
        assert screen.table.row_count > 0  # back when the file is


async def test_a_slow_save_shows_that_the_change_is_not_on_disk_yet(make_app, book_dir: Path, monkeypatch) -> None:
    """Issue 12, defect 6: quick undo/redo on a huge month took seconds to reach the disk, unsaid."""
    import threading

    from dithub.book import Book
    from dithub.ui.book_header import BookHeader

    release, real, saves = threading.Event(), Book.run_save, []

    def slow_save(book, job):  # noqa: ANN001, ANN202 - a 5,000-task month's save, made slow at will
        saves.append(job.key)
        release.wait(5)
        return real(book, job)

    monkeypatch.setattr(Book, "run_save", slow_save)
    async with dashboard(make_app) as (app, pilot, screen):
        screen.table.move_cursor(row=screen.table.get_row_index("task:kiem-tra-uniden"))
        for key in ("space", "u", "ctrl+r", "u", "ctrl+r", "u", "ctrl+r"):  # quick undo and redo
            await pilot.press(key)
        await pilot.pause(0.8)
        assert "đang lưu" in str(screen.query_one(BookHeader).render())
        release.set()
        await settle(pilot)
        assert "đang lưu" not in str(screen.query_one(BookHeader).render())
    assert len(saves) <= 2  # the latest state, not each step
    assert 'status = "done"' in (book_dir / "2020-06.toml").read_text(encoding="utf-8").split('id = "kiem-tra-uniden"')[1][:400]
