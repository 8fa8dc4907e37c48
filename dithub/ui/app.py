"""The App is wiring only: it opens the book screen and offers its commands in the palette."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Iterable
from typing import Any

from textual.app import App, SystemCommand
from textual.screen import Screen

from ..book import Book
from ..i18n import Language, t
from ..model import YearMonth
from ..monthfile import StorageError
from ..save_queue import SaveQueue
from . import wall_themes
from .book_screen import BookScreen
from .palette import FoldingCommands, Palette

# SIGTERM (a laptop shutting down), SIGHUP (the terminal closed mid-meeting), SIGINT (a stray kill):
# save what waits, at most this long, give the terminal back and leave.
LEAVING_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)
SIGNAL_WAIT_SECONDS = 5.0


class DithubApp(App[None]):
    CSS_PATH = "dithub.tcss"
    TITLE = "dithub"
    COMMANDS = {FoldingCommands}

    def __init__(self, book: Book, language: Language = "vi", start: YearMonth | None = None, theme: str | None = None) -> None:
        super().__init__()
        self.book = book
        self.language = language
        self.start = start
        self.usual_theme = self.theme  # what the wall-theme key comes back to
        wall_themes.register(self, theme)
        self.signalled: int | None = None  # the signal that asked us to leave

    def run(self, *args: Any, **kwargs: Any) -> Any:  # noqa: ANN401 - App.run's own result
        result = super().run(*args, **kwargs)
        if self.signalled is not None:
            self.finish_saving()
        return result

    def finish_saving(self) -> None:
        """After a signal, with the screen gone: a change that reached the screen as the signal came
        (a carry acknowledged, its second file not yet written) is saved here, all or nothing;
        what cannot be written is kept as a copy beside its file."""
        if not self.book.dirty_keys():
            return
        try:
            self.book.save_all()
        except StorageError:
            SaveQueue(self.book).keep_copies()

    def on_mount(self) -> None:
        loop = asyncio.get_running_loop()
        for number in LEAVING_SIGNALS:
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):  # not on Windows, not in a thread
                loop.add_signal_handler(number, self._on_signal, number)
        self.push_screen(BookScreen(self.book, self.language, self.start))

    def _on_signal(self, number: int) -> None:
        """Leave as quitting does, without asking: a second signal leaves at once."""
        book_screens = [screen for screen in self.screen_stack if isinstance(screen, BookScreen)]
        if self.signalled is not None or not book_screens:
            self.exit()
            return
        self.signalled = number
        book_screens[0].save_and_leave(SIGNAL_WAIT_SECONDS)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Our own actions, in the book's language (Textual's defaults are English only)."""
        own = getattr(screen, "system_commands", None)  # the book screen's (quit among them), the presenter's
        if own is not None:
            yield from own()
        yield SystemCommand(t("ui.palette_theme", self.language), "", self.action_change_theme)
        for name in wall_themes.NAMES:
            label = t(f"wall.theme.{name}", self.language)
            yield SystemCommand(t("wall.palette_theme", self.language, name=label), name, lambda name=name: self._set_theme(name))

    def _set_theme(self, name: str) -> None:
        self.theme = name

    def action_command_palette(self) -> None:
        """Textual's palette, speaking our language (palette.py)."""
        if self.use_command_palette and not Palette.is_open(self):
            self.push_screen(Palette(self.language))

    async def action_quit(self) -> None:
        """Ctrl+Q too goes through the book screen, which waits for saves or asks first."""
        book_screens = [screen for screen in self.screen_stack if isinstance(screen, BookScreen)]
        if book_screens:
            book_screens[0].action_quit()
        else:
            self.exit()

    def action_help_quit(self) -> None:
        """Ctrl+C: say how to quit, in the book's language."""
        self.notify(t("ui.how_to_quit", self.language), markup=False)
