"""What a meeting notice says, taken from the book: plain data, no words and no layout yet.

The notice of month M is the notice of the meeting held in M's file (`date`, `chair`, `title`):
it reviews month M−1 and sets the tasks of M. See SPEC.md, "What the book holds beyond the months".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..model import Month, NoticeSettings, Settings, Status, Task, YearMonth
from ..view import grouped

SLIPPING = 3  # a task carried this many times or more is named as slipping in the results


@dataclass(frozen=True)
class CarriedTask:
    task: Task
    times: int  # which carry this was: 1 for the first time it moved on


@dataclass(frozen=True)
class Result:
    """One category's results in the month under review."""

    label: str
    done: tuple[Task, ...]
    carried: tuple[CarriedTask, ...]
    unfinished: tuple[Task, ...]  # neither done nor carried (the month was not closed)
    dropped: tuple[Task, ...]

    @property
    def total(self) -> int:
        return len(self.done) + len(self.carried) + len(self.unfinished) + len(self.dropped)


@dataclass(frozen=True)
class TaskGroup:
    label: str
    tasks: tuple[Task, ...]


@dataclass(frozen=True)
class Notice:
    key: YearMonth  # the month whose tasks the meeting set
    unit: str
    settings: NoticeSettings
    date: date | None
    chair: str | None
    title: str | None
    results: tuple[Result, ...] | None  # None: the book holds no file for the month before
    groups: tuple[TaskGroup, ...]  # only categories that have tasks, in the book's order

    @property
    def reviewed(self) -> YearMonth:
        return self.key.previous()

    @property
    def task_count(self) -> int:
        return sum(len(group.tasks) for group in self.groups)


def build_notice(month: Month, previous: Month | None, settings: Settings) -> Notice:
    """The notice of `month`'s meeting; `previous` is the month it reviewed (None: no file)."""
    carried_on = {task.id: task.times_carried for task in month.tasks if task.carried_from == month.key.previous()}
    results = None
    if previous is not None:
        by_category = grouped(previous, settings)
        results = tuple(
            _result(category.label, by_category[category.id], carried_on)
            for category in settings.categories
            if by_category[category.id]
        )
    by_category = grouped(month, settings)
    groups = tuple(
        TaskGroup(category.label, tuple(t for t in by_category[category.id] if t.status is not Status.DROPPED))
        for category in settings.categories
    )
    return Notice(
        key=month.key,
        unit=settings.unit,
        settings=settings.notice,
        date=month.date,
        chair=month.chair,
        title=month.title,
        results=results,
        groups=tuple(group for group in groups if group.tasks),
    )


def _result(label: str, tasks: list[Task], carried_on: dict[str, int]) -> Result:
    def times(task: Task) -> int:
        # The copy in the next month counts the carry itself; without one, this is the next carry.
        return carried_on.get(task.id, task.times_carried + 1)

    return Result(
        label=label,
        done=tuple(t for t in tasks if t.status is Status.DONE),
        carried=tuple(CarriedTask(t, times(t)) for t in tasks if t.status is Status.CARRIED),
        unfinished=tuple(t for t in tasks if t.status is Status.OPEN),
        dropped=tuple(t for t in tasks if t.status is Status.DROPPED),
    )
