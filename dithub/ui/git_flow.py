"""The book screen's git keys (S, g: see keys.py): share the book through git, and choose
versions in a month git left conflicted. The sync runs in a thread worker and reports by message, so no key waits for
the network; what it brought in reaches the screen the way any outside edit does (the watcher's
scan, started at once instead of at its next tick).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from textual import work
from textual.message import Message

from ..i18n import Language, month_label, t
from ..model import YearMonth
from . import dialogs

if TYPE_CHECKING:
    from textual.app import App

    from ..book import Book
    from ..gitshare.sync import SyncOutcome

_MONTH_FILE = re.compile(r"(?:^|/)(\d{4})-(\d{2})\.toml$")


class SyncDone(Message):
    def __init__(self, outcome: SyncOutcome, unsaved: bool) -> None:
        super().__init__()
        self.outcome = outcome
        self.unsaved = unsaved  # changes that were not on disk yet when the sync began


class GitFlow:
    """Mixed into the book screen, which gives it `book`, `language`, `current`, `say` and
    `watch_disk` (the scan for outside edits)."""

    book: Book
    language: Language
    current: YearMonth | None
    _syncing = False

    if TYPE_CHECKING:

        @property
        def app(self) -> App[None]: ...
        def say(self, message: str, **options: object) -> None: ...
        def watch_disk(self) -> object: ...
        def post_message(self, message: Message) -> bool: ...
        def refresh_keys(self) -> None: ...

    def git_conflicted(self) -> bool:
        """The month on screen holds git's conflict markers (an unresolved merge)."""
        file = self.book.files.get(self.current) if self.current is not None else None
        return file is not None and any(problem.code == "git_conflict" for problem in file.problems)

    def git_allowed(self, action: str) -> bool:
        if action == "git_resolve":
            return self.git_conflicted()
        return not self._syncing  # git_sync

    # --- sharing ---

    @work(group=dialogs.DIALOG)
    async def action_git_sync(self) -> None:
        if self._syncing:
            self.say(t("git_ui.sync_busy", self.language), severity="warning")
            return
        if await dialogs.confirm(self.app, t("git_ui.sync_confirm", self.language), self.language):
            self.start_sync()

    def start_sync(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        self.refresh_keys()
        self.say(t("git_ui.sync_started", self.language), timeout=3)
        self.sync_book(bool(self.book.dirty_keys()))

    @work(thread=True, group="git-sync", exclusive=True)
    def sync_book(self, unsaved: bool) -> None:
        from ..gitshare.sync import SyncOutcome, sync

        try:
            outcome = sync(self.book.folder, self.language)
        except Exception as error:  # noqa: BLE001 - sync never raises; a bug still must not end the meeting
            outcome = SyncOutcome("failed", False, t("git_ui.sync_failed", self.language, reason=repr(error)))
        self.post_message(SyncDone(outcome, unsaved))

    def on_sync_done(self, message: SyncDone) -> None:
        self._syncing = False
        outcome, lang = message.outcome, self.language
        lines = [outcome.summary]
        if message.unsaved:
            lines.append(t("git_ui.sync_unsaved", lang))
        severity = "information" if outcome.ok else "error" if outcome.state in ("failed", "broken", "no_git") else "warning"
        for name in outcome.conflicts:  # which key settles it: most people never met git's markers
            if (match := _MONTH_FILE.search(name)) is not None:
                month = month_label(YearMonth(int(match[1]), int(match[2])), lang)
                lines.append(t("git_ui.sync_conflicted_month", lang, month=month, key="g"))
        self.say("\n".join(lines), severity=severity, timeout=15)
        if outcome.pulled or outcome.conflicts:
            self.watch_disk()  # the others' changes: re-read what changed on disk now
        self.refresh_keys()

    # --- a month git left conflicted ---

    @work(group=dialogs.DIALOG)
    async def action_git_resolve(self) -> None:
        if not self.git_conflicted() or self.current is None:
            return
        key = self.current
        written = await dialogs.git_conflict(self.app, self.book.files[key].path, key, self.language)
        if written is not None:
            self.watch_disk()  # the month opens again, with the chosen versions
