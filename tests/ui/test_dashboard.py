"""Every key and behaviour of the meeting dashboard, driven through Textual's Pilot."""

from __future__ import annotations

import difflib
import errno
import os
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.command import CommandPalette

from dithub.i18n import t
from dithub.model import Status, YearMonth
from dithub.ui.book_header import BookHeader
from dithub.ui.book_screen import BookScreen
from dithub.ui.carry_screen import CarryScreen
from dithub.ui.confirm_screen import ConfirmScreen
from dithub.ui.conflict_screen import ConflictScreen
from dithub.ui.help_screen import HelpScreen
from dithub.ui.month_list import MonthList
from dithub.ui.task_details import TaskDetails
from dithub.ui.task_form import TaskForm
from dithub.ui.task_table import TaskTable

from .conftest import SIZE, dashboard, screen_of, settle

JUNE = YearMonth(2020, 6)
JULY = YearMonth(2020, 7)


def rendered(widget) -> str:
    return str(widget.render())


def row_keys(table: TaskTable) -> list[str]:
    return table.row_keys


def select(table: TaskTable, task_id: str) -> None:
    table.move_cursor(row=table.get_row_index(f"task:{task_id}"))


async def test_opens_on_latest_month_grouped_in_display_order(make_app) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        assert screen.current == JUNE
        header = rendered(screen.query_one(BookHeader))
        assert "Tháng 6/2020" in header and "02/06/2020" in header and "Nguyễn Cao Thắng" in header
        assert "Xong 2/21" in header
        groups = [k for k in row_keys(screen.table) if k.startswith("group:")]
        assert groups == [
            "group:inspection",
            "group:press",
            "group:ipv6",
            "group:broadcasting",
            "group:egov",
            "group:postal",
            "group:party",
        ]
        # the cursor starts on the first task, not on a heading
        assert screen.table.current_task_id == "kiem-tra-nam-cuong"


async def test_english_interface(make_app) -> None:
    async with dashboard(make_app, language="en") as (app, pilot, screen):
        header = rendered(screen.query_one(BookHeader))
        assert "June 2020" in header and "Done 2/21" in header
        descriptions = {b.description for _, b in screen._bindings}
        assert {"Done", "Carry", "Carry all", "Search", "Undo", "Quit"} <= descriptions
        assert not any(d.startswith("key.") for d in descriptions)


@pytest.mark.parametrize("key", ["space", "x"])
async def test_tick_saves_only_the_status_lines_and_untick_restores_the_file(make_app, book_dir: Path, key: str) -> None:
    path = book_dir / "2020-06.toml"
    original = path.read_text(encoding="utf-8")
    async with dashboard(make_app) as (app, pilot, screen):
        select(screen.table, "kiem-tra-uniden")
        await pilot.press(key)
        await settle(pilot)
        changed = path.read_text(encoding="utf-8")
        diff = [line for line in difflib.ndiff(original.splitlines(), changed.splitlines()) if line[:1] in "+-"]
        assert diff == ['- status = "open"', '+ status = "done"', "+ done_on = 2020-06-20"]
        assert screen.book.month(JUNE).task("kiem-tra-uniden").status is Status.DONE
        assert "[x]" in str(screen.table.get_cell("task:kiem-tra-uniden", "mark"))
        await pilot.press(key)
        await settle(pilot)
        assert path.read_text(encoding="utf-8") == original


async def test_a_tick_moves_its_group_count_and_the_header_count(make_app) -> None:
    """The heading is recounted from the tick alone; it must agree with counting the group."""
    async with dashboard(make_app) as (app, pilot, screen):
        table = screen.table
        category = screen.book.settings.category_of(screen.book.month(JUNE).task("kiem-tra-uniden"))

        def group_count() -> str:
            return str(table.get_cell(f"group:{category}", "owner")).split()[-1]

        def counted() -> str:
            tasks = [t for t in screen.book.month(JUNE).tasks if screen.book.settings.category_of(t) == category]
            return f"{sum(t.status is Status.DONE for t in tasks)}/{len(tasks)}"

        before = group_count()
        assert before == counted()
        select(table, "kiem-tra-uniden")
        await pilot.press("space")
        await settle(pilot)
        assert group_count() == counted() != before
        assert f"{screen.book.month(JUNE).done_count}/" in rendered(screen.query_one(BookHeader))
        await pilot.press("space")
        await settle(pilot)
        assert group_count() == before


