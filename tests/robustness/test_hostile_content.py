"""Titles that try to be markup, terminal commands, right-to-left text, emoji or a novel.

Whatever a title holds, the dashboard and `dithub report` show it literally: markup is not
interpreted, control characters appear as visible symbols (dithub.text.printable), columns stay
aligned, no escape character from a title reaches the terminal, and JSON keeps the exact string.
"""

from __future__ import annotations

import io
import json
import re
import unicodedata
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console

from dithub.book import Book
from dithub.model import YearMonth
from dithub.text import printable

from .conftest import dashboard, run_cli, settle

JUNE = YearMonth(2020, 6)
OWNER = "Chủ trì ZZ"
RED = "\x1b[38;5;196mĐỎ-ĐỎ\x1b[0m"  # an escape sequence no one else would write
HOSTILE = {
    "plain": "Bình thường",
    "markup-bold": "[bold]Báo cáo[/bold] tháng 6",
    "markup-close": "Kết thúc [/] sớm [/]",
    "markup-link": "[link=https://x]Bấm vào đây[/link] để xem",
    "markup-action": "[red on white blink]Khẩn[/] — [@click=app.quit]thoát[/]",
    "ansi": f"{RED} và \x1b]8;;https://x\x1b\\liên kết\x1b]8;;\x1b\\ \x1b[2J\x1b[H",
    "bell": "Chuông\x07\x07 reo",
    "carriage-return": "Dòng này\rbị đè",
    "c1-and-del": "CSI\x9b31m và DEL\x7f hết",
    "tab-newline": "Tab\there\nxuống dòng",
    "arabic": "تقرير الشهر حول البث الإذاعي",
    "hebrew": "דוח חודשי על השידור",
    "bidi-override": "Báo cáo \u202egnp.exe\u202c cuối",
    "emoji": "🎉 Khai trương Cổng thông tin 👨‍👩‍👧‍👦 🇻🇳",
    "wide": "越南 信息 传媒 部",
    "zalgo": "Z" + "\u0301" * 40 + "algo",
    "long": ("Kiểm tra đài truyền thanh cơ sở " * 200)[:5000],
}
assert len(HOSTILE["long"]) == 5000


