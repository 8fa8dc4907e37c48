"""Look before writing: the import dialog (issue 10).

First where the text comes from (ImportSource), then the proposal (ProposalTable + ProposalDetails)
to tick, reword, regroup and accept or reject continuations. Reading runs in a thread worker
(a .docx takes a moment). The screen writes nothing: it returns the edited Proposal, and the book
screen records it as one undoable change (import_flow.py).
"""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import ContentSwitcher, DataTable, Input, Label, Select, Static
from textual.worker import get_current_worker

from ..book import Book
from ..i18n import Language, month_label, t
from ..importer import Proposal, SourceError, propose, read_source
from ..importer.month_named import month_set_by
from ..model import Month, YearMonth
from ..text import nfc, printable
from .bindings import translate_bindings
from .import_source import ImportSource, resolve_path
from .proposal_details import ProposalDetails
from .proposal_table import ProposalTable


class ImportScreen(Screen["Proposal | None"]):
    CSS_PATH = "import_screen.tcss"
    BINDINGS = [
        Binding("ctrl+s", "go_on", "key.import_write"),
        Binding("escape", "back", "key.import_back"),
    ]

    def __init__(self, book: Book, candidates: list[YearMonth], language: Language) -> None:
        super().__init__()
        self.book = book
        self.candidates = candidates  # the month on screen, then the one after it
        self.language = language
        self.proposal: Proposal | None = None
        self.rejected: dict[int, tuple[str, float | None]] = {}  # continuations turned down, to give back
        self.previous_titles: dict[str, str] = {}
        self.editing: int | None = None
        self._name, self._why = "", False  # where the text came from; whether the month is not the one on screen
        translate_bindings(self, language)

    def compose(self) -> ComposeResult:
        lang = self.language
        yield Static(t("import.ui.title", lang), classes="dialog-title")
        with ContentSwitcher(initial="import-source", id="import-steps"):
            yield ImportSource(self.candidates, lang, id="import-source")
            with Vertical(id="import-proposal"):
                yield Static("", id="import-summary", markup=False)
                yield ProposalTable(self.book.settings, lang, id="import-table")
                yield ProposalDetails(lang, id="import-details")
                with Vertical(id="import-editor"):
                    yield Label("", id="import-editor-label")
                    yield Input(id="import-title", select_on_focus=False)  # a reword starts from the title, not over it
                    categories = [(c.label, c.id) for c in self.book.settings.categories]
                    yield Select(categories, allow_blank=False, id="import-category")
                yield Static("", id="import-error", markup=False)
                yield Static(t("import.ui.proposal_keys", lang), classes="hint", markup=False)

    def on_mount(self) -> None:
        self.query_one("#import-path", Input).focus()

    @property
    def source(self) -> ImportSource:
        return self.query_one(ImportSource)

    @property
    def table(self) -> ProposalTable:
        return self.query_one(ProposalTable)

    def _on_proposal_step(self) -> bool:
        return self.query_one(ContentSwitcher).current == "import-proposal"

    # --- step 1: the text ---

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "import-path":
            self.read()
        elif event.input.id == "import-title":
            self.finish_title()

    def action_go_on(self) -> None:
        self.write() if self._on_proposal_step() else self.read()

    def read(self) -> None:
        lang = self.language
        path_text, pasted = self.source.path_text, self.source.pasted
        if not path_text and not pasted.strip():
            self.source.say(t("import.ui.nothing_given", lang))
            return
        path = resolve_path(path_text, self.book.folder) if path_text else None
        self.source.say(t("import.ui.reading", lang, file=path.name if path else t("import.ui.pasted", lang)))
        self.read_proposal(path, pasted, self.source.chosen_month)

    @work(thread=True, exclusive=True, group="import-read")
    def read_proposal(self, path: Path | None, pasted: str, chosen: YearMonth | None) -> None:
        """Read the text, pick the month, read that month and the one before if not read yet, propose."""
        lang = self.language
        name = path.name if path is not None else t("import.ui.pasted", lang)
        try:
            text = read_source(path) if path is not None else pasted
            if not text.strip():
                raise SourceError(Path(name), "empty")
            key = chosen or month_set_by(text, self.candidates) or self.candidates[0]
            for month_key in (key.previous(), key):
                if month_key not in self.book.files:
                    file = self.book.read(month_key)
                    self.app.call_from_thread(lambda file=file: file.key in self.book.files or self.book.adopt(file))
            months = self.app.call_from_thread(self._months, key)
        except SourceError as error:
            self._report(t(f"import.source_{error.reason}", lang, file=name, line=error.line or 1))
            return
        except Exception:  # noqa: BLE001 - a file we could not read must not close the dashboard
            self._report(t("import.source_unreadable", lang, file=name))
            return
        if months is None:
            self._report(t("import.ui.month_broken", lang, file=f"{key}.toml"))
            return
        proposal = propose(text, key, self.book.settings, *months)
        if not any(task.selected for task in proposal.tasks):
            self._report(t("import.no_tasks", lang, file=name, month=f"{key.month}/{key.year}"))
            return
        why = chosen is None and key != self.candidates[0]
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.show_proposal, proposal, name, months[0], why)

    def _months(self, key: YearMonth) -> tuple[Month | None, Month | None] | None:
        """(last month, the month) as the book holds them now; None when the month cannot change."""
        if self.book.read_only(key):
            return None
        previous_key = key.previous()
        previous = None if self.book.read_only(previous_key) else self.book.month(previous_key)
        return previous, self.book.month(key)

    def _report(self, message: str) -> None:
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(lambda: self.is_attached and self.source.say(printable(message)))

    # --- step 2: the proposal ---

    def show_proposal(self, proposal: Proposal, name: str, previous: Month | None, why: bool) -> None:
        if not self.is_attached:
            return
        self.proposal, self.rejected = proposal, {}
        self.previous_titles = {task.id: task.title for task in previous.tasks} if previous is not None else {}
        self.source.say("")
        self.query_one(ContentSwitcher).current = "import-proposal"
        self.query_one("#import-editor").display = False
        self.table.show(proposal.tasks)
        self.table.focus()
        self._summarise(name, why)
        self._show_current()

    def _summarise(self, name: str | None = None, why: bool | None = None) -> None:
        proposal, lang = self.proposal, self.language
        if proposal is None:
            return
        if name is not None:
            self._name, self._why = name, bool(why)
        month = month_label(proposal.month, lang)
        if self._why:  # said beside the month: the reason it is not the month on screen
            month += " " + t("import.ui.why_month", lang)
        line = t(
            "import.ui.summary",
            lang,
            count=len(proposal.tasks),
            month=month,
            file=self._name,
            selected=len(proposal.selected),
            continued=sum(1 for task in proposal.selected if task.continues),
        )
        if not proposal.cued:
            line += " " + t("import.no_cue", lang)
        self.query_one("#import-summary", Static).update(printable(line), layout=False)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_current()

    def _show_current(self) -> None:
        index = self.table.current_index
        task = self.proposal.tasks[index] if self.proposal is not None and index is not None else None
        rejected = self.rejected.get(index, (None,))[0] if index is not None else None
        self.query_one(ProposalDetails).show_task(task, rejected, self.previous_titles)

    def _changed(self, index: int) -> None:
        self.table.update_task(index)
        error = self.query_one("#import-error", Static)
        if error.content:
            error.update("")
        self._summarise()
        self._show_current()

    def toggle(self) -> None:
        index = self.table.current_index
        if self.proposal is not None and index is not None and not self.proposal.tasks[index].already_there:
            task = self.proposal.tasks[index]
            task.selected = not task.selected
            self._changed(index)

    def toggle_continuation(self) -> None:
        index = self.table.current_index
        if self.proposal is None or index is None:
            return
        task = self.proposal.tasks[index]
        if task.continues:
            self.rejected[index] = (task.continues, task.confidence)
            task.continues, task.confidence = None, None
        elif index in self.rejected:
            task.continues, task.confidence = self.rejected.pop(index)
        self._changed(index)

    def edit_title(self) -> None:
        index = self.table.current_index
        if self.proposal is None or index is None:
            return
        self.editing = index
        self.query_one("#import-editor").display = True
        self.query_one("#import-editor-label", Label).update(t("import.ui.edit_title", self.language))
        title = self.query_one("#import-title", Input)
        title.display = True
        self.query_one("#import-category", Select).display = False
        title.value = self.proposal.tasks[index].title
        title.cursor_position = len(title.value)
        title.focus()

    def finish_title(self) -> None:
        if self.proposal is None or self.editing is None:
            return
        title = " ".join(nfc(self.query_one("#import-title", Input).value).split())
        if not title:
            self.query_one("#import-error", Static).update(t("import.ui.title_empty", self.language))
            return
        self.proposal.tasks[self.editing].title = title
        index = self._close_editor()
        self._changed(index)

    def choose_category(self) -> None:
        index = self.table.current_index
        if self.proposal is None or index is None:
            return
        self.editing = None  # set after the value, so putting the task's own category in changes nothing
        self.query_one("#import-editor").display = True
        self.query_one("#import-editor-label", Label).update(t("import.ui.edit_category", self.language))
        self.query_one("#import-title", Input).display = False
        select = self.query_one("#import-category", Select)
        select.display = True
        category = self.proposal.tasks[index].category
        if self.book.settings.category(category) is not None:
            select.value = category
        self.editing = index
        select.focus()
        self.call_after_refresh(select.action_show_overlay)

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id != "import-category" or self.proposal is None or self.editing is None:
            return
        event.stop()
        if event.value is Select.BLANK or event.value == self.proposal.tasks[self.editing].category:
            return
        self.proposal.tasks[self.editing].category = str(event.value)
        self._changed(self._close_editor())

    def _close_editor(self) -> int:
        index = self.editing if self.editing is not None else 0
        self.editing = None
        self.query_one("#import-editor").display = False
        self.table.focus()
        return index

    def write(self) -> None:
        if self.proposal is None:
            return
        if self.editing is not None and self.query_one("#import-title", Input).has_focus:
            self.finish_title()  # Ctrl+S while typing a title keeps it
        if not self.proposal.selected:
            self.query_one("#import-error", Static).update(t("import.ui.nothing_selected", self.language))
            return
        self.dismiss(self.proposal)

    def action_back(self) -> None:
        """Esc leaves the editor, then the proposal (back to the text), then the dialog."""
        if self.editing is not None or self.query_one("#import-editor").display:
            self._close_editor()
        elif self._on_proposal_step():
            self.workers.cancel_group(self, "import-read")
            self.query_one(ContentSwitcher).current = "import-source"
            self.query_one("#import-path", Input).focus()
        else:
            self.workers.cancel_group(self, "import-read")
            self.dismiss(None)
