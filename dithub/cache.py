"""A cache of parsed months under each book's `.dithub/cache/`, trusted only when it matches.

Reading a 10,000-task month costs tomli's parse plus building its tasks; the cache holds the
result as plain data (JSON of lists, strings and numbers: nothing in it can run code, unlike
pickle; marshal measured no faster and is not meant for untrusted bytes) so the next read of the same bytes rebuilds the Month directly. An entry is used only
when its header names this cache format, this dithub version, this file and the sha256 of the
file's content, and the payload's own sha256 matches: a truncated, corrupt, foreign or stale
entry is a miss, rebuilt and written over. Never by mtime: an edit that keeps size and mtime
still changes the content hash. Writes go to a temporary file renamed into place, so two
processes writing at once leave one whole entry or the other.

Nothing here is needed to read a book: when the folder cannot be written, the cache is skipped.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
from collections.abc import Callable, Iterable
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from . import __version__
from .model import Category, Month, Status, Task, YearMonth
from .problems import Problem

STATE_FOLDER = ".dithub"
CACHE_FOLDER = "cache"
FORMAT = 1  # bump when the payload's layout changes
_MAGIC = b"dithub-month-cache"
Parsed = tuple[Month | None, list[Problem]]
_STATUSES = {status.value: status for status in Status}


def entry_path(folder: Path, name: str) -> Path:
    return folder / STATE_FOLDER / CACHE_FOLDER / f"{name}.cache"


def _header(name: str, digest: str, payload_digest: str) -> bytes:
    fields = (_MAGIC, str(FORMAT).encode(), __version__.encode(), name.encode("utf-8"), digest.encode(), payload_digest.encode())
    return b" ".join(fields) + b"\n"


def load(path: Path, name: str, digest: str) -> Parsed | None:
    """The entry at `path` when it is whole and matches; None for anything else (never raises)."""
    payload = load_payload(path, name, digest)
    if payload is None:
        return None
    try:
        return decode(json.loads(payload))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError, RecursionError):
        return None  # whole but not ours: rebuilt


def load_payload(path: Path, name: str, digest: str) -> bytes | None:
    """The payload of the entry at `path` when its header matches `name` and `digest` and the
    payload its own sha256; None for anything else (never raises)."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    end = blob.find(b"\n", 0, 512)
    if end < 0:
        return None
    payload = memoryview(blob)[end + 1 :]
    parts = blob[:end].split(b" ")
    if len(parts) != 6 or _header(name, digest, parts[5].decode("ascii", "replace")) != blob[: end + 1]:
        return None  # another format, version, file or content
    if hashlib.sha256(payload).hexdigest().encode() != parts[5]:
        return None  # truncated or corrupt
    return bytes(payload)


