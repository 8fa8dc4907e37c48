"""The book's side of a meeting (issue 9): dropping, where a new task goes, the carried tasks'
deadline, (files of a new book and month: dithub.book_setup, tests/test_cli_init.py). Plain Python, no Textual."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dithub.book import Book
from dithub.carry import carry_over
from dithub.model import Month, NotDroppable, Settings, Status, Task, YearMonth, drop, place_in_group
from tests.conftest import copy_sample_book

SAMPLE = Path(__file__).resolve().parents[1] / "sample_data" / "hai-duong"
JUNE, JULY = YearMonth(2020, 6), YearMonth(2020, 7)


def inspection(title: str, status: Status = Status.OPEN) -> Task:
    return Task(id="", title=title, category="inspection", owner="Thanh tra Sở", status=status)


def test_drop_and_take_up_again() -> None:
    month = Month(JUNE, tasks=(Task(id="in", title="Thanh tra hoạt động in"),))
    dropped = drop(month, "in")
    assert dropped.task("in").status is Status.DROPPED
    assert drop(dropped, "in").task("in").status is Status.OPEN
    done = Month(JUNE, tasks=(Task(id="in", title="Thanh tra hoạt động in", status=Status.DONE),))
    with pytest.raises(NotDroppable):
        drop(done, "in")


def test_a_new_task_goes_under_its_group_only_when_the_file_keeps_it_together() -> None:
    settings = Settings()
    grouped = [
        Task(id="a", title="Kiểm tra Công ty Đức Việt", category="inspection"),
        Task(id="b", title="Triển khai IPv6", category="ipv6"),
    ]
    assert place_in_group(grouped, "inspection", settings.category_of) == 1
    assert place_in_group(grouped, "press", settings.category_of) is None  # no such tasks yet: at the end
    mixed = [*grouped, Task(id="c", title="Kiểm tra Công ty Hà Thành", category="inspection")]
    assert place_in_group(mixed, "inspection", settings.category_of) is None  # not grouped: at the end


@pytest.mark.parametrize(
    ("due", "expected"), [("keep", date(2020, 6, 30)), ("clear", None), (date(2020, 7, 31), date(2020, 7, 31))]
)
def test_carried_tasks_get_the_deadline_asked_for(due, expected) -> None:
    month = Month(JUNE, tasks=(Task(id="wifi", title="Khảo sát Wifi công cộng", due=date(2020, 6, 30)),))
    outcome = carry_over(month, None, None, due)
    assert outcome.target.task("wifi").due == expected
    assert outcome.source.task("wifi").due == date(2020, 6, 30)  # last month keeps what it said


def test_book_add_keeps_groups_and_drop_is_undone(tmp_path: Path) -> None:
    copy_sample_book(tmp_path, "book")
    book = Book.open(tmp_path / "book")
    book.load(JUNE)
    ids = [t.id for t in book.month(JUNE).tasks]
    task, _ = book.add(JUNE, inspection("Kiểm tra Công ty TNHH Viễn thông Hải Dương"))
    after = [t.id for t in book.month(JUNE).tasks]
    assert after.index(task.id) == ids.index("thong-bao-ket-luan-kiem-tra") + 1
    book.drop(JUNE, "kiem-tra-uniden")
    assert book.month(JUNE).task("kiem-tra-uniden").status is Status.DROPPED
    book.undo()
    assert book.month(JUNE).task("kiem-tra-uniden").status is Status.OPEN


def test_a_task_added_inside_the_file_and_undone_leaves_it_byte_for_byte(tmp_path: Path) -> None:
    copy_sample_book(tmp_path, "book")
    path = tmp_path / "book" / "2020-06.toml"
    original = path.read_bytes()
    book = Book.open(tmp_path / "book")
    book.load(JUNE)
    book.add(JUNE, inspection("Kiểm tra Công ty TNHH Viễn thông Hải Dương"))
    book.save_all()
    assert path.read_bytes() != original
    book.undo()
    book.save_all()
    assert path.read_bytes() == original
