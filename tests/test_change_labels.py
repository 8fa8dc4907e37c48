"""The book speaks no UI language: each change is a catalogue code, said in the screen's language."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from dithub.book import Book
from dithub.i18n import MESSAGES
from dithub.model import Task, YearMonth, add_task

JUNE = YearMonth(2020, 6)


def test_every_change_is_a_code_said_in_either_language(book_dir: Path) -> None:
    book = Book.open(book_dir)
    book.today = lambda: date(2020, 6, 20)
    book.load_all()
    june = book.editable(JUNE)
    more = add_task(june, Task(id="", title="Rà soát các đài truyền thanh cấp xã", owner="Phòng Thông tin - Báo chí - Xuất bản"))
    changes = [
        book.tick(JUNE, "kiem-tra-uniden"),
        book.tick(JUNE, "kiem-tra-uniden"),
        book.carry(JUNE, ["wifi-cong-cong"])[1],
        book.add(JUNE, Task(id="", title="Tổ chức họp báo quý II"))[1],
        book.edit(JUNE, replace(book.editable(JUNE).task("kiem-tra-ha-thanh"), owner="Văn phòng Sở")),
        book.delete(JUNE, "kiem-tra-ha-thanh"),
        book.import_tasks(JUNE, {JUNE: replace(book.editable(JUNE), tasks=(*book.editable(JUNE).tasks, more.tasks[-1]))}),
    ]
    said = {change.what: (change.label("vi"), change.label("en")) for change in changes if change is not None}
    assert set(said) == {
        "change.done",
        "change.reopened",
        "change.carried",
        "change.added",
        "change.edited",
        "change.deleted",
        "import.change_label",
    }
    assert all(code in MESSAGES for code in said)
    assert said["change.carried"] == ("chuyển 1 nhiệm vụ sang 2020-07", "carried 1 task to 2020-07")
    assert said["import.change_label"] == ("nhập 1 nhiệm vụ từ văn bản", "imported 1 tasks from a text")
    assert all(vi != en for vi, en in said.values())
