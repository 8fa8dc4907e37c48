"""The merge git runs for a month file: three versions merged field by field.

git hands over the common ancestor (O), our version (A, which receives the result) and theirs
(B). The merge is the one the dashboard makes when someone else edited a file it holds
(model.merge): different tasks, or different fields of one task, both win. The result is written
over our text with the same line-level writers a save uses, so our comments and layout stay.

Nothing is trusted unchecked: the result must parse, name the right month and hold no duplicate
id, or the driver says it failed. A same field changed two ways leaves conflict markers around
that task's lines only, everything else merged. A version that does not read as a month is never
merged field by field: git's own line merge runs, leaving its markers, and the driver fails.
"""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

import tomli

from ..merging import MergeConflict, merge, same_month
from ..model import Month, Task, YearMonth
from ..reading import BOM, month_of_file
from ..schema import month_from_data
from ..storage import BookStore, Fingerprint, MonthFile
from ..text import nfc
from ..textpatch import task_regions
from . import markers
from .conflicts import Sides, conflicting_sides


@dataclass(frozen=True)
class Merged:
    text: str
    clean: bool  # True: the driver may exit 0
    titles: tuple[str, ...] = ()  # tasks left in conflict markers
    reason: str = ""  # why it is not clean, for the person reading git's output


def month_key(path: str) -> YearMonth | None:
    return month_of_file(Path(path).name)


def read_text(text: str, key: YearMonth) -> Month | None:
    """The month `text` holds, or None when it does not read as one (warnings are fine)."""
    text = text.removeprefix(BOM)
    if markers.conflict_in(text) is not None:
        return None
    try:
        data = tomli.loads(text)
    except (tomli.TOMLDecodeError, RecursionError):
        return None
    month, problems = month_from_data(data, key, "", text)
    return month if month is not None and not any(not p.is_warning for p in problems) else None


def _folded_title(title: str) -> str:
    return " ".join(nfc(title).casefold().split())


def same_title_as_ours(base: Month, ours: Month, theirs: Month) -> tuple[Month, Month]:
    """(base, theirs) where a task both sides added with the same title is one task.

    Two laptops typing the same new task in one meeting made one task, not two: theirs takes our
    id, and the ancestor gets a bare task of that title, so a field only one side filled in
    (an owner, a due date) is kept and only a field both filled in differently clashes.
    """
    ours_added = {_folded_title(t.title): t for t in ours.tasks if not base.has_task(t.id) and not theirs.has_task(t.id)}
    if not ours_added:
        return base, theirs
    renamed, bare = [], []
    for task in theirs.tasks:
        mine = (
            ours_added.pop(_folded_title(task.title), None) if not base.has_task(task.id) and not ours.has_task(task.id) else None
        )
        if mine is None:
            renamed.append(task)
            continue
        renamed.append(replace(task, id=mine.id))
        bare.append(Task(id=mine.id, title=task.title))  # ours wins a difference of case or spacing
    return replace(base, tasks=base.tasks + tuple(bare)), replace(theirs, tasks=tuple(renamed))


def merge_texts(
    base_text: str, ours_text: str, theirs_text: str, name: str, labels: tuple[str, str] = ("ours", "theirs")
) -> Merged:
    """The merged text of one month file, and whether it is clean."""
    key = month_key(name)
    ours_text = ours_text.removeprefix(BOM)
    if key is None:
        return _line_merge(base_text, ours_text, theirs_text, labels, "not a month file name", key)
    base = read_text(base_text, key) if base_text.strip() else Month(key)  # empty: added on both sides
    ours = read_text(ours_text, key)
    theirs = read_text(theirs_text, key)
    if ours is None or theirs is None:
        return _line_merge(base_text, ours_text, theirs_text, labels, "a version does not read as a month", key)
    if base is None:
        base = Month(key)  # an ancestor that was broken tells nothing: every difference is a change
    base, theirs = same_title_as_ours(base, ours, theirs)
    store = BookStore(Path("."))
    ours_file = MonthFile(key, Path(name), ours, [], ours_text, Fingerprint.of(ours_text.encode("utf-8"), None))
    try:
        merged = merge(base, ours, theirs)
    except MergeConflict as conflict:
        placed = _with_markers(store, ours_file, base, ours, theirs, labels, tuple(conflict.titles))
        return placed or _line_merge(base_text, ours_text, theirs_text, labels, "the conflict could not be placed", key)
    textual = _clean_line_merge(base_text, ours_text, theirs_text)
    if textual is not None and same_month(read_text(textual, key), merged):
        return Merged(textual, True)  # git's own merge agrees: it keeps their comments as well
    text = store.text_for(ours_file, merged)
    if not same_month(read_text(text, key), merged):
        return _line_merge(base_text, ours_text, theirs_text, labels, "the merged month would not read back", key)
    return Merged(text, True)


def _with_markers(
    store: BookStore,
    ours_file: MonthFile,
    base: Month,
    ours: Month,
    theirs: Month,
    labels: tuple[str, str],
    titles: tuple[str, ...],
) -> Merged | None:
    """Everything merged but the clashes, each between markers: our side above, theirs below."""
    sides = conflicting_sides(base, ours, theirs)
    if sides is None:
        return None
    ours_text = store.text_for(ours_file, sides.ours)
    theirs_text = store.text_for(ours_file, sides.theirs)
    text = _interleave(ours_text, theirs_text, sides, ours_file.key, labels)
    if text is None:
        return None
    return Merged(text, False, titles, "the same task was changed differently on both sides")


