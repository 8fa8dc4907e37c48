"""Choosing, task by task, the version of a month file that git left conflicted, and writing it.

What the dashboard's conflict screen shows and does, in plain Python. For each block between
git's markers: which task it holds and which of its fields differ between the two sides. Then the
file with the chosen sides: checked to read as the right month (no duplicate id, nothing broken),
written over the file atomically and only while it is still the file that was read. Staging it
stays git's business: `git add`, or the next `dithub sync`, takes it.

Blocks are placed by reading the file twice, once with every block as ours and once as theirs:
that works for the driver's blocks (one whole task each) and for git's own line-level blocks
alike (a laptop that never ran git-setup), without parsing a block on its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import TASK_FIELDS, Month, Task, YearMonth
from ..reading import read_month
from ..storage import BookStore, FileChangedError, MonthFile, StorageError
from ..textpatch import task_regions
from . import markers
from .driver import read_text

TASK, HEADER, TEXT = "task", "header", "text"
HEADER_FIELDS = ("title", "date", "chair")  # the meeting's, above the first task
_SHOWN_TASK_FIELDS = tuple(name for name in TASK_FIELDS if name not in ("id", "extra"))
_KEY = re.compile(r'^\s*(?:"([^"]*)"|([A-Za-z0-9_-]+))\s*=')
_TASKS_LINE = re.compile(r"^\s*\[\[\s*tasks\s*\]\]", re.MULTILINE)


@dataclass(frozen=True)
class Difference:
    field: str  # a task field ("status"), a header field ("chair"), or a key dithub does not know
    ours: Any  # None: not set on that side
    theirs: Any


@dataclass(frozen=True)
class ClashView:
    """One block between markers, as the person choosing a side needs to see it."""

    clash: markers.Clash
    kind: str  # TASK; HEADER (the meeting's title, date, chair); TEXT (lines that do not read as a month)
    title: str | None = None
    task_id: str | None = None
    differences: tuple[Difference, ...] = ()
    ours_gone: bool = False  # the task is not on our side (deleted here, or only added there)
    theirs_gone: bool = False


@dataclass(frozen=True)
class ConflictedMonth:
    file: MonthFile  # as read: its text holds the markers, its fingerprint guards the write
    clashes: tuple[ClashView, ...]

    @property
    def key(self) -> YearMonth:
        return self.file.key

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def ours_label(self) -> str:
        return self.clashes[0].clash.ours_label or markers.OURS

    @property
    def theirs_label(self) -> str:
        return self.clashes[0].clash.theirs_label or markers.THEIRS


@dataclass(frozen=True)
class Written:
    """What writing the chosen versions did. `state`: written, not_month (the choices do not make
    a readable month: nothing written), changed (the file changed since it was read: nothing
    written), failed (`reason` is a storage reason: disk_full, permission, ...)."""

    state: str
    path: Path
    reason: str = ""
    file: MonthFile | None = None  # the file as written


def open_conflicted(path: Path, key: YearMonth) -> ConflictedMonth | None:
    """The month file's clashes; None when it holds no (well-formed) git markers now."""
    file = read_month(path, key)
    if not any(problem.code == "git_conflict" for problem in file.problems):
        return None
    text = file.source()
    clashes = markers.parse_conflicted(text)
    return ConflictedMonth(file, tuple(_views(text, clashes, key)))


def write_resolution(conflicted: ConflictedMonth, choices: Sequence[str]) -> Written:
    """Write the file with `choices` (one of markers.OURS / markers.THEIRS per clash, in order)."""
    text = markers.resolve(conflicted.file.source(), list(choices))
    month = read_text(text, conflicted.key)
    if month is None:
        return Written("not_month", conflicted.path)
    try:
        written = BookStore(conflicted.path.parent).replace_text(conflicted.file, text, month)
    except FileChangedError:
        return Written("changed", conflicted.path)
    except StorageError as error:
        return Written("failed", conflicted.path, error.reason)
    return Written("written", conflicted.path, file=written)


