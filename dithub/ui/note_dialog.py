"""The note of one task, written while the meeting goes on (from the presenter view).

Ctrl+S saves, Escape leaves the note as it was. Dismissed with the note as written ("" when
emptied) or None when left alone.
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


class NoteDialog(ModalScreen["str | None"]):
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
                t("wall.note_title", self.language, title=printable(self.task_title)), classes="dialog-title", markup=False
            )
            yield TextArea(self.note or "", id="note", soft_wrap=True, tab_behavior="focus")
            yield Static(t("wall.note_keys", self.language), classes="hint", markup=False)

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.move_cursor(area.document.end)
        area.focus()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_save(self) -> None:
        self.dismiss(nfc(self.query_one(TextArea).text).strip())
