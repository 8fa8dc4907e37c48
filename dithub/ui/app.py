"""The App is wiring only: it opens the book screen and offers its commands in the palette."""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import App, SystemCommand
from textual.screen import Screen

from ..book import Book
from ..i18n import Language, t
from ..model import YearMonth
from .book_screen import BookScreen
from .palette import FoldingCommands, Palette


class DithubApp(App[None]):
    CSS_PATH = "dithub.tcss"
    TITLE = "dithub"
    COMMANDS = {FoldingCommands}

    def __init__(self, book: Book, language: Language = "vi", start: YearMonth | None = None) -> None:
        super().__init__()
        self.book = book
        self.language = language
        self.start = start

    def on_mount(self) -> None:
        self.push_screen(BookScreen(self.book, self.language, self.start))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Our own actions, in the book's language (Textual's defaults are English only)."""
        if isinstance(screen, BookScreen):
            yield from screen.system_commands()  # quit among them
        yield SystemCommand(t("ui.palette_theme", self.language), "", self.action_change_theme)

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
