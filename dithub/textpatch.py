"""Line-level edits of a month file, for the changes a meeting makes all the time.

A tick, a carry or an edit touches a few key lines of a few tasks; a new task goes after the task
before it (under its category's tasks, when the file groups them), ahead of the blank lines and
comments that open the next group, or at the end.
Parsing a 2,000-task file with tomlkit takes most of a second, so these changes are made on the
text itself, and every task table we changed is parsed back with tomli and compared with what it
should say. Anything else (deleted tasks, header fields, lists, unusual layouts) returns None and
goes through tomlkit.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date, datetime
from typing import Any

import tomli

from .merging import same_month
from .model import TASK_FIELDS, Month, Status, Task, YearMonth
from .schema import month_from_data

_HEADER = re.compile(r"\s*\[")
_TASKS = re.compile(r"\s*\[\[\s*tasks\s*\]\]\s*(#.*)?$")
# Both searched in "\n" + text: a leading "\n" is a fast first character to look for; "^" under
# MULTILINE is tried at every position, four times slower on a large month.
_ID_KEY_LINE = re.compile(r"\n[ \t]*id[ \t]*=")
_HEADER_LINE = re.compile(r"\n[^\S\n]*\[(?P<tasks>\[[^\S\n]*tasks[^\S\n]*\]\][^\S\n]*(?:#[^\n]*)?$)?", re.MULTILINE)
_KEY = re.compile(r"(\s*)([A-Za-z0-9_-]+)(\s*=\s*)")


def toml_value(value: Any) -> str | None:
    """A value as TOML text, or None for kinds left to tomlkit."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        # JSON's string escapes are TOML's; DEL is the one control character JSON leaves raw.
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, date) and not isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return "[" + ", ".join(toml_value(v) or "" for v in value) + "]"
    return None


def plain_value(value: Any) -> Any:
    """A model value as TOML holds it: statuses and months as text."""
    if isinstance(value, Status):
        return value.value
    if isinstance(value, YearMonth):
        return str(value)
    return value


def is_absent(name: str, value: Any) -> bool:
    """Values written as no key at all."""
    return value is None or (name == "times_carried" and value == 0) or (name == "refs" and not value)


def _value_end(line: str, start: int) -> int | None:
    """Where a one-line value starting at `start` ends; None for multi-line values."""
    if line.startswith(('"""', "'''"), start):
        return None
    if start >= len(line):
        return None
    quote = line[start]
    if quote in "\"'":
        i = start + 1
        while i < len(line):
            if quote == '"' and line[i] == "\\":
                i += 2
                continue
            if line[i] == quote:
                return i + 1
            i += 1
        return None
    if quote in "[{":
        return None  # lists and inline tables: tomlkit's job
    match = re.compile(r"[^\s#]+").match(line, start)
    return match.end() if match else None


def task_regions(lines: list[str]) -> list[tuple[int, int]]:
    """(first line, end line) of each [[tasks]] table."""
    regions: list[tuple[int, int]] = []
    start: int | None = None
    for number, line in enumerate(lines):
        if _HEADER.match(line):
            if start is not None:
                regions.append((start, number))
                start = None
            if _TASKS.match(line.rstrip("\r\n")):
                start = number
            # Any other table ends a task's lines. A [tasks.x] sub-table would belong to the task
            # before it; that task then reads back without it, the check below fails, and tomlkit
            # does the save instead.
    if start is not None:
        regions.append((start, len(lines)))
    return regions


def _key_lines(lines: list[str], start: int, end: int) -> dict[str, int]:
    found: dict[str, int] = {}
    for number in range(start + 1, end):
        match = _KEY.match(lines[number])
        if match:
            found.setdefault(match[2], number)
    return found