async def test_carry_one_task_creates_next_month(make_app, book_dir: Path) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        select(screen.table, "ipv6-co-quan-nha-nuoc")
        await pilot.press("c", "enter")  # Enter: keep the deadline
        await settle(pilot)
        july = (book_dir / "2020-07.toml").read_text(encoding="utf-8")
        assert 'month = "2020-07"' in july and 'id = "ipv6-co-quan-nha-nuoc"' in july
        assert 'carried_from = "2020-06"' in july and "times_carried = 3" in july
        assert screen.book.month(JUNE).task("ipv6-co-quan-nha-nuoc").status is Status.CARRIED
        # a carried task cannot be carried or ticked again: the keys say why, and change nothing
        july_before = (book_dir / "2020-07.toml").read_bytes()
        await pilot.press("c", "space")
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert any("Chỉ chuyển được nhiệm vụ đang làm" in m for m in messages)
        assert any("không đánh dấu xong được" in m for m in messages)
        assert (book_dir / "2020-07.toml").read_bytes() == july_before


async def test_carry_all_asks_first_and_escape_or_n_cancels(make_app, book_dir: Path) -> None:
    async with dashboard(make_app) as (app, pilot, _):
        for cancel in ("escape", "n"):
            await pilot.press("C")
            await pilot.pause()
            assert isinstance(app.screen, CarryScreen)
            assert "19" in app.screen.question and "Tháng 7/2020" in app.screen.question and "2020-07.toml" in app.screen.question
            await pilot.press(cancel)
            await settle(pilot)
            assert not (book_dir / "2020-07.toml").exists()
        await pilot.press("C")
        await pilot.pause()
        await pilot.press("y")
        await settle(pilot)
        screen = screen_of(pilot)
        assert len(screen.book.month(JULY).tasks) == 19
        assert not screen.book.month(JUNE).open_tasks


async def test_undo_and_redo_of_carry_all_on_disk(make_app, book_dir: Path) -> None:
    june = book_dir / "2020-06.toml"
    original = june.read_bytes()
    async with dashboard(make_app) as (app, pilot, _):
        await pilot.press("C")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        carried = june.read_bytes()
        assert (book_dir / "2020-07.toml").exists() and carried != original
        await pilot.press("u")
        await settle(pilot)
        assert june.read_bytes() == original
        assert not (book_dir / "2020-07.toml").exists()
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert june.read_bytes() == carried
        assert len(screen_of(pilot).book.month(JULY).tasks) == 19


async def test_undo_of_tick_add_edit_delete_back_to_start(make_app, book_dir: Path) -> None:
    june = book_dir / "2020-06.toml"
    original = june.read_bytes()
    async with dashboard(make_app) as (app, pilot, screen):
        await pilot.press("space")  # tick
        await settle(pilot)
        await pilot.press("a")  # add
        await pilot.pause()
        await pilot.click("#title")
        await pilot.press(*"Rà soát đài truyền thanh xã")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("e")  # edit the added task
        await pilot.pause()
        app.screen.query_one("#title").value = "Rà soát các đài truyền thanh cấp xã"
        await pilot.press("ctrl+s")
        await settle(pilot)
        select(screen.table, "kiem-tra-uniden")
        await pilot.press("d")  # delete
        await pilot.pause()
        await pilot.press("y")
        await settle(pilot)
        assert june.read_bytes() != original
        for _ in range(4):
            await pilot.press("u")
            await settle(pilot)
        assert june.read_bytes() == original
        assert screen.check_action("undo", ()) is False


