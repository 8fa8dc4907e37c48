"""Reading a book's files: a month (through the cache of parsed months), the settings, and
which months the folder holds. Never raises for bad input: problems come back as data.

Writing, which must be safe and keep the file's own layout, is in storage.py.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import tomli

from .cache import entry_path, load, store
from .dates import rewritten_date
from .gitshare.markers import conflict_problem
from .model import Month, Settings, YearMonth
from .monthfile import Fingerprint, MonthFile
from .problems import Problem
from .schema import month_from_data, salvage_settings, settings_from_data

SETTINGS_FILE = "dithub.toml"
_MONTH_NAME = re.compile(r"(\d{4})-(\d{2})\.toml")
# Names a person probably meant as a month: 2020-6.toml, 06-2020.toml, 2020_06.toml, 2020-13.toml
_LOOKS_LIKE_MONTH = re.compile(r"\d{1,4}[-_. ]\d{1,4}\.toml", re.IGNORECASE)
BOM = "\ufeff"  # a byte-order mark some Windows editors put first: read past, and written back when it was there


def read_month(path: Path, key: YearMonth, settings: Settings | None = None) -> MonthFile:
    """Read and check one month file. Never raises: problems are returned as data."""
    name = path.name
    try:
        data = path.read_bytes()
        stat = path.stat()
    except FileNotFoundError:
        return MonthFile(key, path, None, [Problem(name, "missing")])
    except OSError as error:
        return MonthFile(key, path, None, [Problem(name, "unreadable", details={"reason": error.strerror or str(error)})])
    body = data.removeprefix(BOM.encode("utf-8"))
    fingerprint = Fingerprint.of(body, stat)
    # The parsed month is kept in .dithub/cache/, keyed by the content's sha256 (see cache.py). Only
    # content that decoded and held no git markers was ever stored: a hit needs neither check, and
    # its text is decoded when a save needs it.
    entry = entry_path(path.parent, name)
    cached = load(entry, name, fingerprint.sha256)
    if cached is not None:
        month, problems = cached
        if month is not None and settings is not None:
            problems += _unknown_categories(month, settings, name, lambda: body.decode("utf-8"))
        return MonthFile(key, path, month, problems, None, fingerprint, raw=body)
    text, problem = _decode(data, name)
    if problem:
        return MonthFile(key, path, None, [problem], "", fingerprint)
    if (conflict := conflict_problem(text, name)) is not None:  # an unresolved git merge (dithub/gitshare)
        return MonthFile(key, path, None, [conflict], text, fingerprint)
    try:
        parsed = tomli.loads(text)
    except tomli.TOMLDecodeError as error:
        month, problems = None, [_syntax_problem(error, name, text)]
    except RecursionError:  # absurdly deep nesting: tomli gives up, so do we, politely
        month, problems = None, [Problem(name, "too_deep")]
    else:
        month, problems = month_from_data(parsed, key, name, text)
    store(entry, name, fingerprint.sha256, (month, problems))
    if month is not None and settings is not None:
        problems = problems + _unknown_categories(month, settings, name, lambda: text)
    return MonthFile(key, path, month, problems, text, fingerprint)


def _decode(data: bytes, name: str) -> tuple[str, Problem | None]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        return "", Problem(name, "not_utf8", line, column)
    return text.removeprefix(BOM), None


def _syntax_problem(error: tomli.TOMLDecodeError, name: str, text: str = "") -> Problem:
    message = getattr(error, "msg", str(error))
    lines = text.splitlines()
    line = getattr(error, "lineno", 0) or 0
    if 0 < line <= len(lines) and (date := rewritten_date(lines[line - 1])):  # due = 31/07/2020
        key, written, fixed, column = date
        code = "date_written_wrong" if fixed else "date_impossible"
        return Problem(name, code, line, column, {"key": key, "written": written, "fixed": fixed})
    return Problem(name, "toml_syntax", getattr(error, "lineno", None), getattr(error, "colno", None), {"reason": message})


def _unknown_categories(month: Month, settings: Settings, name: str, text: Callable[[], str]) -> list[Problem]:
    from .schema import Locator

    named = {task.category for task in month.tasks if task.category}  # a handful, however many tasks
    if all(settings.category(name) is not None for name in named):
        return []
    locator = Locator(text())
    return [
        Problem(name, "unknown_category", locator.key_line("category", i), None, {"value": t.category, "number": i + 1}, True)
        for i, t in enumerate(month.tasks)
        if t.category and settings.category(t.category) is None
    ]


def read_settings(folder: Path) -> tuple[Settings, list[Problem]]:
    path = folder / SETTINGS_FILE
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Settings(), []
    except OSError as error:
        return Settings(), [Problem(SETTINGS_FILE, "unreadable", details={"reason": error.strerror or str(error)})]
    text, problem = _decode(data, SETTINGS_FILE)
    if problem:
        return Settings(), [problem]
    try:
        parsed = tomli.loads(text)
    except tomli.TOMLDecodeError as error:
        settings, problems = settings_from_data(salvage_settings(text, tomli.loads), SETTINGS_FILE, text)
        return settings, [_syntax_problem(error, SETTINGS_FILE, text), *problems]
    return settings_from_data(parsed, SETTINGS_FILE, text)


def month_of_file(name: str) -> YearMonth | None:
    """The month a file name holds: 2020-06.toml -> 2020-06; any other name (2020-13.toml) -> None."""
    match = _MONTH_NAME.fullmatch(name)
    return YearMonth.parse(f"{match[1]}-{match[2]}") if match else None


def scan_folder(folder: Path) -> tuple[list[YearMonth], list[Problem]]:
    """The months a book folder holds, oldest first, and warnings for misnamed month files."""
    keys: list[YearMonth] = []
    warnings: list[Problem] = []
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        if not entry.name.lower().endswith(".toml") or entry.name == SETTINGS_FILE or entry.name.startswith("."):
            continue
        key = month_of_file(entry.name)
        if key is not None:
            keys.append(key)
        elif _LOOKS_LIKE_MONTH.fullmatch(entry.name):
            warnings.append(Problem(entry.name, "misnamed", details={"example": _suggest_name(entry.name)}, is_warning=True))
    return keys, warnings


def _suggest_name(name: str) -> str:
    numbers = [int(n) for n in re.findall(r"\d+", name)]
    year = next((n for n in numbers if n > 12), None)
    month = next((n for n in numbers if n != year and 1 <= n <= 12), None)
    return f"{year:04d}-{month:02d}.toml" if year and month else "YYYY-MM.toml"


def month_path(folder: Path, key: YearMonth) -> Path:
    return folder / f"{key}.toml"
