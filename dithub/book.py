"""The open briefing book: what is on disk, what we hold, and the history of changes.

Shared by the command line and the dashboard. Changes happen in memory at once; saving is a
separate step (`save_job` -> `run_save` -> `saved`) so the dashboard can run it in a thread and
keep a failed save pending, to retry, without losing the change (dithub.save_queue keeps that
account). Other people's edits are noticed by dithub/outside.py. The book speaks no UI
language: a change is named by a catalogue code and its parameters, translated where it is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Literal

from .cache import cached_categories, categories_key
from .carry import CarryOutcome, carry_over
from .i18n import Language, t
from .merging import MergeConflict, merge, same_month
from .model import (
    ModelError,
    Month,
    Settings,
    Status,
    Task,
    YearMonth,
    add_task,
    delete_task,
    drop,
    place_in_group,
    tick,
)
from .problems import Problem
from .reading import read_settings, scan_folder
from .storage import BookStore, MonthFile, StorageError


@dataclass(frozen=True)
class Change:
    """One undoable step: each month it touched, before and after (None: no file).

    `what` is a catalogue code ("change.done"), `params` its blanks: the screen says it in its
    own language.
    """

    what: str
    before: dict[YearMonth, Month | None]
    after: dict[YearMonth, Month | None]
    params: dict[str, object] = field(default_factory=dict)

    def label(self, language: Language) -> str:
        return t(self.what, language, **self.params)


@dataclass(frozen=True)
class SaveJob:
    key: YearMonth
    base: MonthFile
    ours: Month | None  # None: remove the file (undo of the carry that created it)
    header: str
    force: bool = False  # the user chose to keep their version over someone else's edit


class UndoConflict(ModelError):
    def __init__(self, titles: list[str]) -> None:
        super().__init__(", ".join(titles))
        self.titles = titles


class MonthNotOpen(ModelError):
    """The month is broken (or not loaded), so nothing in it can change."""

    def __init__(self, key: YearMonth) -> None:
        super().__init__(str(key))
        self.key = key


class Book:
    def __init__(self, folder: Path, settings: Settings, problems: list[Problem], keys: list[YearMonth]) -> None:
        self.folder = folder
        self.store = BookStore(folder)
        self.settings = settings
        self.problems = problems  # about the book as a whole: dithub.toml, misnamed files
        self.keys = keys  # every month the folder holds, oldest first
        self.files: dict[YearMonth, MonthFile] = {}  # as last read from or written to disk
        self.months: dict[YearMonth, Month | None] = {}  # as the user sees it now
        self.history: list[Change] = []
        self.future: list[Change] = []
        self.today: Callable[[], date] = date.today
        # The language dithub writes in (a new month's header), when a command asked for one
        # (`dithub notice --lang en`); the dashboard never sets it: its words are its own.
        self.language_override: Language | None = None

    @classmethod
    def open(cls, folder: Path) -> Book:
        """Open a folder: settings and the list of months, not the months themselves (see load)."""
        settings, problems = read_settings(folder)
        keys, warnings = scan_folder(folder)
        book = cls(folder, settings, problems + warnings, keys)
        book.store.sweep_temporary_files()
        return book

    @property
    def language(self) -> Language:
        """The language of the words dithub writes into files: a command's choice, else the book's."""
        return self.language_override or self.settings.language  # type: ignore[return-value]

    @property
    def latest(self) -> YearMonth | None:
        return self.keys[-1] if self.keys else None

    def read(self, key: YearMonth, pack: bool = True) -> MonthFile:
        """Read a month from disk (slow part, safe in a thread); `adopt` takes it in.

        `pack`: hold its text compressed (years of months in memory cost little), done here so
        the compressing is off the screen's thread too.
        """
        file = self.store.read(key, self.settings)
        if file.month is not None:
            self._infer_categories(file)  # here, off the screen's thread; remembered by the settings
        return file.packed_away() if pack else file

    def _infer_categories(self, file: MonthFile) -> None:
        """Infer the category of every task that names none, from the cache when the file and the
        book's categories are the ones it was inferred for (inferring 10,000 titles is most of
        reading a large month whose parse was cached)."""
        settings = self.settings
        titles = settings.titles_to_infer(file.month.tasks)  # type: ignore[union-attr]
        if all(settings.is_inferred(title) for title in titles):
            return
        if file.fingerprint is None:
            for title in titles:
                settings.category_of_title(title)
            return

        def infer() -> dict[str, str]:
            return {title: settings.category_of_title(title) for title in titles}

        found = cached_categories(
            file.path.parent, file.path.name, file.fingerprint.sha256, categories_key(settings.categories), infer, settings.ids
        )
        settings.remember_inferred(found)  # a title the entry lacks is inferred when first asked

    def adopt(self, file: MonthFile) -> None:
        """Take in a month read from disk, unless we hold changes to it that are not saved."""
        if self.is_dirty(file.key):
            return
        self.files[file.key] = file
        self.months[file.key] = file.month if file.exists or file.is_broken else None  # None: no file
        if file.exists and file.key not in self.keys:
            self.keys = sorted({*self.keys, file.key})

    def load(self, key: YearMonth, pack: bool = True) -> MonthFile:
        if key not in self.files:
            self.adopt(self.read(key, pack))
        return self.files[key]

    def load_all(self) -> None:
        for key in self.keys:
            self.load(key)

    def month(self, key: YearMonth) -> Month | None:
        return self.months.get(key)

    def read_only(self, key: YearMonth) -> bool:
        """A broken month, or one written in a layout dithub cannot change (inline tasks)."""
        file = self.files.get(key)
        return file is not None and (file.is_broken or any(p.code == "inline_tasks" for p in file.problems))

    def editable(self, key: YearMonth) -> Month:
        self.load(key)
        if self.read_only(key):
            raise MonthNotOpen(key)
        month = self.months.get(key)
        return month if month is not None else Month(key)

    # --- changes ---

    def _apply(self, what: str, after: dict[YearMonth, Month | None], **params: object) -> Change:
        before = {key: self.months.get(key) for key in after}
        for key, month in after.items():
            self.months[key] = month
            if month is not None and key not in self.keys:
                self.keys = sorted({*self.keys, key})
        change = Change(what, before, after, params)
        self.history.append(change)
        self.future.clear()
        return change

    def tick(self, key: YearMonth, task_id: str) -> Change:
        month = tick(self.editable(key), task_id, self.today())
        done = month.task(task_id).status is Status.DONE
        return self._apply("change.done" if done else "change.reopened", {key: month})

    def carry(
        self, key: YearMonth, task_ids: Iterable[str] | None = None, due: date | Literal["keep", "clear"] = "keep"
    ) -> tuple[CarryOutcome, Change | None]:
        source = self.editable(key)
        target_key = key.next()
        target_file = self.load(target_key)
        if target_file.is_broken:
            raise MonthNotOpen(target_key)
        outcome = carry_over(source, self.months.get(target_key), task_ids, due)
        if not outcome.carried:
            return outcome, None
        changed = {key: outcome.source, target_key: outcome.target}
        return outcome, self._apply("change.carried", changed, count=len(outcome.carried), month=str(target_key))

    def carry_count(self, key: YearMonth) -> int:
        """How many tasks carrying all of `key` would copy into next month (a dry run)."""
        month = self.months.get(key)
        if month is None:
            return 0
        return len(carry_over(month, self.months.get(key.next()), None).carried)

    def add(self, key: YearMonth, task: Task) -> tuple[Task, Change]:
        """Add a task under its category's tasks when the month keeps them together, else at the end."""
        before = self.editable(key)
        at = place_in_group(before.tasks, self.settings.category_of(task), self.settings.category_of)
        month = add_task(before, task, at)
        return month.tasks[len(before.tasks) if at is None else at], self._apply("change.added", {key: month})

    def drop(self, key: YearMonth, task_id: str) -> Change:
        month = drop(self.editable(key), task_id)
        dropped = month.task(task_id).status is Status.DROPPED
        return self._apply("change.dropped" if dropped else "change.taken_up", {key: month})

    def reload_settings(self) -> None:
        """Read dithub.toml again (a new book has just written it: dithub.book_setup)."""
        self.settings, _ = read_settings(self.folder)

    def import_tasks(self, key: YearMonth, months_after: dict[YearMonth, Month]) -> Change:
        """Record an import (dithub.importer.apply's months: the month, and last month when tasks
        continue) as one undoable change."""
        for changed in months_after:
            self.editable(changed)
        added = len(months_after[key].tasks) - len(self.editable(key).tasks)
        return self._apply("import.change_label", dict(months_after), count=added)

    def edit(self, key: YearMonth, task: Task) -> Change:
        return self._apply("change.edited", {key: self.editable(key).with_task(task)})

    def delete(self, key: YearMonth, task_id: str) -> Change:
        return self._apply("change.deleted", {key: delete_task(self.editable(key), task_id)})

    def undo(self) -> Change | None:
        if not self.history:
            return None
        change = self.history[-1]
        self._rewind(change.after, change.before)
        self.future.append(self.history.pop())
        return change

    def redo(self) -> Change | None:
        if not self.future:
            return None
        change = self.future[-1]
        self._rewind(change.before, change.after)
        self.history.append(self.future.pop())
        return change

    def _rewind(self, start: dict[YearMonth, Month | None], goal: dict[YearMonth, Month | None]) -> None:
        """Go from `start` to `goal` on top of what the months hold now (maybe merged since)."""
        results: dict[YearMonth, Month | None] = {}
        for key in goal:
            if self.read_only(key):  # broken since (or never changeable): nothing to go back on
                raise MonthNotOpen(key)
        for key, target in goal.items():
            empty = Month(key)
            current = self.months.get(key)
            try:
                merged = merge(start[key] or empty, target or empty, current or empty)
            except MergeConflict as conflict:
                raise UndoConflict(conflict.titles) from None
            results[key] = None if target is None and not merged.tasks else merged
        for key, month in results.items():
            self.months[key] = month
            if month is None:
                self.keys = [k for k in self.keys if k != key]
            elif key not in self.keys:
                self.keys = sorted({*self.keys, key})

    # --- saving ---

    def is_dirty(self, key: YearMonth) -> bool:
        file = self.files.get(key)
        if file is None or file.is_broken:  # a broken file is never written, nor removed
            return False
        ours = self.months.get(key)
        if ours is None:
            return file.exists
        return not same_month(ours, file.month) if file.exists else bool(ours.tasks) or ours != Month(key)

    def dirty_keys(self) -> list[YearMonth]:
        """Months to save, in the order that never loses a task to a crash between two saves.

        A carry adds tasks to next month and marks them carried here: next month is written
        first, so a crash in between leaves a task in both months, never in neither. For the
        same reason a save that removes tasks (the undo of a carry) comes last.
        """

        def order(key: YearMonth) -> int:
            ours, file = self.months.get(key), self.files[key]
            held = set(ours.task_ids) if ours is not None else set()
            written = set(file.month.task_ids) if file.exists and file.month is not None else set()
            return 0 if held - written else 2 if written - held else 1

        dirty = [key for key in self.files if self.is_dirty(key)]
        return sorted(dirty, key=order) if len(dirty) > 1 else dirty

    def save_job(self, key: YearMonth) -> SaveJob:
        previous = key.previous()
        header = t("file.header", self.language, month=str(key), source=str(previous))
        return SaveJob(key, self.files[key], self.months.get(key), header)

    def run_save(self, job: SaveJob) -> MonthFile:
        """The disk part of a save; raises StorageError. Safe to run in a thread."""
        if job.ours is None:
            if job.force and (kept := self._kept_after_removal(job)) is not None:
                return self.store.save(job.base, kept, job.header, force=True)
            self.store.delete(job.base, force=job.force)
            return MonthFile(job.key, job.base.path, Month(job.key))
        return self.store.save(job.base, job.ours, job.header, force=job.force)

    def _kept_after_removal(self, job: SaveJob) -> Month | None:
        """ "Keep mine" on a file we meant to remove that they changed: the tasks they added or
        changed stay, in the file; None when nothing of theirs is left (the file goes)."""
        now = self.store.read(job.key)
        if not now.exists or now.month is None or job.base.month is None:
            return None
        kept = merge(job.base.month, Month(job.key), now.month, keep_ours=True)
        return kept if kept.tasks else None

    def saved(self, job: SaveJob, result: MonthFile) -> None:
        """Take in a finished save. Changes made while it ran are kept on top of it."""
        current = self.months.get(job.key)
        self.files[job.key] = result
        if current == job.ours or result.month is None:
            self.months[job.key] = result.month if job.ours is not None or result.exists else None
        else:  # the user changed the month again while we saved: keep that on top
            self.months[job.key] = merge(job.ours or Month(job.key), current or Month(job.key), result.month)

    def save_all(self) -> list[MonthFile]:
        """Save every changed month now, all or none (the command line's way); raises StorageError.

        Backups are kept first (the likeliest failure, before any file changes); a write that fails
        after another succeeded puts that one back as it was, so a carry is never left half done.
        """
        jobs = [self.save_job(key) for key in self.dirty_keys()]
        for job in jobs:
            self.store.prepare(job.base)
        done: list[tuple[SaveJob, MonthFile]] = []
        try:
            for job in jobs:
                done.append((job, self.run_save(job)))
        except StorageError:
            for job, _ in reversed(done):
                self.store.put_back(job.base)
            raise
        for job, result in done:
            self.saved(job, result)
        return [result for _, result in done]

    def take_theirs(self, file: MonthFile) -> None:
        """After a conflict, the user chose the file on disk: our version of it is dropped."""
        self.files[file.key] = file
        self.months[file.key] = file.month if file.exists or file.is_broken else None
        self.finish_carries({file.key.previous(), file.key})

    def finish_carries(self, keys: Iterable[YearMonth]) -> None:
        """A task open in a month and open next month as its carried copy (a carry whose other
        half was refused for "theirs", or stopped by a crash) is marked carried here: a task is
        never open in two months at once. Saved like any change."""
        for key in keys:
            source, target = self.months.get(key), self.months.get(key.next())
            if source is None or target is None or self.read_only(key):
                continue
            stuck = {
                t.id
                for t in source.open_tasks
                if target.has_task(t.id) and target.task(t.id).is_open and target.task(t.id).carried_from == key
            }
            if stuck:
                tasks = tuple(replace(t, status=Status.CARRIED) if t.id in stuck else t for t in source.tasks)
                self.months[key] = replace(source, tasks=tasks)
