"""Statistics over a range of months: a bar a month with its figures, per group, chronic tasks, offices.

The months are read in a thread worker that reports by messages, and the figures for each range
are counted in another, so no key waits for the disk or the count. The range starts as the last
12 months the book has and moves with keys; the months read once serve every range.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Static
from textual.worker import get_current_worker

from ..book import Book
from ..i18n import Language, short_month_label, t
from ..model import YearMonth
from ..span import Span, default_range, from_index, index, load_span_telling
from ..stats import Counts, Statistics, statistics
from ..stats_report import month_runs, owner_label
from ..text import printable
from .bindings import translate_bindings
from .figure_table import Column, FigureTable
from .key_bar import KeyBar
from .month_chart import COLUMNS, MonthChart


@dataclass(frozen=True)
class Range:
    first: YearMonth
    last: YearMonth

    @property
    def length(self) -> int:
        return index(self.last) - index(self.first) + 1

    def shifted(self, step: int) -> Range:
        return Range(from_index(index(self.first) + step), from_index(index(self.last) + step))


def moved(current: Range, action: str, bounds: Range) -> Range | None:
    """The range after a key, or None when that key cannot move it (the book ends there)."""
    if action == "earlier":
        return current.shifted(-1) if current.first > bounds.first else None
    if action == "later":
        return current.shifted(+1) if current.last < bounds.last else None
    if action == "shorter":
        return Range(from_index(index(current.first) + 1), current.last) if current.length > 1 else None
    if action == "longer":
        return Range(from_index(index(current.first) - 1), current.last) if current.first > bounds.first else None
    return None


class StatsScreen(Screen[None]):
    CSS_PATH = Path(__file__).with_name("stats.tcss")  # absolute: a subclass elsewhere finds it too
    BINDINGS = [
        Binding("escape,q", "close", "key.close"),
        Binding("left_square_bracket", "earlier", "key.stats_ui.earlier"),
        Binding("right_square_bracket", "later", "key.stats_ui.later"),
        Binding("minus", "shorter", "key.stats_ui.shorter"),
        Binding("plus,equals_sign", "longer", "key.stats_ui.longer"),
        Binding("a", "whole_book", "key.stats_ui.whole_book"),
    ]

    class Progress(Message):
        def __init__(self, done: int, total: int) -> None:
            super().__init__()
            self.done, self.total = done, total

    class Loaded(Message):
        def __init__(self, span: Span) -> None:
            super().__init__()
            self.span = span

    class LoadFailed(Message):
        def __init__(self, reason: str) -> None:
            super().__init__()
            self.reason = reason

    class Counted(Message):
        def __init__(self, figures: Statistics, range_: Range) -> None:
            super().__init__()
            self.figures, self.range = figures, range_

    def __init__(self, book: Book, language: Language) -> None:
        super().__init__()
        self.book = book
        self.language = language
        keys = list(book.keys)
        self.bounds = Range(keys[0], keys[-1]) if keys else None
        default = default_range(keys, None, None)
        self.default = Range(*default) if default else None
        self.range = self.default
        self.span: Span | None = None
        self.figures: Statistics | None = None
        self.progress: tuple[int, int] | None = None
        self.failure: str | None = None
        translate_bindings(self, language)

    def compose(self) -> ComposeResult:
        lang = self.language
        yield Static("", id="stats-title")
        if self.range is None:
            yield Static(t("stats_ui.empty_book", lang), id="stats-empty")
        else:
            yield MonthChart(lang, id="chart")
            yield Static("", id="groups-title", classes="stats-heading")
            yield FigureTable(id="groups")
            with Horizontal(id="lists"):
                with Vertical():
                    yield Static("", id="chronic-title", classes="stats-heading")
                    yield FigureTable(id="chronic")
                with Vertical(id="owners-pane"):
                    yield Static(t("stats_ui.owners_heading", lang), id="owners-title", classes="stats-heading")
                    yield FigureTable(wrap=True, id="owners")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        for table in self.query(FigureTable):
            translate_bindings(table, self.language)
        self.draw_title()
        if self.range is not None:
            self.query_one(MonthChart).focus()
            self.load()

    # --- loading and counting (threads) ---

    @work(thread=True, exclusive=True, group="stats-load")
    def load(self) -> None:
        worker = get_current_worker()
        try:
            span = load_span_telling(
                self.book, lambda done, total: self.post_message(self.Progress(done, total)), lambda: worker.is_cancelled
            )
        except Exception as error:  # noqa: BLE001 - said in words on the screen, never a traceback
            self.post_message(self.LoadFailed(str(error) or type(error).__name__))
            return
        if span is not None:
            self.post_message(self.Loaded(span))

    @work(thread=True, exclusive=True, group="stats-count")
    def count(self, span: Span, range_: Range) -> None:
        figures = statistics(span.within(range_.first, range_.last))
        if not get_current_worker().is_cancelled:
            self.post_message(self.Counted(figures, range_))

    def on_stats_screen_progress(self, message: StatsScreen.Progress) -> None:
        self.progress = (message.done, message.total)
        self.draw_title()

    def on_stats_screen_load_failed(self, message: StatsScreen.LoadFailed) -> None:
        self.failure = message.reason
        self.progress = None
        self.draw_title()

    def on_stats_screen_loaded(self, message: StatsScreen.Loaded) -> None:
        self.progress = None
        for file in message.span.files:
            if file.key not in self.book.files:  # the book screen may have read it meanwhile: keep its copy
                self.book.adopt(file)
        self.span = replace(message.span, files=())  # the book holds them now
        self.recount()

    def recount(self) -> None:
        if self.span is not None and self.range is not None:
            self.count(self.span, self.range)
        self.draw_title()
        self.refresh_bindings()

    def on_stats_screen_counted(self, message: StatsScreen.Counted) -> None:
        if message.range != self.range:
            return  # an older range, overtaken by a key pressed meanwhile
        chart = self.query_one(MonthChart)
        keep, on_total = (chart.current, chart.current is None) if self.figures is not None else (None, False)
        self.figures = message.figures
        chart.show(message.figures, keep, on_total)
        self.draw_groups(chart.current)
        self.draw_lists()
        self.draw_title()

    # --- drawing ---

    def draw_title(self) -> None:
        lang = self.language
        unit = printable(self.book.settings.unit or "")
        lines = [unit] if unit else []
        if self.range is not None:
            first, last = short_month_label(self.range.first, lang), short_month_label(self.range.last, lang)
            line = t("stats_ui.title", lang, first=first, last=last, count=self.range.length)
            if self.failure is not None:
                line += "  ·  " + printable(t("stats_ui.load_failed", lang, reason=self.failure))
            elif self.progress is not None:
                line += "  ·  " + t("stats_ui.loading", lang, done=self.progress[0], total=self.progress[1])
            elif self.figures is None or (self.figures.first, self.figures.last) != (self.range.first, self.range.last):
                line += "  ·  " + t("stats_ui.counting", lang)
            lines.append(line)
        self.query_one("#stats-title", Static).update("\n".join(lines))

    def on_month_chart_chosen(self, message: MonthChart.Chosen) -> None:
        self.draw_groups(message.key)

    def draw_groups(self, key: YearMonth | None) -> None:
        figures, lang = self.figures, self.language
        if figures is None:
            return
        if key is None and figures.first and figures.last:
            title = t(
                "stats_ui.groups_of_range",
                lang,
                first=short_month_label(figures.first, lang),
                last=short_month_label(figures.last, lang),
            )
            groups = {c.id: _sum(m.groups.get(c.id, Counts()) for m in figures.months) for c in figures.categories}
        else:
            title = t("stats_ui.groups_of_month", lang, month=short_month_label(key, lang) if key else "")
            month = next((m for m in figures.months if m.month == key), None)
            groups = month.groups if month is not None else {}
        self.query_one("#groups-title", Static).update(title)
        labels = {c.id: c.label for c in figures.categories}
        columns = [Column(t("stats_ui.column.group", lang), None, numeric=False)]
        columns += [Column(t(f"stats.column.{name}", lang), 4) for name in COLUMNS]
        rows = [
            (cid, [printable(labels.get(cid, cid)), *(getattr(counts, name) for name in COLUMNS)])
            for cid, counts in groups.items()
            if counts.total
        ]
        self.query_one("#groups", FigureTable).show(columns, rows)

    def draw_lists(self) -> None:
        figures, lang = self.figures, self.language
        if figures is None:
            return
        title = (
            t("stats_ui.chronic_heading", lang, count=len(figures.chronic)) if figures.chronic else t("stats_ui.no_chronic", lang)
        )
        self.query_one("#chronic-title", Static).update(title)
        runs = [month_runs(task.months, lang) for task in figures.chronic]
        self.query_one("#chronic", FigureTable).show(
            [
                Column(t("stats_ui.column.title", lang), None, numeric=False),
                Column(t("stats_ui.column.times", lang), 3),
                Column(t("stats_ui.column.months", lang), min(24, max((len(r) for r in runs), default=6)), numeric=False),
            ],
            [
                (str(number), [printable(task.title), task.times_carried, run])
                for number, (task, run) in enumerate(zip(figures.chronic, runs))
            ],
        )
        self.query_one("#owners", FigureTable).show(
            [
                Column(t("stats_ui.column.owner", lang), None, numeric=False),
                *(Column(t(f"stats.column.{name}", lang), 4) for name in ("total", "done", "on_time", "carried")),
                Column(t("stats_ui.column.share", lang), 4),
            ],
            [
                (
                    str(number),
                    [
                        printable(owner_label(o.owner, lang)),
                        o.total,
                        o.done,
                        o.on_time,
                        o.carried,
                        f"{round(100 * o.done_share)}%",
                    ],
                )
                for number, o in enumerate(figures.owners)
            ],
        )

    # --- keys ---

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("earlier", "later", "shorter", "longer"):
            return self.range is not None and self.bounds is not None and moved(self.range, action, self.bounds) is not None
        if action == "whole_book":
            return self.bounds is not None and self.bounds.length > 1
        return True

    def _move(self, action: str) -> None:
        if self.range is not None and self.bounds is not None and (new := moved(self.range, action, self.bounds)) is not None:
            self.range = new
            self.recount()

    def action_earlier(self) -> None:
        self._move("earlier")

    def action_later(self) -> None:
        self._move("later")

    def action_shorter(self) -> None:
        self._move("shorter")

    def action_longer(self) -> None:
        self._move("longer")

    def action_whole_book(self) -> None:
        if self.bounds is None:
            return
        self.range = self.default if self.range == self.bounds else self.bounds
        self.recount()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a chronic task: its whole path."""
        if event.data_table.id != "chronic" or self.figures is None or event.row_key.value is None:
            return
        task = self.figures.chronic[int(event.row_key.value)]
        from .path_screen import PathScreen

        self.app.push_screen(PathScreen(self.book, self.language, task.months[-1], task.id))

    def action_close(self) -> None:
        self.workers.cancel_group(self, "stats-load")
        self.dismiss()


def _sum(counts: Iterable[Counts]) -> Counts:
    items = list(counts)
    return Counts(*(sum(getattr(c, name) for c in items) for name in Counts.__dataclass_fields__))