def _edit_task(lines: list[str], start: int, end: int, old: Task, new: Task, newline: str) -> dict[int, list[str]] | None:
    """Replacement lines keyed by line number (a line may become none, one or two lines)."""
    if dict(old.extra) != dict(new.extra):
        return None
    keys = _key_lines(lines, start, end)
    if "id" not in keys:
        return None  # the id is written on the first save, by tomlkit
    edits: dict[int, list[str]] = {}
    for name in TASK_FIELDS:
        if name == "extra" or getattr(old, name) == getattr(new, name):
            continue
        after = getattr(new, name)
        number = keys.get(name)
        if number is not None:
            line = lines[number]
            match = _KEY.match(line)
            assert match is not None
            value_end = _value_end(line, match.end())
            if value_end is None:
                return None
            if is_absent(name, after):
                comment = line[value_end:].strip()
                # The key goes; a comment written after it stays, on a line of its own.
                edits[number] = [f"{match[1]}{comment}{newline}"] if comment.startswith("#") else []
                continue
            text = toml_value(plain_value(after))
            if text is None:
                return None
            edits[number] = [line[: match.end()] + text + line[value_end:]]
        elif not is_absent(name, after):
            text = toml_value(plain_value(after))
            if text is None:
                return None
            earlier = TASK_FIELDS[: TASK_FIELDS.index(name)]
            anchor = next((keys[k] for k in reversed(earlier) if k in keys), None)
            if anchor is None:
                return None
            anchor_match = _KEY.match(lines[anchor])
            assert anchor_match is not None
            if _value_end(lines[anchor], anchor_match.end()) is None:
                return None
            base = edits.get(anchor, [lines[anchor]])
            edits[anchor] = base + [f"{anchor_match[1]}{name} = {text}{newline}"]
    return edits


def _after_content(lines: list[str], start: int, end: int) -> int:
    """The line after a task's last key line: its trailing blank lines and comments open what follows."""
    at = end
    while at > start + 1 and (not lines[at - 1].strip() or lines[at - 1].lstrip().startswith("#")):
        at -= 1
    return at


def table_text(task: Task, newline: str = "\n") -> str | None:
    """A new [[tasks]] table, keys in the spec's order."""
    out = ["[[tasks]]"]
    for name in TASK_FIELDS:
        value = getattr(task, name)
        if name == "extra":
            for key, extra in value.items():
                text = toml_value(extra)
                if text is None or not re.fullmatch(r"[A-Za-z0-9_-]+", key):
                    return None
                out.append(f"{key} = {text}")
        elif name == "status" or not is_absent(name, value):
            text = toml_value(plain_value(value))
            if text is None:
                return None
            out.append(f"{name} = {text}")
    return newline.join(out) + newline


def _task_tables(text: str) -> tuple[list[tuple[int, int]], int]:
    """The (start, end) offsets of each [[tasks]] table, and how many lines hold an id key.

    Two regular-expression passes over the text: a tick on a 2,000-task month must not walk its
    16,000 lines in Python (the save thread would hold the interpreter from the frame showing it).
    """
    scan = "\n" + text  # a match at scan[i] ("\n") is the line that starts at text[i]
    regions: list[tuple[int, int]] = []
    start: int | None = None
    for match in _HEADER_LINE.finditer(scan):
        if start is not None:
            regions.append((start, match.start()))
            start = None
        if match["tasks"] is not None:
            start = match.start()
        # Any other table ends a task's lines (see task_regions).
    if start is not None:
        regions.append((start, len(text)))
    return regions, len(_ID_KEY_LINE.findall(scan))


