"""`dithub report`: a month grouped by category, as a table, plain text or JSON."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .i18n import Language, month_label, t
from .labels import category_label
from .model import Category, Month, Settings, Status, Task
from .text import printable
from .view import grouped


@dataclass(frozen=True)
class Group:
    category: Category
    tasks: tuple[Task, ...]

    @property
    def done(self) -> int:
        return sum(task.status is Status.DONE for task in self.tasks)


def groups(month: Month, settings: Settings) -> list[Group]:
    """The month's tasks under the book's categories, in display order (empty ones included)."""
    by_category = grouped(month, settings)
    return [Group(c, tuple(by_category[c.id])) for c in settings.categories]


def as_json(month: Month, settings: Settings) -> str:
    data: dict[str, Any] = {
        "month": str(month.key),
        "title": month.title,
        "date": month.date.isoformat() if month.date else None,  # the meeting that set the month's tasks
        "chair": month.chair,
        "categories": [
            {
                "id": group.category.id,
                "label": group.category.label,
                "done": group.done,
                "total": len(group.tasks),
                "tasks": [
                    {
                        "id": task.id,
                        "title": task.title,
                        "status": task.status.value,
                        "owner": task.owner,
                        "due": task.due.isoformat() if task.due else None,
                        "times_carried": task.times_carried,
                        "carried_from": str(task.carried_from) if task.carried_from else None,
                        "done_on": task.done_on.isoformat() if task.done_on else None,
                        "refs": list(task.refs),
                        "note": task.note,
                    }
                    for task in group.tasks
                ],
            }
            for group in groups(month, settings)
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


_MARK = {Status.OPEN: "[ ]", Status.DONE: "[x]", Status.CARRIED: "[>]", Status.DROPPED: "[-]"}


def _details(task: Task, language: Language) -> str:
    parts = []
    if task.owner:
        parts.append(task.owner)
    if task.due:
        parts.append(f"{t('field.due', language).lower()} {task.due:%d/%m}")
    if task.status is not Status.OPEN:
        parts.append(t(f"status.{task.status.value}", language))
    if task.times_carried:
        parts.append(t("report.carried_times", language, count=task.times_carried))
    return printable(" · ".join(parts))


def _heading(month: Month, settings: Settings, language: Language) -> str:
    done = sum(task.status is Status.DONE for task in month.tasks)
    heading = month_label(month.key, language)
    if month.title:
        heading += f" — {month.title}"
    return printable(f"{heading} — {t('report.done_total', language, done=done, total=len(month.tasks))}")


def as_text(month: Month, settings: Settings, language: Language) -> Iterator[str]:
    """Plain lines for a pipe or a file: one task a line, so nothing needs aligning."""
    if settings.unit:
        yield printable(settings.unit)
    yield _heading(month, settings, language)
    for group in groups(month, settings):
        if not group.tasks:
            continue
        yield ""
        label = category_label(group.category, language)
        yield printable(f"{label} — {t('report.done_total', language, done=group.done, total=len(group.tasks))}")
        for task in group.tasks:
            details = _details(task, language)
            yield f"  {_MARK[task.status]} {printable(task.title)}" + (f"  ({details})" if details else "")


def print_table(month: Month, settings: Settings, language: Language) -> None:
    """A Rich table for a terminal. Text goes in as Text objects: a "[bold]" title stays literal."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    table = Table(
        title=Text(_heading(month, settings, language)),
        caption=Text(printable(settings.unit)) if settings.unit else None,
        expand=True,
    )
    table.add_column("", width=3, no_wrap=True)
    table.add_column(t("field.title", language), ratio=3, overflow="fold")
    table.add_column(t("field.owner", language), ratio=1, overflow="fold")
    table.add_column(t("field.due", language), width=5, no_wrap=True)
    table.add_column(t("field.status", language), ratio=1)
    for group in groups(month, settings):
        if not group.tasks:
            continue
        label = f"{category_label(group.category, language)} — {t('report.done_total', language, done=group.done, total=len(group.tasks))}"
        table.add_row("", Text(printable(label), style="bold"), end_section=False)
        for task in group.tasks:
            status = t(f"status.{task.status.value}", language)
            if task.times_carried:
                status += " · " + t("report.carried_times", language, count=task.times_carried)
            table.add_row(
                Text(_MARK[task.status]),
                Text(printable(task.title)),
                Text(printable(task.owner or "")),
                Text(f"{task.due:%d/%m}" if task.due else ""),
                Text(status, style="bold red" if task.times_carried >= 3 else ""),
            )
        table.add_section()
    console.print(table)
