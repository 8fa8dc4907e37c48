"""Carrying over: what deadline the tasks get next month (keep theirs, none, or a date)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from ..i18n import Language, t
from .bindings import translate_bindings
from .confirm_screen import question_fits
from .task_form import parse_due

# Below the question: the hint, the date field (3), the error line and the buttons (3).
_FORM_LINES = 8

NewDue = date | Literal["keep", "clear"]


class CarryScreen(ModalScreen["NewDue | None"]):
    """Dismissed with "keep", "clear" or a date; None when the carry is called off (Escape)."""

    BINDINGS = [
        Binding("escape", "cancel", "key.cancel"),
        Binding("y,k", "answer('keep')", "key.due_keep", show=False),
        Binding("x", "answer('clear')", "key.due_clear", show=False),
        Binding("n", "answer('cancel')", "key.cancel", show=False),
    ]

    def __init__(self, question: str, language: Language) -> None:
        super().__init__()
        self.question = question
        self.language = language
        self.readable = False  # until it is shown and found to fit
        translate_bindings(self, language)

    def compose(self) -> ComposeResult:
        lang = self.language
        with Vertical(id="dialog"):
            yield Static(self.question, id="question", markup=False)
            yield Label(t("ui.carry_due_hint", lang))
            yield Input("", id="due", placeholder=t("ui.due_example", lang), select_on_focus=False)
            yield Static("", id="error", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(t("ui.due_keep", lang), variant="primary", id="keep")
                yield Button(t("ui.due_clear", lang), id="clear")
                yield Button(t("ui.cancel", lang), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#keep", Button).focus()  # Enter keeps the deadlines, the commonest answer
        self._show(self.app.size.width, self.app.size.height)

    def on_resize(self, event: events.Resize) -> None:
        self._show(event.size.width, event.size.height)

    def _show(self, width: int, height: int) -> None:
        """A question nobody can read is not asked: the box says the terminal is too small."""
        self.readable = question_fits(self.question + "\n" * _FORM_LINES, width, height)
        self.query_one("#question", Static).update(self.question if self.readable else t("ui.too_small", self.language))
        for widget in self.query("Label, Input, #error, .buttons"):
            widget.display = self.readable

    def on_key(self, event: events.Key) -> None:
        """A date typed while a button has focus goes into the date field, not nowhere."""
        field = self.query_one("#due", Input)
        char = event.character
        # Every character of a date: the field takes focus a moment after the first digit.
        if char is not None and (char.isdigit() or char in "/.-") and self.focused is not field:
            event.stop()
            field.focus()
            field.insert_text_at_cursor(char)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # While the date is being typed, k and x are letters of the field, not answers.
        return not (action == "answer" and isinstance(self.focused, Input))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not self.readable:
            self.app.bell()
            return
        text = event.value.strip()
        if not text:
            self.dismiss("keep")
            return
        try:
            due = parse_due(text)
        except ValueError:
            due = None
        if due is None:
            self.query_one("#error", Static).update(t("ui.error_due", self.language))
            return
        self.dismiss(due)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id != "cancel" and not self.readable:
            self.app.bell()
        elif event.button.id == "cancel":
            self.dismiss(None)
        else:
            self.dismiss("keep" if event.button.id == "keep" else "clear")

    def action_answer(self, answer: str) -> None:
        if answer != "cancel" and not self.readable:  # nobody could read what the answer would do
            self.app.bell()
            return
        self.dismiss(None if answer == "cancel" else "keep" if answer == "keep" else "clear")

    def action_cancel(self) -> None:
        self.dismiss(None)
