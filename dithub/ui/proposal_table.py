"""The proposed tasks of an import, one row each: a DataTable draws only the rows on screen, so a
text with sixty or two hundred tasks scrolls as lightly as one with five."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable

from ..i18n import Language, t
from ..importer import ProposedTask
from ..model import Settings
from ..text import printable
from .bindings import translate_bindings

if TYPE_CHECKING:
    from .import_screen import ImportScreen

_MARK, _CONTINUES = 3, 9


class ProposalTable(DataTable[Text]):
    BINDINGS = [
        Binding("space", "toggle", "key.import_toggle"),
        Binding("e", "edit_title", "key.import_title"),
        Binding("g", "category", "key.import_category"),
        Binding("r", "continuation", "key.import_continuation"),
    ]

    def __init__(self, settings: Settings, language: Language, **options: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **options)  # type: ignore[arg-type]
        self.settings = settings
        self.language = language
        self.tasks: list[ProposedTask] = []
        translate_bindings(self, language)

    def show(self, tasks: list[ProposedTask]) -> None:
        """Fill the table afresh; the title column takes what the others leave."""
        self.tasks = tasks
        row = self.cursor_row
        self.clear(columns=True)
        lang = self.language
        category_width = min(26, max(12, self.size.width // 6))  # the groups' labels are long: room when there is room
        title_width = max(20, self.size.width - _MARK - category_width - _CONTINUES - 10)
        self.add_column("", width=_MARK, key="mark")
        self.add_column(t("import.ui.column_title", lang), width=title_width, key="title")
        self.add_column(t("import.ui.column_category", lang), width=category_width, key="category")
        self.add_column(t("import.ui.column_continues", lang), width=_CONTINUES, key="continues")
        for index, task in enumerate(tasks):
            self.add_row(*self._cells(task), key=str(index))
        if tasks:
            self.move_cursor(row=min(row, len(tasks) - 1))

    @property
    def dialog(self) -> ImportScreen:
        return self.screen  # type: ignore[return-value]

    def action_toggle(self) -> None:
        self.dialog.toggle()

    def action_edit_title(self) -> None:
        self.dialog.edit_title()

    def action_category(self) -> None:
        self.dialog.choose_category()

    def action_continuation(self) -> None:
        self.dialog.toggle_continuation()

    def on_resize(self) -> None:
        if self.tasks:
            self.show(self.tasks)

    def update_task(self, index: int) -> None:
        for column, cell in zip(("mark", "title", "category", "continues"), self._cells(self.tasks[index]), strict=True):
            self.update_cell(str(index), column, cell)

    @property
    def current_index(self) -> int | None:
        return self.cursor_row if self.tasks and 0 <= self.cursor_row < len(self.tasks) else None

    def _cells(self, task: ProposedTask) -> tuple[Text, Text, Text, Text]:
        quiet = "dim" if task.already_there or not task.selected else ""
        mark = "  =" if task.already_there else ("[x]" if task.selected else "[ ]")
        group = self.settings.category(task.category)
        label = group.label if group is not None else task.category
        continues = f"↻ {task.confidence:.2f}" if task.continues and task.confidence is not None else ""
        return (
            Text(mark, style="bold" if task.selected and not task.already_there else quiet),
            Text(printable(task.title), style=quiet, no_wrap=True, overflow="ellipsis"),
            Text(printable(label), style=quiet, no_wrap=True, overflow="ellipsis"),
            Text(continues, style="bold" if continues else ""),
        )
