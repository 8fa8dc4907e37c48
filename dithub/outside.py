"""Someone else's edits: month files changed on disk while the book is open (a colleague's
save, a git pull, a text editor). `scan_disk` reads them, safe in a thread; `take_outside` takes
in what is safe to take on the screen's thread, and leaves a month with changes of ours, or being
saved, to the save, which merges or asks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .book import Book
from .model import YearMonth
from .monthfile import Fingerprint, MonthFile
from .problems import Problem
from .reading import scan_folder


@dataclass(frozen=True)
class DiskScan:
    """Month files that differ from what the book held when the scan began (see scan_disk)."""

    known: dict[YearMonth, Fingerprint | None]
    changed: list[MonthFile]


def scan_disk(book: Book) -> DiskScan:
    """Read the month files that changed on disk since we read or wrote them. Safe in a thread:
    it only reads the book (a copy of `files`, taken at once) and the disk."""
    known = {key: file.fingerprint for key, file in book.files.copy().items()}
    keys, _ = scan_folder(book.folder)
    changed: list[MonthFile] = []
    for key in sorted(set(keys) | set(known)):
        fingerprint = known.get(key)
        try:
            stat = book.store.month_path(key).stat()
        except OSError:
            stat = None
        if stat is None and (fingerprint is None or key not in known):
            continue  # no file, and none expected
        if stat is not None and fingerprint is not None and fingerprint.same_stat(stat):
            continue  # the usual case: nothing happened, and it cost a stat
        file = book.read(key)
        if stat is None:  # deleted outside: shown as gone (and closed), not as an empty month
            file = MonthFile(key, file.path, None, [Problem(file.path.name, "missing")])
        if fingerprint is None or not fingerprint.same_content(file.fingerprint):
            changed.append(file)
    return DiskScan(known, changed)


def take_outside(book: Book, scan: DiskScan, busy: Iterable[YearMonth] = ()) -> list[MonthFile]:
    """Adopt what a scan found, where that is safe; returns the files taken in.

    A month with changes of ours, or `busy` (being saved, or waiting for the user to settle a
    conflict), is left to the save, which merges or asks.
    """
    busy = set(busy)
    taken = []
    for file in scan.changed:
        current = book.files.get(file.key)
        if current is not None and current.fingerprint != scan.known.get(file.key):
            continue  # we saved it since the scan read it: what we hold is newer
        if current is not None and current.fingerprint is not None and current.fingerprint.same_content(file.fingerprint):
            continue
        if book.is_dirty(file.key) or file.key in busy:
            continue
        if current is not None and not current.exists and not file.exists:
            continue
        book.adopt(file)
        taken.append(file)
    book.finish_carries({k for file in taken for k in (file.key.previous(), file.key)})
    return taken