async def test_months_navigation_with_brackets(make_app) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        assert screen.check_action("next_month", ()) is False
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert screen.current == YearMonth(2020, 5)
        assert "Tháng 5/2020" in rendered(screen.query_one(BookHeader))
        assert screen.check_action("previous_month", ()) is False
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert screen.current == JUNE


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # titles with "báo chí", and tasks owned by the "Phòng Thông tin - Báo chí - Xuất bản"
        (
            "bao chi",
            {
                "bao-cao-kh-101",
                "gap-mat-trao-giai-bao-chi-21-6",
                "phong-hop-bao-xu-dong",
                "trung-tam-bao-chi-dai-hoi-thanh-pho",
                "ke-hoach-kiem-tra-dai-truyen-thanh",
                "ke-hoach-truyen-thanh-co-so-cong-nghe-moi",
            },
        ),
        ("dai truyen thanh", {"ke-hoach-kiem-tra-dai-truyen-thanh"}),
        ("Đài truyền thanh", {"ke-hoach-kiem-tra-dai-truyen-thanh"}),
        ("IPV6", {"ipv6-co-quan-nha-nuoc"}),
    ],
)
async def test_search_ignores_case_and_diacritics(make_app, query: str, expected: set[str]) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        await pilot.press("slash")
        await pilot.press(*query)
        await pilot.pause()
        shown = {k.removeprefix("task:") for k in row_keys(screen.table) if k.startswith("task:")}
        assert shown == expected
        await pilot.press("enter")
        await pilot.pause()
        assert screen.table.has_focus
        assert screen.table.current_task_id in expected
        await pilot.press("escape")
        await pilot.pause()
        assert screen.search_text == ""
        assert len([k for k in row_keys(screen.table) if k.startswith("task:")]) == 21


async def test_escape_in_search_box_clears_it(make_app) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        await pilot.press("slash", *"wifi")
        await pilot.pause()
        assert [k for k in row_keys(screen.table) if k.startswith("task:")] == ["task:wifi-cong-cong"]
        await pilot.press("escape")
        await pilot.pause()
        assert screen.search_text == "" and screen.table.has_focus
        assert len(row_keys(screen.table)) == 28


async def test_keyboard_movement_between_rows_and_groups(make_app) -> None:
    async with dashboard(make_app) as (app, pilot, _):
        table = screen_of(pilot).table
        keys = row_keys(table)
        await pilot.press("j")
        assert keys[table.cursor_row] == "task:kiem-tra-uniden"
        await pilot.press("k", "down", "up")
        assert keys[table.cursor_row] == "task:kiem-tra-nam-cuong"
        await pilot.press("tab")
        assert keys[table.cursor_row] == "group:press"
        await pilot.press("tab")
        assert keys[table.cursor_row] == "group:ipv6"
        await pilot.press("shift+tab")
        assert keys[table.cursor_row] == "group:press"
        await pilot.press("end")
        assert table.cursor_row == len(keys) - 1
        await pilot.press("home")
        assert table.cursor_row == 0
        assert screen_of(pilot).check_action("tick", ()) is False  # a heading is not a task


async def test_filter_cycles_all_open_carried_overdue(make_app) -> None:
    async with dashboard(make_app) as (app, pilot, screen):

        def shown() -> set[str]:
            return {k.removeprefix("task:") for k in row_keys(screen.table) if k.startswith("task:")}

        everything = shown()
        await pilot.press("f")
        assert shown() == everything - {"bao-cao-kh-101", "gap-mat-trao-giai-bao-chi-21-6"}
        await pilot.press("f")
        carried = {t.id for t in screen.book.month(JUNE).tasks if t.times_carried}
        assert shown() == carried and len(carried) == 8
        await pilot.press("f")  # overdue on 20/06/2020: open and due before it
        assert shown() == {"kiem-tra-nam-cuong", "kiem-tra-uniden", "kiem-tra-huong-nguyen"}
        assert "quá hạn" in rendered(screen.query_one(BookHeader))
        await pilot.press("f")
        assert shown() == everything


