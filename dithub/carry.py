"""Carrying unfinished tasks into next month: what the meeting's "Tiếp tục triển khai …" means.

Plain functions over immutable months (dithub.model); Book.carry applies the outcome and saves.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from .model import Month, Status, Task


@dataclass(frozen=True)
class CarryOutcome:
    source: Month
    target: Month
    carried: tuple[str, ...]
    already_there: tuple[str, ...]  # ids next month has already: reported, left alone
    not_open: tuple[str, ...]  # asked for, but done, carried or dropped


def carry_over(
    source: Month,
    target: Month | None,
    task_ids: Iterable[str] | None = None,
    due: date | Literal["keep", "clear"] = "keep",
) -> CarryOutcome:
    """Copy unfinished tasks into next month (status open, carried_from, times_carried + 1).

    `task_ids` None means every open task. A task asked for whose id is already in next month is
    never copied twice, so carrying again is harmless: it is reported as already there. Carrying
    every task asks only for the open ones, so what an earlier carry took over is not reported.
    `due` is the copies' deadline next month: their own ("keep"), none ("clear"), or a date.
    """
    next_key = source.key.next()
    target = target if target is not None else Month(next_key)
    if target.key != next_key:
        raise ValueError(f"carry from {source.key} goes to {next_key}, not {target.key}")
    if task_ids is None:
        wanted = [t.id for t in source.tasks if t.is_open]
    else:
        wanted = list(dict.fromkeys(task_ids))
    carried: list[str] = []
    already: list[str] = []
    not_open: list[str] = []
    # One pass, building each month once: carrying 2,000 tasks must not copy 2,000 tuples.
    in_target = set(target.task_ids)
    marked: dict[str, Task] = {}
    copies: list[Task] = []
    for task_id in wanted:
        task = source.task(task_id)
        if task.is_open and task_id in in_target and target.task(task_id).carried_from == source.key:
            # A carry stopped between its two files (a crash, a failed save): next month has the
            # copy, this month still says open. Finish it: mark it carried, copy nothing.
            marked[task_id] = replace(task, status=Status.CARRIED)
            carried.append(task_id)
        elif task_id in in_target and task.status in (Status.OPEN, Status.CARRIED):
            already.append(task_id)
        elif not task.is_open:
            not_open.append(task_id)
        else:
            new_due = task.due if due == "keep" else None if due == "clear" else due
            copies.append(
                replace(
                    task,
                    status=Status.OPEN,
                    done_on=None,
                    due=new_due,
                    carried_from=source.key,
                    times_carried=task.times_carried + 1,
                )
            )
            marked[task_id] = replace(task, status=Status.CARRIED)
            in_target.add(task_id)
            carried.append(task_id)
    new_source = replace(source, tasks=tuple(marked.get(t.id, t) for t in source.tasks)) if marked else source
    new_target = replace(target, tasks=target.tasks + tuple(copies)) if copies else target
    return CarryOutcome(new_source, new_target, tuple(carried), tuple(already), tuple(not_open))
