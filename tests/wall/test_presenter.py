"""The presenter view: every key, through the working view's saving and undo, on disk."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import tomli
from textual.widgets import Digits, Static

from dithub.model import YearMonth
from dithub.ui.book_screen import BookScreen
from dithub.ui.meeting_clock import MeetingClock, elapsed_text
from dithub.ui.note_screen import NoteScreen
from dithub.ui.presenter_screen import PresenterScreen

from .conftest import dashboard, settle

JUNE = YearMonth(2020, 6)
GROUP_LABELS = [
    "Thanh tra, kiểm tra",
    "Báo chí, xuất bản, thông tin",
    "IPv6",
    "Phát thanh, truyền hình, truyền thanh cơ sở",
    "Chính quyền điện tử, CNTT",
    "Bưu chính, viễn thông",
    "Công tác Đảng, đoàn thể",
]


def on_disk(book_dir: Path, month: str, task_id: str) -> dict | None:
    path = book_dir / f"{month}.toml"
    if not path.exists():
        return None
    tasks = tomli.loads(path.read_text(encoding="utf-8"))["tasks"]
    return next((task for task in tasks if task["id"] == task_id), None)


def heading(presenter: PresenterScreen) -> tuple[str, str, str]:
    name = str(presenter.query_one("#wall-group-name", Static).render())
    return name, presenter.query_one("#wall-done", Digits).value, presenter.query_one("#wall-total", Digits).value


def where(presenter: PresenterScreen) -> str:
    return str(presenter.query_one(MeetingClock).render())


async def open_presenter(pilot) -> PresenterScreen:
    await pilot.press("p")
    await settle(pilot)
    presenter = pilot.app.screen
    assert isinstance(presenter, PresenterScreen)
    return presenter


async def test_opens_on_the_cursor_group_and_goes_back_where_it_was(make_app) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        screen.table.move_cursor(row=screen.table.get_row_index("task:ipv6-co-quan-nha-nuoc"))
        await pilot.pause()
        presenter = await open_presenter(pilot)
        assert heading(presenter)[0] == "IPv6"
        assert presenter.selected_task().id == "ipv6-co-quan-nha-nuoc"
        assert "nhóm 3/7 · còn 4 nhóm" in where(presenter)
        for back in ("escape", "p"):
            await pilot.press("right", "down")
            await pilot.press(back)
            await settle(pilot)
            assert isinstance(app.screen, BookScreen)
            assert screen.current == JUNE and screen.table.current_task_id == "ipv6-co-quan-nha-nuoc"
            if back == "escape":
                presenter = await open_presenter(pilot)


async def test_groups_in_reporting_order_with_arrows_and_tab(make_app) -> None:
    async with dashboard(make_app) as (_, pilot, _screen):
        presenter = await open_presenter(pilot)
        assert heading(presenter) == (GROUP_LABELS[0], "0", "7")
        seen = [heading(presenter)[0]]
        for key in ("right", "tab", "right", "tab", "right", "tab"):
            await pilot.press(key)
            seen.append(heading(presenter)[0])
        assert seen == GROUP_LABELS
        assert "nhóm 7/7 · nhóm cuối" in where(presenter)
        await pilot.press("right")  # the last group stays the last
        assert heading(presenter)[0] == GROUP_LABELS[-1]
        await pilot.press("left", "shift+tab")
        assert heading(presenter)[0] == GROUP_LABELS[4]
        await pilot.press("left", "left", "left", "left", "left")
        assert heading(presenter) == (GROUP_LABELS[0], "0", "7")
        await pilot.press("right")
        assert heading(presenter) == (GROUP_LABELS[1], "2", "4")  # two press tasks were done in June


async def test_up_down_between_tasks_and_each_group_keeps_its_place(make_app) -> None:
    async with dashboard(make_app) as (_, pilot, _screen):
        presenter = await open_presenter(pilot)
        await pilot.press("down", "down", "j")
        assert presenter.selected_task().id == "kiem-tra-ha-thanh"
        await pilot.press("up", "k")
        assert presenter.selected_task().id == "kiem-tra-uniden"
        await pilot.press("up", "up", "up")  # stays on the first
        assert presenter.tasks.cursor == 0
        await pilot.press("down", "right", "down", "left")
        assert presenter.selected_task().id == "kiem-tra-uniden"


async def test_tick_and_undo_reach_the_disk_and_the_big_figures(make_app, book_dir: Path) -> None:
    june = book_dir / "2020-06.toml"
    original = june.read_bytes()
    async with dashboard(make_app) as (_, pilot, screen):
        presenter = await open_presenter(pilot)
        await pilot.press("down", "space")
        await settle(pilot)
        assert on_disk(book_dir, "2020-06", "kiem-tra-uniden")["status"] == "done"
        assert heading(presenter)[1:] == ("1", "7")
        assert "✓" in presenter.tasks.text_of(1) and "xong ngày 20/06/2020" in presenter.tasks.text_of(1)
        assert screen.book.month(JUNE).task("kiem-tra-uniden").status.value == "done"  # the working view's book
        await pilot.press("u")
        await settle(pilot)
        assert june.read_bytes() == original
        assert heading(presenter)[1:] == ("0", "7")
        await pilot.press("ctrl+r", "x")  # redo, then x ticks it open again: the same keys as the working view
        await settle(pilot)
        assert june.read_bytes() == original


async def test_carry_and_undo_on_disk(make_app, book_dir: Path) -> None:
    async with dashboard(make_app) as (_, pilot, _screen):
        presenter = await open_presenter(pilot)
        await pilot.press("right", "right")  # IPv6: one task, carried twice already
        assert "đã chuyển 2 lần" in presenter.tasks.text_of(0)  # marked plainly, in words
        await pilot.press("c")
        await settle(pilot)
        assert on_disk(book_dir, "2020-06", "ipv6-co-quan-nha-nuoc")["status"] == "carried"
        carried = on_disk(book_dir, "2020-07", "ipv6-co-quan-nha-nuoc")
        assert carried is not None and carried["times_carried"] == 3
        assert "đã chuyển sang tháng sau" in presenter.tasks.text_of(0)
        await pilot.press("c")  # carried already: said, nothing changes
        await settle(pilot)
        assert on_disk(book_dir, "2020-06", "ipv6-co-quan-nha-nuoc")["status"] == "carried"
        await pilot.press("u")
        await settle(pilot)
        assert on_disk(book_dir, "2020-06", "ipv6-co-quan-nha-nuoc")["status"] == "open"
        assert not (book_dir / "2020-07.toml").exists()
        assert isinstance(pilot.app.screen, PresenterScreen) and heading(presenter)[0] == "IPv6"


async def test_note_written_on_the_wall_is_saved_and_undone(make_app, book_dir: Path) -> None:
    async with dashboard(make_app) as (app, pilot, _screen):
        presenter = await open_presenter(pilot)
        await pilot.press("right", "right", "right", "down")  # broadcasting, the second task
        task_id = presenter.selected_task().id
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        await pilot.press(*"Sở Tài chính thẩm định kinh phí trước 15/7")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert on_disk(book_dir, "2020-06", task_id)["note"] == "Sở Tài chính thẩm định kinh phí trước 15/7"
        assert "✎ Sở Tài chính thẩm định kinh phí trước 15/7" in presenter.tasks.text_of(1)
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("escape")  # left as it was
        await settle(pilot)
        assert on_disk(book_dir, "2020-06", task_id)["note"] == "Sở Tài chính thẩm định kinh phí trước 15/7"
        await pilot.press("u")
        await settle(pilot)
        assert "note" not in on_disk(book_dir, "2020-06", task_id)


async def test_an_empty_group_says_so_and_its_keys_change_nothing(make_app, book_dir: Path) -> None:
    settings = book_dir / "dithub.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8")
        + '\n[[categories]]\nid = "digital-transformation"\nlabel = "Chuyển đổi số"\nkeywords = ["chuyển đổi số"]\n',
        encoding="utf-8",
    )
    june = book_dir / "2020-06.toml"
    original = june.read_bytes()
    async with dashboard(make_app) as (_, pilot, _screen):
        presenter = await open_presenter(pilot)
        for _ in range(len(GROUP_LABELS)):
            await pilot.press("right")
        assert heading(presenter) == ("Chuyển đổi số", "0", "0")
        assert "Tháng này nhóm này không có nhiệm vụ nào." in str(presenter.tasks.render_line(0).text)
        await pilot.press("space", "c", "down", "n")
        await settle(pilot)
        assert isinstance(pilot.app.screen, PresenterScreen)  # no note dialog for no task
        assert june.read_bytes() == original


async def test_a_long_title_wraps_in_full_with_owner_and_deadline_below(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        presenter = await open_presenter(pilot)
        await pilot.press("right")
        title = presenter.working.book.month(JUNE).task("bao-cao-kh-101").title  # 191 characters
        lines = presenter.tasks.text_of(0).splitlines()
        width = presenter.tasks.size.width
        assert len(title) > width and len(lines) >= 4 and all(len(line) <= width for line in lines)
        words = " ".join(line.strip(" ✓○▌") for line in lines)
        # every word of the title, in order, nothing cut; then owner and deadline on a line of their own
        assert words.startswith(f"{title} Phòng Thông tin - Báo chí - Xuất bản · hạn 15/06/2020")
        owner_line = next(i for i, line in enumerate(lines) if "Phòng Thông tin" in line)
        assert lines[owner_line].strip(" ▌").startswith("Phòng Thông tin") and owner_line >= 3


async def test_a_tall_screen_gives_each_fact_its_own_line(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(pilot)
        presenter = await open_presenter(pilot)
        first = presenter.tasks.text_of(0).splitlines()
        assert [line.strip(" ▌○") for line in first] == [
            "Kiểm tra Chi nhánh Hải Dương Công ty Cổ phần Du lịch dịch vụ Nam Cường",
            "Chủ trì: Thanh tra Sở",
            "Hạn: 12/06/2020 (quá hạn)",
            "✎ Tham mưu ban hành Quyết định, Kế hoạch kiểm tra trước",
        ]
        assert presenter.tasks.on_screen() == list(range(7))  # the whole group at once
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert "Thanh tra Sở · hạn 12/06/2020 (quá hạn)" in presenter.tasks.text_of(0)  # compact when it must be


async def test_the_meeting_clock_counts_from_when_the_view_opened(make_app, meeting_clock) -> None:
    async with dashboard(make_app) as (_, pilot, _screen):
        presenter = await open_presenter(pilot)
        assert "Đã họp 00:00 · Bây giờ 08:30" in where(presenter)
        meeting_clock.now += timedelta(minutes=72, seconds=5)
        assert "Đã họp 1:12:05 · Bây giờ 09:42" in where(presenter)
    assert elapsed_text(754) == "12:34" and elapsed_text(-3) == "00:00"


async def test_in_english_and_in_the_palette(make_app) -> None:
    async with dashboard(make_app, language="en") as (app, pilot, screen):
        commands = {command.title for command in app.get_system_commands(screen)}
        assert "Presenter view" in commands and "Wall colours: wall, dark" in commands
        presenter = await open_presenter(pilot)
        assert "June 2020 · group 1 of 7 · 6 groups to go" in where(presenter)
        assert "Owner: Thanh tra Sở\n    Due: 12/06/2020 (overdue)" in presenter.tasks.text_of(0)
        commands = {command.title for command in app.get_system_commands(presenter)}
        assert {"Next group", "Done", "Carry", "Note", "Undo", "Back to the working view"} <= commands


async def test_quit_from_the_wall_goes_through_the_working_view(make_app, book_dir: Path) -> None:
    async with dashboard(make_app) as (app, pilot, _screen):
        await open_presenter(pilot)
        await pilot.press("space", "q")
        await settle(pilot)
    assert on_disk(book_dir, "2020-06", "kiem-tra-nam-cuong")["status"] == "done"
    assert app.return_code == 0


async def test_an_outside_edit_shows_on_the_wall(make_app, book_dir: Path) -> None:
    june = book_dir / "2020-06.toml"
    async with dashboard(make_app) as (_, pilot, screen):
        presenter = await open_presenter(pilot)
        text = june.read_text(encoding="utf-8")
        head, tail = text.split('id = "kiem-tra-nam-cuong"')
        tail = tail.replace('status = "open"', 'status = "done"\ndone_on = 2020-06-19', 1)
        june.write_text(f'{head}id = "kiem-tra-nam-cuong"{tail}', encoding="utf-8")
        screen.watch_disk()  # what the working view's watcher does every two seconds
        await settle(pilot)
        presenter._follow_book()
        assert heading(presenter)[1:] == ("1", "7")


async def test_a_broken_month_is_not_presented_and_says_why(make_app, book_dir: Path) -> None:
    (book_dir / "2020-04.toml").write_text('month = "2020-04"\n\n[[tasks]]\ntitle = "Thanh tra hoạt động in\n', encoding="utf-8")
    async with dashboard(make_app) as (app, pilot, screen):
        screen.go_to(YearMonth(2020, 4))
        await pilot.pause()
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, BookScreen)
        assert any("chưa trình chiếu được" in str(n.message) for n in app._notifications)


async def test_a_long_group_lays_out_only_what_is_on_screen_and_follows_the_cursor(make_app, book_dir: Path) -> None:
    june = book_dir / "2020-06.toml"
    extra = "".join(
        f'\n[[tasks]]\nid = "kiem-tra-dai-truyen-thanh-xa-{n}"\ntitle = "Kiểm tra hoạt động đài truyền thanh cấp xã số {n} '
        f'trên địa bàn huyện Thanh Miện theo Kế hoạch thanh tra, kiểm tra năm 2020"\ncategory = "inspection"\n'
        f'owner = "Thanh tra Sở"\ndue = 2020-06-30\nstatus = "open"\n'
        for n in range(1, 401)
    )
    june.write_text(june.read_text(encoding="utf-8") + extra, encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        presenter = await open_presenter(pilot)
        tasks = presenter.tasks
        assert heading(presenter) == (GROUP_LABELS[0], "0", "407")
        assert len(tasks._blocks) < 10  # a screenful laid out, not 407 tasks
        for _ in range(30):
            await pilot.press("down")
        assert presenter.selected_task().id == "kiem-tra-dai-truyen-thanh-xa-24"
        assert tasks.cursor in tasks.on_screen()
        shown = [line for index, line in tasks._lines[: tasks.size.height] if index == tasks.cursor]
        assert len(shown) == len(tasks.text_of(tasks.cursor).splitlines())  # the whole of it, not its first lines
        assert len(tasks._blocks) < 50
        await pilot.press("space")
        await settle(pilot)
        assert on_disk(book_dir, "2020-06", "kiem-tra-dai-truyen-thanh-xa-24")["status"] == "done"
        assert presenter.selected_task().id == "kiem-tra-dai-truyen-thanh-xa-24" and tasks.cursor in tasks.on_screen()
