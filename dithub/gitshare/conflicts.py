"""Which tasks two sides changed differently, and the month as each side would have it.

model.merge says whether a month merges; when it does not, the driver still merges everything
else and puts only the clashing tasks between conflict markers. For that it needs two months:
all merged, the clashes taken from our side in one and from theirs in the other. Both come from
model.merge itself, given an ancestor in which the losing side's value of each clashing field
already stands, so the winning side's is the only change there.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..merging import MergeConflict, merge
from ..model import TASK_FIELDS, Month, Task

_HEADER = ("title", "date", "chair")
_MISSING = object()


@dataclass(frozen=True)
class Sides:
    ours: Month  # everything merged, each clash as we have it
    theirs: Month  # everything merged, each clash as they have it
    clashing: frozenset[str]  # ids of the tasks in conflict
    header: tuple[str, ...]  # header fields in conflict


def _same(a: Any, b: Any) -> bool:
    return a == b or repr(a) == repr(b)


def _clashes(base: Any, ours: Any, theirs: Any) -> bool:
    return not _same(ours, base) and not _same(theirs, base) and not _same(ours, theirs)


def clashing_fields(base: Task, ours: Task, theirs: Task) -> tuple[list[str], list[str]]:
    """(task fields, unknown keys) both sides changed to different values."""
    names = [f for f in TASK_FIELDS if f != "extra" and _clashes(getattr(base, f), getattr(ours, f), getattr(theirs, f))]
    keys = [
        k
        for k in dict.fromkeys([*theirs.extra, *ours.extra])
        if _clashes(base.extra.get(k, _MISSING), ours.extra.get(k, _MISSING), theirs.extra.get(k, _MISSING))
    ]
    return names, keys


def _losing_base(base: Task | None, ours: Task | None, theirs: Task | None, prefer_ours: bool) -> Task | None | object:
    """The ancestor that makes the preferred side win this task's clash (None: no ancestor)."""
    winner, loser = (ours, theirs) if prefer_ours else (theirs, ours)
    if base is None:  # both added the same id differently: the loser's version as ancestor
        return loser
    if winner is None:  # the winner deleted it: the loser's version as ancestor deletes it
        return loser
    if loser is None:  # the loser deleted it: no ancestor keeps it as an addition
        return None
    names, keys = clashing_fields(base, ours, theirs)  # type: ignore[arg-type]
    extra = dict(base.extra)
    for key in keys:
        value = loser.extra.get(key, _MISSING)
        if value is _MISSING:
            extra.pop(key, None)
        else:
            extra[key] = value
    return replace(base, **{name: getattr(loser, name) for name in names}, extra=extra)


def clashing_tasks(base: Month, ours: Month, theirs: Month) -> list[str]:
    """Ids of the tasks both sides changed differently (a change against a deletion counts)."""
    base_tasks = {t.id: t for t in base.tasks}
    our_tasks = {t.id: t for t in ours.tasks}
    their_tasks = {t.id: t for t in theirs.tasks}
    found = []
    for task_id in dict.fromkeys([*our_tasks, *their_tasks]):
        b, o, t = base_tasks.get(task_id), our_tasks.get(task_id), their_tasks.get(task_id)
        if o is not None and t is not None:
            clash = not _same(o, t) if b is None else any(clashing_fields(b, o, t))
        elif b is None:
            clash = False
        else:
            clash = not _same(o if o is not None else t, b)
        if clash:
            found.append(task_id)
    return found


def conflicting_sides(base: Month, ours: Month, theirs: Month) -> Sides | None:
    """The two months to show between markers; None when there is no clash to show."""
    clashing = clashing_tasks(base, ours, theirs)
    header = [name for name in _HEADER if _clashes(getattr(base, name), getattr(ours, name), getattr(theirs, name))]
    if not clashing and not header:
        return None
    base_tasks = {t.id: t for t in base.tasks}
    our_tasks = {t.id: t for t in ours.tasks}
    their_tasks = {t.id: t for t in theirs.tasks}
    months = []
    for prefer_ours in (True, False):
        loser = theirs if prefer_ours else ours
        adjusted = {t.id: t for t in base.tasks}
        for task_id in clashing:
            new = _losing_base(base_tasks.get(task_id), our_tasks.get(task_id), their_tasks.get(task_id), prefer_ours)
            if new is None:
                adjusted.pop(task_id, None)
            else:
                adjusted[task_id] = new  # type: ignore[assignment]
        tasks = [adjusted[i] for i in dict.fromkeys([*base_tasks, *clashing]) if i in adjusted]
        ancestor = replace(base, tasks=tuple(tasks), **{name: getattr(loser, name) for name in header})
        try:
            months.append(merge(ancestor, ours, theirs))
        except MergeConflict:
            return None
    return Sides(months[0], months[1], frozenset(clashing), tuple(header))
