"""The dashboard's account of saving, in plain Python: what waits, what is being written, what
failed (to retry), what clashes with someone else's edit (for the user to settle), what must be
written over theirs, and what quitting must ask about.

The screen runs the disk part in a thread and reports back here; nothing in this module knows
about threads or Textual. Methods other than `resolve` are called on one thread (the screen's).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from .book import Book, SaveJob
from .merging import MergeConflict
from .model import YearMonth
from .monthfile import FileChangedError, MonthFile, StorageError


@dataclass(frozen=True)
class Conflict:
    """A save that found someone else's edit it could not merge: the user chooses."""

    job: SaveJob
    error: FileChangedError

    @property
    def key(self) -> YearMonth:
        return self.job.key


@dataclass(frozen=True)
class Finished:
    """What a finished save means for the screen."""

    conflict: Conflict | None = None  # our newer change clashes with what was written: ask
    recovered: bool = False  # saves work again after a failure: say so
    merged: bool = False  # someone else's edit was merged into ours: say so
    shown_changed: bool = False  # the month as the user sees it changed: redraw it


@dataclass(frozen=True)
class Failure:
    """What a failed save means for the screen."""

    conflict: Conflict | None = None  # not a failure but a clash: ask the user
    first: bool = False  # the first failure, or a new reason: say it
    start_retry: bool = False  # no retry was waiting: start one


@dataclass(frozen=True)
class Resolution:
    """The disk part of settling a conflict, done; `resolved` takes it in."""

    key: YearMonth
    choice: str  # "theirs": keep the file on disk; "mine": write ours over it
    copy: Path | None = None  # the version not chosen, kept beside the file
    theirs: MonthFile | None = None  # the file as read again, when the choice is theirs
    error: StorageError | None = None  # the copy could not be written: the conflict stays


class Quit(Enum):
    EXIT = "exit"  # everything is on disk
    WAIT = "wait"  # saves under way or waiting: quit when they are done
    ASK = "ask"  # a save keeps failing: quitting now loses changes, the user must say so


