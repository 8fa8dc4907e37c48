"""A run of months read through the Book, for what spans months: paths, statistics, reviews.

Plain Python, safe to call from a worker thread: it only reads (`Book.read`), never adopts, so
the months read are handed back (`Span.files`) for the caller to `Book.adopt` on its own thread.
Months already loaded are taken as the user sees them now (unsaved changes included).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum

from .book import Book
from .model import Month, Settings, YearMonth
from .problems import Problem
from .storage import MonthFile

Progress = Callable[[int, int], None]  # (months read so far, months to read): a worker posts it on


class MonthState(str, Enum):
    READ = "read"
    MISSING = "missing"  # no file for a month inside the span
    BROKEN = "broken"  # a file that does not open: its tasks are unknown, never guessed
    NOT_READ = "not_read"  # outside the span: not looked at


def index(key: YearMonth) -> int:
    """Months since year 0: differences of two are month counts."""
    return key.year * 12 + key.month - 1


def from_index(number: int) -> YearMonth:
    return YearMonth(number // 12, number % 12 + 1)


def month_end(key: YearMonth) -> date:
    following = key.next()
    return date(following.year, following.month, 1) - timedelta(days=1)


def months_between(first: YearMonth, last: YearMonth) -> list[YearMonth]:
    """Every calendar month from first to last, both included."""
    return [from_index(i) for i in range(index(first), index(last) + 1)]


def default_range(
    keys: list[YearMonth], first: YearMonth | None, last: YearMonth | None, length: int = 12
) -> tuple[YearMonth, YearMonth] | None:
    """The range asked for, filled in: by default the last `length` months up to the book's latest.

    Never reaches before the book's first month, so a young book is not padded with missing months.
    """
    if not keys:
        return None
    last = last or keys[-1]
    if first is None:
        first = max(keys[0], from_index(index(last) - length + 1)) if keys[0] <= last else last
    return first, last


@dataclass(frozen=True)
class Span:
    first: YearMonth | None  # None: the book has no months
    last: YearMonth | None
    settings: Settings
    months: Mapping[YearMonth, Month]  # the months that read, oldest first
    missing: tuple[YearMonth, ...] = ()
    broken: Mapping[YearMonth, tuple[Problem, ...]] = field(default_factory=dict)
    files: tuple[MonthFile, ...] = ()  # read from disk here: the caller may Book.adopt them
    unread: frozenset[YearMonth] = frozenset()  # months the book has but that were not read (held_span)

    @property
    def keys(self) -> list[YearMonth]:
        return months_between(self.first, self.last) if self.first and self.last else []

    def state(self, key: YearMonth) -> MonthState:
        if key in self.months:
            return MonthState.READ
        if key in self.broken:
            return MonthState.BROKEN
        if key in self.unread:
            return MonthState.NOT_READ
        if self.first is None or self.last is None or not self.first <= key <= self.last:
            return MonthState.NOT_READ
        return MonthState.MISSING

    def within(self, first: YearMonth, last: YearMonth) -> Span:
        """The same months cut to a narrower range (nothing read again)."""
        return Span(
            first,
            last,
            self.settings,
            {k: m for k, m in self.months.items() if first <= k <= last},
            tuple(k for k in self.missing if first <= k <= last),
            {k: p for k, p in self.broken.items() if first <= k <= last},
        )


def load_span(
    book: Book, first: YearMonth | None = None, last: YearMonth | None = None, progress: Progress | None = None
) -> Span:
    """Every month from first to last (default: the book's first and latest), read once; none
    when last comes before first.

    `progress(done, total)` is called after each month read from disk; a worker that must stop
    raises from it.
    """
    if not book.keys:
        return Span(None, None, book.settings, {})
    first = first or book.keys[0]
    last = last or book.keys[-1]
    held_files, held_months = dict(book.files), dict(book.months)  # a snapshot: the screen may change them
    wanted = [key for key in book.keys if first <= key <= last]
    months: dict[YearMonth, Month] = {}
    broken: dict[YearMonth, tuple[Problem, ...]] = {}
    fresh: list[MonthFile] = []
    for number, key in enumerate(wanted, 1):
        if key in held_files:
            file, month = held_files[key], held_months.get(key)
        else:
            file = book.read(key)
            month = file.month if file.exists or file.is_broken else None
            fresh.append(file)
        if file.is_broken and month is None:
            broken[key] = tuple(file.problems)
        elif month is not None and (file.exists or month.tasks):
            months[key] = month
        if progress is not None:
            progress(number, len(wanted))
    missing = tuple(key for key in months_between(first, last) if key not in months and key not in broken)
    return Span(first, last, book.settings, months, missing, broken, tuple(fresh))


class _Stopped(Exception):
    """Raised out of load_span's progress when the reader is told to stop."""


def load_span_telling(
    book: Book, tell: Progress, should_stop: Callable[[], bool], every: float = 0.05, clock: Callable[[], float] = time.monotonic
) -> Span | None:
    """The whole book as `load_span` reads it, for a worker: `tell(done, total)` at most every
    `every` seconds and once at the end (twenty a second reads as smooth); None when
    `should_stop()` turns true part-way. Months come compressed (Book.read), so their parsed
    documents are freed on the worker's thread, not while a key waits."""
    told = -math.inf

    def progress(done: int, total: int) -> None:
        nonlocal told
        if should_stop():
            raise _Stopped
        now = clock()
        if done == total or now - told >= every:
            told = now
            tell(done, total)

    try:
        return load_span(book, progress=progress)
    except _Stopped:
        return None


def held_span(book: Book) -> Span:
    """The months the book holds already, without reading any: for the details pane's one-line
    path on the screen's own thread. Months not loaded yet are "not read", never "missing"."""
    if not book.keys:
        return Span(None, None, book.settings, {})
    months: dict[YearMonth, Month] = {}
    broken: dict[YearMonth, tuple[Problem, ...]] = {}
    for key in months_between(book.keys[0], book.keys[-1]):
        file, month = book.files.get(key), book.months.get(key)
        if file is not None and file.is_broken and month is None:
            broken[key] = tuple(file.problems)
        elif month is not None:
            months[key] = month
    unread = frozenset(key for key in book.keys if key not in book.files)
    missing = tuple(
        k for k in months_between(book.keys[0], book.keys[-1]) if k not in months and k not in broken and k not in unread
    )
    return Span(book.keys[0], book.keys[-1], book.settings, months, missing, broken, (), unread)
