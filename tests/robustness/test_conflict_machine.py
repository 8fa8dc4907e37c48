"""Issue 12: a Hypothesis state machine over the conflict path. Two Books (two dashboards) on one
folder, each with its save queue, tick, carry, edit, delete, undo and redo, and save when the
machine says so, so that one often saves over what the other wrote; someone edits the files
outside (a tick, an owner, a task removed) or deletes next month's file; saves fail (a full disk)
and are retried; every conflict is settled by either choice.

After every step: every month file parses; no task is open in two months at once; and every
change someone chose to keep is on disk. That last one is kept as claims: when a save (or an
outside edit) writes a task, the task as written is claimed; a later deliberate write of the same
task (any Book's save that changed it, an outside edit, "keep mine" on a clash) replaces the
claim. A claim that the disk no longer holds is a change lost without anyone undoing it.
"""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

from hypothesis import Phase, event
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from dithub.book import Book
from dithub.model import ModelError, Month, Status, Task, YearMonth
from dithub.monthfile import StorageError
from dithub.outside import scan_disk, take_outside
from dithub.reading import read_month, scan_folder
from dithub.save_queue import SaveQueue
from dithub.storage import BookStore

from .conftest import copy_sample, hypothesis_settings

JUNE, JULY = YearMonth(2020, 6), YearMonth(2020, 7)
SIDES = ("A", "B")
OWNERS = ("Văn phòng Sở", "Thanh tra Sở", "Phòng Bưu chính, Viễn thông", "Trung tâm CNTT-TT")
FIELDS = ("status", "owner", "title")
FOCUS = 3  # changes go to the first few tasks of a month, so that the two sides often clash


def changed_fields(before: Task | None, after: Task | None) -> dict[str, object]:
    """What a write deliberately changed in one task: its presence, or the fields that differ."""
    if before is None and after is not None:  # added (a carry's copy, a new task): as a whole
        return {"present": True, **{name: getattr(after, name) for name in FIELDS}}
    if before is not None and after is None:
        return {"present": False}
    if before is None or after is None:
        return {}
    changed: dict[str, object] = {name: getattr(after, name) for name in FIELDS if getattr(before, name) != getattr(after, name)}
    return {**changed, "present": True} if changed else {}  # changing a task is wanting it kept


class ConflictMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = tempfile.mkdtemp(prefix="dithub-conflicts-")
        self.folder = copy_sample(Path(self.tmp))
        self.books: dict[str, Book] = {}
        self.queues: dict[str, SaveQueue] = {}
        self.trouble: Counter[str] = Counter()  # saves of that side still to fail
        for side in SIDES:
            book = Book.open(self.folder)
            book.today = lambda: date(2020, 6, 20)
            book.load_all()
            self.books[side], self.queues[side] = book, SaveQueue(book)
            self._fail_when_told(side, book.store)
        self.claims: dict[tuple[YearMonth, str, str], tuple[str, object]] = {}  # (month, id, field): who, value
        self.counts: Counter[str] = Counter()

    def teardown(self) -> None:
        for name, count in self.counts.items():
            event(name, count)  # hypothesis --hypothesis-show-statistics shows what the runs did
        shutil.rmtree(self.tmp, ignore_errors=True)

    def _fail_when_told(self, side: str, store: BookStore) -> None:
        real = store._write_bytes

        def write(path: Path, data: bytes) -> None:
            if self.trouble[side] > 0:
                self.trouble[side] -= 1
                raise StorageError(path, "disk_full", "No space left on device")
            real(path, data)

        store._write_bytes = write  # type: ignore[method-assign]

    # --- changes, held until a save ---

    def _task(self, side: str, key: YearMonth, data: st.DataObject, open_only: bool = False) -> Task | None:
        month = self.books[side].month(key)
        tasks = [t for t in month.tasks if t.is_open or not open_only] if month is not None else []
        return data.draw(st.sampled_from(tasks[:FOCUS])) if tasks else None

    @rule(side=st.sampled_from(SIDES), key=st.sampled_from((JUNE, JULY)), data=st.data())
    def tick(self, side: str, key: YearMonth, data: st.DataObject) -> None:
        task = self._task(side, key, data)
        if task is not None:
            self._try(lambda: self.books[side].tick(key, task.id), "tick")

    @rule(side=st.sampled_from(SIDES), every=st.booleans(), data=st.data())
    def carry(self, side: str, every: bool, data: st.DataObject) -> None:
        task = self._task(side, JUNE, data, open_only=True)
        ids = None if every or task is None else [task.id]
        self._try(lambda: self.books[side].carry(JUNE, ids), "carry")

    @rule(side=st.sampled_from(SIDES), key=st.sampled_from((JUNE, JULY)), owner=st.sampled_from(OWNERS), data=st.data())
    def edit(self, side: str, key: YearMonth, owner: str, data: st.DataObject) -> None:
        task = self._task(side, key, data)
        if task is not None:
            self._try(lambda: self.books[side].edit(key, replace(task, owner=owner)), "edit")

    @rule(side=st.sampled_from(SIDES), key=st.sampled_from((JUNE, JULY)), data=st.data())
    def delete(self, side: str, key: YearMonth, data: st.DataObject) -> None:
        task = self._task(side, key, data)
        if task is not None:
            self._try(lambda: self.books[side].delete(key, task.id), "delete")

    @rule(side=st.sampled_from(SIDES), back=st.booleans())
    def undo_or_redo(self, side: str, back: bool) -> None:
        book = self.books[side]
        self._try(book.undo if back else book.redo, "undo" if back else "redo")

    def _try(self, change, name: str) -> None:  # noqa: ANN001 - a callable of the Book
        try:
            change()
            self.counts[name] += 1
        except ModelError:  # refused (a clash with what was merged, a closed month): nothing changed
            self.counts[f"{name} refused"] += 1

    # --- saving, and settling what clashes ---

    @rule(side=st.sampled_from(SIDES), data=st.data())
    def save(self, side: str, data: st.DataObject) -> None:
        book, queue = self.books[side], self.queues[side]
        queue.retry()
        for _ in range(8):  # a bound: a save that keeps failing waits for the next turn
            job = queue.next_job()
            if job is None:
                break
            try:
                result = book.run_save(job)
            except StorageError as error:
                failure = queue.failed(job, error)
                if failure.conflict is None:
                    self.counts["save failed"] += 1
                    queue.next_job()  # the saver stops; the month waits for the retry
                    break
                choice = data.draw(st.sampled_from(("mine", "theirs")), label=f"{side} keeps")
                self.counts[f"conflict: {choice}"] += 1
                queue.resolved(queue.resolve(job.key, choice))
                continue
            # What this save meant to write: what the user changed since the version it started
            # from (ours against its base), not whatever it left on disk.
            before = {t.id: t for t in (job.base.month.tasks if job.base.exists and job.base.month else ())}
            ours = {t.id: t for t in (job.ours.tasks if job.ours is not None else ())}
            finished = queue.finished(job, result)
            assert finished.conflict is None
            for task_id in before.keys() | ours.keys():  # what this save changed, from what it knew
                self._claim(side, job.key, task_id, before.get(task_id), ours.get(task_id))
            self.counts["saved"] += 1
        else:
            queue.next_job()

    @rule(side=st.sampled_from(SIDES), saves=st.integers(1, 2))
    def disk_trouble(self, side: str, saves: int) -> None:
        self.trouble[side] = saves

    @rule(side=st.sampled_from(SIDES))
    def look(self, side: str) -> None:
        """The dashboard's watcher: take in what changed on disk, where nothing of ours waits."""
        book, queue = self.books[side], self.queues[side]
        take_outside(book, scan_disk(book), busy=queue.busy())

    # --- someone else, outside dithub ---

    @rule(key=st.sampled_from((JUNE, JULY)), what=st.sampled_from(("tick", "owner", "remove")), data=st.data())
    def outside_edit(self, key: YearMonth, what: str, data: st.DataObject) -> None:
        path = self.folder / f"{key}.toml"
        file = read_month(path, key)
        if not file.exists or file.month is None or not file.month.tasks:
            return
        month = file.month
        for task in data.draw(
            st.lists(st.sampled_from(file.month.tasks[: FOCUS + 1]), min_size=1, max_size=3, unique_by=lambda t: t.id)
        ):
            if what == "tick" and task.is_open:
                month = month.with_task(replace(task, status=Status.DONE, done_on=date(2020, 6, 21)))
            elif what == "owner":
                month = month.with_task(replace(task, owner="Sở Nội vụ (sửa ngoài)"))
            elif what == "remove":
                month = replace(month, tasks=tuple(t for t in month.tasks if t.id != task.id))
        if month == file.month:
            return
        path.write_text(BookStore(self.folder).text_for(file, month), encoding="utf-8")  # an editor: in place
        for task in file.month.tasks:
            self._claim("outside", key, task.id, task, month.task(task.id) if month.has_task(task.id) else None)
        self.counts[f"outside {what}"] += 1

    @rule()
    def outside_deletes_july(self) -> None:
        path = self.folder / "2020-07.toml"
        if path.exists():
            path.unlink()
            self.claims = {k: v for k, v in self.claims.items() if k[0] != JULY}
            self.counts["outside deletes July"] += 1

    def _claim(self, who: str, key: YearMonth, task_id: str, before: Task | None, after: Task | None) -> None:
        changed = changed_fields(before, after)
        if changed.get("present") is False:  # removing a task takes back what anyone wrote in it
            self.claims = {k: v for k, v in self.claims.items() if k[:2] != (key, task_id)}
        for name, value in changed.items():
            self.claims[(key, task_id, name)] = (who, value)

    # --- what must always hold ---

    def _on_disk(self) -> dict[YearMonth, Month]:
        keys, _ = scan_folder(self.folder)
        months = {}
        for key in keys:
            file = read_month(self.folder / f"{key}.toml", key)
            assert file.month is not None, f"{key}.toml does not parse: {file.problems}"
            months[key] = file.month
        return months

    @invariant()
    def every_file_parses_and_no_task_is_open_in_two_months(self) -> None:
        months = self._on_disk()
        for key, month in months.items():
            later = months.get(key.next())
            if later is None:
                continue
            # A carry (or its undo) is two files: while the second waits (a failed save, a conflict
            # the user has not settled) the first may stand alone. Once neither month waits, never.
            if any(k in book.dirty_keys() for book in self.books.values() for k in (key, key.next())):
                continue
            for task in month.open_tasks:
                if later.has_task(task.id) and later.task(task.id).is_open and later.task(task.id).carried_from == key:
                    raise AssertionError(f"{task.id} is open in {key} and in {key.next()}")

    @invariant()
    def every_change_kept_is_on_disk(self) -> None:
        months = self._on_disk()
        for (key, task_id, name), (who, value) in self.claims.items():
            month = months.get(key)
            task = month.task(task_id) if month is not None and month.has_task(task_id) else None
            if name == "present":
                assert (task is not None) == value, f"{who} {'added' if value else 'removed'} {task_id} in {key}: disk disagrees"
            elif task is not None:  # fields of a task someone removed since are gone with it
                assert getattr(task, name) == value, (
                    f"{who}'s {name} of {task_id} in {key}: {value!r}, disk {getattr(task, name)!r}"
                )


ConflictMachine.TestCase.settings = hypothesis_settings(50, 500, stateful_step_count=40, phases=[Phase.explicit, Phase.generate])
TestConflictPath = ConflictMachine.TestCase
