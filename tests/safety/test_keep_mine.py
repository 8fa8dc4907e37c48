"""Issue 12, defect 1: "keep mine" keeps mine only where the two versions clash; everything else
they changed stays as they wrote it."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import tomli

from dithub.book import Book
from dithub.model import Status, YearMonth
from dithub.save_queue import SaveQueue

JUNE = YearMonth(2020, 6)
JULY = YearMonth(2020, 7)
UNIDEN = "kiem-tra-uniden"
OTHERS = ("kiem-tra-nam-cuong", "kiem-tra-huong-nguyen", "kiem-tra-ha-thanh")


def opened(folder: Path) -> tuple[Book, SaveQueue]:
    book = Book.open(folder)
    book.today = lambda: date(2020, 6, 20)
    book.load_all()
    return book, SaveQueue(book)


def statuses(path: Path) -> dict[str, str]:
    return {task["id"]: task["status"] for task in tomli.loads(path.read_text(encoding="utf-8"))["tasks"]}


def set_status(path: Path, task_id: str, status: str) -> None:
    """Someone else's editor: one task's status line changed, nothing else."""
    text = path.read_text(encoding="utf-8")
    start = text.index(f'id = "{task_id}"')
    end = text.index("[[tasks]]", start) if "[[tasks]]" in text[start:] else len(text)
    part = re.sub(r'status = "\w+"', f'status = "{status}"', text[start:end], count=1)
    path.write_text(text[:start] + part + text[end:], encoding="utf-8")


def settle(queue: SaveQueue, key: YearMonth, choice: str) -> None:
    """Save until the clash shows, choose, and save again (the screen's flow, by hand)."""
    job = queue.next_job()
    assert job is not None
    from dithub.monthfile import FileChangedError

    with pytest.raises(FileChangedError) as clash:
        queue.book.run_save(job)
    assert queue.failed(job, clash.value).conflict is not None
    queue.resolved(queue.resolve(key, choice))
    while (job := queue.next_job()) is not None:
        queue.finished(job, queue.book.run_save(job))


def test_keep_mine_keeps_their_ticks_of_other_tasks(book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    book, queue = opened(book_dir)
    book.tick(JUNE, UNIDEN)  # mine: done
    set_status(path, UNIDEN, "dropped")  # theirs: dropped, and three other tasks ticked
    for task_id in OTHERS:
        set_status(path, task_id, "done")
    settle(queue, JUNE, "mine")
    on_disk = statuses(path)
    assert on_disk[UNIDEN] == "done"  # the clash: mine
    assert all(on_disk[task_id] == "done" for task_id in OTHERS)  # not a clash: theirs
    assert book.month(JUNE).task(OTHERS[0]).status is Status.DONE  # and the screen shows it


def test_keep_mine_after_their_carry_all_leaves_no_task_open_in_two_months(book_dir: Path) -> None:
    mine, queue = opened(book_dir)
    theirs, their_queue = opened(book_dir)
    mine.tick(JUNE, UNIDEN)
    _, change = theirs.carry(JUNE)
    assert change is not None
    while (job := their_queue.next_job()) is not None:
        their_queue.finished(job, theirs.run_save(job))
    settle(queue, JUNE, "mine")
    june, july = statuses(book_dir / "2020-06.toml"), statuses(book_dir / "2020-07.toml")
    assert june[UNIDEN] == "done"
    assert not [task_id for task_id, status in june.items() if status == "open" and july.get(task_id) == "open"]
    assert theirs.undo() is not None  # their carry can still be undone on top of what was kept


def test_keep_mine_keeps_a_task_they_added(book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    book, queue = opened(book_dir)
    book.tick(JUNE, UNIDEN)
    set_status(path, UNIDEN, "dropped")
    with path.open("a", encoding="utf-8") as handle:
        handle.write('\n[[tasks]]\nid = "hop-bao-chi"\ntitle = "Họp báo định kỳ quý III"\nstatus = "open"\n')
    settle(queue, JUNE, "mine")
    assert statuses(path)["hop-bao-chi"] == "open"


def test_keep_mine_on_an_undone_carry_keeps_the_task_they_added_next_month(book_dir: Path) -> None:
    july = book_dir / "2020-07.toml"
    book, queue = opened(book_dir)
    book.carry(JUNE)
    while (job := queue.next_job()) is not None:
        queue.finished(job, book.run_save(job))
    with july.open("a", encoding="utf-8") as handle:
        handle.write('\n[[tasks]]\nid = "hop-bao-chi"\ntitle = "Họp báo định kỳ quý III"\nstatus = "open"\n')
    book.undo()  # June first, then July (its file goes), which they changed meanwhile
    while (job := queue.next_job()) is not None and job.key == JUNE:
        queue.finished(job, book.run_save(job))
    assert job is not None and job.key == JULY and job.ours is None
    from dithub.monthfile import FileChangedError

    with pytest.raises(FileChangedError) as clash:
        book.run_save(job)
    queue.failed(job, clash.value)
    queue.resolved(queue.resolve(JULY, "mine"))
    while (job := queue.next_job()) is not None:
        queue.finished(job, book.run_save(job))
    assert statuses(july) == {"hop-bao-chi": "open"}  # my undo took my carried tasks out; their task stays
    assert book.month(JULY) is not None and [t.id for t in book.month(JULY).tasks] == ["hop-bao-chi"]
    assert all(status != "carried" for status in statuses(book_dir / "2020-06.toml").values())


def test_leaving_on_a_signal_keeps_what_could_not_be_saved_as_a_copy(book_dir: Path) -> None:
    """Issue 12, defect 5: the bounded wait ran out with a save still failing (a read-only file)."""
    path = book_dir / "2020-06.toml"
    path.chmod(0o444)
    book, queue = opened(book_dir)
    book.tick(JUNE, UNIDEN)
    job = queue.next_job()
    from dithub.monthfile import StorageError

    with pytest.raises(StorageError) as failed:
        book.run_save(job)
    queue.failed(job, failed.value)
    kept = queue.keep_copies()
    assert [copy.name.startswith("2020-06.mine-") for copy in kept] == [True]
    assert 'status = "done"' in kept[0].read_text(encoding="utf-8").split('id = "kiem-tra-uniden"')[1][:400]
    assert Book.open(book_dir).keys == [YearMonth(2020, 5), JUNE]  # the copy is not taken for a month
