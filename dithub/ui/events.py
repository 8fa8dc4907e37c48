"""What the book screen's workers report back, as messages (posted from their threads)."""

from __future__ import annotations

from textual.message import Message

from ..book import SaveJob
from ..monthfile import FileChangedError, MonthFile, StorageError
from ..outside import DiskScan
from ..save_queue import Resolution


class MonthRead(Message):
    """A month read in the background, for the book to take in."""

    def __init__(self, file: MonthFile) -> None:
        super().__init__()
        self.file = file


class MonthsRead(Message):
    """The loader is through its list; `then_the_rest`: the others are to follow."""

    def __init__(self, then_the_rest: bool) -> None:
        super().__init__()
        self.then_the_rest = then_the_rest


class Saved(Message):
    def __init__(self, job: SaveJob, result: MonthFile) -> None:
        super().__init__()
        self.job = job
        self.result = result


class SaveFailed(Message):
    def __init__(self, job: SaveJob, error: StorageError) -> None:
        super().__init__()
        self.job = job
        self.error = error


class SaveConflict(Message):
    def __init__(self, job: SaveJob, error: FileChangedError) -> None:
        super().__init__()
        self.job = job
        self.error = error


class Resolved(Message):
    """The disk part of the user's answer to a conflict is done."""

    def __init__(self, resolution: Resolution) -> None:
        super().__init__()
        self.resolution = resolution


class DiskChanged(Message):
    """The watcher found month files that others changed."""

    def __init__(self, scan: DiskScan) -> None:
        super().__init__()
        self.scan = scan