class SaveQueue:
    def __init__(self, book: Book) -> None:
        self.book = book
        self.running = False  # a saver is taking jobs
        self.quitting = False  # the user asked to quit: the screen exits when nothing is left
        self.failure: StorageError | None = None  # the last failure, until a save succeeds again
        self._saving: set[YearMonth] = set()  # handed out by next_job, not yet reported back
        self._failed: set[YearMonth] = set()  # waiting for the retry
        self._conflicts: dict[YearMonth, Conflict] = {}  # waiting for the user
        self._forced: set[YearMonth] = set()  # the user chose theirs over ours: write over it
        self._started = 0.0  # when the running saver started (time.monotonic)

    # --- what is waiting ---

    def waiting(self) -> list[YearMonth]:
        """Months to save now, in the book's safe order, leaving those that wait for something."""
        held = self._saving | self._failed | set(self._conflicts)
        return [key for key in self.book.dirty_keys() if key not in held]

    def start(self) -> bool:
        """Whether a saver should start now: something waits and no saver is running."""
        if self.running or not self.waiting():
            return False
        self.running = True
        self._started = time.monotonic()
        return True

    def on_its_way(self, after: float) -> bool:
        """Whether saving has gone on for more than `after` seconds: the screen says "saving" then.
        (A save takes milliseconds; a sign that flashed on every tick would only worry people.)"""
        return self.running and time.monotonic() - self._started > after

    def next_job(self) -> SaveJob | None:
        """The next save to run; None (and the saver stops) when nothing waits."""
        waiting = self.waiting()
        if not waiting:
            self.running = False
            return None
        job = self.book.save_job(waiting[0])
        if job.key in self._forced:
            self._forced.discard(job.key)
            job = replace(job, force=True)
        self._saving.add(job.key)
        return job

    def unsaved(self) -> set[YearMonth]:
        """Months whose changes are not on disk and will not be without a retry or the user."""
        return (self._failed | set(self._conflicts)) & set(self.book.dirty_keys())

    def busy(self) -> set[YearMonth]:
        """Months an outside edit must not be adopted into: a save or a conflict has them."""
        return self._saving | set(self._conflicts)

    def conflict(self, key: YearMonth) -> Conflict | None:
        return self._conflicts.get(key)

    # --- what the saver reports ---

    def finished(self, job: SaveJob, result: MonthFile) -> Finished:
        self._saving.discard(job.key)
        before = self.book.month(job.key)
        try:
            self.book.saved(job, result)
        except MergeConflict as clash:  # changed again while saving, against what was merged in
            return Finished(conflict=self._conflict(job, FileChangedError(job.base.path, result, clash.titles)))
        recovered = self.failure is not None and not self._failed
        if recovered:
            self.failure = None
        after = self.book.month(job.key)
        return Finished(
            recovered=recovered,
            merged=job.ours is not None and result.month != job.ours,
            shown_changed=after is not before and after != before,
        )

    def failed(self, job: SaveJob, error: StorageError) -> Failure:
        """Keep the change and wait for the retry; other months go on saving."""
        self._saving.discard(job.key)
        if isinstance(error, FileChangedError):
            return Failure(conflict=self._conflict(job, error))
        first = self.failure is None or self.failure.reason != error.reason
        self.failure = error
        start_retry = not self._failed
        self._failed.add(job.key)
        return Failure(first=first, start_retry=start_retry)

    def retry(self) -> None:
        """The retry's time has come: failed months wait again like any other."""
        self._failed.clear()

    def _conflict(self, job: SaveJob, error: FileChangedError) -> Conflict:
        conflict = Conflict(job, error)
        self._conflicts[job.key] = conflict
        return conflict

    # --- settling a conflict ---

    def resolve(self, key: YearMonth, choice: str) -> Resolution:
        """The disk part of the user's choice (safe in a thread): keep the version not chosen as a
        copy beside the file and, for "theirs", read their file again. Changes nothing here."""
        conflict = self._conflicts[key]
        error, store = conflict.error, self.book.store
        try:
            if choice == "theirs":
                ours = self.book.month(key)
                copy = None
                if ours is not None:
                    copy = store.save_copy(error.path, store.text_for(conflict.job.base, ours, conflict.job.header), "mine")
                return Resolution(key, choice, copy, self.book.read(key))
            copy = store.save_copy(error.path, error.path.read_bytes(), "theirs") if error.theirs.exists else None
            return Resolution(key, "mine", copy)
        except StorageError as failure:
            return Resolution(key, choice, error=failure)
        except OSError as failure:
            return Resolution(key, choice, error=StorageError(error.path, "other", failure.strerror or str(failure)))

    def resolved(self, resolution: Resolution) -> None:
        """Take in the user's choice. When the copy failed, the next save meets the conflict again."""
        self._conflicts.pop(resolution.key, None)
        if resolution.error is not None:
            return
        if resolution.choice == "theirs" and resolution.theirs is not None:
            self.book.take_theirs(resolution.theirs)
        else:
            self._forced.add(resolution.key)

    # --- quitting ---

    def keep_copies(self) -> list[Path]:
        """Leaving with changes that could not be saved (a signal's bounded wait ran out): each
        kept as a copy beside its file, under a name that is not a month. Best effort."""
        kept = []
        store = self.book.store
        for key in sorted(set(self.book.dirty_keys())):
            ours, base = self.book.month(key), self.book.files[key]
            if ours is None:
                continue
            try:
                kept.append(store.save_copy(base.path, store.text_for(base, ours, self.book.save_job(key).header), "mine"))
            except (StorageError, OSError):
                continue
        return kept

    def pending_on_quit(self) -> Quit:
        if not self.book.dirty_keys() and not self._saving:
            return Quit.EXIT
        if self.failure is not None and self._failed:
            return Quit.ASK
        return Quit.WAIT

    def quit_done(self) -> bool:
        """After a save reported back: the user asked to quit and nothing is left."""
        return self.quitting and self.pending_on_quit() is Quit.EXIT
