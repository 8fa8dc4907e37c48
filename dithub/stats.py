"""The figures a director asks for over a range of months: per month, per group, per office.

A month's figures count that month's file as it stands (an appearance is counted in each month
it appears in; the review counts by task instead). "on time" is a done task whose `done_on` is on
or before its `due`; a done task without either date is done, but neither on time nor late.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .history import Chains
from .model import Category, Status, Task, YearMonth
from .span import Span, index
from .text import fold

CHRONIC = 3  # carried this many times or more: a task that keeps slipping


def on_time(task: Task) -> bool:
    return task.status is Status.DONE and task.done_on is not None and task.due is not None and task.done_on <= task.due


def owner_of(task: Task) -> str:
    """The office as written, spaces tidied; "" for a task without one."""
    return " ".join((task.owner or "").split())


@dataclass(frozen=True)
class Counts:
    total: int = 0
    done: int = 0
    carried: int = 0
    dropped: int = 0
    open: int = 0
    on_time: int = 0

    @classmethod
    def of(cls, tasks: Iterable[Task]) -> Counts:
        statuses: Counter[Status] = Counter()
        timely = 0
        for task in tasks:
            statuses[task.status] += 1
            timely += on_time(task)
        return cls(
            sum(statuses.values()),
            statuses[Status.DONE],
            statuses[Status.CARRIED],
            statuses[Status.DROPPED],
            statuses[Status.OPEN],
            timely,
        )

    def as_dict(self) -> dict[str, int]:
        return {
            "total": self.total,
            "done": self.done,
            "carried": self.carried,
            "dropped": self.dropped,
            "open": self.open,
            "on_time": self.on_time,
        }


@dataclass(frozen=True)
class MonthFigures:
    month: YearMonth
    counts: Counts
    groups: dict[str, Counts]  # every category of the book, in display order


@dataclass(frozen=True)
class ChronicTask:
    id: str
    title: str
    owner: str
    times_carried: int
    months: tuple[YearMonth, ...]  # the months of the range it appears in
    status: Status  # in the last of them


@dataclass(frozen=True)
class OwnerFigures:
    owner: str  # "" for tasks without an owner
    total: int
    done: int
    on_time: int
    carried: int

    @property
    def done_share(self) -> float:
        return self.done / self.total if self.total else 0.0


@dataclass(frozen=True)
class Statistics:
    first: YearMonth | None
    last: YearMonth | None
    categories: tuple[Category, ...]
    months: tuple[MonthFigures, ...]  # the months that read, oldest first
    missing: tuple[YearMonth, ...] = ()  # months of the range without a file
    broken: tuple[YearMonth, ...] = ()  # months whose file does not open: not counted
    chronic: tuple[ChronicTask, ...] = ()
    owners: tuple[OwnerFigures, ...] = ()

    @property
    def total(self) -> Counts:
        return Counts(*(sum(getattr(m.counts, name) for m in self.months) for name in Counts.__dataclass_fields__))


def owner_order(figures: OwnerFigures) -> tuple[int, float, int, str]:
    """What a director asks about first: the office whose tasks slip most (most carried), then the
    one finishing the smallest share of what it takes on, then the busiest; by name last."""
    return (-figures.carried, figures.done_share, -figures.total, fold(figures.owner))


def statistics(span: Span) -> Statistics:
    settings = span.settings
    months: list[MonthFigures] = []
    by_owner: dict[str, list[Task]] = {}
    for key, month in span.months.items():
        groups: dict[str, list[Task]] = {c.id: [] for c in settings.categories}
        for task in month.tasks:
            groups[settings.category_of(task)].append(task)
            by_owner.setdefault(owner_of(task), []).append(task)
        months.append(MonthFigures(key, Counts.of(month.tasks), {cid: Counts.of(tasks) for cid, tasks in groups.items()}))
    owners = []
    for owner, tasks in by_owner.items():
        counts = Counts.of(tasks)
        owners.append(OwnerFigures(owner, counts.total, counts.done, counts.on_time, counts.carried))
    return Statistics(
        span.first,
        span.last,
        settings.categories,
        tuple(months),
        span.missing,
        tuple(span.broken),
        chronic_tasks(span),
        tuple(sorted(owners, key=owner_order)),
    )


def chronic_tasks(span: Span, threshold: int = CHRONIC) -> tuple[ChronicTask, ...]:
    """Tasks carried `threshold` times or more, most carried first, then the most recent."""
    found = []
    for path in Chains(span).all():
        if path.times_carried < threshold:
            continue
        last = path.last.task
        found.append(
            ChronicTask(
                last.id, last.title, owner_of(last), path.times_carried, tuple(a.month for a in path.appearances), last.status
            )
        )
    return tuple(sorted(found, key=lambda c: (-c.times_carried, -index(c.months[-1]), fold(c.title))))


def as_data(figures: Statistics) -> dict[str, object]:
    """The JSON shape of `dithub stats --format json` (issue 13), exactly."""
    return {
        "from": str(figures.first) if figures.first else None,
        "to": str(figures.last) if figures.last else None,
        "months": [
            {"month": str(m.month), **m.counts.as_dict(), "groups": {cid: c.as_dict() for cid, c in m.groups.items()}}
            for m in figures.months
        ],
        "chronic": [
            {"id": c.id, "title": c.title, "times_carried": c.times_carried, "months": [str(k) for k in c.months]}
            for c in figures.chronic
        ],
        "owners": [
            {"owner": o.owner, "total": o.total, "done": o.done, "on_time": o.on_time, "carried": o.carried}
            for o in figures.owners
        ],
    }
