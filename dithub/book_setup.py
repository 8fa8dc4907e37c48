"""Starting a book and its months: dithub.toml, and a month's file with no tasks, ready for the meeting.

Plain Python, used by `dithub init` and (for "create next month's file") by the dashboard.
Nothing here ever writes over a file that is there.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from .i18n import Language, short_month_label, t
from .model import Month, YearMonth
from .reading import SETTINGS_FILE, month_path, scan_folder
from .storage import BookStore, MonthFile
from .text import nfc


class AlreadyThere(Exception):
    """The file to create exists: it is left as it is."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


_SLASHED = re.compile(r"(?:tháng\s*)?(\d{1,2})\s*[/.\-]\s*(\d{4})", re.IGNORECASE)


def parse_month(text: str) -> YearMonth | None:
    """A month as typed: 2020-06, 6/2020, 06/2020 or "tháng 6/2020"."""
    text = nfc(text.strip())
    key = YearMonth.parse(text)
    if key is not None:
        return key
    match = _SLASHED.fullmatch(text)
    return YearMonth.parse(f"{match[2]}-{int(match[1]):02d}") if match else None


def this_month(today: date | None = None) -> YearMonth:
    today = today or date.today()
    return YearMonth(today.year, today.month)


def book_files(folder: Path) -> list[str]:
    """The files that make `folder` a book already (dithub.toml, month files), by name."""
    if not folder.is_dir():
        return []
    keys, _ = scan_folder(folder)
    names = [SETTINGS_FILE] if (folder / SETTINGS_FILE).exists() else []
    return names + [month_path(folder, key).name for key in keys]


def toml_text(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    escaped = []
    for char in value:
        if char in '"\\':
            escaped.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            escaped.append(f"\\u{ord(char):04X}")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'


def create_settings(folder: Path, unit: str, language: Language) -> Path:
    """Write a new dithub.toml (unit and language); AlreadyThere when the book has one."""
    path = folder / SETTINGS_FILE
    if path.exists():
        raise AlreadyThere(path)
    header = "\n".join(f"# {line}" for line in t("setup.settings_header", language).splitlines())
    text = f"{header}\nunit = {toml_text(nfc(unit.strip()))}\nlanguage = {toml_text(language)}\n"
    BookStore(folder)._write_bytes(path, text.encode("utf-8"))  # atomic, as every write of the book
    return path


def create_month(folder: Path, key: YearMonth, language: Language) -> MonthFile:
    """Write the file of month `key` with no tasks; AlreadyThere when it exists, StorageError on disk trouble."""
    path = month_path(folder, key)
    if path.exists():
        raise AlreadyThere(path)
    header = t("setup.month_header", language, month=short_month_label(key, language))
    return BookStore(folder).save(MonthFile(key, path, Month(key)), Month(key), header)
