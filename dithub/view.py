"""What the dashboard shows for a month: groups, filter and search. Plain Python, no textual."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum

from .model import Category, Month, Settings, Status, Task
from .text import fold


class Filter(str, Enum):
    ALL = "all"
    OPEN = "open"
    CARRIED = "carried"  # carried over at least once: the slipping ones
    OVERDUE = "overdue"

    def next(self) -> Filter:
        members = list(Filter)
        return members[(members.index(self) + 1) % len(members)]

    def keeps(self, task: Task, today: date) -> bool:
        if self is Filter.OPEN:
            return task.is_open
        if self is Filter.CARRIED:
            return task.times_carried > 0
        if self is Filter.OVERDUE:
            return task.is_overdue(today)
        return True


class SearchIndex:
    """Folded text of every task of a month, made once, so each keystroke is a cheap scan."""

    def __init__(self, tasks: Sequence[Task]) -> None:
        self.tasks = tuple(tasks)
        self._haystacks = [fold(" ".join(filter(None, (t.title, t.owner, t.note, t.id, *t.refs)))) for t in self.tasks]

    def hints(self, query: str, matched: set[str], labels: Mapping[str, str]) -> dict[str, str]:
        """For tasks found by a field other than the title, that field's words ("Chủ trì: ...").

        `labels` names the fields (owner, note, refs, id) in the interface's language.
        """
        needles = fold(query).split()
        result: dict[str, str] = {}
        for task in self.tasks:
            if task.id not in matched:
                continue
            missing = [n for n in needles if n not in fold(task.title)]
            if not missing:
                continue
            for name, values in (("owner", [task.owner]), ("refs", list(task.refs)), ("note", [task.note]), ("id", [task.id])):
                found = next((v for v in values if v and any(n in fold(v) for n in missing)), None)
                if found is not None:
                    result[task.id] = f"{labels[name]}: {_around(found, missing)}"
                    break
        return result

    def matches(self, query: str) -> set[str]:
        """Ids of tasks holding every word of the query, ignoring case and diacritics."""
        needles = fold(query).split()
        if not needles:
            return {task.id for task in self.tasks}
        return {task.id for task, hay in zip(self.tasks, self._haystacks) if all(n in hay for n in needles)}


def _around(text: str, needles: list[str], room: int = 60) -> str:
    """`text` on one line, or the part of a long note around the first word that matched."""
    text = " ".join(text.split())
    if len(text) <= room:
        return text
    folded = fold(text)
    at = min((folded.find(n) for n in needles if n in folded), default=0)
    start = max(0, at - room // 3)
    return ("…" if start else "") + text[start : start + room].strip() + ("…" if start + room < len(text) else "")


@dataclass(frozen=True)
class GroupRow:
    category: Category
    done: int
    total: int


@dataclass(frozen=True)
class TaskRow:
    task: Task
    category: str


Row = GroupRow | TaskRow


def grouped(month: Month, settings: Settings) -> dict[str, list[Task]]:
    """Each category's tasks, categories in the book's display order (empty ones included)."""
    by_category: dict[str, list[Task]] = {c.id: [] for c in settings.categories}
    for task in month.tasks:
        by_category[settings.category_of(task)].append(task)
    return by_category


def heading(category: Category, tasks: list[Task]) -> GroupRow:
    return GroupRow(category, sum(t.status is Status.DONE for t in tasks), len(tasks))


def heading_after(group: GroupRow, before: Task, after: Task) -> GroupRow:
    """A group's heading once one of its tasks went from `before` to `after`: counted from the
    change, not from the group (a tick in a 2,000-task month must not walk the month)."""
    return replace(group, done=group.done + (after.status is Status.DONE) - (before.status is Status.DONE))


def rows(month: Month, settings: Settings, shown: set[str] | None, keep: Filter, today: date) -> list[Row]:
    """Groups in display order, each followed by its visible tasks; empty groups left out.

    Group counts are of the whole group, so a filter or search never hides how far it is.
    """
    by_category = grouped(month, settings)
    result: list[Row] = []
    for category in settings.categories:
        tasks = by_category[category.id]
        visible = [t for t in tasks if (shown is None or t.id in shown) and keep.keeps(t, today)]
        if visible:
            result.append(heading(category, tasks))
            result.extend(TaskRow(t, category.id) for t in visible)
    return result