async def test_add_task_form_validates(make_app, book_dir: Path) -> None:
    async with dashboard(make_app) as (app, pilot, _):
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, TaskForm)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "tên nhiệm vụ" in rendered(form.query_one("#error"))
        form.query_one("#title").value = "Kiểm tra đài truyền thanh xã Thanh Hà"
        form.query_one("#owner").value = "Thanh tra Sở"
        form.query_one("#due").value = "31/02/2020"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Hạn không đúng" in rendered(form.query_one("#error"))
        form.query_one("#due").value = "25/06/2020"
        await pilot.press("ctrl+s")
        await settle(pilot)
        text = (book_dir / "2020-06.toml").read_text(encoding="utf-8")
        assert 'title = "Kiểm tra đài truyền thanh xã Thanh Hà"' in text and "due = 2020-06-25" in text
        screen = screen_of(pilot)
        assert screen.table.current_task_id == "kiem-tra-dai-truyen-thanh-xa-thanh-ha"
        assert (
            screen.book.settings.category_of(screen.book.month(JUNE).task("kiem-tra-dai-truyen-thanh-xa-thanh-ha"))
            == "inspection"
        )


async def test_edit_and_delete(make_app, book_dir: Path) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        select(screen.table, "wifi-cong-cong")
        await pilot.press("e")
        await pilot.pause()
        assert app.screen.query_one("#title").value.startswith("Triển khai khảo sát")
        app.screen.query_one("#owner").value = "Trung tâm CNTT&TT"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert screen.book.month(JUNE).task("wifi-cong-cong").owner == "Trung tâm CNTT&TT"
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and "Wifi" in app.screen.question
        await pilot.press("escape")
        await settle(pilot)
        assert screen.book.month(JUNE).has_task("wifi-cong-cong")
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert 'id = "wifi-cong-cong"' not in (book_dir / "2020-06.toml").read_text(encoding="utf-8")


async def test_help_lists_every_key(make_app) -> None:
    async with dashboard(make_app) as (app, pilot, _):
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        descriptions = {d for _, d in app.screen.keys}
        declared = Binding.make_bindings([*BookScreen.BINDINGS, *TaskTable.BINDINGS])
        for binding in declared:
            assert t(binding.description, "vi") in descriptions
        keys = " ".join(k for k, _ in app.screen.keys)
        for key in ("space", "x", "C", "[", "]", "/", "^r", "tab", "home"):
            assert key in keys
        assert any("Bảng lệnh" in d for d in descriptions)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_command_palette_has_actions_and_go_to_month(make_app) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        commands = {c.title: c for c in app.get_system_commands(screen)}
        assert "Xong" in commands and "Chuyển hết" in commands
        commands["Đi tới Tháng 5/2020"].callback()
        await pilot.pause()
        assert screen.current == YearMonth(2020, 5)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)  # ours, in the interface's language (palette.py)


async def test_q_quits(make_app) -> None:
    async with dashboard(make_app) as (app, pilot, _):
        await pilot.press("space")
        await pilot.press("q")
        await settle(pilot)
    assert app.return_code == 0
    assert not screen_of_app_alive(app)


def screen_of_app_alive(app) -> bool:
    return app.is_running


async def test_outside_edit_is_reloaded_when_nothing_is_pending(make_app, book_dir: Path) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        path = book_dir / "2020-06.toml"
        text = path.read_text(encoding="utf-8")
        path.write_text(text + '\n[[tasks]]\nid = "hop-bao-quy-2"\ntitle = "Tổ chức họp báo quý II"\n', encoding="utf-8")
        screen.watch_disk()
        await settle(pilot)
        assert screen.book.month(JUNE).has_task("hop-bao-quy-2")
        assert "task:hop-bao-quy-2" in row_keys(screen.table)


