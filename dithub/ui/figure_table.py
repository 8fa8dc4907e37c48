"""A table of figures beside one text column (a title, an office) that takes the width left.

DataTable draws only the rows on screen, so a long list (every office of ten years, hundreds of
chronic tasks) costs nothing to scroll. Its columns size to their widest cell, which a long
Vietnamese title would push off the screen; here the text column is cut to the width left, with
an ellipsis, and the numbers stay aligned on the right whatever the title.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import DataTable

Cell = str | int | Text


@dataclass(frozen=True)
class Column:
    label: str
    width: int | None = None  # None: the stretching text column (one per table)
    numeric: bool = True


class FigureTable(DataTable[Cell]):
    DEFAULT_CSS = "FigureTable { overflow-x: hidden; }"
    MIN_TEXT = 12  # the text column never narrower, even on a small terminal

    def __init__(self, wrap: bool = False, **kwargs: object) -> None:
        """`wrap`: the text column wraps onto as many lines as it needs (names that share a beginning,
        like two offices "Phòng Thông tin - …", must not look the same); else it is cut with "…"."""
        super().__init__(cursor_type="row", zebra_stripes=False, **kwargs)  # type: ignore[arg-type]
        self.wrap = wrap
        self._columns: tuple[Column, ...] = ()
        self._rows: list[tuple[str, tuple[Cell, ...]]] = []
        self._drawn_width = -1

    def show(self, columns: Sequence[Column], rows: Sequence[tuple[str, Sequence[Cell]]]) -> None:
        """Replace everything; `rows` are (key, cells). The cursor stays on the same key if still there."""
        self._columns = tuple(columns)
        self._rows = [(key, tuple(cells)) for key, cells in rows]
        self._fill()

    def _text_width(self) -> int:
        padding = 2 * self.cell_padding * len(self._columns)
        fixed = sum(self._fixed_width(column) for column in self._columns if column.width is not None)
        return max(self.MIN_TEXT, self.scrollable_content_region.width - fixed - padding)

    @staticmethod
    def _fixed_width(column: Column) -> int:
        return max(column.width or 0, cell_len(column.label))

    def _fill(self) -> None:
        keep = self.cursor_row
        kept_key = self._rows[keep][0] if self.row_count and 0 <= keep < len(self._rows) else None
        self.clear(columns=True)
        width = self._text_width()
        self._drawn_width = self.scrollable_content_region.width
        for number, column in enumerate(self._columns):
            size = width if column.width is None else self._fixed_width(column)
            label = Text(column.label, justify="right" if column.numeric else "left", no_wrap=True, overflow="ellipsis")
            self.add_column(label, width=size, key=str(number))
        for key, cells in self._rows:
            shown = [self._cell(cell, column, self.wrap) for cell, column in zip(cells, self._columns)]
            self.add_row(*shown, key=key, height=None if self.wrap else 1)
        keys = [key for key, _ in self._rows]
        if kept_key in keys:
            self.move_cursor(row=keys.index(kept_key), animate=False)

    @staticmethod
    def _cell(cell: Cell, column: Column, wrap: bool) -> Text:
        if isinstance(cell, Text):
            text = cell.copy()
        else:
            text = Text(str(cell), justify="right" if column.numeric else "left")
        text.no_wrap = not (wrap and column.width is None)
        text.overflow = "fold" if wrap else "ellipsis"
        return text

    def on_resize(self) -> None:
        if self._columns and self.scrollable_content_region.width != self._drawn_width:
            self._fill()

    @property
    def current_key(self) -> str | None:
        if not self._rows or not 0 <= self.cursor_row < len(self._rows):
            return None
        return self._rows[self.cursor_row][0]
