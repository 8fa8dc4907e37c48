"""A yes/no question: Enter or y confirms, Escape or n cancels."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from ..i18n import Language, t
from .bindings import translate_bindings


class ConfirmScreen(ModalScreen[bool]):
    BINDINGS = [
        Binding("enter,y", "answer(True)", "key.yes"),
        Binding("escape,n", "answer(False)", "key.no"),
    ]

    def __init__(self, question: str, language: Language) -> None:
        super().__init__()
        self.question = question
        self.language = language
        translate_bindings(self, language)

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(self.question, id="question", markup=False)
            yield Static(t("ui.confirm_keys", self.language), classes="hint", markup=False)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
