"""Confirm the notice's file: its format and name (default_file_name, editable)."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from ..i18n import Language, month_label, t
from ..model import YearMonth
from ..notice import FORMATS, default_file_name
from ..text import nfc
from .bindings import translate_bindings


class NoticeForm(ModalScreen["tuple[str, str] | None"]):
    """Returns (format, file name as typed) or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "key.cancel")]

    def __init__(self, key: YearMonth, file_language: Language, language: Language) -> None:
        super().__init__()
        self.key = key
        self.file_language = file_language  # the notice's own language names the file
        self.language = language
        translate_bindings(self, language)

    def compose(self) -> ComposeResult:
        lang = self.language
        with Vertical(id="dialog"):
            yield Static(t("notice.ui.title", lang, month=month_label(self.key, lang)), classes="dialog-title")
            yield Label(t("notice.ui.format", lang))
            yield Select(
                [(t(f"notice.ui.format_{fmt}", lang), fmt) for fmt in FORMATS], value="docx", allow_blank=False, id="format"
            )
            yield Label(t("notice.ui.file", lang))
            yield Input(default_file_name(self.key, "docx", self.file_language), id="file")
            yield Static("", id="error", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(t("notice.ui.write", lang), variant="primary", id="write")
                yield Button(t("ui.cancel", lang), id="cancel")
            yield Static(t("notice.ui.keys", lang), classes="hint", markup=False)

    def on_mount(self) -> None:
        self.query_one("#file", Input).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        """A new format changes the name's ending, and nothing else the person typed."""
        event.stop()
        name = self.query_one("#file", Input)
        stem = name.value.strip()
        if Path(stem).suffix.lower().lstrip(".") in FORMATS:
            stem = stem[: -len(Path(stem).suffix)]
        name.value = f"{stem}.{event.value}" if stem else default_file_name(self.key, str(event.value), self.file_language)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.submit() if event.button.id == "write" else self.action_cancel()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def submit(self) -> None:
        lang = self.language
        fmt = str(self.query_one("#format", Select).value)
        name = nfc(self.query_one("#file", Input).value).strip().strip("\"'")
        error = self.query_one("#error", Static)
        if not name:
            error.update(t("notice.ui.no_name", lang))
            return
        if name.lower().endswith(".toml"):
            error.update(t("notice.ui.not_toml", lang))
            return
        if Path(name).suffix.lower() != f".{fmt}":
            name = f"{name}.{fmt}"
        self.dismiss((fmt, name))
