"""Starting a book in an empty folder (unit name, first month), and making a month's file."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from ..book_setup import parse_month
from ..i18n import Language, t
from ..model import YearMonth
from ..text import nfc
from .bindings import translate_bindings


class MonthScreen(ModalScreen["tuple[str, YearMonth] | None"]):
    """Which month (and, for a new book, the unit's name); dismissed with (unit, month) or None."""

    BINDINGS = [Binding("escape", "cancel", "key.cancel")]

    def __init__(self, question: str, month: YearMonth, language: Language, unit: str | None = None) -> None:
        super().__init__()
        self.question = question
        self.month = month
        self.unit = unit  # None: only the month is asked
        self.language = language
        translate_bindings(self, language)

    def compose(self) -> ComposeResult:
        lang = self.language
        with Vertical(id="dialog"):
            yield Static(self.question, classes="dialog-title", markup=False)
            if self.unit is not None:
                yield Label(t("ui.start_unit", lang))
                yield Input(self.unit, id="unit", select_on_focus=False)
            yield Label(t("ui.start_month" if self.unit is not None else "ui.which_month", lang))
            yield Input(f"{self.month.month:02d}/{self.month.year}", id="month", select_on_focus=False)
            yield Static("", id="error", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(t("ui.create", lang), variant="primary", id="create")
                yield Button(t("ui.cancel", lang), id="cancel")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "unit":
            self.query_one("#month", Input).focus()
        else:
            self.submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.submit() if event.button.id == "create" else self.dismiss(None)

    def submit(self) -> None:
        key = parse_month(self.query_one("#month", Input).value)
        if key is None:
            self.query_one("#error", Static).update(t("ui.error_month", self.language))
            self.query_one("#month", Input).focus()
            return
        unit = nfc(self.query_one("#unit", Input).value).strip() if self.unit is not None else ""
        self.dismiss((unit, key))

    def action_cancel(self) -> None:
        self.dismiss(None)
