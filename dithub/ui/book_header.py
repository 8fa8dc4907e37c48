"""The top line: unit, month, meeting, and how far the month has got."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ..i18n import Language, month_label, t
from ..model import Month, YearMonth
from ..text import printable
from ..view import Filter
from .table_layout import progress_bar


class BookHeader(Static):
    COMPONENT_CLASSES = {"book-header--month", "book-header--unsaved", "book-header--filter"}

    def __init__(self, language: Language, **kwargs: object) -> None:
        super().__init__("", **kwargs)  # type: ignore[arg-type]
        self.language = language

    def show(
        self,
        unit: str,
        key: YearMonth | None,
        month: Month | None,
        keep: Filter,
        query: str,
        unsaved: bool,
        loading: bool,
        saving: bool = False,
    ) -> None:
        lang = self.language
        text = Text(no_wrap=True, overflow="ellipsis")
        if unit:
            text.append(printable(unit) + "  ·  ")
        if key is not None:
            text.append(month_label(key, lang), style=self.get_component_rich_style("book-header--month"))
        if month is not None:
            if month.date:
                text.append(f"  ·  {t('ui.meeting_on', lang)} {month.date:%d/%m/%Y}")
            if month.chair:
                text.append(f"  ·  {t('ui.chair', lang)}: {printable(month.chair)}")
        line2 = Text(no_wrap=True, overflow="ellipsis")
        if month is not None:
            done = month.done_count
            total = len(month.tasks)
            line2.append(f"{t('ui.done_of', lang, done=done, total=total)} {progress_bar(done, total, 20)}")
            if month.title:
                line2.append(f"  ·  {printable(month.title)}")
        if keep is not Filter.ALL or query:
            shown = t(f"filter.{keep.value}", lang) + (f" · “{printable(query)}”" if query else "")
            line2.append(f"  ·  {t('ui.showing', lang)}: {shown}", style=self.get_component_rich_style("book-header--filter"))
        if unsaved:
            line2.append(f"  ·  ● {t('ui.unsaved', lang)}", style=self.get_component_rich_style("book-header--unsaved"))
        elif saving:  # on its way to disk, not there yet
            line2.append(f"  ·  {t('ui.saving', lang)}", style="dim")
        if loading:
            line2.append(f"  ·  {t('ui.loading', lang)}", style="dim")
        text.append("\n")
        text.append(line2)
        self.update(text, layout=False)  # its height is fixed in the stylesheet
