"""Property: whatever sequence of ticks, carries and additions the Book makes, the files on disk
read back exactly as the Book holds them, comments survive, and nothing is duplicated."""

from __future__ import annotations

import os
import shutil
import tempfile
import unicodedata
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Union

from conftest import SAMPLE_BOOK
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dithub.book import Book
from dithub.model import NotTickable, Status, Task, YearMonth

JUNE = YearMonth(2020, 6)
# DITHUB_SLOW=1 for a long hunt; the default keeps the suite fast.
EXAMPLES = 600 if os.environ.get("DITHUB_SLOW") == "1" else 40
TODAY = date(2020, 6, 20)

WORDS = (
    "Kiểm tra",
    "Công ty",
    "Cổ phần",
    "Đức Việt",
    "Hà Thành",
    "đài truyền thanh",
    "cơ sở",
    "IPv6",
    "báo chí",
    "Hội Nhà báo",
    "Đảng bộ",
    "Sở TTTT",
    "Thanh tra",
    "hoạt động in",
    "Wifi công cộng",
    "Xứ Đông",
    "Kế hoạch số 101/KH-UBND",
    "nhiệm kỳ 2020-2025",
    "“Trang tin Hải Dương”",
    "đường dây nóng",
)
ODD_BITS = ('"', "\\", "#", "'", "[[tasks]]", " = ", "\t", "  ", "\x1b[31m", "\u00a0", "\U0001f4f0")

Tick = tuple[str, int, int]
Carry = tuple[str, int, int]
Add = tuple[str, int, str]
Operation = Union[Tick, Carry, Add]  # noqa: UP007  (a runtime alias on 3.10)


@st.composite
def titles(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.sampled_from(WORDS + ODD_BITS), min_size=1, max_size=6))
    title = " ".join(parts).strip() or "Kiểm tra"
    if draw(st.booleans()):
        title = title.replace("đ", "Đ") if draw(st.booleans()) else title.replace("Đ", "đ")
    form = draw(st.sampled_from(("NFC", "NFD")))
    return unicodedata.normalize(form, title)


operations = st.one_of(
    st.tuples(st.just("tick"), st.integers(0, 5), st.integers(0, 40)),
    st.tuples(st.just("carry_one"), st.integers(0, 5), st.integers(0, 40)),
    st.tuples(st.just("carry_all"), st.integers(0, 5), st.integers(0, 0)),
    st.tuples(st.just("add"), st.integers(0, 5), titles()),
    st.tuples(st.just("delete"), st.integers(0, 5), st.integers(0, 40)),
)
with_undo = st.one_of(
    operations,
    st.tuples(st.just("undo"), st.integers(0, 0), st.integers(0, 0)),
    st.tuples(st.just("redo"), st.integers(0, 0), st.integers(0, 0)),
)


def comment_lines(folder: Path) -> dict[str, list[str]]:
    return {
        path.name: [line for line in path.read_text(encoding="utf-8").splitlines() if line.lstrip().startswith("#")]
        for path in sorted(folder.glob("*.toml"))
    }


def apply(book: Book, operation: Operation, carried: set[tuple[YearMonth, str]], deleted: set[tuple[YearMonth, str]]) -> None:
    kind, which, arg = operation
    if kind == "undo":
        book.undo()
        return
    if kind == "redo":
        book.redo()
        return
    key = book.keys[which % len(book.keys)]
    month = book.months[key]
    assert month is not None
    if kind == "tick":
        if not month.tasks:
            return
        task = month.tasks[int(arg) % len(month.tasks)]
        try:
            book.tick(key, task.id)
        except NotTickable:
            assert task.status in (Status.CARRIED, Status.DROPPED)
    elif kind == "carry_one":
        if not month.open_tasks:
            return
        task = month.open_tasks[int(arg) % len(month.open_tasks)]
        outcome, _ = book.carry(key, [task.id])
        carried.update((key, task_id) for task_id in outcome.carried)
    elif kind == "carry_all":
        outcome, _ = book.carry(key)
        carried.update((key, task_id) for task_id in outcome.carried)
    elif kind == "delete":
        if month.tasks:
            task_id = month.tasks[int(arg) % len(month.tasks)].id
            book.delete(key, task_id)
            deleted.add((key, task_id))
    else:
        added, _ = book.add(key, Task("", str(arg), owner="Văn phòng Sở"))
        assert added.id and added.id in {t.id for t in book.months[key].tasks}  # type: ignore[union-attr]


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(operations, min_size=1, max_size=8))
def test_saved_book_reads_back_as_held(ops: list[Operation]) -> None:
    run_and_check(ops, undoing=False)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(with_undo, min_size=1, max_size=8))
def test_saved_book_reads_back_as_held_with_undo_and_redo(ops: list[Operation]) -> None:
    """Undo of a carry that created next month's file removes it again; the rest as above."""
    run_and_check(ops, undoing=True)


def run_and_check(ops: list[Operation], undoing: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "hai-duong"
        folder.mkdir()
        for name in ("dithub.toml", "2020-06.toml"):
            shutil.copy2(SAMPLE_BOOK / name, folder / name)
        original_comments = comment_lines(folder)
        assert original_comments["2020-06.toml"]

        book = Book.open(folder)
        book.today = lambda: TODAY
        book.load_all()
        carried: set[tuple[YearMonth, str]] = set()
        deleted: set[tuple[YearMonth, str]] = set()
        for operation in ops:
            apply(book, operation, carried, deleted)
            book.save_all()
            assert book.dirty_keys() == []

        fresh = Book.open(folder)
        fresh.load_all()
        assert fresh.keys == book.keys
        for key in book.keys:
            file = fresh.files[key]
            assert [p for p in file.problems if not p.is_warning] == [], file.problems
            held, read = book.months[key], fresh.months[key]
            assert held is not None and read is not None
            assert [t.id for t in read.tasks] == [t.id for t in held.tasks]
            for ours, theirs in zip(held.tasks, read.tasks):
                for field in fields(Task):
                    assert getattr(theirs, field.name) == getattr(ours, field.name), (key, ours.id, field.name)
                assert unicodedata.is_normalized("NFC", theirs.title)
            assert (read.title, read.date, read.chair) == (held.title, held.date, held.chair)
            ids = [t.id for t in read.tasks]
            assert len(ids) == len(set(ids)), ids

        texts = {path.name: path.read_text(encoding="utf-8").splitlines() for path in folder.glob("*.toml")}
        for name, lines in original_comments.items():
            for line in lines:
                assert line in texts[name], (name, line)

        for key, task_id in carried:
            if undoing or (key, task_id) in deleted:
                continue  # undone, or deleted since: nothing to say about it
            source, target = fresh.months[key], fresh.months[key.next()]
            assert source.task(task_id).status is Status.CARRIED  # type: ignore[union-attr]
            assert target is not None
            expected = 0 if (key.next(), task_id) in deleted else 1
            assert [t.id for t in target.tasks].count(task_id) == expected
            if expected:
                assert target.task(task_id).carried_from == key
