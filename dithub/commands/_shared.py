"""What every command shares: reading a month argument, opening a month, saying a save failed."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from ..book import Book
from ..i18n import Language, month_label, problem_line, short_month_label, t
from ..model import YearMonth
from ..problems import Problem
from ..storage import StorageError
from ..text import printable

WALL_THEMES = ("wall-dark", "wall-light")  # the high-contrast themes of dithub/ui/wall_themes.py, for --theme


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


def month_in_book(book: Book, key: YearMonth, language: Language) -> bool:
    """Whether the book holds `key`; when not, says so and names the months it holds."""
    if key in book.keys:
        return True
    months = ", ".join(short_month_label(k, language) for k in book.keys) or t("folder.no_months_yet", language)
    shown = short_month_label(key, language)
    print(t("folder.no_such_month", language, month=shown, file=book.store.month_path(key).name, months=months), file=sys.stderr)
    return False


def storage_message(error: StorageError, language: Language) -> str:
    reason = t(f"save.{error.reason}", language)
    return t("save.not_written", language, reason=reason, file=error.path.name)  # all or nothing: no retry follows


def book_folder(path: str, language: Language, command: str = "") -> Path | None:
    """The book folder `path` names; None after saying why not (a file gets its folder named)."""
    folder = Path(path).expanduser()
    if folder.is_dir():
        return folder
    if folder.is_file():
        parent = folder.resolve().parent
        key = YearMonth.parse(folder.stem) if folder.suffix == ".toml" else None
        if key is not None and command in ("open", "report"):  # the commands that take --month
            words = "dithub" if command == "open" else f"dithub {command}"
            print(t("folder.is_a_month_file", language, path=folder, folder=parent, command=words, month=key), file=sys.stderr)
        else:
            print(t("folder.is_a_file", language, path=folder, folder=parent), file=sys.stderr)
        return None
    print(t("cli.not_a_folder", language, path=folder), file=sys.stderr)
    return None


def warn_about_book(book: Book, language: Language) -> None:
    """What is wrong with the book as a whole (a misnamed month file, a dithub.toml mistake), on stderr."""
    for problem in book.problems:
        print(printable(problem_line(problem, language)), file=sys.stderr)


def open_book(path: str, language: Language | None, command: str = "") -> tuple[Book, Language] | None:
    """The book at `path` and the language to speak (asked for, else the book's); None after saying why not.

    Book-level warnings (misnamed month files, dithub.toml mistakes) are told on stderr.
    """
    folder = book_folder(path, language or "vi", command)
    if folder is None:
        return None
    book = Book.open(folder)
    spoken: Language = language or book.language  # type: ignore[assignment]
    warn_about_book(book, spoken)
    return book, spoken
