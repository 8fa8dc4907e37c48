"""What the roll-up screen's loader reports back, as messages (posted from its thread)."""

from __future__ import annotations

from textual.message import Message

from ..monthfile import MonthFile
from ..rollup import Unit
from ..view import SearchIndex


class MonthsLoaded(Message):
    """Months read in the background, each with its search index (folded off the screen's thread)."""

    def __init__(self, files: list[tuple[Unit, MonthFile, SearchIndex | None]]) -> None:
        super().__init__()
        self.files = files


class LoadingDone(Message):
    """The loader went through every month (or was told to stop: `stopped`)."""

    def __init__(self, stopped: bool) -> None:
        super().__init__()
        self.stopped = stopped
