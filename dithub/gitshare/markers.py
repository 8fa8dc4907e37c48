"""Git's conflict markers in a month file: recognising them, listing the clashes, resolving them.

A month file holding markers is an unresolved merge, not a broken file: it is reported as such
(problem "git_conflict") and written only to resolve it. Markers are the standard ones:

    <<<<<<< ours-label
    (our lines)
    ||||||| base-label        (only in git's diff3 style)
    (the common ancestor's lines)
    =======
    (their lines)
    >>>>>>> theirs-label
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import tomli

from ..problems import Problem

MARKER_SIZE = 7
_START = re.compile(r"^<{7}(?: (.*))?$")
_BASE = re.compile(r"^\|{7}(?: (.*))?$")
_MIDDLE = re.compile(r"^={7}$")
_END = re.compile(r"^>{7}(?: (.*))?$")
_QUICK = re.compile(r"^<{7}(?: |$)", re.MULTILINE)  # the cheap test run on every file read

OURS, THEIRS = "ours", "theirs"


@dataclass(frozen=True)
class Clash:
    """One conflict block: the same lines as each side has them."""

    start: int  # 0-based line of the <<<<<<< marker
    end: int  # 0-based line after the >>>>>>> marker
    ours: str  # our side's text, line endings kept
    theirs: str
    ours_label: str
    theirs_label: str
    title: str | None  # the task's title when the block holds a task (either side's)

    @property
    def line(self) -> int:
        return self.start + 1


class NotConflicted(ValueError):
    """The text's markers are not well formed (a block not closed, or closed twice)."""


def parse_conflicted(text: str) -> list[Clash]:
    """Every conflict block of `text`, in order; NotConflicted when the markers are malformed."""
    lines = text.splitlines(keepends=True)
    clashes: list[Clash] = []
    number = 0
    while number < len(lines):
        start = _START.match(lines[number].rstrip("\r\n"))
        if start is None:
            if _MIDDLE.match(lines[number].rstrip("\r\n")) is None and _END.match(lines[number].rstrip("\r\n")) is None:
                number += 1
                continue
            raise NotConflicted(f"line {number + 1}: a conflict marker without its start")
        ours: list[str] = []
        theirs: list[str] = []
        part = ours
        end_label: str | None = None
        cursor = number + 1
        while cursor < len(lines):
            bare = lines[cursor].rstrip("\r\n")
            if _START.match(bare):
                raise NotConflicted(f"line {cursor + 1}: a conflict inside a conflict")
            if _BASE.match(bare) and part is ours:
                part = []  # the ancestor's lines (diff3 style) belong to neither side
            elif _MIDDLE.match(bare) and part is not theirs:
                part = theirs
            elif (found := _END.match(bare)) and part is theirs:
                end_label = found[1] or ""
                break
            else:
                part.append(lines[cursor])
            cursor += 1
        if end_label is None:
            raise NotConflicted(f"line {number + 1}: a conflict that is not closed")
        ours_text, theirs_text = "".join(ours), "".join(theirs)
        title = _title(ours_text) or _title(theirs_text)
        clashes.append(Clash(number, cursor + 1, ours_text, theirs_text, start[1] or "", end_label, title))
        number = cursor + 1
    return clashes


def _title(block: str) -> str | None:
    """The task title a block holds, when it reads as TOML (a whole [[tasks]] table does)."""
    try:
        data = tomli.loads(block)
    except tomli.TOMLDecodeError:
        match = re.search(r'^\s*title\s*=\s*"((?:[^"\\]|\\.)*)"', block, re.MULTILINE)
        return match[1] if match else None
    tasks = data.get("tasks")
    if isinstance(tasks, list) and tasks and isinstance(tasks[0], Mapping):
        title = tasks[0].get("title")
        return title if isinstance(title, str) else None
    return None


def conflict_in(text: str) -> list[Clash] | None:
    """The conflict blocks when `text` holds git's markers (an unresolved merge), else None."""
    if "<" * MARKER_SIZE not in text or _QUICK.search(text) is None:  # the first test is 50 times faster
        return None
    try:
        clashes = parse_conflicted(text)
    except NotConflicted:
        return None  # a lone "<<<<<<<" line: not a merge git left; TOML reports what is wrong
    return clashes or None


def conflict_problem(text: str, file: str) -> Problem | None:
    """The problem storage reports for a month file holding an unresolved git merge."""
    clashes = conflict_in(text)
    if clashes is None:
        return None
    titles = list(dict.fromkeys(clash.title for clash in clashes if clash.title))
    details = {
        "count": len(clashes),
        "tasks": (": " + ", ".join(f"“{title}”" for title in titles)) if titles else "",
        "ours": clashes[0].ours_label or OURS,
        "theirs": clashes[0].theirs_label or THEIRS,
        "titles": titles,
    }
    return Problem(file, "git_conflict", clashes[0].line, None, details)


def resolve(text: str, choices: Sequence[str] | Mapping[int, str]) -> str:
    """`text` with each conflict block replaced by the side chosen for it ("ours" or "theirs").

    `choices` is one choice per block in order, or {block index: choice}; every block needs one.
    """
    clashes = parse_conflicted(text)
    chosen = dict(enumerate(choices)) if not isinstance(choices, Mapping) else dict(choices)
    missing = [index for index in range(len(clashes)) if chosen.get(index) not in (OURS, THEIRS)]
    if missing:
        raise ValueError(f"no choice (ours or theirs) for conflict number {', '.join(str(i + 1) for i in missing)}")
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    at = 0
    for index, clash in enumerate(clashes):
        out.extend(lines[at : clash.start])
        out.append(clash.ours if chosen[index] == OURS else clash.theirs)
        at = clash.end
    out.extend(lines[at:])
    return "".join(out)


def block(ours: str, theirs: str, ours_label: str, theirs_label: str, newline: str = "\n") -> str:
    """One conflict block in git's layout; each side ends with a line ending."""

    def ended(text: str) -> str:
        return text if not text or text.endswith("\n") else text + newline

    return (
        f"{'<' * MARKER_SIZE} {ours_label}{newline}{ended(ours)}{'=' * MARKER_SIZE}{newline}"
        f"{ended(theirs)}{'>' * MARKER_SIZE} {theirs_label}{newline}"
    )
