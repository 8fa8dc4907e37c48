"""The save queue without Textual: the dashboard's whole account of saving, driven by hand the way
the screen's worker drives it (next_job -> run_save -> finished / failed)."""

from __future__ import annotations

import errno
import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from dithub.book import Book
from dithub.model import Status, YearMonth
from dithub.monthfile import FileChangedError, StorageError
from dithub.save_queue import Quit, SaveQueue

JUNE = YearMonth(2020, 6)
JULY = YearMonth(2020, 7)
UNIDEN = "kiem-tra-uniden"


def open_book(folder: Path) -> tuple[Book, SaveQueue]:
    book = Book.open(folder)
    book.today = lambda: date(2020, 6, 20)
    book.load_all()
    return book, SaveQueue(book)


def run_next(queue: SaveQueue):
    """One turn of the screen's saver: take a job, run it, report back. Returns what was reported."""
    job = queue.next_job()
    assert job is not None
    try:
        result = queue.book.run_save(job)
    except StorageError as error:
        return job, queue.failed(job, error)
    return job, queue.finished(job, result)


def disk_full(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def their_edit(path: Path, task_id: str, old: str, new: str) -> str:
    """Someone else changes one line of one task on disk; returns the file's new text."""
    text = path.read_text(encoding="utf-8")
    start = text.index(f'id = "{task_id}"')
    end = text.index("[[tasks]]", start)
    text = text[:start] + text[start:end].replace(old, new, 1) + text[end:]
    path.write_text(text, encoding="utf-8")
    return text


def test_a_failed_save_waits_for_the_retry_and_then_succeeds(book_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = book_dir / "2020-06.toml"
    original = path.read_bytes()
    book, queue = open_book(book_dir)
    book.tick(JUNE, UNIDEN)
    assert queue.start() and not queue.start()  # one saver at a time

    real_replace = os.replace
    monkeypatch.setattr("dithub.storage.os.replace", disk_full)
    _, failure = run_next(queue)
    assert failure.first and failure.start_retry and failure.conflict is None
    assert queue.failure is not None and queue.failure.reason == "disk_full"
    assert queue.next_job() is None and not queue.running  # the failed month waits for the retry
    assert queue.unsaved() == {JUNE} and path.read_bytes() == original

    book.tick(JUNE, "kiem-tra-ha-thanh")  # another change meanwhile: still waits, nothing lost
    assert not queue.start()
    queue.retry()
    assert queue.start()
    _, again = run_next(queue)  # the disk is still full: said once, one retry timer
    assert not again.first and again.start_retry

    monkeypatch.setattr("dithub.storage.os.replace", real_replace)
    queue.retry()
    _, finished = run_next(queue)
    assert finished.recovered and queue.failure is None
    assert queue.next_job() is None and book.dirty_keys() == [] and queue.unsaved() == set()
    text = path.read_text(encoding="utf-8")
    assert text.count("done_on = 2020-06-20") == 2


@pytest.mark.parametrize("choice", ["theirs", "mine"])
def test_a_conflict_is_resolved_either_way_and_the_other_version_kept(book_dir: Path, choice: str) -> None:
    path = book_dir / "2020-06.toml"
    book, queue = open_book(book_dir)
    theirs = their_edit(path, UNIDEN, 'status = "open"', 'status = "dropped"')  # another laptop drops it
    book.tick(JUNE, UNIDEN)  # we tick it
    queue.start()
    job, failure = run_next(queue)
    conflict = failure.conflict
    assert conflict is not None and conflict.key == JUNE and isinstance(conflict.error, FileChangedError)
    assert "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM" in conflict.error.titles
    assert queue.next_job() is None and queue.unsaved() == {JUNE} and queue.busy() == {JUNE}
    assert path.read_text(encoding="utf-8") == theirs  # nothing written over them

    resolution = queue.resolve(JUNE, choice)
    assert resolution.error is None and resolution.copy is not None and resolution.copy.exists()
    assert queue.conflict(JUNE) is not None  # resolve only did the disk part
    queue.resolved(resolution)
    assert queue.conflict(JUNE) is None
    if choice == "theirs":
        assert resolution.copy.name.startswith("2020-06.mine-")
        assert "done_on = 2020-06-20" in resolution.copy.read_text(encoding="utf-8")
        assert book.month(JUNE).task(UNIDEN).status is Status.DROPPED and book.dirty_keys() == []
        assert queue.next_job() is None and path.read_text(encoding="utf-8") == theirs
    else:
        assert resolution.copy.name.startswith("2020-06.theirs-") and resolution.copy.read_text(encoding="utf-8") == theirs
        assert queue.start()
        forced, finished = run_next(queue)
        assert forced.force and finished.conflict is None
        assert "done_on = 2020-06-20" in path.read_text(encoding="utf-8")
        assert book.month(JUNE).task(UNIDEN).status is Status.DONE and book.dirty_keys() == []


def test_a_change_made_during_the_save_that_clashes_with_their_merged_edit_is_a_conflict(book_dir: Path) -> None:
    path = book_dir / "2020-06.toml"
    book, queue = open_book(book_dir)
    book.tick(JUNE, UNIDEN)
    queue.start()
    job = queue.next_job()
    their_edit(path, UNIDEN, 'owner = "Thanh tra Sở"', 'owner = "Phòng Bưu chính, Viễn thông"')
    result = book.run_save(job)  # their owner and our tick merge well
    now = book.month(JUNE).task(UNIDEN)
    book.edit(JUNE, replace(now, owner="Văn phòng Sở"))  # while it saved, we changed the owner too
    finished = queue.finished(job, result)
    assert finished.conflict is not None and finished.conflict.key == JUNE
    assert queue.unsaved() == {JUNE} and queue.next_job() is None


def test_someone_elses_edit_merged_into_ours_is_told(book_dir: Path) -> None:
    book, queue = open_book(book_dir)
    their_edit(book_dir / "2020-06.toml", "wifi-cong-cong", 'status = "open"', 'status = "done"\ndone_on = 2020-06-18')
    book.tick(JUNE, UNIDEN)
    queue.start()
    _, finished = run_next(queue)
    assert finished.merged and finished.shown_changed and finished.conflict is None
    assert book.month(JUNE).task("wifi-cong-cong").status is Status.DONE


def test_quitting_with_a_failing_save_asks_and_quits_once_it_is_saved(book_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book, queue = open_book(book_dir)
    assert queue.pending_on_quit() is Quit.EXIT
    book.tick(JUNE, UNIDEN)
    assert queue.pending_on_quit() is Quit.WAIT  # not saved yet, nothing wrong
    queue.quitting = True
    queue.start()
    job = queue.next_job()
    assert queue.pending_on_quit() is Quit.WAIT and not queue.quit_done()  # a save under way
    monkeypatch.setattr("dithub.storage.os.replace", disk_full)
    with pytest.raises(StorageError) as error:
        book.run_save(job)
    queue.failed(job, error.value)
    assert queue.pending_on_quit() is Quit.ASK and not queue.quit_done()
    monkeypatch.undo()
    queue.retry()
    assert queue.pending_on_quit() is Quit.WAIT
    run_next(queue)
    assert queue.pending_on_quit() is Quit.EXIT and queue.quit_done()


def test_two_months_save_in_turn_next_month_first(book_dir: Path) -> None:
    """A carry changes two months: next month is written first, so a crash in between leaves the
    task in both, never in neither; the second job is handed out while the first is reported."""
    book, queue = open_book(book_dir)
    book.carry(JUNE, ["wifi-cong-cong"])
    assert queue.waiting() == [JULY, JUNE]
    assert queue.start()
    first = queue.next_job()
    second = queue.next_job()  # July is being saved: June's turn
    assert (first.key, second.key) == (JULY, JUNE)
    assert queue.next_job() is None and not queue.running and queue.busy() == {JULY, JUNE}
    for job in (first, second):
        queue.finished(job, book.run_save(job))
    assert book.dirty_keys() == [] and queue.busy() == set()
    assert 'id = "wifi-cong-cong"' in (book_dir / "2020-07.toml").read_text(encoding="utf-8")
    assert book.month(JUNE).task("wifi-cong-cong").status is Status.CARRIED
    assert 'status = "carried"' in (book_dir / "2020-06.toml").read_text(encoding="utf-8")
