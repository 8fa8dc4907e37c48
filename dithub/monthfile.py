"""What storage hands out and what it raises: a month file as read or written, and the errors.

Kept apart from storage so that the dashboard can name these types (and catch these errors)
without being able to reach the reading and writing itself: an import-linter contract checks it.
"""

from __future__ import annotations

import hashlib
import os
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .model import Month, YearMonth
from .problems import Problem


@dataclass(frozen=True)
class Fingerprint:
    """How we recognise that a file is still the one we read."""

    size: int
    mtime_ns: int
    sha256: str
    # `cp -p` and `rsync -t` put the old size and time back; the inode or the change time still move.
    inode: int = 0
    ctime_ns: int = 0

    @classmethod
    def of(cls, data: bytes, stat: os.stat_result | None) -> Fingerprint:
        # The size is the file's (a BOM included), as the watcher compares it with stat's.
        if stat is None:
            return cls(len(data), 0, hashlib.sha256(data).hexdigest())
        return cls(stat.st_size, stat.st_mtime_ns, hashlib.sha256(data).hexdigest(), stat.st_ino, stat.st_ctime_ns)

    def same_stat(self, stat: os.stat_result) -> bool:
        """Whether a stat says the file is surely the one fingerprinted (the watcher's cheap test)."""
        return (stat.st_size, stat.st_mtime_ns, stat.st_ino, stat.st_ctime_ns) == (
            self.size,
            self.mtime_ns,
            self.inode,
            self.ctime_ns,
        )

    def stated(self, stat: os.stat_result) -> Fingerprint:
        """The same content, with the stat of the file now holding it (after our own write)."""
        return replace(self, size=stat.st_size, mtime_ns=stat.st_mtime_ns, inode=stat.st_ino, ctime_ns=stat.st_ctime_ns)

    def same_content(self, other: Fingerprint | None) -> bool:
        return other is not None and self.sha256 == other.sha256


@dataclass
class MonthFile:
    """One month file as last read or written: its Month, or the problems that keep it closed."""

    key: YearMonth
    path: Path
    month: Month | None
    problems: list[Problem] = field(default_factory=list)
    text: str | None = ""  # None: kept only compressed, in `packed` (see `source`)
    fingerprint: Fingerprint | None = None
    # The tomlkit document matching `text`, kept after our own save so the next save skips a parse.
    doc: Any = field(default=None, repr=False, compare=False)  # a tomlkit TOMLDocument

    packed: bytes | None = field(default=None, repr=False, compare=False)
    # The file's bytes (UTF-8 already checked, BOM left out), when the month came from the cache:
    # decoded only when a save needs the text (a 10,000-task month shows sooner).
    raw: bytes | None = field(default=None, repr=False, compare=False)

    def source(self) -> str:
        """The file's text as read: a save edits it, comments and all."""
        if self.text is not None:
            return self.text
        if self.raw is not None:
            return self.raw.decode("utf-8")
        return zlib.decompress(self.packed).decode("utf-8") if self.packed else ""

    def packed_away(self) -> MonthFile:
        """The same file holding its text compressed: years of months in memory cost little."""
        if not self.exists or (self.text is None and self.raw is None):
            return self
        data = self.raw if self.text is None else self.text.encode("utf-8")
        return replace(self, text=None, raw=None, packed=zlib.compress(data, 1), doc=None)

    @property
    def is_broken(self) -> bool:
        return self.month is None

    @property
    def exists(self) -> bool:
        return self.fingerprint is not None


# --- Errors the dashboard and the command line act on ---


class StorageError(Exception):
    """A save that did not happen. The file on disk is as it was; nothing was half-written."""

    def __init__(self, path: Path, reason: str, detail: str = "") -> None:
        super().__init__(f"{path}: {reason} {detail}".strip())
        self.path = path
        self.reason = reason  # disk_full | read_only | permission | folder_missing | broken | other
        self.detail = detail


class FileChangedError(StorageError):
    """The file changed on disk since it was read, and we could not merge: the user must choose.

    `theirs` is the file as it is now on disk (maybe broken); `titles` the tasks both sides changed.
    """

    def __init__(self, path: Path, theirs: MonthFile, titles: list[str]) -> None:
        super().__init__(path, "changed", ", ".join(titles))
        self.theirs = theirs
        self.titles = titles
