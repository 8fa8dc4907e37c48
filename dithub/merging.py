"""Merging: someone else changed the file while we held changes of our own.

Three versions of a month (the one both started from, ours, theirs) become one, field by field:
different tasks, or different fields of one task, both win; the same field changed two ways is
a MergeConflict (or ours, when the user chose to keep theirs for everything else).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .model import TASK_FIELDS, ModelError, Month, Task


class MergeConflict(ModelError):
    """Both sides changed the same thing differently. `titles` names what clashed."""

    def __init__(self, titles: list[str]) -> None:
        super().__init__(", ".join(titles))
        self.titles = titles


def _same(a: Any, b: Any) -> bool:
    return a == b or repr(a) == repr(b)  # a NaN (valid TOML) equals itself here


def _merge_value(base: Any, ours: Any, theirs: Any, clash: list[str], name: str) -> Any:
    if _same(ours, base) or _same(ours, theirs):
        return theirs
    if _same(theirs, base):
        return ours
    clash.append(name)
    return ours  # what a clash settled for us ("keep mine") keeps


def _merge_task(base: Task, ours: Task, theirs: Task, clash: list[str]) -> Task:
    values = {
        f: _merge_value(getattr(base, f), getattr(ours, f), getattr(theirs, f), clash, ours.title)
        for f in TASK_FIELDS
        if f != "extra"
    }
    extra_keys = dict.fromkeys([*theirs.extra, *ours.extra])
    extra = {}
    missing = object()
    for key in extra_keys:
        value = _merge_value(
            base.extra.get(key, missing), ours.extra.get(key, missing), theirs.extra.get(key, missing), clash, ours.title
        )
        if value is not missing:
            extra[key] = value
    return Task(**values, extra=extra)


def merge(base: Month, ours: Month, theirs: Month, keep_ours: bool = False) -> Month:
    """Three-way merge at the level of single fields of single tasks.

    Two people ticking different tasks of one month both win; the same field changed two ways
    raises MergeConflict naming the tasks, so the user decides instead of a silent overwrite.
    `keep_ours` is the user's "keep mine": where the two clash ours wins, everything else they
    changed stays (a task we deleted and they changed goes; one they deleted and we changed stays).
    """
    clash: list[str] = []
    header = {
        name: _merge_value(getattr(base, name), getattr(ours, name), getattr(theirs, name), clash, name)
        for name in ("title", "date", "chair")
    }
    base_tasks = {t.id: t for t in base.tasks}
    our_tasks = {t.id: t for t in ours.tasks}
    their_tasks = {t.id: t for t in theirs.tasks}
    result: list[Task] = []
    for task_id in dict.fromkeys([*their_tasks, *our_tasks]):
        b, o, t = base_tasks.get(task_id), our_tasks.get(task_id), their_tasks.get(task_id)
        if o is not None and t is not None:
            result.append(_merge_task(b, o, t, clash) if b is not None else o if _same(o, t) else _clash(clash, o))
        elif o is not None:  # not in theirs: they deleted it, or we added it
            if b is None:
                result.append(o)
            elif not _same(o, b):
                clash.append(o.title)
                result.append(o)
        elif t is not None:  # not in ours: we deleted it, or they added it
            if b is None:
                result.append(t)
            elif not _same(t, b):
                clash.append(t.title)
                if not keep_ours:
                    result.append(t)
    if clash and not keep_ours:
        raise MergeConflict(list(dict.fromkeys(clash)))
    return replace(theirs, tasks=_in_our_order(result, ours, their_tasks), **header)


def _in_our_order(result: list[Task], ours: Month, their_tasks: dict[str, Task]) -> tuple[Task, ...]:
    """Tasks only we have go back right after the task that precedes them in our month."""
    ordered = [t for t in result if t.id in their_tasks]
    ours_only = {t.id: t for t in result if t.id not in their_tasks}
    previous: str | None = None
    for task in ours.tasks:
        if task.id in ours_only:
            at = next((i + 1 for i, t in enumerate(ordered) if t.id == previous), 0) if previous else 0
            ordered.insert(at, ours_only.pop(task.id))
        previous = task.id if any(t.id == task.id for t in ordered) else previous
    return tuple(ordered + list(ours_only.values()))


def _clash(clash: list[str], task: Task) -> Task:
    clash.append(task.title)
    return task


def same_month(a: Month | None, b: Month | None) -> bool:
    """Equal, counting a NaN as equal to itself (TOML allows `x = nan` in keys we keep as they are).

    Asked after every change of a month of thousands of tasks: only tasks that differ are
    looked at twice.
    """
    if a is b or a == b:
        return True
    if a is None or b is None or len(a.tasks) != len(b.tasks):
        return False
    if (a.key, a.title, a.date, a.chair) != (b.key, b.title, b.date, b.chair):
        return False
    return all(x is y or x == y or repr(x) == repr(y) for x, y in zip(a.tasks, b.tasks))
