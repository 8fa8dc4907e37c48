"""A bar per month, stacked by how its tasks stand, with the month's figures beside it.

Bars lie on their side, one a line, so each month's numbers sit on the same line as its bar and
any number of months reads top to bottom (a ten-year range scrolls; only the lines on screen are
drawn: the line API). Each part of a bar has its own shade as well as its own colour, so it still
reads on a projector that washes colours out, or a terminal without them.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..i18n import Language, short_month_label, t
from ..model import YearMonth
from ..span import months_between
from ..stats import Counts, Statistics

COLUMNS = ("total", "done", "on_time", "carried", "dropped", "open")  # as `dithub stats` prints them
# Bar parts, left to right: (part, glyph). Done on time first: what went well reads first.
PARTS = (("on_time", "█"), ("done", "█"), ("carried", "▓"), ("dropped", "░"), ("open", "▒"))
FIXED_LINES = 2  # the legend and the column headings stay put while months scroll


@dataclass(frozen=True)
class ChartRow:
    key: YearMonth | None  # None: the whole range
    label: str
    counts: Counts | None  # None: a month without a file, or broken
    gap: str = ""  # why there are no figures


def parts(counts: Counts) -> dict[str, int]:
    """How many tasks each part of the bar stands for (done split into on time and the rest)."""
    return {
        "on_time": counts.on_time,
        "done": counts.done - counts.on_time,
        "carried": counts.carried,
        "dropped": counts.dropped,
        "open": counts.open,
    }


def bar_cells(counts: Counts, largest: int, width: int) -> list[tuple[str, int]]:
    """(part, cells) for a bar `width` cells long at `largest` tasks; a part with tasks gets a cell."""
    if largest <= 0 or width <= 0 or counts.total <= 0:
        return []
    length = max(1, round(counts.total * width / largest))
    sizes = {name: count * length / counts.total for name, count in parts(counts).items()}
    cells = {name: max(1, int(size)) if size else 0 for name, size in sizes.items()}
    # Hand out what rounding down left over, largest remainder first; take back if the minimums overran.
    by_remainder = sorted(sizes, key=lambda name: sizes[name] - int(sizes[name]), reverse=True)
    while sum(cells.values()) < length:
        for name in by_remainder:
            if sizes[name] and sum(cells.values()) < length:
                cells[name] += 1
    while sum(cells.values()) > length:
        cells[max(cells, key=cells.__getitem__)] -= 1
    return [(name, cells[name]) for name, _ in PARTS if cells[name]]


class MonthChart(ScrollView, can_focus=True):
    COMPONENT_CLASSES = {
        "month-chart--on_time",
        "month-chart--done",
        "month-chart--carried",
        "month-chart--dropped",
        "month-chart--open",
        "month-chart--heading",
        "month-chart--gap",
        "month-chart--total",
        "month-chart--cursor",
    }
    BINDINGS = [
        Binding("down,j", "move(1)", "key.down", show=False),
        Binding("up,k", "move(-1)", "key.up", show=False),
        Binding("pagedown", "move(10)", "key.page_down", show=False),
        Binding("pageup", "move(-10)", "key.page_up", show=False),
        Binding("home", "move(-100000)", "key.first", show=False),
        Binding("end", "move(100000)", "key.last", show=False),
    ]
    cursor: reactive[int] = reactive(0, always_update=True)

    class Chosen(Message):
        """The cursor is on a month (or on the whole range: key None)."""

        def __init__(self, key: YearMonth | None) -> None:
            super().__init__()
            self.key = key

    def __init__(self, language: Language, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.language = language
        self.rows: list[ChartRow] = []
        self.largest = 0

    def show(self, figures: Statistics, keep: YearMonth | None = None, on_total: bool = False) -> None:
        lang = self.language
        counted = {m.month: m.counts for m in figures.months}
        rows: list[ChartRow] = []
        for key in figures_keys(figures):
            label = short_month_label(key, lang)
            if key in counted:
                rows.append(ChartRow(key, label, counted[key]))
            else:
                why = "stats_ui.row_broken" if key in figures.broken else "stats_ui.row_missing"
                rows.append(ChartRow(key, label, None, t(why, lang)))
        if len(figures.months) > 1:
            rows.append(ChartRow(None, t("stats_ui.range_total", lang), figures.total))
        self.rows = rows
        self.largest = max((m.counts.total for m in figures.months), default=0)
        self.virtual_size = Size(self.size.width, len(rows) + FIXED_LINES)
        keys = [row.key for row in rows]
        if on_total and rows and rows[-1].key is None:
            self.cursor = len(rows) - 1
        else:  # the month it was on, else the latest month that counted
            wanted = keep if keep in keys and keep is not None else (figures.months[-1].month if figures.months else None)
            self.cursor = keys.index(wanted) if wanted in keys else 0
        self.refresh()

    @property
    def current(self) -> YearMonth | None:
        return self.rows[self.cursor].key if 0 <= self.cursor < len(self.rows) else None

    def action_move(self, step: int) -> None:
        if self.rows:
            self.cursor = max(0, min(len(self.rows) - 1, self.cursor + step))

    def watch_cursor(self, cursor: int) -> None:
        visible = max(1, self.scrollable_content_region.height - FIXED_LINES)
        top = int(self.scroll_offset.y)
        if cursor < top:
            self.scroll_to(y=cursor, animate=False)
        elif cursor >= top + visible:
            self.scroll_to(y=cursor - visible + 1, animate=False)
        self.refresh()
        if self.rows:
            self.post_message(self.Chosen(self.current))

    # --- drawing ---

    def _widths(self) -> tuple[int, list[int], int]:
        """(label width, number widths, bar width) for the current width."""
        lang = self.language
        label = max([cell_len(t("stats_ui.month", lang)), *(cell_len(row.label) for row in self.rows)])
        numbers = [max(4, cell_len(t(f"stats.column.{name}", lang))) for name in COLUMNS]
        width = self.scrollable_content_region.width
        bar = max(6, width - label - sum(n + 1 for n in numbers) - 3)
        return label, numbers, bar

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"month-chart--{name}")

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y == 0:
            return self._legend(width)
        label_width, number_widths, bar_width = self._widths()
        if y == 1:
            heading = self._style("heading")
            line = f" {t('stats_ui.month', self.language):<{label_width}} {'':<{bar_width}} "
            line += "".join(f"{t(f'stats.column.{name}', self.language):>{w}} " for name, w in zip(COLUMNS, number_widths))
            return Strip([Segment(line, heading)]).adjust_cell_length(width)
        number = int(self.scroll_offset.y) + y - FIXED_LINES
        if not 0 <= number < len(self.rows):
            return Strip.blank(width)
        row = self.rows[number]
        cursor = number == self.cursor
        plain = self._style("total") if row.key is None else Style()
        if cursor:
            plain += self._style("cursor")
        segments = [Segment(" " + row.label + " " * (label_width - cell_len(row.label)) + " ", plain)]
        if row.counts is None:
            segments.append(Segment(row.gap, self._style("gap") + (self._style("cursor") if cursor else Style())))
            return Strip(segments).adjust_cell_length(width, plain)
        used = 0
        if row.key is not None:
            cursor_background = Style(bgcolor=self._style("cursor").bgcolor) if cursor else Style()
            for part, cells in bar_cells(row.counts, self.largest, bar_width):
                glyph = dict(PARTS)[part]
                segments.append(Segment(glyph * cells, self._style(part) + cursor_background))
                used += cells
        segments.append(Segment(" " * (bar_width - used + 1), plain))
        numbers = "".join(f"{getattr(row.counts, name):>{w}} " for name, w in zip(COLUMNS, number_widths))
        segments.append(Segment(numbers, plain))
        return Strip(segments).adjust_cell_length(width, plain)

    def _legend(self, width: int) -> Strip:
        segments = [Segment(" ")]
        for part, glyph in PARTS:
            segments.append(Segment(glyph * 2, self._style(part)))
            segments.append(Segment(f" {t(f'stats_ui.legend.{part}', self.language)}   "))
        return Strip(segments).adjust_cell_length(width)

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self.rows) + FIXED_LINES)
        self.refresh()


def figures_keys(figures: Statistics) -> list[YearMonth]:
    """Every calendar month of the range, with a file or not."""
    return months_between(figures.first, figures.last) if figures.first and figures.last else []