async def test_outside_edit_of_other_task_is_merged(make_app, book_dir: Path) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        path = book_dir / "2020-06.toml"
        # someone on another laptop ticks one task; we tick another before we notice
        text = path.read_text(encoding="utf-8")
        theirs = text.replace('id = "wifi-cong-cong"', 'id = "wifi-cong-cong"\n# sửa tay', 1)
        path.write_text(theirs, encoding="utf-8")
        select(screen.table, "kiem-tra-uniden")
        await pilot.press("space")
        await settle(pilot)
        saved = path.read_text(encoding="utf-8")
        assert "# sửa tay" in saved and "done_on = 2020-06-20" in saved


@pytest.mark.parametrize(("choice", "kept_label"), [("k", "theirs"), ("r", "mine")])
async def test_conflicting_outside_edit_asks_and_keeps_a_copy(make_app, book_dir: Path, choice: str, kept_label: str) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        path = book_dir / "2020-06.toml"
        text = path.read_text(encoding="utf-8")
        start = text.index('id = "kiem-tra-uniden"')
        end = text.index("[[tasks]]", start)
        theirs = text[:start] + text[start:end].replace('status = "open"', 'status = "dropped"') + text[end:]
        path.write_text(theirs, encoding="utf-8")
        select(screen.table, "kiem-tra-uniden")
        await pilot.press("space")
        await settle(pilot)
        assert isinstance(app.screen, ConflictScreen)
        assert "2020-06.toml" in app.screen.file_name and app.screen.titles
        await pilot.press(choice)
        await settle(pilot)
        copies = list(book_dir.glob(f"2020-06.{kept_label}-*.toml"))
        assert len(copies) == 1
        now = path.read_text(encoding="utf-8")
        if choice == "k":
            assert "done_on = 2020-06-20" in now and copies[0].read_text(encoding="utf-8") == theirs
            assert screen.book.month(JUNE).task("kiem-tra-uniden").status is Status.DONE
        else:
            assert now == theirs and "done_on = 2020-06-20" in copies[0].read_text(encoding="utf-8")
            assert screen.book.month(JUNE).task("kiem-tra-uniden").status is Status.DROPPED


async def test_failed_save_is_shown_kept_and_retried(make_app, book_dir: Path, monkeypatch) -> None:
    path = book_dir / "2020-06.toml"
    original = path.read_bytes()
    real_replace = os.replace

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    async with dashboard(make_app) as (app, pilot, screen):
        monkeypatch.setattr("dithub.storage.os.replace", disk_full)
        await pilot.press("space")
        await settle(pilot)
        assert path.read_bytes() == original
        assert "chưa lưu" in rendered(screen.query_one(BookHeader))
        assert any("Đĩa đã đầy" in n.message for n in app._notifications)
        assert screen.book.dirty_keys() == [JUNE]
        assert not list(book_dir.glob(".*.dithub-tmp"))
        monkeypatch.setattr("dithub.storage.os.replace", real_replace)
        screen._retry()  # the retry timer's job, without waiting for it
        await settle(pilot)
        assert b"done_on = 2020-06-20" in path.read_bytes()
        assert "chưa lưu" not in rendered(screen.query_one(BookHeader))


async def test_broken_month_is_marked_and_explained(make_app, book_dir: Path) -> None:
    (book_dir / "2020-04.toml").write_text('month = "2020-04"\n\n[[tasks]]\ntitle = "Thanh tra hoạt động in\n', encoding="utf-8")
    async with dashboard(make_app) as (app, pilot, screen):
        months = screen.query_one(MonthList)
        labels = [str(months.get_option_at_index(i).prompt) for i in range(months.option_count)]
        assert labels[-1].startswith("⚠ 4/2020")
        screen.go_to(YearMonth(2020, 4))
        await pilot.pause()
        details = rendered(screen.query_one(TaskDetails))
        assert "2020-04.toml, dòng 4" in details and "ngoặc kép" in details
        assert screen.check_action("add", ()) is False and screen.check_action("carry_all", ()) is False
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert screen.current == YearMonth(2020, 5) and screen.book.month(YearMonth(2020, 5)) is not None