def _split(text: str) -> list[str]:
    """Lines with their ends, split where TOML splits them: at "\n" only."""
    parts = text.split("\n")
    return [part + "\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def patch(text: str, old: Month, new: Month) -> str | None:
    """`text` (which reads as `old`) changed to read as `new`, or None: use tomlkit instead."""
    if (old.title, old.date, old.chair) != (new.title, new.date, new.chair) or not old.tasks:
        return None
    old_ids = {task.id for task in old.tasks}
    kept = [task for task in new.tasks if task.id in old_ids]
    if len(kept) != len(old.tasks) or any(a.id != b.id for a, b in zip(old.tasks, kept)):
        return None  # a task deleted or moved: tomlkit
    regions, id_lines = _task_tables(text)
    if id_lines < len(old.tasks):
        return None  # ids made from titles are written by the file's first save, all at once
    if len(regions) != len(old.tasks):
        return None
    newline = "\r\n" if "\r\n" in text else "\n"
    # What changes, region by region: its lines, the edits of its task's keys, the new tasks after it.
    lines: dict[int, list[str]] = {}
    edits: dict[int, dict[int, list[str]]] = {}
    after: dict[int, list[tuple[int, str]]] = {}

    def lines_of(index: int) -> list[str]:
        if index not in lines:
            lines[index] = _split(text[slice(*regions[index])])
        return lines[index]

    changed: list[int] = []
    for index, (before, now) in enumerate(zip(old.tasks, kept)):
        if before is now or before == now:
            continue
        task_edits = _edit_task(lines_of(index), 0, len(lines_of(index)), before, now, newline)
        if task_edits is None:
            return None
        edits[index] = task_edits
        changed.append(index)
    # New tasks: those after the last old one go at the end; the others after the task before them.
    last_old = max(i for i, task in enumerate(new.tasks) if task.id in old_ids)
    added = list(new.tasks[last_old + 1 :])
    added_text = []
    for task in added:
        table = table_text(task, newline)
        if table is None:
            return None
        added_text.append(table)
    inserted: list[Task] = []
    inserted_text: list[str] = []
    previous = -1
    for task in new.tasks[: last_old + 1]:
        if task.id in old_ids:
            previous += 1
            continue
        table = table_text(task, newline)
        if previous < 0 or table is None:
            return None  # before the first task: the file's header comments are there, tomlkit knows
        if previous + 1 >= len(regions) or regions[previous + 1][0] != regions[previous][1]:
            return None  # a sub-table ([tasks.x]) or another table follows the task: it would become the new one's
        at = _after_content(lines_of(previous), 0, len(lines_of(previous)))
        after.setdefault(previous, []).append((at, newline + table))
        inserted.append(task)
        inserted_text.append(table)
    # Check before anything is trusted: the changed tables and the new ones, read back by tomli.
    check = []
    for index in changed:
        own = edits[index]
        check.extend(line for number, line in enumerate(lines[index]) for line in own.get(number, [line]))
        if check and not check[-1].endswith("\n"):
            check[-1] += newline
    check_text = "".join(check) + newline.join([*inserted_text, *added_text])
    expected = [kept[i] for i in changed] + inserted + list(added)
    try:
        parsed = month_from_data(tomli.loads(check_text), new.key, "", check_text)[0]
    except tomli.TOMLDecodeError:
        return None
    if parsed is None or not same_month(replace(parsed, tasks=tuple(parsed.tasks)), replace(parsed, tasks=tuple(expected))):
        return None
    pieces: list[str] = []
    done_to = 0
    for index in sorted(lines):
        start, end = regions[index]
        pieces.append(text[done_to:start])
        own, tables = edits.get(index, {}), after.get(index, [])
        for number, line in enumerate(lines[index]):
            pieces.extend(table for at, table in tables if at == number)
            pieces.extend(own.get(number, [line]))
        pieces.extend(table for at, table in tables if at >= len(lines[index]))
        done_to = end
    pieces.append(text[done_to:])
    result = "".join(pieces)
    if added_text:
        if result and not result.endswith("\n"):
            result += newline
        result += newline + newline.join(added_text)
    return result


def new_file(month: Month, header: str = "") -> str | None:
    """The text of a month file that does not exist yet (the month a carry creates)."""
    tables = []
    for task in month.tasks:
        table = table_text(task)
        if table is None:
            return None
        tables.append(table)
    if month.title is not None or month.date is not None or month.chair is not None:
        return None
    lines = [f"# {line}".rstrip() for line in header.splitlines()] + [f"month = {toml_value(str(month.key))}"]
    text = "\n".join(lines) + "\n" + "".join("\n" + table for table in tables)
    try:
        parsed = month_from_data(tomli.loads(text), month.key, "", text)[0]
    except tomli.TOMLDecodeError:
        return None
    return text if same_month(parsed, month) else None
