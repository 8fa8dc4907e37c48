"""The highlighted proposed task in full: the sentence it came from, who, when, which documents,
and the task of last month it continues (with how sure that match is)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ..i18n import Language, t
from ..importer import ProposedTask
from ..text import printable


class ProposalDetails(Static):
    def __init__(self, language: Language, **options: object) -> None:
        super().__init__("", **options)  # type: ignore[arg-type]
        self.language = language

    def show_task(self, task: ProposedTask | None, rejected: str | None, previous_titles: dict[str, str]) -> None:
        """`rejected`: the id of the continuation the person turned down, to say it can come back."""
        if task is None:
            self.update("", layout=False)
            return
        lang = self.language
        # The continuation first: on a small screen the sentence is what gets cut, never the match.
        text = Text()
        if task.continues:
            title = previous_titles.get(task.continues, task.continues)
            confidence = f"{task.confidence:.2f}" if task.confidence is not None else "?"
            text.append(printable(t("import.continues", lang, id=title, confidence=confidence)), style="bold")
        elif rejected:
            text.append(printable(t("import.ui.continuation_rejected", lang, id=previous_titles.get(rejected, rejected))))
        else:
            text.append(t("import.ui.no_continuation", lang), style="dim")
        notes = []
        if task.already_there:
            notes.append(t("import.already_there", lang))
        if task.owner:
            notes.append(t("import.owner", lang, owner=task.owner))
        if task.due:
            notes.append(t("import.due", lang, due=f"{task.due:%d/%m/%Y}"))
        if task.refs:
            notes.append(t("import.refs", lang, refs="; ".join(task.refs)))
        if notes:
            text.append("\n" + printable(" · ".join(notes)))
        text.append(f"\n{t('import.ui.source', lang)} ", style="dim")
        text.append(printable(task.source), style="italic")
        self.update(text, layout=False)