async def test_markup_in_titles_is_shown_literally(make_app, book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + '\n[[tasks]]\nid = "markup"\ntitle = "[bold]Báo cáo[/] [link=http://x]nhanh\\u001b[31m"\nowner = "[red]Văn phòng[/red]"\n',
        encoding="utf-8",
    )
    async with dashboard(make_app) as (app, pilot, screen):
        title = screen.table.get_cell("task:markup", "title")
        assert title.plain == "[bold]Báo cáo[/] [link=http://x]nhanh␛[31m"
        assert not title.spans and "[red]Văn phòng[/red]" == screen.table.get_cell("task:markup", "owner").plain
        select(screen.table, "markup")
        await pilot.pause()
        assert "[bold]Báo cáo[/]" in rendered(screen.query_one(TaskDetails))


async def test_a_broken_file_is_never_written_or_removed(make_app, book_dir: Path) -> None:
    april = book_dir / "2020-04.toml"
    april.write_text('month = "2020-04"\n\n[[tasks]]\ntitle = "Thanh tra hoạt động in\n', encoding="utf-8")
    before = april.read_bytes()
    async with dashboard(make_app) as (app, pilot, screen):
        assert "chưa lưu" not in rendered(screen.query_one(BookHeader))
        await pilot.press("space", "C", "y", "u", "ctrl+r")
        await settle(pilot)
        assert screen.book.dirty_keys() == []
    assert april.read_bytes() == before


async def test_one_failing_month_does_not_hold_back_the_others(make_app, book_dir: Path, monkeypatch) -> None:
    june = book_dir / "2020-06.toml"
    original = june.read_bytes()
    real_replace = os.replace

    def june_is_read_only(source, target, *args, **kwargs):
        if Path(target).name == "2020-06.toml":
            raise OSError(errno.EROFS, "Read-only file system")
        return real_replace(source, target, *args, **kwargs)

    monkeypatch.setattr("dithub.storage.os.replace", june_is_read_only)
    async with dashboard(make_app) as (app, pilot, screen):
        select(screen.table, "wifi-cong-cong")
        await pilot.press("c", "enter")
        await settle(pilot)
        assert 'id = "wifi-cong-cong"' in (book_dir / "2020-07.toml").read_text(encoding="utf-8")
        assert june.read_bytes() == original
        assert screen.book.dirty_keys() == [JUNE]
        assert any("Thư mục chỉ cho đọc" in n.message for n in app._notifications)