def toml_string(text: str) -> str:
    """A TOML basic string holding exactly `text`."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


@pytest.fixture
def hostile_book(book_dir: Path) -> Path:
    path = book_dir / "2020-06.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('chair = "Nguyễn Cao Thắng, Giám đốc Sở"', f"chair = {toml_string(RED + ' [b]Chủ tọa[/b]')}")
    for task_id, title in HOSTILE.items():
        text += f'\n[[tasks]]\nid = "{task_id}"\ntitle = {toml_string(title)}\ncategory = "party"\nowner = "{OWNER}"\nnote = {toml_string(title)}\n'
    path.write_text(text, encoding="utf-8")
    book = Book.open(book_dir)
    book.load_all()
    month = book.months[JUNE]
    assert month is not None, book.files[JUNE].problems
    assert all(month.task(i).title == unicodedata.normalize("NFC", t) for i, t in HOSTILE.items())
    return book_dir


def shown(title: str) -> str:
    return printable(unicodedata.normalize("NFC", title))


def terminal_output(app) -> str:
    """What Textual would write to the terminal for the whole screen now."""
    return app.screen._compositor.render_full_update().render_segments(app.console)


def assert_no_escape_from_titles(raw: str) -> None:
    assert "\x1b[38;5;196mĐỎ-ĐỎ" not in raw, "a title's escape sequence reached the terminal"
    assert "\x1b[2J" not in raw and "\x07" not in raw and "\r" not in raw and "\x9b" not in raw


# --- (a) the dashboard ---


async def test_dashboard_shows_hostile_titles_literally_and_aligned(make_app, hostile_book: Path) -> None:
    from dithub.ui.task_details import TaskDetails

    async with dashboard(make_app, folder=hostile_book) as (app, pilot, screen):
        table = screen.table
        offsets: dict[str, int] = {}
        for task_id, title in HOSTILE.items():
            cell = table.get_cell(f"task:{task_id}", "title")
            assert cell.plain == shown(title)
            assert cell.spans == [], f"{task_id}: markup was interpreted"
            assert not any(ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 for ch in cell.plain)
            assert table.get_cell(f"task:{task_id}", "owner").plain == OWNER

            table.move_cursor(row=table.get_row_index(f"task:{task_id}"))
            await pilot.pause()
            for y in range(table.size.height):
                strip = table.render_line(y)
                line = "".join(segment.text for segment in strip)
                assert cell_len(line) == table.size.width
                assert not any(segment.style and segment.style.link for segment in strip), "a title made a link"
                if OWNER in line and shown(title)[:5] in line:
                    offsets[task_id] = cell_len(line[: line.index(OWNER)])

            details = str(screen.query_one(TaskDetails).render())
            assert shown(title) in details, task_id
            assert "\x1b" not in details
            raw = terminal_output(app)
            assert_no_escape_from_titles(raw)
            if task_id == "ansi":  # the row and the details are on screen, as visible symbols
                assert raw.count("␛[38;5;196mĐỎ-ĐỎ") >= 2

        assert set(offsets) == set(HOSTILE), set(HOSTILE) - set(offsets)
        assert len(set(offsets.values())) == 1, f"the owner column moved: {offsets}"
        assert "␛[38;5;196mĐỎ-ĐỎ␛[0m [b]Chủ tọa[/b]" in str(screen.query_one("#header").render())


async def test_delete_question_shows_the_title_literally(make_app, hostile_book: Path) -> None:
    from dithub.ui.confirm_screen import ConfirmScreen

    async with dashboard(make_app, folder=hostile_book) as (app, pilot, screen):
        screen.table.move_cursor(row=screen.table.get_row_index("task:ansi"))
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert shown(HOSTILE["ansi"]) in app.screen.question
        assert_no_escape_from_titles(terminal_output(app))
        await pilot.press("n")


# Regression test: found by this suite as a bug, since fixed. It was:
#   the conflict dialog lists the clashing tasks' titles raw (ui/conflict_screen.py compose: f'  • {title}'
#   without text.printable), so an escape sequence in a title reaches the terminal; markup=False stops markup,
#   not control characters
async def test_conflict_dialog_shows_titles_literally(make_app, hostile_book: Path) -> None:
    from dithub.ui.conflict_screen import ConflictScreen

    async with dashboard(make_app, folder=hostile_book) as (app, pilot, screen):
        path = hostile_book / "2020-06.toml"
        text = path.read_text(encoding="utf-8")
        at = text.index('id = "ansi"')
        path.write_text(
            text[:at] + text[at:].replace('owner = "Chủ trì ZZ"', 'owner = "Chủ trì ZZ"\nstatus = "dropped"', 1), encoding="utf-8"
        )
        screen.table.move_cursor(row=screen.table.get_row_index("task:ansi"))
        await pilot.press("space")
        await settle(pilot)
        assert isinstance(app.screen, ConflictScreen)
        assert_no_escape_from_titles(terminal_output(app))


# Regression test: found by this suite as a bug, since fixed. It was:
#   the edit form puts the title raw into a textual Input (ui/task_form.py compose: Input(task.title)), which
#   renders control characters as they are, so an escape sequence in a title reaches the terminal when the task
#   is edited
async def test_edit_form_shows_the_title_literally(make_app, hostile_book: Path) -> None:
    from dithub.ui.task_form import TaskForm

    async with dashboard(make_app, folder=hostile_book) as (app, pilot, screen):
        screen.table.move_cursor(row=screen.table.get_row_index("task:ansi"))
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, TaskForm)
        assert_no_escape_from_titles(terminal_output(app))
        await pilot.press("escape")


@pytest.mark.parametrize("task_id", ["markup-link", "ansi", "tab-newline", "c1-and-del", "bidi-override", "long"])
async def test_editing_a_hostile_title_elsewhere_keeps_it_exactly(make_app, hostile_book: Path, task_id: str) -> None:
    """Editing the owner of a task with a hostile title must not touch the title itself (the form
    shows control characters as symbols; the symbols must not be saved in their place)."""
    async with dashboard(make_app, folder=hostile_book) as (app, pilot, screen):
        screen.table.move_cursor(row=screen.table.get_row_index(f"task:{task_id}"))
        await pilot.press("e")
        await settle(pilot)
        owner = app.screen.query_one("#owner")
        owner.value = "Văn phòng Sở"
        await pilot.press("ctrl+s")
        await settle(pilot)
    fresh = Book.open(hostile_book)
    task = fresh.load(JUNE).month.task(task_id)  # type: ignore[union-attr]
    assert (task.title, task.owner) == (unicodedata.normalize("NFC", HOSTILE[task_id]), "Văn phòng Sở")


# --- (b) dithub report ---


def test_report_text_shows_titles_literally(hostile_book: Path) -> None:
    code, out, err = run_cli(["report", str(hostile_book), "--month", "2020-06"])
    assert code == 0 and "Traceback" not in out + err
    for task_id, title in HOSTILE.items():
        assert shown(title) in out, task_id
    assert "\x1b" not in out, "an escape character reached the output"
    assert not any(ord(ch) < 0x20 and ch != "\n" for ch in out)
    assert not any(0x7F <= ord(ch) < 0xA0 for ch in out)


def test_report_json_keeps_exact_strings(hostile_book: Path) -> None:
    code, out, err = run_cli(["report", str(hostile_book), "--month", "2020-06", "--format", "json"])
    assert code == 0 and "Traceback" not in out + err
    titles = {task["id"]: task["title"] for group in json.loads(out)["categories"] for task in group["tasks"]}
    for task_id, title in HOSTILE.items():
        assert titles[task_id] == unicodedata.normalize("NFC", title)
    assert "\x1b" not in out  # JSON escapes control characters itself


def title_column(table: str) -> list[str]:
    """The title cell of each row of a Rich table, its folded lines joined, without whitespace."""
    rows: list[str] = []
    for line in table.splitlines():
        cells = line.split("│")
        if len(cells) < 4:
            continue
        if cells[1].strip() or not rows:  # a mark ([ ], [x], ...) starts a task row
            rows.append("")
        rows[-1] += re.sub(r"\s+", "", cells[2])
    return rows


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("width", [80, 200])
def test_report_rich_table_shows_titles_literally(hostile_book: Path, monkeypatch: pytest.MonkeyPatch, width: int) -> None:
    """The terminal path of `dithub report`: a Rich table, with colour, on a terminal."""
    import contextlib
    import sys

    from dithub.cli import main

    consoles: list[Console] = []
    real_console = Console

    def recording_console(*args: object, **kwargs: object) -> Console:
        console = real_console(file=sys.stdout, record=True, width=width, force_terminal=True, color_system="truecolor")
        consoles.append(console)
        return console

    monkeypatch.setattr("rich.console.Console", recording_console)
    out, err = Terminal(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["report", str(hostile_book), "--month", "2020-06"])
    raw = out.getvalue()
    assert code == 0 and consoles, "the Rich table was not used"
    assert "Traceback" not in raw + err.getvalue()
    assert_no_escape_from_titles(raw)
    leftover = re.sub(r"\x1b\[[0-9;]*m", "", raw)  # Rich's own colours; nothing else may escape
    assert "\x1b" not in leftover
    rows = title_column(consoles[0].export_text(styles=False))
    for task_id, title in HOSTILE.items():
        assert any(re.sub(r"\s+", "", shown(title)) in row for row in rows), task_id


# Regression test: found by this suite as a bug, since fixed. It was:
#   `dithub check` (and `report` on a broken month) prints the file's own bad values raw in its problem lines
#   (unknown status, duplicate id, unknown category...): i18n.describe formats details without text.printable
#   and cli._check/_open_month print them as they are, so an escape sequence in a month file reaches the
#   terminal
def test_check_prints_bad_values_literally(book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    text = path.read_text(encoding="utf-8")
    at = text.index('id = "kiem-tra-uniden"')
    text = text[:at] + text[at:].replace('status = "open"', f"status = {toml_string(RED)}", 1)
    path.write_text(text.replace('category = "egov"', f"category = {toml_string(RED)}", 1), encoding="utf-8")
    code, out, err = run_cli(["check", str(book_dir)])
    assert code == 1 and "2020-06.toml" in out and "Traceback" not in out + err
    assert "␛[38;5;196mĐỎ-ĐỎ" in out and "\x1b" not in out
    code, out, err = run_cli(["report", str(book_dir), "--month", "2020-06"])
    assert code == 1 and "\x1b" not in err


# Regression test: found by this suite as a bug, since fixed. It was:
#   `dithub carry` lists the carried tasks with their titles raw (cli._carry: print(f'  {task_id}:
#   {titles[task_id]}') without text.printable), so an escape sequence in a title reaches the terminal
def test_carry_prints_titles_literally(hostile_book: Path) -> None:
    code, out, err = run_cli(["carry", str(hostile_book), "--from", "2020-06"])
    assert code == 0 and "Traceback" not in out + err
    assert "␛[38;5;196mĐỎ-ĐỎ" in out
    assert "\x1b" not in out and "\x07" not in out
