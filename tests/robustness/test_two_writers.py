"""Two dithub processes on one folder, and hand edits between load and save: no tick is lost.

Each writer process owns one task of 2020-06 and, round after round, sets it done (even rounds)
or open (odd rounds), all writers starting each round together at a barrier and saving with
Book.save_all(). After every round each writer reads the file and checks that it holds every
writer's state for that round. A FileChangedError is allowed only when reported and only when it
wrote nothing.
"""

from __future__ import annotations

import multiprocessing
import time
from datetime import date
from pathlib import Path

import pytest

from dithub.book import Book
from dithub.model import Status, YearMonth
from dithub.reading import read_month
from dithub.storage import FileChangedError

from . import _writers
from .conftest import SLOW, copy_sample, scaled, temp_files

JUNE = YearMonth(2020, 6)
ROUNDS = scaled(100, 1000)
TASKS = ["kiem-tra-uniden", "kiem-tra-huong-nguyen", "kiem-tra-ha-thanh"]


@pytest.mark.parametrize("writers", [2, 3] if SLOW else [2])
def test_writers_ticking_different_tasks_at_once_lose_nothing(tmp_path: Path, writers: int) -> None:
    folder = copy_sample(tmp_path)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(writers)
    results = context.Queue()
    mine = TASKS[:writers]
    processes = [
        context.Process(
            target=_writers.writer, args=(str(folder), task, [o for o in mine if o != task], ROUNDS, barrier, results)
        )
        for task in mine
    ]
    started = time.monotonic()
    for process in processes:
        process.start()
    reports = [results.get(timeout=300) for _ in processes]
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    elapsed = time.monotonic() - started
    print(
        f"\n{writers} writers, {ROUNDS} rounds in {elapsed:.1f}s: "
        + ", ".join(f"{r['task']}: {r['saves']} saves, {r['merged']} merged, {r['conflicts']} conflicts" for r in reports)
    )
    for report in reports:
        assert report["errors"] == [], report["errors"][:5]
        assert report["rounds"] == ROUNDS
    assert sum(r["merged"] for r in reports) > 0  # the writers did meet each other's changes
    june = read_month(folder / "2020-06.toml", JUNE).month
    final = _writers.wanted(ROUNDS - 1)
    assert june is not None and all(june.task(t).status is final for t in mine)
    assert temp_files(folder) == []


# --- a person edits the file in a text editor between our load and our save ---

ORIGINAL = (Path(__file__).resolve().parents[2] / "sample_data" / "hai-duong" / "2020-06.toml").read_text(encoding="utf-8")


def task_block(text: str, task_id: str) -> tuple[int, int]:
    start = text.index(f'id = "{task_id}"')
    end = text.find("[[tasks]]", start)
    return start, len(text) if end < 0 else end


def edit_task(text: str, task_id: str, old: str, new: str) -> str:
    start, end = task_block(text, task_id)
    block = text[start:end]
    assert old in block
    return text[:start] + block.replace(old, new, 1) + text[end:]


def open_and_tick(folder: Path, task_id: str = "kiem-tra-uniden") -> Book:
    book = Book.open(folder)
    book.today = lambda: date(2020, 6, 20)
    book.load_all()
    book.tick(JUNE, task_id)
    return book


