"""Someone else changed a file we also changed: the user chooses, nothing is thrown away."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from ..i18n import Language, t
from ..text import printable
from .bindings import translate_bindings


class ConflictScreen(ModalScreen[str]):
    """Dismissed with "theirs" (reload the file, ours kept as a copy) or "mine"."""

    BINDINGS = [
        Binding("r", "choose('theirs')", "key.take_theirs"),
        Binding("k", "choose('mine')", "key.keep_mine"),
    ]

    def __init__(self, file_name: str, titles: list[str], broken: bool, language: Language) -> None:
        super().__init__()
        self.file_name = file_name
        self.titles = titles
        self.broken = broken
        self.language = language
        translate_bindings(self, language)

    def compose(self) -> ComposeResult:
        lang = self.language
        lines = [t("ui.conflict_title", lang, file=self.file_name)]
        if self.broken:
            lines.append(t("ui.conflict_broken", lang))
        elif self.titles:
            lines.append(t("ui.conflict_tasks", lang))
            lines.extend(f"  • {printable(title)}" for title in self.titles[:8])
        lines += ["", t("ui.conflict_theirs", lang), t("ui.conflict_mine", lang)]
        with Vertical(id="dialog"):
            yield Static("\n".join(lines), markup=False)

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)
