"""The roll-up screen (`dithub ROLLUP`): one row per unit for the chosen month, what needs
attention first; Enter opens that unit's book in the usual dashboard.

It paints before any month is read: each row says "loading" until a thread worker has read its
unit's chosen month (every unit's, before anyone's older months), then the rest, newest first,
reporting in batches by message. Figures come from dithub.rollup_figures, drawn by RollupTable.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingsMap
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import get_current_worker

from ..i18n import Language, month_label, problem_line, t
from ..model import YearMonth
from ..rollup import Pace, Progress, Rollup, Unit, load_months
from ..rollup_figures import Hit, RollupSearch, rollup_figures, total
from ..text import printable
from ..view import SearchIndex
from . import dialogs
from .key_bar import KeyBar
from .line_list import LineList
from .rollup_events import LoadingDone, MonthsLoaded
from .rollup_hits import RollupHits
from .rollup_hits import columns as hit_columns
from .rollup_table import RollupTable
from .rollup_table import columns as unit_columns
from .search_bar import SearchBar

SWITCH_SECONDS = 0.0005  # see load
BATCH_SECONDS = 0.1  # the loader reports at most this often: each report costs the screen a redraw
# The progress line changes at most this often while older months come in: a frame drawn for it
# makes a key pressed just after wait for the next one (Textual draws at most 60 a second).
PROGRESS_SECONDS = 1.0


def translated(node: Screen | LineList, language: Language) -> None:
    """Binding descriptions are catalogue keys: show them in the interface's language."""
    node._bindings = BindingsMap(  # noqa: SLF001 - Textual keeps a per-node copy for this purpose
        [replace(b, description=t(b.description, language) if "." in b.description else b.description) for _, b in node._bindings]
    )


