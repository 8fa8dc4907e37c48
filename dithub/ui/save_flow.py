"""The book screen's half of saving and of watching the disk: workers that report by message, and
short reactions to what they report. What to save next, what failed and what conflicts is the
save queue's business (dithub.save_queue); what an outside edit changes is the book's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from ..i18n import t
from ..monthfile import FileChangedError, StorageError
from ..outside import scan_disk, take_outside
from ..save_queue import Conflict, Quit
from . import dialogs
from .book_view import SAVING_SIGN_SECONDS, BookView
from .events import DiskChanged, Resolved, SaveConflict, Saved, SaveFailed

if TYPE_CHECKING:
    from ..model import YearMonth

RETRY_SECONDS = 3.0
WATCH_SECONDS = 2.0


class SaveFlow(BookView):
    """BookScreen's base for saving and watching; BookView below it draws."""

    # --- saving ---

    def save_soon(self) -> None:
        """Start the saver if something waits. The caller has drawn what changed: a tick drew its
        frame once, and a second pass over the header and keys cost a tenth of the tick."""
        if self.saves.start():
            # Start once the change is on screen: the save thread would compete for the
            # interpreter with the frame that shows it.
            self.call_after_refresh(self.run_saver)
            self.set_timer(SAVING_SIGN_SECONDS + 0.05, self.redraw_frame)  # a slow save shows "saving"

    @work(thread=True, group="save")
    def run_saver(self) -> None:
        while (job := self.app.call_from_thread(self.saves.next_job)) is not None:
            try:
                self.post_message(Saved(job, self.book.run_save(job)))
            except FileChangedError as error:
                self.post_message(SaveConflict(job, error))
            except StorageError as error:
                self.post_message(SaveFailed(job, error))
            except Exception as error:  # noqa: BLE001 - a bug must not cost the user their change
                self.post_message(SaveFailed(job, StorageError(job.base.path, "other", repr(error))))
        self.app.call_from_thread(self.redraw_frame)  # "saving…" goes once the saver has stopped

    def on_saved(self, message: Saved) -> None:
        finished = self.saves.finished(message.job, message.result)
        name = message.result.path.name
        if finished.conflict is not None:
            self.ask_about_conflict(finished.conflict)
        if finished.recovered:
            self.say(t("save.recovered", self.language, file=name))
        if finished.merged:
            self.say(t("ui.merged", self.language, file=name))
        self._after_save(redraw=finished.shown_changed and message.job.key == self.current)

    def on_save_failed(self, message: SaveFailed) -> None:
        """Keep the change, say so once, and try again shortly; other months go on saving."""
        failure = self.saves.failed(message.job, message.error)
        if failure.first:
            reason = t(f"save.{message.error.reason}", self.language)
            self.say(t("save.failed", self.language, reason=reason, file=message.error.path.name), severity="error", timeout=8)
        if failure.start_retry:
            self.set_timer(RETRY_SECONDS, self._retry)
        self._after_save()

    def on_save_conflict(self, message: SaveConflict) -> None:
        self.ask_about_conflict(self.saves.failed(message.job, message.error).conflict)
        self._after_save()

    def _after_save(self, redraw: bool = False) -> None:
        if self.saves.quit_done():
            self.app.exit()
            return
        self.redraw(keep_task=self.kept_task()) if redraw else self.redraw_frame()
        self.save_soon()  # a change made while this save ran, or a month that waited its turn

    def _retry(self) -> None:
        self.saves.retry()
        self.redraw_frame()
        self.save_soon()

    # --- someone else's edit against ours ---

    @work(group=dialogs.DIALOG)
    async def ask_about_conflict(self, conflict: Conflict | None) -> None:
        if conflict is None:
            return
        error = conflict.error
        choice = await dialogs.conflict_choice(self.app, error.path.name, error.titles, error.theirs.is_broken, self.language)
        self.resolve_conflict(conflict.key, choice)

    @work(thread=True, group="resolve")
    def resolve_conflict(self, key: YearMonth, choice: str) -> None:
        """Either way, the version not chosen is kept as a copy beside the file (disk: a thread)."""
        self.post_message(Resolved(self.saves.resolve(key, choice)))

    def on_resolved(self, message: Resolved) -> None:
        resolution = message.resolution
        self.saves.resolved(resolution)
        if resolution.error is not None:
            reason = t(f"save.{resolution.error.reason}", self.language)
            self.say(t("save.failed", self.language, reason=reason, file=resolution.error.path.name), severity="error")
        elif resolution.copy is not None:
            self.say(t("ui.kept_copy", self.language, file=resolution.copy.name), timeout=10)
        self._after_save(redraw=True)  # "theirs" may have left nothing to save: quitting can end here

    # --- quitting ---

    @work(group=dialogs.DIALOG)
    async def quit_when_saved(self) -> None:
        """Quit once every change is on disk; ask first when a save keeps failing."""
        self.saves.quitting = True
        answer = self.saves.pending_on_quit()
        if answer is Quit.EXIT:
            self.app.exit()
        elif answer is Quit.ASK and self.saves.failure is not None:
            reason = t(f"save.{self.saves.failure.reason}", self.language)
            question = t("ui.confirm_quit_unsaved", self.language, reason=reason)
            if await dialogs.confirm(self.app, question, self.language):
                self.app.exit()
            else:
                self.saves.quitting = False
        else:
            self.save_soon()  # exits when the last save reports back

    def save_and_leave(self, bound: float) -> None:
        """A signal: save what waits (a failed save tries once more), for at most `bound` seconds,
        then leave. What still cannot be written is kept as a copy beside its file."""
        self.saves.quitting = True
        self.saves.retry()
        if self.saves.pending_on_quit() is Quit.EXIT:
            self.app.exit()
            return
        self.set_timer(bound, self._leave_now)
        self.save_soon()  # exits when the last save reports back

    def _leave_now(self) -> None:
        self.saves.keep_copies()
        self.app.exit()

    # --- watching the disk ---

    @work(thread=True, group="watch", exclusive=True)
    def watch_disk(self) -> None:
        scan = scan_disk(self.book)
        if scan.changed:
            self.post_message(DiskChanged(scan))

    def on_disk_changed(self, message: DiskChanged) -> None:
        for file in take_outside(self.book, message.scan, busy=self.saves.busy()):
            if any(problem.code == "missing" for problem in file.problems):
                self.say(t("ui.deleted_outside", self.language, file=file.path.name), severity="warning", timeout=12)
            else:
                self.say(t("ui.reloaded", self.language, file=file.path.name), timeout=4)
            if file.key == self.current:
                self.redraw(keep_task=self.kept_task())
        self.redraw_frame()
