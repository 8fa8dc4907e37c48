"""What every command shares: reading a month argument, opening a month, saying a save failed."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from ..book import Book
from ..i18n import Language, month_label, problem_line, t
from ..model import YearMonth
from ..problems import Problem
from ..storage import StorageError
from ..text import printable


def month_arg(value: str, language: Language) -> YearMonth | None:
    key = YearMonth.parse(value)
    if key is None:
        print(t("cli.bad_month_arg", language, value=value), file=sys.stderr)
    return key


def open_month(book: Book, value: str | None, language: Language) -> YearMonth | None:
    """The month asked for (the latest by default), loaded; None after saying what is wrong."""
    key = month_arg(value, language) if value else book.latest
    if key is None:
        return None
    if key not in book.keys:
        print(t("cli.month_not_in_book", language, month=key), file=sys.stderr)
        return None
    file = book.load(key)
    if not file.exists and not file.is_broken:  # listed a moment ago, gone now
        file = replace(file, month=None, problems=[Problem(file.path.name, "missing")])
    if file.is_broken:
        print(t("cli.month_broken", language, month=month_label(key, language)), file=sys.stderr)
        for problem in file.problems:
            print(f"  {printable(problem_line(problem, language))}", file=sys.stderr)
        return None
    return key


def storage_message(error: StorageError, language: Language) -> str:
    reason = t(f"save.{error.reason}", language)
    return t("save.failed", language, reason=reason, file=error.path.name)


def open_book(path: str, language: Language | None) -> tuple[Book, Language] | None:
    """The book at `path` and the language to speak (asked for, else the book's); None after saying why not."""
    folder = Path(path).expanduser()
    if not folder.is_dir():
        print(t("cli.not_a_folder", language or "vi", path=folder), file=sys.stderr)
        return None
    book = Book.open(folder)
    return book, language or book.language  # type: ignore[return-value]