class RollupScreen(Screen[None]):
    BINDINGS = [
        Binding("left_square_bracket", "previous_month", "key.previous_month"),
        Binding("right_square_bracket", "next_month", "key.next_month"),
        Binding("slash", "search", "key.search"),
        Binding("escape", "clear_search", "key.clear_search", show=False),
        Binding("question_mark", "help", "key.help"),
        Binding("q", "quit", "key.quit"),
    ]

    def __init__(
        self,
        rollup: Rollup,
        language: Language,
        start: YearMonth | None = None,
        today: Callable[[], date] = date.today,
        pace: Pace | None = None,
    ) -> None:
        super().__init__()
        self.rollup = rollup
        self.language = language
        months = rollup.months()
        self.current: YearMonth | None = start if start in months else rollup.latest
        self.search = RollupSearch(rollup)
        self.search_text = ""
        self.today = today
        self.reading = True  # not `loading`: that is Textual's own (it covers the screen)
        self._drawn: tuple[object, ...] = ()
        self._progress_at = 0.0  # time.monotonic() of the last progress line
        self.pace = pace or Pace()  # the reader rests while someone is at the keys (the app tells it)
        translated(self, language)

    def compose(self) -> ComposeResult:
        yield Static(id="rollup-header", markup=False)
        yield RollupTable(unit_columns(self.language), id="units")
        yield RollupHits(hit_columns(self.language), id="hits")
        yield Static(id="rollup-progress", markup=False)
        yield KeyBar(id="keys")

    @property
    def table(self) -> RollupTable:
        return self.query_one(RollupTable)

    @property
    def hits(self) -> RollupHits:
        return self.query_one(RollupHits)

    def on_mount(self) -> None:
        for node in (self.table, self.hits):
            translated(node, self.language)
        self.table.focus()
        for problem in self.rollup.problems:  # about dithub-rollup.toml itself
            self.say(problem_line(problem, self.language), severity="warning" if problem.is_warning else "error", timeout=12)
        self.redraw()
        self.call_after_refresh(self.load, self.current)  # after the first paint

    def on_screen_resume(self) -> None:
        if self.is_mounted:
            self.redraw()  # back from a unit's book: its ticks may have changed the figures
            for unit in self.rollup.units:  # months its dashboard read itself: searched from now on
                for key, month in unit.book.months.items() if unit.book else ():
                    if month is not None and not self.search.has(unit, key):
                        self.search.add(unit, month)

    def say(self, message: str, **options: object) -> None:
        self.notify(printable(message), markup=False, **options)  # type: ignore[arg-type]

    # --- drawing ---

    def redraw(self) -> None:
        key, lang = self.current, self.language
        header = (
            t("rollup_view.title", lang, name=self.rollup.name, month=month_label(key, lang), units=len(self.rollup.units))
            if key
            else t("rollup_view.no_month", lang, name=self.rollup.name)
        )
        self.query_one("#rollup-header", Static).update(printable(header), layout=False)
        if key is not None:
            figures = rollup_figures(self.rollup, key, self.today(), load=False)
            drawn = tuple((f.unit, f.state, f.done, f.total, f.carried, f.carried_often, f.overdue, f.meeting) for f in figures)
            if drawn != self._drawn:  # a batch of older months changes nothing on screen
                self._drawn = drawn
                self.table.show_figures(figures, total(figures, key), lang)
        self.show_progress()
        self.refresh_bindings()

    def show_progress(self) -> None:
        books = [unit.book for unit in self.rollup.units if unit.book is not None]
        months = sum(len(book.keys) for book in books)
        read = sum(len(book.files) for book in books)
        lang = self.language
        if read >= months:
            line = t("rollup_view.all_read", lang, total=months, units=len(self.rollup.units))
        elif self.current and all(self.current in book.files for book in books if self.current in book.keys):
            line = t("rollup_view.reading_rest", lang, month=month_label(self.current, lang), done=read, total=months)
        else:
            line = t("rollup_view.reading", lang, done=read, total=months)
        self.query_one("#rollup-progress", Static).update(line, layout=False)  # one line, always
        self._progress_at = time.monotonic()

    # --- loading (thread) ---

    @work(thread=True, group="rollup-load", exclusive=True)
    def load(self, first: YearMonth | None) -> None:
        worker = get_current_worker()
        batch: list[tuple[Unit, object, SearchIndex | None]] = []
        first_count = sum(1 for u in self.rollup.units if u.book and first in u.book.keys and first not in u.book.files)
        sent = time.monotonic()

        def progress(done: Progress) -> None:
            nonlocal sent
            file = done.file  # read and compressed in this thread (rollup.load_months)
            batch.append((done.unit, file, SearchIndex(file.month.tasks) if file.month else None))
            now = time.monotonic()
            if done.done == first_count or now - sent >= BATCH_SECONDS:
                self.post_message(MonthsLoaded(batch.copy()))  # type: ignore[arg-type]
                batch.clear()
                sent = now
            time.sleep(0)  # let the screen's thread have the interpreter between months

        # The reader holds the interpreter for up to the switch interval (5 ms) each time the
        # screen's thread wants it, and a key takes a few such hand-overs: shorter while reading.
        interval = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_SECONDS)
        try:
            load_months(self.rollup, first, progress, lambda: worker.is_cancelled, adopt=False, pace=self.pace)
        finally:
            sys.setswitchinterval(interval)
        if batch:
            self.post_message(MonthsLoaded(batch))  # type: ignore[arg-type]
        self.post_message(LoadingDone(worker.is_cancelled))

    def on_months_loaded(self, message: MonthsLoaded) -> None:
        shown = False
        for unit, file, index in message.files:
            book = unit.book
            if book is None or file.key in book.files:
                continue  # read meanwhile (the unit's own dashboard): what it holds is newer
            book.adopt(file)
            if index is not None and book.month(file.key) is file.month:
                self.search.add_index(unit, file.key, index)
            shown = shown or file.key == self.current
        if shown:
            self.redraw()
        elif time.monotonic() - self._progress_at >= PROGRESS_SECONDS:
            self.show_progress()

    def on_loading_done(self, message: LoadingDone) -> None:
        if not message.stopped:
            self.reading = False
            self.show_progress()

    # --- keys ---

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("previous_month", "next_month"):
            return self.neighbour(-1 if action == "previous_month" else 1) is not None
        if action == "clear_search":
            return bool(self.search_text) or bool(self.query("#rollup-search"))
        return True

    def neighbour(self, step: int) -> YearMonth | None:
        months = self.rollup.months()
        if self.current not in months:
            return None
        index = months.index(self.current) + step
        return months[index] if 0 <= index < len(months) else None

    def go_to(self, key: YearMonth) -> None:
        self.current = key
        self.redraw()
        self.load(key)  # that month first now; months read already are skipped

    def action_previous_month(self) -> None:
        if (key := self.neighbour(-1)) is not None:
            self.go_to(key)

    def action_next_month(self) -> None:
        if (key := self.neighbour(+1)) is not None:
            self.go_to(key)

    def action_search(self) -> None:
        bars = self.query("#rollup-search")
        if bars:
            bar = bars.first()
        else:
            bar = SearchBar(placeholder=t("rollup_view.search_placeholder", self.language), id="rollup-search")
            translated(bar, self.language)  # type: ignore[arg-type]
            self.mount(bar, before=self.table)
        bar.display = True
        bar.focus()

    def on_search_bar_searched(self, message: SearchBar.Searched) -> None:
        self.search_text = message.text
        if not message.text.strip():
            self._show_units()
            return
        found = self.search.matches(message.text)
        self.hits.show_hits(found, self.language)
        self.table.display, self.hits.display = False, True
        count, lang = sum(len(group.hits) for group in found), self.language
        months = sum(len(u.book.keys) for u in self.rollup.units if u.book)
        if self.search.months_indexed < months:
            words = t(
                "rollup_view.hits_partial", lang, count=count, units=len(found), done=self.search.months_indexed, total=months
            )
        else:
            words = t("rollup_view.hits", lang, count=count, units=len(found))
        self.query_one("#rollup-progress", Static).update(words, layout=False)

    def on_search_bar_finished(self, message: SearchBar.Finished) -> None:
        (self.hits if self.hits.display else self.table).focus()

    def on_search_bar_cleared(self, message: SearchBar.Cleared) -> None:
        self.action_clear_search()

    def action_clear_search(self) -> None:
        for bar in self.query("#rollup-search"):
            bar.put_away()  # type: ignore[attr-defined]
        self.search_text = ""
        self._show_units()

    def _show_units(self) -> None:
        self.table.display, self.hits.display = True, False
        self.table.focus()
        self.show_progress()

    async def on_line_list_chosen(self, message: LineList.Chosen) -> None:
        chosen = message.key
        if isinstance(chosen, Unit) and self.current is not None:
            await self.open_unit(chosen, self.current)
        elif isinstance(chosen, tuple):
            unit, hit = chosen
            assert isinstance(hit, Hit)
            await self.open_unit(unit, hit.key, hit.task.id)

    async def open_unit(self, unit: Unit, key: YearMonth, task_id: str | None = None) -> None:
        """That unit's book in the usual dashboard, at month `key` (and task `task_id`)."""
        if unit.book is None:
            reason = problem_line(unit.problems[0], self.language) if unit.problems else ""
            self.say(t("rollup_view.cannot_open", self.language, name=unit.name, reason=reason), severity="error")
            return
        from .book_screen import BookScreen  # the dashboard, only when a unit is opened

        screen = BookScreen(unit.book, self.language, key if key in unit.book.keys else None)
        await self.app.push_screen(screen)  # mounted: the month is drawn when it was read already
        row = f"task:{task_id}"
        if task_id is not None and row in screen.table.row_keys:
            screen.table.move_cursor(screen.table.get_row_index(row))

    def action_help(self) -> None:
        lang, app = self.language, self.app
        shown: dict[str, list[str]] = {t("key.move", lang): ["↑ ↓"], t("rollup_view.key_open", lang): ["Enter"]}
        for _, binding in self._bindings:
            shown.setdefault(binding.description, []).append(app.get_key_display(binding))
        dialogs.show_help(app, [(", ".join(dict.fromkeys(k)), d) for d, k in shown.items()], lang)

    def action_quit(self) -> None:
        self.app.exit()
