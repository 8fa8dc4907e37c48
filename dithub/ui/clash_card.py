"""One clash of a git conflict: the task, the fields that differ, mine beside theirs, and the choice."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from ..gitshare.markers import OURS, THEIRS
from ..gitshare.resolution import HEADER, TASK, ClashView
from ..i18n import Language, month_label, t
from ..model import YearMonth
from ..text import printable

_TEXT_LINES = 8  # lines of a side shown for a block that does not read as a task


def shown_value(value: Any, language: Language) -> str:
    """A field's value as the dashboard shows it: dd/mm/yyyy, a status in words, a month by name."""
    if value is None or value == "" or value == ():
        return t("git_ui.unset", language)
    if isinstance(value, Enum):
        return t(f"status.{value.value}", language)
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, YearMonth):
        return month_label(value, language)
    if isinstance(value, (list, tuple)):
        return "; ".join(printable(str(item)) for item in value)
    return printable(str(value))


def field_label(view: ClashView, name: str, language: Language) -> str:
    key = f"git_ui.header.{name}" if view.kind == HEADER else f"field.{name}"
    label = t(key, language)
    return printable(name) if label == key else label  # a key dithub does not know: its own name


class ClashCard(Static):
    """Shows one ClashView; the screen sets `choice` (None, OURS or THEIRS) and `current`."""

    COMPONENT_CLASSES = {"clash-card--chosen", "clash-card--other", "clash-card--label"}

    def __init__(self, view: ClashView, number: int, labels: tuple[str, str], language: Language, **kwargs: Any) -> None:
        super().__init__("", **kwargs)
        self.view = view
        self.number = number
        self.labels = labels
        self.language = language
        self.choice: str | None = None

    def on_mount(self) -> None:
        self.show()

    def choose(self, choice: str | None) -> None:
        self.choice = choice
        self.set_class(choice == OURS, "-mine")
        self.set_class(choice == THEIRS, "-theirs")
        self.show()

    def heading(self) -> str:
        view, lang = self.view, self.language
        if view.kind == HEADER:
            return t("git_ui.header", lang)
        return printable(view.title) if view.title else t("git_ui.text_clash", lang, line=view.clash.line)

    def show(self) -> None:
        lang = self.language
        chosen, other = (self.get_component_rich_style(f"clash-card--{name}") for name in ("chosen", "other"))
        mark = {OURS: "◀ ", THEIRS: "▶ ", None: "  "}[self.choice]
        title = Text(f"{mark}{self.number}. ", style="bold")
        title.append(self.heading(), style="bold")
        if self.choice is not None:
            mine = self.choice == OURS
            side = t("git_ui.mine" if mine else "git_ui.theirs", lang, label=printable(self.labels[0 if mine else 1]))
            title.append(f"  [{t('git_ui.chosen', lang)}: {side}]", style=chosen)
        table = Table(box=None, padding=(0, 2), expand=True, show_edge=False)
        styles = [chosen if self.choice == side else other if self.choice else "" for side in (OURS, THEIRS)]
        table.add_column(t("git_ui.field", lang), style=self.get_component_rich_style("clash-card--label"), no_wrap=True)
        table.add_column(t("git_ui.mine", lang, label=printable(self.labels[0])), style=styles[0], ratio=1)
        table.add_column(t("git_ui.theirs", lang, label=printable(self.labels[1])), style=styles[1], ratio=1)
        for row in self.rows():
            table.add_row(*row)
        self.update(Group(title, table))

    def rows(self) -> list[tuple[str, str, str]]:
        lang, view = self.language, self.view
        if view.kind == TASK and (view.ours_gone or view.theirs_gone):
            gone = t("git_ui.gone", lang)
            return [
                (
                    t("field.title", lang),
                    gone if view.ours_gone else printable(view.title or ""),
                    gone if view.theirs_gone else printable(view.title or ""),
                )
            ]
        if view.kind in (TASK, HEADER):
            if not view.differences:
                return [("", t("git_ui.same_fields", lang), "")]
            return [
                (field_label(view, d.field, lang), shown_value(d.ours, lang), shown_value(d.theirs, lang))
                for d in view.differences
            ]
        return [(t("git_ui.lines", lang), self._lines(view.clash.ours), self._lines(view.clash.theirs))]

    def _lines(self, block: str) -> str:
        lines = [printable(line) for line in block.splitlines()]
        if not lines:
            return t("git_ui.empty", self.language)
        return "\n".join(lines[:_TEXT_LINES] + (["…"] if len(lines) > _TEXT_LINES else []))