async def test_a_book_of_years_opens_on_its_latest_month_and_loads_the_rest_behind(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from generate import make_book

    from dithub.book import Book
    from dithub.ui.app import DithubApp

    folder = tmp_path / "years"
    marker = make_book(folder, months=36, tasks_per_month=60, seed=3, last_month="2024-12")
    app = DithubApp(Book.open(folder))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = screen_of(pilot)
        assert screen.current == YearMonth(2024, 12)
        await settle(pilot)
        assert len(screen.book.files) == 36 and not screen._loading
        assert marker.split()[0] in str(screen.table.get_cell(screen.table.row_keys[1], "title"))
        await pilot.press("left_square_bracket")
        assert screen.current == YearMonth(2024, 11) and screen.table.row_count > 60


async def test_misnamed_month_file_and_settings_mistake_are_told(make_app, book_dir: Path) -> None:
    (book_dir / "2020-7.toml").write_text('month = "2020-07"\n', encoding="utf-8")
    settings = book_dir / "dithub.toml"
    settings.write_text(settings.read_text(encoding="utf-8").replace('language = "vi"', 'language = "fr"'), encoding="utf-8")
    async with dashboard(make_app) as (app, pilot, _):
        messages = [n.message for n in app._notifications]
        assert any("2020-7.toml" in m and "2020-07.toml" in m for m in messages)
        assert any("dithub.toml" in m and "“fr”" in m for m in messages)
        assert screen_of(pilot).current == JUNE  # the book still opens


async def test_ctrl_q_while_a_save_fails_asks_first(make_app, book_dir: Path, monkeypatch) -> None:
    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    async with dashboard(make_app) as (app, pilot, _):
        monkeypatch.setattr("dithub.storage.os.replace", disk_full)
        await pilot.press("space")
        await settle(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and "Đĩa đã đầy" in app.screen.question
        await pilot.press("n")
        await pilot.pause()
        assert app.is_running


async def test_an_edit_keeps_what_someone_else_changed_meanwhile(make_app, book_dir: Path) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        select(screen.table, "kiem-tra-uniden")
        await pilot.press("e")
        await pilot.pause()
        path = book_dir / "2020-06.toml"  # meanwhile, another laptop ticks it
        text = path.read_text(encoding="utf-8")
        start = text.index('id = "kiem-tra-uniden"')
        end = text.index("[[tasks]]", start)
        path.write_text(
            text[:start] + text[start:end].replace('status = "open"', 'status = "done"\ndone_on = 2020-06-18') + text[end:],
            encoding="utf-8",
        )
        screen.watch_disk()
        await settle(pilot)
        app.screen.query_one("#owner").value = "Thanh tra Sở, Phòng Bưu chính, Viễn thông"
        await pilot.press("ctrl+s")
        await settle(pilot)
        task = screen.book.month(JUNE).task("kiem-tra-uniden")
        assert task.status is Status.DONE and task.owner == "Thanh tra Sở, Phòng Bưu chính, Viễn thông"
        assert "done_on = 2020-06-18" in path.read_text(encoding="utf-8")


async def test_an_edit_keeps_a_category_the_book_does_not_list(make_app, book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            'id = "wifi-cong-cong"', 'id = "wifi-cong-cong"\ncategory = "xuat-nhap-khau"', 1
        ),
        encoding="utf-8",
    )
    async with dashboard(make_app) as (app, pilot, screen):
        select(screen.table, "wifi-cong-cong")
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#owner").value = "Văn phòng Sở"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert 'category = "xuat-nhap-khau"' in path.read_text(encoding="utf-8")


async def test_markup_in_a_title_does_not_break_a_notification(make_app, book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM", "Kiểm tra [/] Công ty [b]UNIDEN[@click=app.quit]"
        ),
        encoding="utf-8",
    )
    async with dashboard(make_app) as (app, pilot, screen):
        select(screen.table, "kiem-tra-uniden")
        await pilot.press("c", "enter")
        await settle(pilot)
        assert any("[/] Công ty [b]UNIDEN" in n.message for n in app._notifications)
        assert app.is_running and (book_dir / "2020-07.toml").exists()


async def test_quitting_while_a_conflict_waits_ends_once_it_is_settled(make_app, book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index('id = "kiem-tra-uniden"')
    end = text.index("[[tasks]]", start)
    theirs = text[:start] + text[start:end].replace('status = "open"', 'status = "dropped"') + text[end:]
    async with dashboard(make_app) as (app, pilot, screen):
        path.write_text(theirs, encoding="utf-8")
        select(screen.table, "kiem-tra-uniden")
        await pilot.press("space")
        await settle(pilot)
        assert isinstance(app.screen, ConflictScreen)
        await pilot.press("ctrl+q")  # quit asked while the question is open: wait for the answer
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, ConflictScreen)
        await pilot.press("r")  # their version: nothing of ours is left to save, so quitting ends
        await settle(pilot)
    assert not app.is_running and app.return_code == 0
    assert path.read_text(encoding="utf-8") == theirs
    assert len(list(book_dir.glob("2020-06.mine-*.toml"))) == 1
