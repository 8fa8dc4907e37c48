"""Where an import's text comes from: a file's path, or text pasted in; and the month it goes into."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label, Select, Static, TextArea

from ..i18n import Language, month_label, t
from ..model import YearMonth
from ..text import nfc

AUTO = "__auto__"


class ImportSource(Vertical):
    def __init__(self, candidates: list[YearMonth], language: Language, **options: object) -> None:
        super().__init__(**options)  # type: ignore[arg-type]
        self.candidates = candidates
        self.language = language

    def compose(self) -> ComposeResult:
        lang = self.language
        yield Label(t("import.ui.file", lang))
        yield Input(id="import-path", placeholder=t("import.ui.file_placeholder", lang), select_on_focus=False)
        yield Label(t("import.ui.paste", lang))
        yield TextArea(id="import-text", soft_wrap=True)
        yield Label(t("import.ui.month", lang))
        months = [(t("import.ui.month_auto", lang), AUTO)] + [(month_label(key, lang), str(key)) for key in self.candidates]
        yield Select(months, value=AUTO, allow_blank=False, id="import-month")
        yield Static("", id="import-message", markup=False)
        yield Static(t("import.ui.source_keys", lang), classes="hint", markup=False)

    @property
    def path_text(self) -> str:
        return self.query_one("#import-path", Input).value.strip().strip("\"'")

    @property
    def pasted(self) -> str:
        return nfc(self.query_one("#import-text", TextArea).text)

    @property
    def chosen_month(self) -> YearMonth | None:
        """None: the month the text itself names (see importer.month_named)."""
        value = self.query_one("#import-month", Select).value
        return YearMonth.parse(str(value)) if value != AUTO else None

    def say(self, message: str) -> None:
        self.query_one("#import-message", Static).update(message)


def resolve_path(text: str, book_folder: Path) -> Path:
    """What a person typed: "~" works; a bare name is looked for where dithub started, then in the book."""
    path = Path(text).expanduser()
    if not path.is_absolute() and not path.exists() and (book_folder / path).exists():
        return book_folder / path
    return path
