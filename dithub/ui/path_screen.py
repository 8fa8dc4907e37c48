"""A task's whole history: each month it appears in, its status, deadline, done date and note.

Drawn at once from the months the book holds; if the book has months not read yet, they are
read in a thread worker (progress by messages) and the path drawn again. Where a link leads to
a month without a file, a broken file or a month not read, the table says so on that month's
line and stops: dithub never guesses which task of another month might be the same one.
"""

from __future__ import annotations

from pathlib import Path

from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import get_current_worker

from ..book import Book
from ..history import Appearance, Gap, TaskPath, path_of
from ..i18n import Language, month_label, t
from ..model import Status, Task, YearMonth
from ..span import Span, held_span, load_span_telling
from ..text import printable
from .bindings import translate_bindings
from .key_bar import KeyBar


class PathScreen(Screen[None]):
    CSS_PATH = Path(__file__).with_name("stats.tcss")  # absolute: a subclass elsewhere finds it too
    COMPONENT_CLASSES = {
        "path-screen--done",
        "path-screen--carried",
        "path-screen--dropped",
        "path-screen--gap",
        "path-screen--here",
        "path-screen--label",
    }
    BINDINGS = [Binding("escape,q", "close", "key.close")]

    class Progress(Message):
        def __init__(self, done: int, total: int) -> None:
            super().__init__()
            self.done, self.total = done, total

    class Loaded(Message):
        def __init__(self, span: Span) -> None:
            super().__init__()
            self.span = span

    def __init__(self, book: Book, language: Language, key: YearMonth, task_id: str) -> None:
        super().__init__()
        self.book = book
        self.language = language
        self.key = key  # the month the task was chosen in
        self.task_id = task_id
        self.path: TaskPath | None = None
        self.progress: tuple[int, int] | None = None
        translate_bindings(self, language)

    def compose(self) -> ComposeResult:
        yield Static("", id="path-title")
        yield Static("", id="path-summary")
        with VerticalScroll(id="path-body"):
            yield Static("", id="path-table")
        yield Static("", id="path-status")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        self.query_one("#path-body").focus()
        self.draw(held_span(self.book))
        if any(key not in self.book.files for key in self.book.keys):
            self.load()

    @work(thread=True, exclusive=True, group="path-load")
    def load(self) -> None:
        worker = get_current_worker()
        try:
            span = load_span_telling(
                self.book, lambda done, total: self.post_message(self.Progress(done, total)), lambda: worker.is_cancelled
            )
        except Exception:  # noqa: BLE001 - the held months are drawn already; their gaps say "not read"
            return
        if span is not None:
            self.post_message(self.Loaded(span))

    def on_path_screen_progress(self, message: PathScreen.Progress) -> None:
        self.progress = (message.done, message.total)
        self.draw_status()

    def on_path_screen_loaded(self, message: PathScreen.Loaded) -> None:
        self.progress = None
        for file in message.span.files:
            if file.key not in self.book.files:  # the book screen may have read it meanwhile: keep its copy
                self.book.adopt(file)
        self.draw(message.span)

    # --- drawing ---

    def _style(self, name: str) -> str:
        return str(self.get_component_rich_style(f"path-screen--{name}"))

    def draw(self, span: Span) -> None:
        lang = self.language
        self.path = path = path_of(span, self.key, self.task_id)
        title = self.query_one("#path-title", Static)
        summary = self.query_one("#path-summary", Static)
        if path is None:
            title.update(Text(t("stats_ui.path_gone", lang, month=month_label(self.key, lang)), style="bold"))
            summary.update("")
            self.query_one("#path-table", Static).update("")
            self.draw_status()
            return
        last = path.last.task
        title.update(Text(t("stats_ui.path_title", lang, title=printable(last.title)), style="bold"))
        facts = Text()
        label = self._style("label")
        for name, value in (
            ("owner", last.owner),
            ("category", self._group_label(last)),
            ("id", last.id),
        ):
            if value:
                facts.append(f"{t(f'field.{name}', lang)}: ", style=label)
                facts.append(printable(value) + "   ")
        months = len(path.appearances)
        facts.append("\n")
        if path.times_carried:
            facts.append(t("stats_ui.path_carried", lang, count=path.times_carried, months=months))
        else:
            facts.append(t("stats_ui.path_not_carried", lang))
        summary.update(facts)
        self.query_one("#path-table", Static).update(self._table(path))
        self.draw_status()

    def _group_label(self, task: Task) -> str:
        settings = self.book.settings
        group = settings.category(settings.category_of(task))
        return group.label if group else ""

    def _table(self, path: TaskPath) -> Table:
        lang = self.language
        table = Table(expand=True, box=None, padding=(0, 1), show_edge=False, header_style=self._style("label"))
        table.add_column(t("stats_ui.month", lang), no_wrap=True)
        table.add_column(t("stats_ui.column.status", lang), no_wrap=True)
        table.add_column(t("stats_ui.column.due", lang), no_wrap=True)
        table.add_column(t("stats_ui.column.done_on", lang), no_wrap=True)
        table.add_column(t("stats_ui.column.note", lang), ratio=1, overflow="fold")
        final_title = path.last.task.title
        for step in path.steps:
            when = month_label(step.month, lang)
            if isinstance(step, Gap):
                reason = Text(t(f"stats_ui.gap.{step.reason}", lang), style=self._style("gap"))
                table.add_row(Text(when, style=self._style("gap")), "", "", "", reason)
                continue
            table.add_row(*self._cells(step, when, final_title), style=self._style("here") if step.month == self.key else None)
        return table

    def _cells(self, step: Appearance, when: str, final_title: str) -> list[Text | str]:
        lang, task = self.language, step.task
        status_style = {Status.DONE: "done", Status.CARRIED: "carried", Status.DROPPED: "dropped"}.get(task.status)
        status = Text(t(f"status.{task.status.value}", lang), style=self._style(status_style) if status_style else "")
        done_on = Text(f"{task.done_on:%d/%m/%Y}" if task.done_on else "")
        if task.done_on and task.due and task.done_on > task.due:
            done_on.append(f" ({t('stats_ui.late', lang)})", style=self._style("carried"))
        note = Text(printable(task.note or ""))
        if task.title != final_title:  # the title as it read that month ("Tiếp tục triển khai ...")
            if note:
                note.append("\n")
            note.append(t("stats_ui.renamed", lang, title=printable(task.title)), style=self._style("label"))
        return [when, status, f"{task.due:%d/%m/%Y}" if task.due else "", done_on, note]

    def draw_status(self) -> None:
        lang = self.language
        parts: list[str] = []
        if self.path is not None and self.path.is_cut:
            parts.append(t("stats_ui.path_cut", lang))
        if self.progress is not None:
            parts.append(t("stats_ui.path_loading", lang, done=self.progress[0], total=self.progress[1]))
        self.query_one("#path-status", Static).update(Text("  ·  ".join(parts), style=self._style("label")))

    def action_close(self) -> None:
        self.workers.cancel_group(self, "path-load")
        self.dismiss()