# --- placing each block ---


@dataclass(frozen=True)
class _Side:
    month: Month
    spans: list[tuple[int, int]]  # per clash, the lines its chosen text holds in the whole text
    regions: list[tuple[int, int]]  # per task, in file order


def _placed(text: str, clashes: list[markers.Clash], side: str, key: YearMonth) -> _Side | None:
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    spans = []
    at = 0
    for clash in clashes:
        out.extend(lines[at : clash.start])
        first = len(out)
        out.extend((clash.ours if side == markers.OURS else clash.theirs).splitlines(keepends=True))
        spans.append((first, len(out)))
        at = clash.end
    out.extend(lines[at:])
    month = read_text("".join(out), key)
    regions = task_regions(out)
    if month is None or len(regions) != len(month.tasks):
        return None
    return _Side(month, spans, regions)


def _task_ids(side: _Side, index: int) -> list[str]:
    """The tasks whose lines the block's text on this side touches (none when that side is empty)."""
    first, end = side.spans[index]
    if first == end:
        return []
    return [side.month.tasks[number].id for number, (start, stop) in enumerate(side.regions) if start < end and stop > first]


def _in_header(side: _Side, index: int) -> bool:
    first, end = side.spans[index]
    return end > first and (not side.regions or first < side.regions[0][0])


def _views(text: str, clashes: list[markers.Clash], key: YearMonth) -> list[ClashView]:
    ours, theirs = _placed(text, clashes, markers.OURS, key), _placed(text, clashes, markers.THEIRS, key)
    views = []
    for index, clash in enumerate(clashes):
        if ours is None or theirs is None:
            views.append(ClashView(clash, TEXT, clash.title))
            continue
        ids = list(dict.fromkeys([*_task_ids(ours, index), *_task_ids(theirs, index)]))
        if not ids and (_in_header(ours, index) or _in_header(theirs, index)):
            views.append(ClashView(clash, HEADER, differences=_header_differences(ours.month, theirs.month)))
        elif len(ids) == 1:
            views.append(_task_view(clash, ids[0], ours.month, theirs.month))
        else:  # several tasks in one block (git's own line merge): shown as the lines themselves
            views.append(ClashView(clash, TEXT, clash.title))
    return views


def _header_differences(ours: Month, theirs: Month) -> tuple[Difference, ...]:
    return tuple(
        Difference(name, getattr(ours, name), getattr(theirs, name))
        for name in HEADER_FIELDS
        if getattr(ours, name) != getattr(theirs, name)
    )


def _task_view(clash: markers.Clash, task_id: str, ours: Month, theirs: Month) -> ClashView:
    mine = ours.task(task_id) if ours.has_task(task_id) else None
    other = theirs.task(task_id) if theirs.has_task(task_id) else None
    shown = mine or other
    assert shown is not None  # the id was found on one side at least
    differences = _task_differences(mine, other) if mine is not None and other is not None else ()
    if not _TASKS_LINE.search(clash.ours) and not _TASKS_LINE.search(clash.theirs):
        # A block of a few lines inside the task: the fields those lines name, when they differ.
        named = _keys_named(clash.ours) | _keys_named(clash.theirs)
        differences = tuple(d for d in differences if d.field in named) or differences
    return ClashView(clash, TASK, shown.title, task_id, differences, mine is None, other is None)


def _task_differences(ours: Task, theirs: Task) -> tuple[Difference, ...]:
    found = [
        Difference(name, getattr(ours, name), getattr(theirs, name))
        for name in _SHOWN_TASK_FIELDS
        if getattr(ours, name) != getattr(theirs, name)
    ]
    for name in dict.fromkeys([*ours.extra, *theirs.extra]):
        if ours.extra.get(name) != theirs.extra.get(name):
            found.append(Difference(name, ours.extra.get(name), theirs.extra.get(name)))
    return tuple(found)


def _keys_named(block: str) -> set[str]:
    return {match[1] if match[1] is not None else match[2] for line in block.splitlines() if (match := _KEY.match(line))}
