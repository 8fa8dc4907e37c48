"""A task's path across months: the chain of its appearances, linked by `id` and `carried_from`.

Carry-over copies a task into next month with the same id and `carried_from` naming the month it
came from, so a path is followed link by link. Where a link leads to a month without a file, a
broken file, a month not read, or a month that does not hold the task, the path says so with a
Gap and stops: it never guesses which task of another month might be the same one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .i18n import Language, short_month_label, t
from .model import Month, Status, Task, YearMonth
from .span import MonthState, Span


@dataclass(frozen=True)
class Appearance:
    """The task as one month's file holds it."""

    month: YearMonth
    task: Task

    @property
    def status(self) -> Status:
        return self.task.status

    @property
    def due(self) -> date | None:
        return self.task.due

    @property
    def done_on(self) -> date | None:
        return self.task.done_on

    @property
    def note(self) -> str | None:
        return self.task.note


@dataclass(frozen=True)
class Gap:
    """A month the path runs into but cannot see through."""

    month: YearMonth
    reason: str  # missing | broken | not_read | not_found | elsewhere (carried from there into another month)


Step = Appearance | Gap


@dataclass(frozen=True)
class TaskPath:
    steps: tuple[Step, ...]  # oldest first; a Gap only at either end

    @property
    def appearances(self) -> tuple[Appearance, ...]:
        return tuple(step for step in self.steps if isinstance(step, Appearance))

    @property
    def first(self) -> Appearance:
        return self.appearances[0]

    @property
    def last(self) -> Appearance:
        return self.appearances[-1]

    @property
    def id(self) -> str:
        return self.first.task.id

    @property
    def is_cut(self) -> bool:
        """Part of the path is unknown: a month it leads to is missing, broken or not read."""
        return any(isinstance(step, Gap) for step in self.steps)

    @property
    def cut_before(self) -> bool:
        return isinstance(self.steps[0], Gap)

    @property
    def times_carried(self) -> int:
        """How often it has been carried: the file's count, plus one where it was carried out again.

        The count comes from the files, so carries before a missing month still count.
        """
        return max(a.task.times_carried + (a.status is Status.CARRIED) for a in self.appearances)

    def until(self, last: YearMonth) -> TaskPath | None:
        """The path as it stood at the end of `last` (None: it had not begun)."""
        kept = tuple(step for step in self.steps if step.month <= last)
        return TaskPath(kept) if any(isinstance(step, Appearance) for step in kept) else None


class Chains:
    """Every path of a span, each task once; built in one pass over the span's tasks.

    `only` keeps the tasks of one id: every link is by (month, id), so that task's path is the
    same as in the whole span, found without touching the thousands of others.
    """

    def __init__(self, span: Span, only: str | None = None) -> None:
        self.span = span
        self._only = only
        self._paths: list[TaskPath] = []
        self._of: dict[tuple[YearMonth, str], TaskPath] = {}
        # (month carried from, id) -> the earliest later month whose task says it came from there
        child: dict[tuple[YearMonth, str], YearMonth] = {}
        for key, month in span.months.items():
            for task in self._tasks(month):
                source = task.carried_from
                if source is not None and source < key:
                    child.setdefault((source, task.id), key)
        self._child = child
        for key, month in span.months.items():
            for task in self._tasks(month):
                lead = self._lead(key, task)
                if lead is not None or task.carried_from is None or task.carried_from >= key:
                    self._add(key, task, lead)

    def _tasks(self, month: Month) -> tuple[Task, ...]:
        if self._only is None:
            return month.tasks
        return (month.task(self._only),) if month.has_task(self._only) else ()

    def _lead(self, key: YearMonth, task: Task) -> Gap | None:
        """Why a task does not link back to the month it says it came from (None: it links, or starts)."""
        source = task.carried_from
        if source is None or source >= key:
            return None
        state = self.span.state(source)
        if state is not MonthState.READ:
            return Gap(source, state.value)
        if not self.span.months[source].has_task(task.id):
            return Gap(source, "not_found")
        if self._child[(source, task.id)] != key:
            return Gap(source, "elsewhere")
        return None

    def _add(self, key: YearMonth, task: Task, lead: Gap | None) -> None:
        steps: list[Step] = [lead] if lead else []
        while True:
            steps.append(Appearance(key, task))
            following = self._child.get((key, task.id))
            if following is None:
                if task.status is Status.CARRIED:
                    state = self.span.state(key.next())
                    steps.append(Gap(key.next(), state.value if state is not MonthState.READ else "not_found"))
                break
            key, task = following, self.span.months[following].task(task.id)
        path = TaskPath(tuple(steps))
        self._paths.append(path)
        for appearance in path.appearances:
            self._of[(appearance.month, appearance.task.id)] = path

    def all(self) -> list[TaskPath]:
        """Every path, ordered by the month it starts in, then as the files list the tasks."""
        return list(self._paths)

    def path(self, key: YearMonth, task_id: str) -> TaskPath | None:
        """The path the task of that month belongs to; None when the month does not hold it."""
        return self._of.get((key, task_id))


def path_of(span: Span, key: YearMonth, task_id: str) -> TaskPath | None:
    return Chains(span, only=task_id).path(key, task_id)


def _day(value: date, month: YearMonth) -> str:
    return f"{value:%d/%m}" if value.year == month.year else f"{value:%d/%m/%Y}"


def step_text(step: Step, language: Language) -> str:
    """One step as the details pane says it: "7/2020 đang làm, hạn 31/07"."""
    when = short_month_label(step.month, language)
    if isinstance(step, Gap):
        return t(f"history.gap.{step.reason}", language, month=when)
    task = step.task
    text = f"{when} {t(f'history.status.{task.status.value}', language)}"
    if task.status is Status.DONE and task.done_on:
        text += f" {_day(task.done_on, step.month)}"
        if task.due and task.done_on > task.due:
            text += t("history.late", language, due=_day(task.due, step.month))
    elif task.status is Status.OPEN and task.due:
        text += t("history.due", language, due=_day(task.due, step.month))
    return text


def path_text(path: TaskPath, language: Language) -> str:
    """The whole path on one line: "5/2020 chuyển → 6/2020 chuyển → 7/2020 đang làm, hạn 31/07"."""
    return " → ".join(step_text(step, language) for step in path.steps)