def _regions(text: str, key: YearMonth) -> tuple[list[str], list[tuple[str, int, int, int]]] | None:
    """The lines of a rendered month and, per task in file order, (id, start, end of its keys, end)."""
    month = read_text(text, key)
    lines = text.splitlines(keepends=True)
    regions = task_regions(lines)
    if month is None or len(regions) != len(month.tasks):
        return None
    found = []
    for task, (start, end) in zip(month.tasks, regions):
        core = end
        while core > start + 1 and (not lines[core - 1].strip() or lines[core - 1].lstrip().startswith("#")):
            core -= 1  # blank lines and comments before the next task stay outside the markers
        found.append((task.id, start, core, end))
    return lines, found


def _interleave(ours_text: str, theirs_text: str, sides: Sides, key: YearMonth, labels: tuple[str, str]) -> str | None:
    """Our rendering, with each clashing task's lines (and a clashing header) put between markers."""
    ours_parts, theirs_parts = _regions(ours_text, key), _regions(theirs_text, key)
    if ours_parts is None or theirs_parts is None:
        return None
    ours_lines, ours_regions = ours_parts
    theirs_lines, theirs_regions = theirs_parts
    newline = "\r\n" if "\r\n" in ours_text else "\n"
    theirs_at = {task_id: (start, core) for task_id, start, core, _ in theirs_regions}
    out: list[str] = []
    ours_head = ours_regions[0][1] if ours_regions else len(ours_lines)
    theirs_head = theirs_regions[0][1] if theirs_regions else len(theirs_lines)
    head_ours, head_theirs = "".join(ours_lines[:ours_head]), "".join(theirs_lines[:theirs_head])
    out.append(head_ours if head_ours == head_theirs else markers.block(head_ours, head_theirs, *labels, newline))
    # Tasks only their side keeps (we deleted, they changed) go where they stand in their file.
    in_ours = {task_id for task_id, *_ in ours_regions}
    theirs_only = {task_id for task_id, *_ in theirs_regions if task_id not in in_ours}
    follows: dict[str | None, list[str]] = {}
    previous = None
    for task_id, *_ in theirs_regions:
        if task_id in theirs_only:
            follows.setdefault(previous, []).append(task_id)
        else:
            previous = task_id

    def theirs_block(task_id: str) -> str:
        start, core = theirs_at[task_id]
        return "".join(theirs_lines[start:core])

    def put_theirs_only(after: str | None) -> None:
        for task_id in follows.get(after, []):
            out.append(markers.block("", theirs_block(task_id), *labels, newline) + newline)

    put_theirs_only(None)
    for task_id, start, core, end in ours_regions:
        mine = "".join(ours_lines[start:core])
        if task_id in sides.clashing and task_id in theirs_at:
            other = theirs_block(task_id)
            out.append(mine if mine == other else markers.block(mine, other, *labels, newline))
        elif task_id in sides.clashing:
            out.append(markers.block(mine, "", *labels, newline))
        else:
            out.append(mine)
        out.extend(ours_lines[core:end])
        put_theirs_only(task_id)
    text = "".join(out)
    # Whichever sides are chosen, the file must then read as a month: else leave it to git.
    clashes = markers.parse_conflicted(text)
    for choice in (markers.OURS, markers.THEIRS):
        if read_text(markers.resolve(text, [choice] * len(clashes)), key) is None:
            return None
    return text if clashes else None


def _clean_line_merge(base_text: str, ours_text: str, theirs_text: str) -> str | None:
    merged, conflicts = _git_merge_file(base_text, ours_text, theirs_text, ("ours", "theirs"))
    return merged if conflicts == 0 else None


def _line_merge(
    base_text: str, ours_text: str, theirs_text: str, labels: tuple[str, str], reason: str, key: YearMonth | None
) -> Merged:
    """git's own line merge. Clean only when its result reads as the right month."""
    merged, conflicts = _git_merge_file(base_text, ours_text, theirs_text, labels)
    if merged is None:
        return Merged(markers.block(ours_text, theirs_text, *labels), False, (), reason)
    if conflicts == 0 and (key is None or read_text(merged, key) is not None):
        return Merged(merged, True)  # (a file not named as a month is git's to merge as text)
    if conflicts == 0:
        # Merged line by line into something that does not read as a month: never call that merged.
        return Merged(markers.block(ours_text, theirs_text, *labels), False, (), reason)
    return Merged(merged, False, (), reason)


def _git_merge_file(base_text: str, ours_text: str, theirs_text: str, labels: tuple[str, str]) -> tuple[str | None, int]:
    """`git merge-file -p` on the three texts: (result, number of conflicts); (None, -1) without git."""
    with tempfile.TemporaryDirectory(prefix="dithub-merge-") as folder:
        paths = []
        for name, text in (("ours", ours_text), ("base", base_text), ("theirs", theirs_text)):
            path = Path(folder) / name
            path.write_bytes(text.encode("utf-8"))
            paths.append(str(path))
        command = ["git", "merge-file", "-p", "-L", labels[0], "-L", "base", "-L", labels[1], *paths]
        try:
            result = subprocess.run(command, capture_output=True, timeout=60)
        except (OSError, subprocess.SubprocessError):
            return None, -1
    if result.returncode < 0 or result.returncode > 127:
        return None, -1
    return result.stdout.decode("utf-8", errors="surrogateescape"), result.returncode


def merge_files(base: Path, ours: Path, theirs: Path, name: str, labels: tuple[str, str] = ("ours", "theirs")) -> Merged:
    """What `dithub merge-file %O %A %B %P` does: the result goes into `ours` (git reads it there)."""
    texts = [path.read_bytes().decode("utf-8", errors="surrogateescape") for path in (base, ours, theirs)]
    bom = texts[1].startswith(BOM)
    result = merge_texts(*texts, name, labels)
    data = ((BOM if bom and result.clean else "") + result.text).encode("utf-8", errors="surrogateescape")
    ours.write_bytes(data)
    return result
