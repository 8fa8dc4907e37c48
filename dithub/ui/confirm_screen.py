"""A yes/no question: Enter or y confirms, Escape or n cancels.

A question the terminal is too small to show is not asked: the box says so, and only Escape or n
(no change) answers it, until the terminal grows.
"""

from __future__ import annotations

import math

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from ..i18n import Language, t
from .bindings import translate_bindings

# The dialog's border (2) and padding (2 x 2 wide, 1 x 2 high) around the question and its hint.
_SIDES = 6
_ABOVE_AND_BELOW = 4
_HINT_LINES = 2  # its margin and its line


def question_fits(question: str, width: int, height: int) -> bool:
    """Whether the question, wrapped in the dialog at this terminal size, shows whole."""
    inner = min(80, int(width * 0.95)) - _SIDES
    if inner < 10:
        return False
    lines = sum(max(1, math.ceil(cell_len(line) / inner)) for line in question.splitlines() or [""])
    return lines + _HINT_LINES + _ABOVE_AND_BELOW <= int(height * 0.9)


class ConfirmScreen(ModalScreen[bool]):
    BINDINGS = [
        Binding("enter,y", "answer(True)", "key.yes"),
        Binding("escape,n", "answer(False)", "key.no"),
    ]

    def __init__(self, question: str, language: Language) -> None:
        super().__init__()
        self.question = question
        self.language = language
        self.readable = False  # until it is shown and found to fit
        translate_bindings(self, language)

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(self.question, id="question", markup=False)
            yield Static(t("ui.confirm_keys", self.language), classes="hint", markup=False)

    def on_mount(self) -> None:
        self._show(self.app.size.width, self.app.size.height)

    def on_resize(self, event: events.Resize) -> None:
        self._show(event.size.width, event.size.height)

    def _show(self, width: int, height: int) -> None:
        self.readable = question_fits(self.question, width, height)
        self.query_one("#question", Static).update(self.question if self.readable else t("ui.too_small", self.language))
        self.query_one(".hint", Static).display = self.readable

    def action_answer(self, yes: bool) -> None:
        if yes and not self.readable:  # nobody could read what "yes" would do
            self.app.bell()
            return
        self.dismiss(yes)
