"""A roll-up: many units' books side by side (a province's departments and districts).

A roll-up is either a folder whose subfolders are books, or a `dithub-rollup.toml` that lists
book folders anywhere on the disk, each with a display name:

    name = "Giao ban các sở, ngành tỉnh Hải Dương"      # optional
    [[units]]
    name = "Sở Thông tin và Truyền thông"             # optional: else the book's `unit`, else the folder's name
    folder = "so-tttt"                                 # relative to this file, or absolute

A unit whose folder is missing, or whose book cannot be read, is kept with its problems: the
roll-up opens whatever one unit's state. Months are read lazily (`load_months`, newest first)
through the shared cache of parsed months, so a worker can fill the screen while it reads.

Plain Python: no textual, no rich. Figures per month are in `rollup_figures.py`.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import tomli

from .book import Book
from .model import YearMonth
from .problems import Problem
from .reading import scan_folder
from .storage import MonthFile
from .text import fold, nfc

ROLLUP_FILE = "dithub-rollup.toml"


@dataclass(eq=False)  # compared by identity: two units may share a display name
class Unit:
    name: str
    folder: Path
    book: Book | None  # None: the folder is missing or cannot be read (see problems)
    problems: list[Problem] = field(default_factory=list)

    @property
    def is_open(self) -> bool:
        return self.book is not None


@dataclass
class Rollup:
    path: Path  # the roll-up's folder, or its dithub-rollup.toml
    name: str
    units: list[Unit]
    problems: list[Problem] = field(default_factory=list)  # about dithub-rollup.toml itself
    language: str = "vi"

    @classmethod
    def open(cls, path: Path) -> Rollup:
        """Open a roll-up folder or dithub-rollup.toml. Never raises for bad input."""
        listing = path if path.name == ROLLUP_FILE and not path.is_dir() else path / ROLLUP_FILE
        if listing.is_file():
            return _from_listing(listing)
        return _from_folder(path)

    def months(self) -> list[YearMonth]:
        """Every month any unit holds, oldest first."""
        return sorted({key for unit in self.units if unit.book for key in unit.book.keys})

    @property
    def latest(self) -> YearMonth | None:
        months = self.months()
        return months[-1] if months else None


def is_rollup(path: Path) -> bool:
    """A dithub-rollup.toml, a folder holding one, or a folder of books holding no month itself."""
    if path.name == ROLLUP_FILE and path.is_file():
        return True
    if not path.is_dir():
        return False
    if (path / ROLLUP_FILE).is_file():
        return True
    try:
        keys, _ = scan_folder(path)
    except OSError:
        return False
    return not keys and bool(_book_folders(path))


def _book_folders(folder: Path) -> list[Path]:
    """Subfolders that hold a month file or a dithub.toml, by name."""
    found = []
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return []
    for entry in entries:
        if entry.name.startswith(".") or not entry.is_dir():
            continue
        sub = Path(entry.path)
        try:
            keys, _ = scan_folder(sub)
        except OSError:
            keys = []
        if keys or (sub / "dithub.toml").is_file():
            found.append(sub)
    return found


def _open_unit(folder: Path, name: str | None, listed_in: str | None = None) -> Unit:
    """The unit's book, or its problems when the folder is missing or unreadable (told as a
    mistake of `listed_in`, the roll-up's file, when the folder came from there)."""
    shown = str(folder)
    if not folder.is_dir():
        code = "rollup_book_missing" if not folder.exists() else "rollup_not_a_folder"
        return Unit(name or folder.name, folder, None, [Problem(listed_in or shown, code, details={"path": shown})])
    try:
        book = Book.open(folder)
    except OSError as error:
        problem = Problem(listed_in or shown, "unreadable", details={"reason": error.strerror or str(error)})
        return Unit(name or folder.name, folder, None, [problem])
    return Unit(name or book.settings.unit or folder.name, folder, book, list(book.problems))


def _from_folder(folder: Path) -> Rollup:
    units = [_open_unit(sub, None) for sub in _book_folders(folder)]
    return Rollup(folder, folder.resolve().name, _sorted(units))


def _sorted(units: list[Unit]) -> list[Unit]:
    return sorted(units, key=lambda unit: fold(unit.name))


