"""The app over a roll-up: the roll-up screen first; Enter pushes a unit's BookScreen on top,
Escape (when that screen has no search to clear) comes back once its changes are saved."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from datetime import date

from textual import events
from textual.actions import SkipAction
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from ..i18n import Language, t
from ..model import YearMonth
from ..rollup import Pace, Rollup
from ..save_queue import Quit
from .rollup_screen import RollupScreen, translated


class RollupApp(App[None]):
    CSS_PATH = ["dithub.tcss", "rollup.tcss"]
    TITLE = "dithub"
    # Escape reaches the app only when the screen on top did not take it (a search to clear).
    BINDINGS = [Binding("escape", "back_to_rollup", "rollup_view.key_back")]

    def __init__(
        self, rollup: Rollup, language: Language = "vi", start: YearMonth | None = None, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__()
        self.today = today  # "overdue" is against this day (tests fix it)
        self.rollup = rollup
        self.language = language
        self.start = start
        self.pace = Pace()  # how the roll-up's reader knows someone is at the keys
        translated(self, language)  # type: ignore[arg-type]

    def on_mount(self) -> None:
        self.push_screen(RollupScreen(self.rollup, self.language, self.start, self.today, self.pace))

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.MouseDown, events.MouseScrollDown, events.MouseScrollUp)):
            self.pace.acted()  # on a unit's book too: the roll-up's older months wait for the keys
        await super().on_event(event)

    def _book_screen(self) -> Screen | None:
        """The unit's dashboard when it is on top. Asked whenever keys are drawn, from the first
        frame on: so no import here, and no `self.screen` (there is no stack at first)."""
        module = sys.modules.get(f"{__package__}.book_screen")  # not imported: no unit opened yet
        stack = self.screen_stack
        if module is None or not stack:
            return None
        return stack[-1] if isinstance(stack[-1], module.BookScreen) else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back_to_rollup":
            return self._book_screen() is not None  # shown in the unit's key bar, not the roll-up's
        return True

    def action_back_to_rollup(self) -> None:
        """Back only once the book's changes are on disk: a popped screen hears no save report."""
        screen = self._book_screen()
        if screen is None:
            raise SkipAction()  # on the roll-up itself Escape means nothing more
        answer = screen.saves.pending_on_quit()  # type: ignore[attr-defined]
        if answer is Quit.EXIT:
            self.pop_screen()
        elif answer is Quit.ASK and screen.saves.failure is not None:  # type: ignore[attr-defined]
            reason = t(f"save.{screen.saves.failure.reason}", self.language)  # type: ignore[attr-defined]
            self.notify(t("rollup_view.unsaved", self.language, reason=reason), severity="error", markup=False)
        else:
            self.notify(t("rollup_view.saving_first", self.language), markup=False, timeout=3)
            screen.save_soon()  # type: ignore[attr-defined]

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from .book_screen import BookScreen

        if isinstance(screen, BookScreen):
            yield from screen.system_commands()
        yield SystemCommand(t("ui.palette_theme", self.language), "", self.action_change_theme)

    async def action_quit(self) -> None:
        """Ctrl+Q from a unit's book waits for its saves, as in the dashboard."""
        screen = self._book_screen()
        if screen is not None:
            screen.action_quit()  # type: ignore[attr-defined]
        else:
            self.exit()

    def action_help_quit(self) -> None:
        self.notify(t("ui.how_to_quit", self.language), markup=False)