def store(path: Path, name: str, digest: str, result: Parsed) -> None:
    """Write an entry atomically; a folder that cannot be written just means no cache."""
    try:
        payload = json.dumps(encode(result), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except (ValueError, TypeError, RecursionError):  # a value JSON cannot hold: this month is simply not cached
        return
    store_payload(path, name, digest, payload)


def store_payload(path: Path, name: str, digest: str, payload: bytes) -> None:
    blob = _header(name, digest, hashlib.sha256(payload).hexdigest()) + payload
    temp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        _prepare(path.parent)
        with open(temp, "xb") as handle:
            handle.write(blob)
        os.replace(temp, path)  # readers see the old entry or the new one, never half of one
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink()


# --- categories inferred from titles, for one content and one list of categories ---


def cached_categories(
    folder: Path, name: str, digest: str, categories_key: str, infer: Callable[[], dict[str, str]], known: frozenset[str]
) -> dict[str, str]:
    """title -> category for a month's tasks that name none: from the cache when it matches the
    file's content (`digest`) and the book's categories (`categories_key`, see categories_key),
    else from `infer()`, then remembered. Only ids of `known` categories are trusted."""
    path = folder / STATE_FOLDER / CACHE_FOLDER / f"{name}.categories.cache"
    tag = f"{name}#categories:{categories_key}"
    payload = load_payload(path, tag, digest)
    if payload is not None:
        try:
            found = json.loads(payload)
        except ValueError:
            found = None
        if isinstance(found, dict) and all(isinstance(k, str) and v in known for k, v in found.items()):
            return found
    result = infer()
    store_payload(path, tag, digest, json.dumps(result, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    return result


def categories_key(categories: Iterable[Category]) -> str:
    """What inference reads of the book's categories (ids, keywords, their order), as a short hash;
    the rules themselves change only with dithub's version, which every entry's header names."""
    shape = [[c.id, list(c.keywords)] for c in categories]
    return hashlib.sha256(json.dumps(shape, ensure_ascii=False).encode("utf-8")).hexdigest()[:20]


def _prepare(folder: Path) -> None:
    """Make `.dithub/cache/`, with the `.gitignore` that keeps `.dithub/` out of git (only on a
    miss, so the extra look costs nothing on the usual read)."""
    state = folder.parent
    state.mkdir(exist_ok=True)
    ignore = state / ".gitignore"
    if not ignore.exists():
        with contextlib.suppress(FileExistsError):  # another process (or feature) made it first
            with open(ignore, "x", encoding="utf-8") as handle:
                handle.write("*\n")
    folder.mkdir(exist_ok=True)


# --- plain data: lists, strings, numbers, None; dates as ordinals ---


def _day(value: date | None) -> int | None:
    return None if value is None else value.toordinal()


def _from_day(value: int | None) -> date | None:
    return None if value is None else date.fromordinal(value)


def encode(result: Parsed) -> list[Any]:
    month, problems = result
    encoded_problems = [[p.file, p.code, p.line, p.column, _value(p.details), p.is_warning] for p in problems]
    if month is None:
        return [None, encoded_problems]
    tasks = [
        [
            t.id,
            t.title,
            t.category,
            t.owner,
            _day(t.due),
            t.status.value,
            _day(t.done_on),
            None if t.carried_from is None else str(t.carried_from),
            t.times_carried,
            list(t.refs),
            t.note,
            _value(dict(t.extra)) if t.extra else None,
        ]
        for t in month.tasks
    ]
    return [[str(month.key), month.title, _day(month.date), month.chair, tasks], encoded_problems]


def decode(data: list[Any]) -> Parsed:
    """Rebuild what `encode` wrote; a wrong shape raises (the caller treats it as a miss)."""
    raw_month, raw_problems = data
    problems = [Problem(f, c, line, column, _unvalue(d), bool(w)) for f, c, line, column, d, w in raw_problems]
    if not all(isinstance(p.file, str) and isinstance(p.code, str) and isinstance(p.details, dict) for p in problems):
        raise TypeError("problem")
    if raw_month is None:
        return None, problems
    key_text, title, meeting, chair, raw_tasks = raw_month
    key = YearMonth.parse(key_text)
    if key is None:
        raise ValueError("month")
    statuses, new_task = _STATUSES, Task.already_checked
    tasks = []
    for i, ti, cat, owner, due, status, done_on, carried, times, refs, note, extra in raw_tasks:
        tasks.append(
            new_task(
                i,
                ti,
                cat,
                owner,
                None if due is None else date.fromordinal(due),
                statuses[status],
                None if done_on is None else date.fromordinal(done_on),
                None if carried is None else YearMonth.parse(carried),
                times,
                tuple(refs),
                note,
                None if extra is None else _unvalue(extra),
            )
        )
    if not all(type(t.id) is str and type(t.title) is str and type(t.times_carried) is int for t in tasks):
        raise TypeError("task")
    return Month(key, tuple(tasks), title, _from_day(meeting), chair), problems


# Values TOML may hold in unknown keys and problem details: a dict or list is wrapped in a
# one-key tag so a date, datetime or time (stored as ISO text) is never mistaken for a string.


def _value(value: Any) -> Any:
    if isinstance(value, dict):
        return {"m": {str(k): _value(v) for k, v in value.items()}}
    if isinstance(value, (list, tuple)):
        return {"l": [_value(v) for v in value]}
    if isinstance(value, datetime):
        return {"dt": value.isoformat()}
    if isinstance(value, date):
        return {"d": value.isoformat()}
    if isinstance(value, time):
        return {"t": value.isoformat()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return {"s": str(value)}  # anything else in a problem's details is only ever shown as text


def _unvalue(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    ((tag, inner),) = value.items()
    if tag == "m":
        return {k: _unvalue(v) for k, v in inner.items()}
    if tag == "l":
        return [_unvalue(v) for v in inner]
    return {"dt": datetime.fromisoformat, "d": date.fromisoformat, "t": time.fromisoformat, "s": str}[tag](inner)
