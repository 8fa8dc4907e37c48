"""What a department head does in the room (issue 9): notes, dropping, deadlines of carried tasks,
starting a book, reading whole titles, keys that say what they do, the palette and search."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import tomli
from textual.command import CommandList
from textual.widgets import Button, Input, TextArea

from dithub.model import Status, YearMonth
from dithub.ui.carry_screen import CarryScreen
from dithub.ui.help_screen import HelpScreen
from dithub.ui.key_bar import KeyBar
from dithub.ui.note_screen import NoteScreen
from dithub.ui.palette import Palette
from dithub.ui.start_screen import MonthScreen
from dithub.ui.task_details import TaskDetails
from dithub.ui.task_form import TaskForm

from .conftest import dashboard, screen_of, settle

JUNE, JULY = YearMonth(2020, 6), YearMonth(2020, 7)


def select(screen, task_id: str) -> None:
    screen.table.move_cursor(row=screen.table.get_row_index(f"task:{task_id}"))


def on_disk(book_dir: Path, key: YearMonth, task_id: str) -> dict:
    data = tomli.loads((book_dir / f"{key}.toml").read_text(encoding="utf-8"))
    return next(task for task in data.get("tasks", []) if task["id"] == task_id)


def key_bar(screen) -> str:
    return str(screen.query_one(KeyBar).render())


def palette_titles(screen) -> set[str]:
    return {command.title for command in screen.system_commands()}


async def type_text(pilot, text: str) -> None:
    for char in text:
        await pilot.press("space" if char == " " else char)


# --- writing down what was said ---


async def test_form_writes_note_and_refs_one_a_line(make_app, book_dir: Path) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        select(screen, "wifi-cong-cong")
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, TaskForm)
        form.query_one("#note", TextArea).text = "Giám đốc Sở yêu cầu hoàn thành trước 15/7"
        form.query_one("#refs", TextArea).text = "Kế hoạch số 45/KH-UBND\n\nCông văn số 1203/STTTT-CNTT\n"
        await pilot.press("ctrl+s")
        await settle(pilot)
        task = on_disk(book_dir, JUNE, "wifi-cong-cong")
        assert task["note"] == "Giám đốc Sở yêu cầu hoàn thành trước 15/7"
        assert task["refs"] == ["Kế hoạch số 45/KH-UBND", "Công văn số 1203/STTTT-CNTT"]
        # the form shows them again, refs one a line
        await pilot.press("e")
        await pilot.pause()
        assert app.screen.query_one("#refs", TextArea).text == "Kế hoạch số 45/KH-UBND\nCông văn số 1203/STTTT-CNTT"


async def test_n_writes_the_note_alone_and_escape_leaves_it(make_app, book_dir: Path) -> None:
    before = on_disk(book_dir, JUNE, "kiem-tra-nam-cuong")["note"]
    async with dashboard(make_app) as (app, pilot, screen):
        select(screen, "kiem-tra-nam-cuong")
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        await type_text(pilot, " xong")  # typed at the end of what is there
        await pilot.press("escape")
        await settle(pilot)
        assert on_disk(book_dir, JUNE, "kiem-tra-nam-cuong")["note"] == before
        await pilot.press("n")
        await pilot.pause()
        await type_text(pilot, " tuan sau")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert on_disk(book_dir, JUNE, "kiem-tra-nam-cuong")["note"] == before + " tuan sau"
        await pilot.press("u")
        await settle(pilot)
        assert on_disk(book_dir, JUNE, "kiem-tra-nam-cuong")["note"] == before


# --- dropping ---


async def test_b_drops_a_task_and_undo_takes_it_back(make_app, book_dir: Path) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        select(screen, "kiem-tra-uniden")
        await pilot.pause()
        assert "Bỏ" in palette_titles(screen)
        await pilot.press("b")
        await settle(pilot)
        assert on_disk(book_dir, JUNE, "kiem-tra-uniden")["status"] == "dropped"
        assert screen.table.get_cell("task:kiem-tra-uniden", "mark").plain == "[-]"
        assert "Làm lại việc" in palette_titles(screen)  # the key now takes it up again
        await pilot.press("u")
        await settle(pilot)
        assert on_disk(book_dir, JUNE, "kiem-tra-uniden")["status"] == "open"
        select(screen, "bao-cao-kh-101")  # done: cannot be dropped, and it says why
        await pilot.press("b")
        await settle(pilot)
        assert on_disk(book_dir, JUNE, "bao-cao-kh-101")["status"] == "done"
        assert any("không bỏ được" in n.message for n in app._notifications)


# --- the new month's deadline ---


async def test_carry_gives_the_task_a_new_deadline(make_app, book_dir: Path) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        select(screen, "wifi-cong-cong")
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, CarryScreen) and "30/06/2020" in app.screen.question
        await type_text(pilot, "31/07/2020")  # typed with a button focused: it goes into the date field
        await pilot.press("enter")
        await settle(pilot)
        assert on_disk(book_dir, JULY, "wifi-cong-cong")["due"] == date(2020, 7, 31)
        assert on_disk(book_dir, JUNE, "wifi-cong-cong")["due"] == date(2020, 6, 30)


async def test_carry_all_one_answer_for_all_clear(make_app, book_dir: Path) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        await pilot.press("C")
        await pilot.pause()
        assert isinstance(app.screen, CarryScreen)
        await pilot.press("x")  # no deadline, for all of them
        await settle(pilot)
        july = tomli.loads((book_dir / "2020-07.toml").read_text(encoding="utf-8"))["tasks"]
        assert len(july) == 19 and not any("due" in task for task in july)


async def test_carry_called_off_with_escape_writes_nothing(make_app, book_dir: Path) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        select(screen, "wifi-cong-cong")
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("escape")
        await settle(pilot)
        assert not (book_dir / "2020-07.toml").exists()
        assert screen.book.month(JUNE).task("wifi-cong-cong").status is Status.OPEN


# --- starting from nothing ---


async def test_empty_folder_offers_to_start_the_book(make_app, tmp_path: Path) -> None:
    folder = tmp_path / "so-moi"
    folder.mkdir()
    async with dashboard(make_app, folder=folder) as (app, pilot, screen):
        assert isinstance(app.screen, MonthScreen)
        app.screen.query_one("#unit", Input).value = "Sở Thông tin và Truyền thông tỉnh Quảng Ninh"
        app.screen.query_one("#month", Input).value = "7/2020"
        app.screen.query_one("#create", Button).press()
        await settle(pilot)
        settings = tomli.loads((folder / "dithub.toml").read_text(encoding="utf-8"))
        assert settings["unit"] == "Sở Thông tin và Truyền thông tỉnh Quảng Ninh"
        month = tomli.loads((folder / "2020-07.toml").read_text(encoding="utf-8"))
        assert month == {"month": "2020-07"}
        assert screen.current == JULY and screen.book.settings.unit.endswith("Quảng Ninh")
        await pilot.press("a")  # a month to add to, at once
        await pilot.pause()
        assert isinstance(app.screen, TaskForm)


async def test_m_creates_the_next_months_file_with_no_tasks(make_app, book_dir: Path) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        await pilot.press("M")
        await pilot.pause()
        assert isinstance(app.screen, MonthScreen)
        assert app.screen.query_one("#month", Input).value == "07/2020"
        await pilot.press("enter")
        await settle(pilot)
        assert tomli.loads((book_dir / "2020-07.toml").read_text(encoding="utf-8")) == {"month": "2020-07"}
        assert screen.current == JULY and JULY in screen.book.keys
        await pilot.press("M")  # a month that is there is left alone
        await pilot.pause()
        app.screen.query_one("#month", Input).value = "2020-06"
        await pilot.press("enter")
        await settle(pilot)
        assert any("đã có" in n.message for n in app._notifications)
        assert "kiem-tra-uniden" in (book_dir / "2020-06.toml").read_text(encoding="utf-8")


# --- reading the whole title ---


async def test_long_titles_wrap_and_w_puts_each_task_on_one_line(make_app) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        table = screen.table
        key = "task:bao-cao-kh-101"  # "Báo cáo kết quả triển khai Kế hoạch số 101/KH-UBND ngày ..." (180 characters)
        assert table.row_lines(key) == 2
        assert table.row_lines("task:kiem-tra-uniden") == 1
        lines = [table.render_line(y).text for y in range(table.size.height)]
        assert any("101/KH-UBND" in line for line in lines) and any("ngày 10/01/2020" in line for line in lines)
        await pilot.press("w")
        await pilot.pause()
        assert table.row_lines(key) == 1
        assert table.virtual_size.height == table.row_count + 1


async def test_columns_share_the_width_by_what_they_hold(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(pilot)
        screen = screen_of(pilot)
        lines = [screen.table.render_line(y).text for y in range(screen.table.size.height)]
        assert any("Phòng Thông tin - Báo chí - Xuất bản, Hội Nhà báo tỉnh" in line for line in lines)  # whole at 200
        assert any("chuyển x3" in line for line in lines)
    async with make_app().run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        table = screen_of(pilot).table
        lines = [table.render_line(y).text for y in range(table.size.height)]
        assert any("Phòng Thông tin - Báo chí - Xuất bản " in line for line in lines)  # not cut at 26 any more


async def test_the_selected_tasks_whole_text_is_shown(make_app) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        select(screen, "bao-cao-kh-101")
        await pilot.pause()
        task = screen.book.month(JUNE).task("bao-cao-kh-101")
        details = str(screen.query_one(TaskDetails).render())
        assert " ".join(task.title.split()) in " ".join(details.split())


async def test_dialogs_fit_at_80x24_with_focus_in_view(make_app) -> None:
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app = pilot.app
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        for _ in range(3):  # title -> category -> owner -> due
            await pilot.press("tab")
        await pilot.pause()
        assert form.focused is form.query_one("#due")
        screen_region = form.region
        for widget in (form.query_one("#due"), form.query_one("#save"), form.query_one("#cancel")):
            assert screen_region.contains_region(widget.region) and widget.region.height > 0, widget
        for _ in range(3):  # note, refs, then the save button: still in view
            await pilot.press("tab")
        await pilot.pause()
        assert form.focused is form.query_one("#save") and screen_region.contains_region(form.focused.region)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        await pilot.press("end")
        await pilot.pause()
        hint = help_screen.query(".hint").last()
        assert screen_region.contains_region(hint.region) and hint.region.height > 0


# --- the key bar ---


async def test_key_bar_says_what_space_will_do(make_app) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        select(screen, "bao-cao-kh-101")  # done
        await pilot.pause()
        assert "space Mở lại" in key_bar(screen) and "space Xong" not in key_bar(screen)
        select(screen, "kiem-tra-uniden")
        await pilot.pause()
        assert "space Xong" in key_bar(screen)


async def test_what_the_key_bar_cannot_hold_is_in_help_and_palette(make_app) -> None:
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = screen_of(pilot)
        bar = key_bar(screen)
        assert bar.startswith(" ? Trợ giúp") and "Bảng lệnh" in bar
        assert "Hoàn tác" not in bar and "…" not in bar  # whole keys only
        palette = {command.title for command in screen.system_commands()}
        assert {"Ghi chú", "Bỏ", "Sửa", "Xóa", "Tạo tháng mới"} <= palette


# --- the palette ---


async def test_palette_folds_diacritics_and_speaks_vietnamese(make_app) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        await pilot.press("ctrl+p")
        await pilot.pause()
        palette = app.screen
        assert isinstance(palette, Palette)
        assert palette.query_one(Input).placeholder.startswith("Tìm lệnh")
        await type_text(pilot, "thang truoc")
        await pilot.pause(0.6)
        commands = palette.query_one(CommandList)
        found = [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]
        assert any("Tháng trước" in line for line in found)
        await type_text(pilot, "qqq")
        for _ in range(50):  # the palette says so after its own countdown; a loaded machine is slower
            await pilot.pause(0.1)
            found = [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]
            if any("Không có lệnh nào khớp" in line for line in found):
                break
        assert any("Không có lệnh nào khớp" in line for line in found) and not any("No matches" in line for line in found)


# --- why a search matched ---


async def test_search_shows_the_owner_a_task_matched_on(make_app) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        await pilot.press("slash")
        await type_text(pilot, "bao chi")
        await pilot.press("enter")
        await settle(pilot)
        table = screen.table
        # found by its owner only: the title says so
        title = table.get_cell("task:phong-hop-bao-xu-dong", "title").plain
        assert "Chủ trì: Phòng Thông tin - Báo chí - Xuất bản" in title
        # found by its title: nothing added
        assert "Chủ trì" not in table.get_cell("task:gap-mat-trao-giai-bao-chi-21-6", "title").plain


# --- the form and the cursor ---


async def test_tabbing_into_a_field_types_at_the_end(make_app, book_dir: Path) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        select(screen, "kiem-tra-uniden")
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("tab", "tab")  # to the owner
        await type_text(pilot, ", Phòng CNTT")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert on_disk(book_dir, JUNE, "kiem-tra-uniden")["owner"] == "Thanh tra Sở, Phòng CNTT"


async def test_after_a_delete_the_cursor_goes_to_the_neighbour(make_app) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        select(screen, "kiem-tra-ha-thanh")
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert screen.table.current_task_id == "kiem-tra-thuan-hai"


async def test_a_new_task_goes_under_its_categorys_tasks_in_the_file(make_app, book_dir: Path) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        form.query_one("#title", Input).value = "Kiểm tra Công ty TNHH Viễn thông Hải Dương"
        form.query_one("#owner", Input).value = "Thanh tra Sở"
        await pilot.press("ctrl+s")
        await settle(pilot)
    text = (book_dir / "2020-06.toml").read_text(encoding="utf-8")
    ids = [line.split('"')[1] for line in text.splitlines() if line.startswith("id = ")]
    new = "kiem-tra-cong-ty-tnhh-vien-thong-hai-duong"
    assert ids[ids.index("thong-bao-ket-luan-kiem-tra") + 1] == new  # after the last inspection task
    assert ids.index(new) < ids.index("bao-cao-kh-101")  # before the press tasks, not at the end
    # its own table, set apart, and the comment that opens the press group still opens it
    assert f'2020"]\n\n[[tasks]]\nid = "{new}"' in text
    assert 'status = "open"\n\n# ── Báo chí, xuất bản, thông tin ──\n\n[[tasks]]\nid = "bao-cao-kh-101"' in text
