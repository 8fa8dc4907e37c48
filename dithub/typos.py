"""Slips that make tasks vanish without an error: `[[task]]` for `[[tasks]]`, `statu = "done"`, `title = ""`.

Unknown keys are kept as they are (the spec allows them), so a misspelt known key reads as a
new key and its value is silently not used; one or two letters from a known key, it is told.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .problems import Problem

TASKS = "tasks"

# (key, task index or None for the top) -> the line of that key
Locate = Callable[[str, "int | None"], "int | None"]


def edits(a: str, b: str) -> int:
    """Letters to change, add, remove or swap to turn `a` into `b` (optimal string alignment)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        row = [i]
        for j, y in enumerate(b, 1):
            cost = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x != y))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                cost = min(cost, previous2[j - 2] + 1)
            row.append(cost)
        previous2, previous = previous, row
    return previous[-1]


def meant(key: str, known: Sequence[str]) -> str | None:
    """The known key `key` is a slip of: one edit away for short keys, two for longer ones."""
    lowered = key.strip().lower()
    best: tuple[int, str] | None = None
    for candidate in known:
        distance = edits(lowered, candidate)
        if 0 < edits(key, candidate) and distance <= (1 if len(candidate) <= 4 else 2) and (best is None or distance < best[0]):
            best = (distance, candidate)
    return best[1] if best else None


# How a Vietnamese secretary might name the table instead, diacritics and spaces aside.
_VIETNAMESE_NAMES = ("nhiem_vu", "nhiemvu", "nhiem-vu", "nhiệm_vụ", "nhiệm vụ", "nhiệm-vụ")


def _looks_like_tasks(key: str, value: Any) -> bool:
    """A table, or list of tables, named one slip from `tasks` (or "nhiệm vụ"): its tasks are not read."""
    tables = value if isinstance(value, list) else [value]
    if not tables or not all(isinstance(table, Mapping) for table in tables):
        return False
    return meant(key, (TASKS,)) is not None or key.strip().lower() in _VIETNAMESE_NAMES


def _table_line(text: str, key: str) -> int | None:
    header = re.compile(rf"^\s*\[\[?\s*[\"']?{re.escape(key)}[\"']?\s*\]")
    return next((i + 1 for i, line in enumerate(text.splitlines()) if header.match(line)), None)


def slips(
    data: Mapping[str, Any],
    file: str,
    text: str,
    top_keys: Sequence[str],
    task_keys: Sequence[str],
    locate: Locate,
) -> list[Problem]:
    """Problems for a month file's slips: a table of tasks under another name (an error: its tasks
    are not read), a key one slip from a known one, an empty title (warnings)."""
    problems: list[Problem] = []
    for key, value in data.items():
        if key in top_keys:
            continue
        if _looks_like_tasks(key, value):
            count = len(value) if isinstance(value, list) else 1
            problems.append(Problem(file, "tasks_misnamed", _table_line(text, key), None, {"key": key, "count": count}))
        elif (known := meant(key, top_keys)) is not None:
            problems.append(Problem(file, "key_misspelt", locate(key, None), None, {"key": key, "known": known}, True))
    tasks = data.get(TASKS)
    known_keys = frozenset(task_keys)  # asked for every key of every task: a set, not a scan
    for index, task in enumerate(tasks if isinstance(tasks, list) else []):
        if not isinstance(task, Mapping):
            continue
        unknown = () if known_keys.issuperset(task) else [key for key in task if key not in known_keys]
        for key in unknown:
            if (known := meant(key, task_keys)) is not None:
                details = {"key": key, "known": known, "number": index + 1}
                problems.append(Problem(file, "key_misspelt", locate(key, index), None, details, True))
        title = task.get("title")
        if title == "" or (isinstance(title, str) and title.isspace()):
            problems.append(Problem(file, "empty_title", locate("title", index), None, {"number": index + 1}, True))
    return problems
