"""The briefing book's domain: months, tasks, categories and what can be done to them.

Plain Python on purpose: no textual, no rich, no I/O. Months and tasks are immutable values, so
every change is a new Month; undo, conflict detection and merging compare values.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date
from enum import Enum
from functools import cached_property
from types import MappingProxyType
from typing import Any

from .inference import infer_category
from .text import nfc, slugify


class Status(str, Enum):
    OPEN = "open"
    DONE = "done"
    CARRIED = "carried"
    DROPPED = "dropped"


@dataclass(frozen=True, order=True)
class YearMonth:
    year: int
    month: int

    _PATTERN = re.compile(r"(\d{4})-(\d{2})")

    @classmethod
    def parse(cls, text: str) -> YearMonth | None:
        """ "2020-06" -> YearMonth(2020, 6); anything else (or month 13) -> None."""
        match = cls._PATTERN.fullmatch(text.strip())
        if not match:
            return None
        year, month = int(match[1]), int(match[2])
        return cls(year, month) if 1 <= month <= 12 and year >= 1 else None

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def next(self) -> YearMonth:
        return YearMonth(self.year + 1, 1) if self.month == 12 else YearMonth(self.year, self.month + 1)

    def previous(self) -> YearMonth:
        return YearMonth(self.year - 1, 12) if self.month == 1 else YearMonth(self.year, self.month - 1)


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    keywords: tuple[str, ...] = ()


OTHER = Category("other", "Khác")

DEFAULT_CATEGORIES: tuple[Category, ...] = (
    Category(
        "inspection",
        "Thanh tra, kiểm tra",
        ("thanh tra", "kiểm tra", "xử lý vi phạm", "xử phạt", "khiếu nại", "tố cáo"),
    ),
    Category(
        "press",
        "Báo chí, xuất bản, thông tin",
        ("báo chí", "xuất bản", "hoạt động in", "nhà báo", "thông tin đối ngoại", "tuyên truyền"),
    ),
    Category("ipv6", "IPv6", ("ipv6", "internet thế hệ 6")),
    Category(
        "broadcasting",
        "Phát thanh, truyền hình, truyền thanh cơ sở",
        ("phát thanh", "truyền hình", "truyền thanh"),
    ),
)


@dataclass(frozen=True)
class NoticeSettings:
    """dithub.toml's [notice] table: who issues the meeting notice and who signs it.

    Every field is optional; an empty one stays a visible blank in the notice ("Số: …/TB-…"),
    so nothing is ever made up on the book's behalf.
    """

    parent_agency: str = ""  # "UBND TỈNH HẢI DƯƠNG"
    agency: str = ""  # "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"; empty: the book's unit
    code: str = ""  # the agency's short code in the number: "STTTT"
    place: str = ""  # "Hải Dương"
    signer_authority: str = ""  # "TL. GIÁM ĐỐC"
    signer_title: str = ""  # "CHÁNH VĂN PHÒNG"
    signer_name: str = ""
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True)
class Settings:
    """What dithub.toml says, with the defaults filled in. `other` is always the last category."""

    unit: str = ""
    language: str = "vi"
    categories: tuple[Category, ...] = DEFAULT_CATEGORIES + (OTHER,)
    notice: NoticeSettings = NoticeSettings()

    def __post_init__(self) -> None:
        given = tuple(c for c in self.categories if c.id != OTHER.id)
        other = next((c for c in self.categories if c.id == OTHER.id), OTHER)
        object.__setattr__(self, "categories", given + (other,))

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)

    def category_of(self, task: Task) -> str:
        """The category a task is shown under: its own when known, else inferred from its title."""
        if task.category and task.category in self._ids:
            return task.category
        return self.category_of_title(task.title)

    def category_of_title(self, title: str) -> str:
        """The category inferred from a title (remembered: grouping asks on every redraw)."""
        known = self._inferred.get(title)
        if known is None:
            known = self._inferred[title] = infer_category(title, self.categories)
        return known

    def titles_to_infer(self, tasks: Iterable[Task]) -> list[str]:
        """The distinct titles of tasks that name no known category: those `category_of` infers."""
        ids = self._ids
        return list(dict.fromkeys(t.title for t in tasks if not (t.category and t.category in ids)))

    def is_inferred(self, title: str) -> bool:
        return title in self._inferred

    def remember_inferred(self, found: Mapping[str, str]) -> None:
        """Categories inferred elsewhere (the cache of a month's inferred categories)."""
        self._inferred.update(found)

    @property
    def ids(self) -> frozenset[str]:
        return self._ids

    @cached_property
    def _ids(self) -> frozenset[str]:
        return frozenset(c.id for c in self.categories)

    @cached_property
    def _inferred(self) -> dict[str, str]:
        # Asked for every task on every redraw; folding a title costs far more than a lookup.
        return {}


_NO_EXTRA: Mapping[str, Any] = MappingProxyType({})
_TEXT_FIELDS = ("id", "title", "category", "owner", "note")


def _frozen(mapping: Mapping[str, Any] | None) -> Mapping[str, Any]:
    if not mapping:
        return _NO_EXTRA  # most tasks have no unknown keys: share one empty mapping
    return mapping if isinstance(mapping, MappingProxyType) else MappingProxyType(dict(mapping))


@dataclass(frozen=True, slots=True)  # slots: a book of years holds tens of thousands of tasks
class Task:
    id: str
    title: str
    category: str | None = None
    owner: str | None = None
    due: date | None = None
    status: Status = Status.OPEN
    done_on: date | None = None
    carried_from: YearMonth | None = None
    times_carried: int = 0
    refs: tuple[str, ...] = ()
    note: str | None = None
    # Keys dithub does not know, kept as they are (their values are whatever TOML gave).
    extra: Mapping[str, Any] = field(default_factory=lambda: _frozen(None))

    def __post_init__(self) -> None:
        # Text typed on a Mac or pasted from a PDF may be NFD; inside dithub it is always NFC, so
        # what is held equals what reads back from the file. (Made for speed: a book of years
        # builds tens of thousands of tasks, and normalize returns its argument when it is NFC.)
        set_field = object.__setattr__
        if self.extra is not _NO_EXTRA:
            set_field(self, "extra", _frozen(self.extra))
        if self.refs:
            set_field(self, "refs", tuple(map(nfc, self.refs)))
        elif not isinstance(self.refs, tuple):
            set_field(self, "refs", ())
        for name in _TEXT_FIELDS:
            value = getattr(self, name)
            if isinstance(value, str) and not value.isascii():
                normal = nfc(value)
                if normal is not value:
                    set_field(self, name, normal)

    @classmethod
    def already_checked(
        cls,
        id: str,
        title: str,
        category: str | None,
        owner: str | None,
        due: date | None,
        status: Status,
        done_on: date | None,
        carried_from: YearMonth | None,
        times_carried: int,
        refs: tuple[str, ...],
        note: str | None,
        extra: Mapping[str, Any] | None,
    ) -> Task:
        """A task from text already NFC and refs already a tuple: the file's checked values
        (schema) or a Task's own (the cache of parsed months, whose checksum matched).
        `__post_init__`'s pass over every field is skipped: a third of reading a cached month."""
        task = object.__new__(cls)
        # Each slot's own setter, called directly: a third of the cost of object.__setattr__ by
        # name, which looks the slot up on every call (10,000 tasks, 12 fields each).
        s_id, s_title, s_category, s_owner, s_due, s_status, s_done_on, s_carried, s_times, s_refs, s_note, s_extra = (
            _SLOT_SETTERS
        )
        s_id(task, id)
        s_title(task, title)
        s_category(task, category)
        s_owner(task, owner)
        s_due(task, due)
        s_status(task, status)
        s_done_on(task, done_on)
        s_carried(task, carried_from)
        s_times(task, times_carried)
        s_refs(task, refs)
        s_note(task, note)
        s_extra(task, _frozen(extra))
        return task

    @property
    def is_open(self) -> bool:
        return self.status is Status.OPEN

    def is_overdue(self, today: date) -> bool:
        return self.is_open and self.due is not None and self.due < today


TASK_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Task))
_SLOT_SETTERS = tuple(Task.__dict__[name].__set__ for name in TASK_FIELDS)  # see Task.already_checked


