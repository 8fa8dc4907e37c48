"""The book's months, newest first; broken files are marked and say why when chosen."""

from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..i18n import Language, short_month_label
from ..model import YearMonth


class MonthList(OptionList):
    COMPONENT_CLASSES = {"month-list--broken", "month-list--unsaved"}

    class MonthChosen(Message):
        def __init__(self, key: YearMonth) -> None:
            super().__init__()
            self.key = key

    def __init__(self, language: Language, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.language = language

    def show(self, keys: list[YearMonth], broken: set[YearMonth], unsaved: set[YearMonth], current: YearMonth | None) -> None:
        options = []
        for key in reversed(keys):
            label = Text(short_month_label(key, self.language), no_wrap=True)
            if key in broken:
                label = Text(f"⚠ {label.plain}", style=self.get_component_rich_style("month-list--broken"))
            elif key in unsaved:
                label.append(" ●", style=self.get_component_rich_style("month-list--unsaved"))
            options.append(Option(label, id=str(key)))
        highlighted = self.highlighted
        self.clear_options()
        self.add_options(options)
        if current is not None and str(current) in [o.id for o in options]:
            self.highlighted = [o.id for o in options].index(str(current))
        elif highlighted is not None and options:
            self.highlighted = min(highlighted, len(options) - 1)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        key = YearMonth.parse(event.option.id or "")
        if key is not None:
            self.post_message(self.MonthChosen(key))
