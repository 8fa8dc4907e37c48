"""Carry-over: the new month's deadline (--due keep|clear|date), and "already there" only for what was asked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import JULY_2020, write_month

from dithub.book import Book
from dithub.carry import carry_over
from dithub.cli import main
from dithub.dates import parse_day
from dithub.model import Month, Status, Task, YearMonth
from dithub.reading import read_month

JUNE, JULY = YearMonth(2020, 6), YearMonth(2020, 7)
UNIDEN = Task("kiem-tra-uniden", "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM", owner="Thanh tra Sở", due=date(2020, 6, 19))
WIFI = Task(
    "wifi-cong-cong", "Triển khai khảo sát địa điểm lắp đặt Wifi công cộng trên địa bàn tỉnh Hải Dương", due=date(2020, 6, 30)
)
HOP_BAO = Task("phong-hop-bao-xu-dong", "Xây dựng Phòng họp báo tại Trung tâm Văn hóa Xứ Đông", status=Status.CARRIED)


def july(path: Path) -> Month:
    month = read_month(path / "2020-07.toml", JULY).month
    assert month is not None
    return month


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        ("keep", {UNIDEN.id: UNIDEN.due, WIFI.id: WIFI.due}),
        ("clear", {UNIDEN.id: None, WIFI.id: None}),
        (date(2020, 7, 31), None),
    ],
)
def test_carry_over_sets_the_new_months_deadline(due: object, expected: dict[str, date | None] | None) -> None:
    outcome = carry_over(Month(JUNE, (UNIDEN, WIFI)), None, due=due)  # type: ignore[arg-type]
    got = {task.id: task.due for task in outcome.target.tasks}
    assert got == (expected or {UNIDEN.id: date(2020, 7, 31), WIFI.id: date(2020, 7, 31)})
    assert [task.due for task in outcome.source.tasks] == [UNIDEN.due, WIFI.due]  # June keeps its own


def test_carry_all_does_not_report_what_an_earlier_carry_took(book_dir: Path) -> None:
    """Open tasks already in July are "already there"; tasks carried before are not part of a carry-all."""
    june = Month(JUNE, (UNIDEN, WIFI, HOP_BAO))
    target = Month(JULY, (Task(UNIDEN.id, UNIDEN.title), Task(HOP_BAO.id, HOP_BAO.title)))
    outcome = carry_over(june, target)
    assert (outcome.carried, outcome.already_there, outcome.not_open) == ((WIFI.id,), (UNIDEN.id,), ())
    asked = carry_over(june, target, [HOP_BAO.id])  # asked by name: it really is there
    assert asked.already_there == (HOP_BAO.id,)


def test_book_carry_passes_the_deadline(book_dir: Path) -> None:
    book = Book.open(book_dir)
    book.load(JUNE)
    outcome, change = book.carry(JUNE, ["kiem-tra-uniden"], due="clear")
    assert change is not None and outcome.target.task("kiem-tra-uniden").due is None


@pytest.mark.parametrize("written", ["2020-07-31", "31/07/2020", " 31/7/2020 "])
def test_cli_carry_with_a_new_deadline(book_dir: Path, capsys: pytest.CaptureFixture[str], written: str) -> None:
    code = main(["carry", str(book_dir), "--from", "2020-06", "--due", written])
    out = capsys.readouterr().out
    assert code == 0
    assert out.splitlines()[-1] == "Hạn mới ở 2020-07: 31/07/2020."
    tasks = july(book_dir).tasks
    assert len(tasks) == 19 and {task.due for task in tasks} == {date(2020, 7, 31)}
    june = read_month(book_dir / "2020-06.toml", JUNE).month
    assert june is not None and june.task("kiem-tra-uniden").due == date(2020, 6, 19)


def test_cli_carry_clear_and_keep(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["carry", str(book_dir), "--from", "2020-06", "--task", "kiem-tra-uniden", "--due", "clear", "--lang", "en"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "The carried tasks have no deadline in 2020-07."
    assert july(book_dir).task("kiem-tra-uniden").due is None
    assert main(["carry", str(book_dir), "--from", "2020-06", "--task", "kiem-tra-duc-viet-568"]) == 0
    june = read_month(book_dir / "2020-06.toml", JUNE).month
    assert june is not None
    assert july(book_dir).task("kiem-tra-duc-viet-568").due == june.task("kiem-tra-duc-viet-568").due  # keep, the default


def test_cli_carry_with_a_wrong_deadline_is_a_usage_error(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = {p.name: p.read_bytes() for p in book_dir.glob("*.toml")}
    assert main(["carry", str(book_dir), "--from", "2020-06", "--due", "31/02/2020"]) == 2
    assert "“31/02/2020” không dùng được cho --due" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in book_dir.glob("*.toml")} == before


def test_second_carry_lists_only_tasks_asked_and_there(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """July already holds three of June's open tasks (written there by hand): a second carry lists
    those three, still open in June, and not the sixteen the first carry took over."""
    write_month(book_dir, "2020-07", JULY_2020)
    main(["carry", str(book_dir), "--from", "2020-06"])
    capsys.readouterr()
    assert main(["carry", str(book_dir), "--from", "2020-06", "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Already in 2020-07, left alone:"
    assert [line.split(":")[0].strip() for line in lines[1:]] == [
        "kiem-tra-uniden",
        "phong-hop-bao-xu-dong",
        "dai-hoi-dang-bo-so-lan-3",
    ]


def test_carry_all_again_says_what_was_carried_before(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["carry", str(book_dir), "--from", "2020-06"])
    capsys.readouterr()
    assert main(["carry", str(book_dir), "--from", "2020-06", "--lang", "en"]) == 0
    assert capsys.readouterr().out.splitlines() == ["Nothing is left to carry: 19 tasks were carried over to 2020-07 earlier."]


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("31/07/2020", date(2020, 7, 31)),
        ("1/7/2020", date(2020, 7, 1)),
        ("2020-31-07", date(2020, 7, 31)),
        ("31-07-2020", date(2020, 7, 31)),
        ("31.07.2020", date(2020, 7, 31)),
        ("05/06/2020", date(2020, 6, 5)),  # day first, as Vietnamese dates are written
        ("31/02/2020", None),
        ("2020", None),
    ],
)
def test_dates_as_people_write_them(written: str, day: date | None) -> None:
    assert parse_day(written) == day
