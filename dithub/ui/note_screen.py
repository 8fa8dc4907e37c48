"""The selected task's note alone, to write down what is said while the meeting goes on.

Ctrl+S saves it (as in the form), Escape leaves the note as it was.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from ..i18n import Language, t
from ..text import nfc, printable
from .bindings import translate_bindings


class NoteScreen(ModalScreen["str | None"]):
    """Dismissed with the note as written ("" when emptied), or None when left with Escape."""

    BINDINGS = [
        Binding("escape", "cancel", "key.cancel"),
        Binding("ctrl+s", "save", "key.save"),
    ]

    def __init__(self, title: str, note: str | None, language: Language) -> None:
        super().__init__()
        self.task_title = title
        self.note = note
        self.language = language
        translate_bindings(self, language)

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(
                t("ui.note_title", self.language, title=printable(self.task_title)), classes="dialog-title", markup=False
            )
            yield TextArea(printable(self.note or ""), id="note", soft_wrap=True, tab_behavior="focus")
            yield Static(t("ui.note_keys", self.language), classes="hint", markup=False)

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.move_cursor(area.document.end)
        area.focus()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_save(self) -> None:
        text = nfc(self.query_one(TextArea).text).strip()
        if self.note is not None and text == printable(self.note).strip():
            text = self.note  # shown with symbols for control characters; untouched, kept as it was
        self.dismiss(text)
