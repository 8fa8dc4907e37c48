"""Add or edit a task: title, category, owner, due date, note and refs, each checked with a clear message.

The fields scroll inside the dialog, with the buttons below them always in view: at 80x24 the form
is taller than the screen.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static, TextArea

from ..i18n import Language, t
from ..model import Settings, Task
from ..text import nfc, printable, unshown
from .bindings import translate_bindings

AUTO = "__auto__"


def parse_due(text: str) -> date | None:
    """dd/mm/yyyy (as people write dates here), d/m (this year) or yyyy-mm-dd. ValueError if wrong."""
    text = text.strip()
    if not text:
        return None
    if match := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        return date(int(match[1]), int(match[2]), int(match[3]))
    if match := re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?", text):
        return date(int(match[3] or date.today().year), int(match[2]), int(match[1]))
    raise ValueError(text)


def field_input(value: str, **options: str) -> Input:
    """A field that keeps its text when tabbed into: the cursor goes to the end, nothing is selected
    (Textual selects it all, and the first key typed would replace a whole owner)."""
    return Input(value, select_on_focus=False, **options)


class TaskForm(ModalScreen["Task | None"]):
    BINDINGS = [
        Binding("escape", "cancel", "key.cancel"),
        Binding("ctrl+s", "submit", "key.save"),
    ]

    def __init__(self, settings: Settings, language: Language, task: Task | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.language = language
        translate_bindings(self, language)
        self.task_before = task

    def compose(self) -> ComposeResult:
        lang = self.language
        task = self.task_before
        choices = [(t("ui.category_auto", lang), AUTO)] + [(c.label, c.id) for c in self.settings.categories]
        category = task.category if task and task.category else AUTO
        if task and task.category and self.settings.category(task.category) is None:
            choices.append((f"{printable(task.category)} (?)", task.category))  # kept, not lost
        with Vertical(id="dialog"):
            yield Static(t("ui.edit_task" if task else "ui.add_task", lang), classes="dialog-title")
            with VerticalScroll(id="fields", can_focus=False):
                yield Label(t("field.title", lang))
                # Control characters are shown as symbols; an untouched field keeps the title as it was.
                yield field_input(printable(task.title) if task else "", id="title")
                yield Label(t("field.category", lang))
                yield Select(choices, value=category, allow_blank=False, id="category")
                yield Label(t("field.owner", lang))
                yield field_input(printable(task.owner or "") if task else "", id="owner")
                yield Label(t("ui.due_hint", lang))
                yield field_input(f"{task.due:%d/%m/%Y}" if task and task.due else "", id="due", placeholder="30/06/2020")
                yield Label(t("field.note", lang))
                yield TextArea(printable(task.note or "") if task else "", id="note", soft_wrap=True, tab_behavior="focus")
                yield Label(t("ui.refs_hint", lang))
                yield TextArea("\n".join(printable(ref) for ref in task.refs) if task else "", id="refs", tab_behavior="focus")
            yield Static("", id="error", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(t("ui.save", lang), variant="primary", id="save")
                yield Button(t("ui.cancel", lang), id="cancel")

    def on_mount(self) -> None:
        for area in self.query(TextArea):
            area.move_cursor(area.document.end)  # typing adds to what is there

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_submit() if event.button.id == "save" else self.action_cancel()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_submit(self) -> None:
        lang = self.language
        error = self.query_one("#error", Static)
        title = nfc(self.query_one("#title", Input).value).strip()
        if not title:
            error.update(t("ui.error_title", lang))
            self.query_one("#title", Input).focus()
            return
        try:
            due = parse_due(self.query_one("#due", Input).value)
        except ValueError:
            error.update(t("ui.error_due", lang))
            self.query_one("#due", Input).focus()
            return
        category = self.query_one("#category", Select).value
        owner = nfc(self.query_one("#owner", Input).value).strip() or None
        before = self.task_before
        if before is not None:  # what was only shown as symbols is not written back as symbols
            title = before.title if title == printable(before.title).strip() else unshown(title, before.title)
            owner = before.owner if owner == (printable(before.owner or "").strip() or None) else owner
        note = nfc(self.query_one("#note", TextArea).text).strip() or None
        refs = tuple(ref for line in self.query_one("#refs", TextArea).text.splitlines() if (ref := nfc(line).strip()))
        if before is not None:
            owner = unshown(owner, before.owner or "") if owner else owner
            note = (
                before.note
                if note == (printable(before.note or "").strip() or None)
                else unshown(note or "", before.note or "") or None
            )
            shown = tuple(printable(ref).strip() for ref in before.refs)
            refs = tuple(before.refs[shown.index(ref)] if ref in shown else ref for ref in refs)
        fields = {
            "title": title,
            "category": None if category == AUTO else str(category),
            "owner": owner,
            "due": due,
            "note": note,
            "refs": refs,
        }
        self.dismiss(replace(self.task_before, **fields) if self.task_before else Task(id="", **fields))
