"""The meeting's agenda for the presenter view: the groups in the order they are reported, each
with its tasks and its done/total. Plain Python, no textual: the wall view only draws this.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import OTHER, Category, Month, Settings, Status, Task


@dataclass(frozen=True)
class AgendaGroup:
    category: Category
    tasks: tuple[Task, ...]

    @property
    def done(self) -> int:
        return sum(task.status is Status.DONE for task in self.tasks)

    @property
    def total(self) -> int:
        return len(self.tasks)

    def index_of(self, task_id: str | None) -> int | None:
        return next((index for index, task in enumerate(self.tasks) if task.id == task_id), None)


def agenda(month: Month, settings: Settings) -> list[AgendaGroup]:
    """Every group of the book in its reporting order, even one with no task this month (the room
    hears that nothing was assigned there); the catch-all "other" only when it holds tasks."""
    by_category: dict[str, list[Task]] = {category.id: [] for category in settings.categories}
    for task in month.tasks:
        by_category[settings.category_of(task)].append(task)
    return [
        AgendaGroup(category, tuple(by_category[category.id]))
        for category in settings.categories
        if by_category[category.id] or category.id != OTHER.id
    ]


def group_of(groups: list[AgendaGroup], task_id: str | None) -> tuple[int, int]:
    """(group, task) indexes of the task, for the presenter to open where the cursor was; (0, 0) if absent."""
    for group_index, group in enumerate(groups):
        task_index = group.index_of(task_id)
        if task_index is not None:
            return group_index, task_index
    return 0, 0