@dataclass(frozen=True)
class Month:
    key: YearMonth
    tasks: tuple[Task, ...] = ()
    title: str | None = None
    date: date | None = None
    chair: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "tasks", tuple(self.tasks))

    @cached_property
    def _by_id(self) -> dict[str, Task]:
        # Looked up on every key press; a 10,000-task month must not be scanned each time.
        return {task.id: task for task in self.tasks}

    def task(self, task_id: str) -> Task:
        try:
            return self._by_id[task_id]
        except KeyError:
            raise UnknownTask(task_id) from None

    def has_task(self, task_id: str) -> bool:
        return task_id in self._by_id

    @property
    def task_ids(self) -> Iterable[str]:
        return self._by_id.keys()

    def with_task(self, changed: Task) -> Month:
        """This month with the task of the same id replaced by `changed`."""
        before = self.task(changed.id)
        at = self.tasks.index(before)  # by identity first: no task compared field by field
        month = replace(self, tasks=(*self.tasks[:at], changed, *self.tasks[at + 1 :]))
        # What was worked out for this month carries over from the one change, not recounted:
        # a tick in a 10,000-task month stays a change of one task.
        if "_by_id" in self.__dict__:
            month.__dict__["_by_id"] = {**self._by_id, changed.id: changed}
        if "done_count" in self.__dict__:
            month.__dict__["done_count"] = self.done_count + (changed.status is Status.DONE) - (before.status is Status.DONE)
        return month

    def unique_id(self, title: str) -> str:
        """An id made from the title that no task of this month has yet."""
        return unique_slug(title, {task.id for task in self.tasks})

    @property
    def open_tasks(self) -> tuple[Task, ...]:
        return tuple(task for task in self.tasks if task.is_open)

    @cached_property
    def has_open_tasks(self) -> bool:
        # Asked for the key bar on every cursor move: stop at the first open task.
        return any(task.is_open for task in self.tasks)

    @cached_property
    def done_count(self) -> int:
        # The header shows it after every key; a change makes a new Month, counted once.
        return sum(task.status is Status.DONE for task in self.tasks)