def _from_listing(listing: Path) -> Rollup:
    base = listing.parent
    problems: list[Problem] = []
    try:
        text = listing.read_bytes().decode("utf-8").removeprefix("\ufeff")
        data = tomli.loads(text)
    except OSError as error:
        return Rollup(listing, base.name, [], [Problem(ROLLUP_FILE, "unreadable", details={"reason": error.strerror or ""})])
    except UnicodeDecodeError:
        return Rollup(listing, base.name, [], [Problem(ROLLUP_FILE, "not_utf8")])
    except tomli.TOMLDecodeError as error:
        reason = getattr(error, "msg", str(error))
        syntax = Problem(
            ROLLUP_FILE, "toml_syntax", getattr(error, "lineno", None), getattr(error, "colno", None), {"reason": reason}
        )
        return Rollup(listing, base.name, [], [syntax])
    name = data.get("name") if isinstance(data.get("name"), str) else base.resolve().name
    language = data.get("language") if data.get("language") in ("vi", "en") else "vi"
    raw_units = data.get("units")
    if not isinstance(raw_units, list) or not raw_units:
        problems.append(Problem(ROLLUP_FILE, "rollup_no_units"))
        raw_units = []
    units: list[Unit] = []
    seen: set[Path] = set()
    for number, raw in enumerate(raw_units, start=1):
        folder_text = raw.get("folder") if isinstance(raw, dict) else None
        if not isinstance(folder_text, str) or not folder_text.strip():
            problems.append(Problem(ROLLUP_FILE, "rollup_unit_without_folder", details={"number": number}))
            continue
        folder = (base / Path(nfc(folder_text.strip())).expanduser()).resolve()
        if folder in seen:
            problems.append(
                Problem(ROLLUP_FILE, "rollup_unit_twice", details={"number": number, "path": folder_text}, is_warning=True)
            )
            continue
        seen.add(folder)
        shown = raw.get("name")
        units.append(_open_unit(folder, nfc(shown.strip()) if isinstance(shown, str) and shown.strip() else None, ROLLUP_FILE))
    return Rollup(listing, nfc(name), units, problems, language)  # listed order is the user's order


# --- reading months ---


@dataclass(frozen=True)
class Progress:
    """One month read: `done` of `total`, for a progress line."""

    done: int
    total: int
    unit: Unit
    file: MonthFile


def reading_order(rollup: Rollup, first: YearMonth | None = None) -> list[tuple[Unit, YearMonth]]:
    """Every unit's month `first` (default: the latest), then all other months, newest first.

    Newest first across units, so every row of the screen fills before anyone's old years.
    """
    first = first or rollup.latest
    order: list[tuple[Unit, YearMonth]] = []
    later: list[tuple[Unit, YearMonth]] = []
    for unit in rollup.units:
        if unit.book is None:
            continue
        for key in unit.book.keys:
            (order if key == first else later).append((unit, key))
    later.sort(key=lambda pair: pair[1], reverse=True)
    return order + later


class Pace:
    """Lets a reader in a thread step aside while someone is at the keys.

    The reader and the screen share one interpreter: while it reads, a key waits for it at every
    turn, and a key in a roll-up waited 25 ms where 3 is usual. So the screen says when someone
    acts (`acted`), and the reader rests (`step_aside`) until no one has for `QUIET_SECONDS`.
    """

    QUIET_SECONDS = 0.3

    def __init__(self, clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep) -> None:
        self._clock, self._sleep = clock, sleep
        self._acted_at = -math.inf

    def acted(self) -> None:
        self._acted_at = self._clock()

    def step_aside(self, should_stop: Callable[[], bool] | None = None) -> None:
        while (rest := self._acted_at + self.QUIET_SECONDS - self._clock()) > 0:
            if should_stop is not None and should_stop():
                return
            self._sleep(min(rest, 0.05))


def load_months(
    rollup: Rollup,
    first: YearMonth | None = None,
    progress: Callable[[Progress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    adopt: bool = True,
    pace: Pace | None = None,
) -> int:
    """Read every unit's months newest first; returns how many were read.

    Safe in a worker thread with `adopt=False`: each file is then only read and handed to
    `progress`, and the screen's thread takes it in with `progress.unit.book.adopt(file)`.
    Months already loaded are skipped. With a `pace`, months other than `first` wait while
    someone is at the keys (the month on screen never does).
    """
    first = first or rollup.latest
    jobs = [(unit, key) for unit, key in reading_order(rollup, first) if key not in unit.book.files]  # type: ignore[union-attr]
    for done, (unit, key) in enumerate(jobs, start=1):
        if pace is not None and key != first:
            pace.step_aside(should_stop)
        if should_stop is not None and should_stop():
            return done - 1
        book = unit.book
        assert book is not None
        # The store's read, not Book.read: inferring categories is for the dashboard (the
        # unit's book infers its own when opened), and was a third of loading a roll-up.
        file = book.store.read(key, book.settings).packed_away()  # compressed in this thread, as Book.read does
        if adopt:
            book.adopt(file)
        if progress is not None:
            progress(Progress(done, len(jobs), unit, file))
    return len(jobs)