def test_a_hand_edit_elsewhere_is_merged(book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    book = open_and_tick(book_dir)
    theirs = edit_task(ORIGINAL, "kiem-tra-huong-nguyen", 'owner = "Thanh tra Sở"', 'owner = "Phòng Bưu chính, Viễn thông"')
    theirs = theirs.replace(
        "# ── Báo chí, xuất bản, thông tin ──", "# ── Báo chí, xuất bản, thông tin ──\n# Sửa tay: thêm ghi chú trong lúc họp."
    )
    theirs += '\n[[tasks]]\nid = "hop-bao-quy-2"\ntitle = "Tổ chức họp báo quý II"\n'
    path.write_text(theirs, encoding="utf-8")
    book.save_all()
    saved = path.read_text(encoding="utf-8")
    month = read_month(path, JUNE).month
    assert month is not None
    assert month.task("kiem-tra-uniden").status is Status.DONE  # ours
    assert month.task("kiem-tra-huong-nguyen").owner == "Phòng Bưu chính, Viễn thông"  # theirs
    assert month.task("hop-bao-quy-2").title == "Tổ chức họp báo quý II"  # theirs
    assert "# Sửa tay: thêm ghi chú trong lúc họp." in saved
    assert saved == edit_task(theirs, "kiem-tra-uniden", 'status = "open"', 'status = "done"\ndone_on = 2020-06-20')
    assert book.months[JUNE] == month and book.dirty_keys() == []


def test_a_hand_edit_of_another_field_of_the_same_task_is_merged(book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    book = open_and_tick(book_dir)
    theirs = edit_task(ORIGINAL, "kiem-tra-uniden", "due = 2020-06-19", "due = 2020-06-26")
    path.write_text(theirs, encoding="utf-8")
    book.save_all()
    task = read_month(path, JUNE).month.task("kiem-tra-uniden")  # type: ignore[union-attr]
    assert (task.status, task.due) == (Status.DONE, date(2020, 6, 26))


def test_the_same_tick_by_hand_on_the_same_day_is_no_conflict(book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    book = open_and_tick(book_dir)
    theirs = edit_task(ORIGINAL, "kiem-tra-uniden", 'status = "open"', 'status = "done"\ndone_on = 2020-06-20')
    path.write_text(theirs, encoding="utf-8")
    book.save_all()
    assert path.read_text(encoding="utf-8") == theirs and book.dirty_keys() == []


@pytest.mark.parametrize(
    ("change", "old", "new"),
    [
        ("status by hand", 'status = "open"', 'status = "dropped"'),
        ("ticked by hand on another day", 'status = "open"', 'status = "done"\ndone_on = 2020-06-18'),
        ("task deleted by hand", None, None),
    ],
)
def test_a_hand_edit_of_the_same_thing_is_a_conflict_that_writes_nothing(
    book_dir: Path, change: str, old: str | None, new: str | None
) -> None:
    path = book_dir / "2020-06.toml"
    book = open_and_tick(book_dir)
    if old is None:
        start, end = task_block(ORIGINAL, "kiem-tra-uniden")
        theirs = ORIGINAL[:start] + 'id = "tam-xoa"\ntitle = "Đã xóa tay"\n\n' + ORIGINAL[end:]
    else:
        theirs = edit_task(ORIGINAL, "kiem-tra-uniden", old, new)
    path.write_text(theirs, encoding="utf-8")
    with pytest.raises(FileChangedError) as raised:
        book.save_all()
    assert path.read_text(encoding="utf-8") == theirs  # the hand edit stands
    assert raised.value.titles == ["Kiểm tra Công ty TNHH UNIDEN VIỆT NAM"]
    assert book.dirty_keys() == [JUNE]  # and our tick is still held, for the user to decide
    assert book.months[JUNE].task("kiem-tra-uniden").status is Status.DONE  # type: ignore[union-attr]
    assert temp_files(book_dir) == []


def test_a_hand_edit_that_breaks_the_file_is_never_overwritten(book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    book = open_and_tick(book_dir)
    theirs = ORIGINAL.replace('owner = "Văn phòng Sở"', 'owner = "Văn phòng Sở', 1)
    path.write_text(theirs, encoding="utf-8")
    with pytest.raises(FileChangedError) as raised:
        book.save_all()
    assert raised.value.theirs.is_broken
    assert path.read_text(encoding="utf-8") == theirs and book.dirty_keys() == [JUNE]


def test_a_conflict_then_keep_mine_writes_ours_and_theirs_is_kept_as_a_copy(book_dir: Path) -> None:
    """What the dashboard's "k" does, through Book and BookStore: force our version, copy theirs."""
    from dataclasses import replace

    path = book_dir / "2020-06.toml"
    book = open_and_tick(book_dir)
    theirs = edit_task(ORIGINAL, "kiem-tra-uniden", 'status = "open"', 'status = "dropped"')
    path.write_text(theirs, encoding="utf-8")
    with pytest.raises(FileChangedError) as raised:
        book.save_all()
    copy = book.store.save_copy(path, path.read_bytes(), "theirs")
    job = replace(book.save_job(JUNE), force=True)
    book.saved(job, book.run_save(job))
    assert copy.read_text(encoding="utf-8") == theirs
    assert read_month(path, JUNE).month.task("kiem-tra-uniden").status is Status.DONE  # type: ignore[union-attr]
    assert book.dirty_keys() == [] and raised.value.theirs.month is not None