def unique_slug(title: str, taken: set[str]) -> str:
    base = slugify(title)
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


class ModelError(Exception):
    """A change that cannot be made; the dashboard and the CLI explain it to the user."""


class UnknownTask(ModelError):
    def __init__(self, task_id: str) -> None:
        super().__init__(task_id)
        self.task_id = task_id


class NotTickable(ModelError):
    """Only open and done tasks can be ticked; carried and dropped ones belong to history."""

    def __init__(self, task: Task) -> None:
        super().__init__(task.id)
        self.task = task


class NotDroppable(ModelError):
    """Only an open task can be dropped (and a dropped one taken up again)."""

    def __init__(self, task: Task) -> None:
        super().__init__(f"task {task.id!r} is {task.status.value}")
        self.task = task


# --- What can be done to a month. Each returns a new Month and leaves its input alone. ---


def tick(month: Month, task_id: str, today: date) -> Month:
    """Open -> done (recording the day), done -> open (forgetting it)."""
    task = month.task(task_id)
    if task.status is Status.OPEN:
        return month.with_task(replace(task, status=Status.DONE, done_on=today))
    if task.status is Status.DONE:
        return month.with_task(replace(task, status=Status.OPEN, done_on=None))
    raise NotTickable(task)


def add_task(month: Month, task: Task, at: int | None = None) -> Month:
    """Add a task at index `at` (None: at the end); its id is made from the title, unique in the
    month, when it has none."""
    if not task.id or month.has_task(task.id):
        task = replace(task, id=month.unique_id(task.title))
    at = len(month.tasks) if at is None else max(0, min(at, len(month.tasks)))
    return replace(month, tasks=month.tasks[:at] + (task,) + month.tasks[at:])


def place_in_group(tasks: Sequence[Task], category: str, category_of: Callable[[Task], str]) -> int | None:
    """Where a new task of `category` goes: after the last task of its category when the file keeps
    that category's tasks together, else None (at the end, as the file is not grouped)."""
    indexes = [i for i, task in enumerate(tasks) if category_of(task) == category]
    if not indexes or indexes[-1] - indexes[0] + 1 != len(indexes):
        return None
    return indexes[-1] + 1


def drop(month: Month, task_id: str) -> Month:
    """Open -> dropped (no longer to be done); dropped -> open again. Done or carried: NotDroppable."""
    task = month.task(task_id)
    if task.status is Status.OPEN:
        return month.with_task(replace(task, status=Status.DROPPED))
    if task.status is Status.DROPPED:
        return month.with_task(replace(task, status=Status.OPEN))
    raise NotDroppable(task)


def delete_task(month: Month, task_id: str) -> Month:
    month.task(task_id)
    return replace(month, tasks=tuple(t for t in month.tasks if t.id != task_id))
