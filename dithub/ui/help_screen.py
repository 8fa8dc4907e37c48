"""Every key and what it does, read from the bindings themselves so it cannot drift."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..i18n import Language, t
from .bindings import translate_bindings


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "key.close")]

    def __init__(self, keys: list[tuple[str, str]], language: Language) -> None:
        super().__init__()
        self.keys = keys
        self.language = language
        translate_bindings(self, language)

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=False, padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for key, description in self.keys:
            table.add_row(Text(key), Text(description))
        with VerticalScroll(id="dialog"):
            yield Static(t("ui.help_title", self.language), classes="dialog-title")
            yield Static(table)
            yield Static(t("ui.help_close", self.language), classes="hint", markup=False)

    def on_mount(self) -> None:
        self.query_one("#dialog").focus()  # so ↓, PgDn and End scroll to the end of the list (80x24)
