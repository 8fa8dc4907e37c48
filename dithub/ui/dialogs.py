"""Every dialog the book screen opens, each loaded when first wanted: most meetings open none,
and importing them all would cost start-up time.

The questions are awaited (`push_screen_wait`), so they must be asked from a worker: the screen's
flows that ask run as `@work(group=DIALOG)`. Tests that wait for work to finish leave that group
alone, since a question waits for the user.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Literal

from ..i18n import Language

if TYPE_CHECKING:
    from pathlib import Path

    from textual.app import App

    from ..book import Book
    from ..gitshare.resolution import Written
    from ..importer import Proposal
    from ..model import Settings, Task, YearMonth

DIALOG = "dialog"  # the worker group of flows that wait for an answer


async def confirm(app: App[None], question: str, language: Language) -> bool:
    from .confirm_screen import ConfirmScreen

    return bool(await app.push_screen_wait(ConfirmScreen(question, language)))


async def task_form(app: App[None], settings: Settings, language: Language, task: Task | None = None) -> Task | None:
    """The task as the user filled it in (new, or `task` edited); None when they cancelled."""
    from .task_form import TaskForm

    return await app.push_screen_wait(TaskForm(settings, language, task))


async def conflict_choice(app: App[None], file_name: str, titles: list[str], broken: bool, language: Language) -> str:
    """ "theirs" or "mine"; a dialog closed any other way keeps ours, the safe side."""
    from .conflict_screen import ConflictScreen

    return await app.push_screen_wait(ConflictScreen(file_name, titles, broken, language)) or "mine"


async def git_conflict(app: App[None], path: Path, key: YearMonth, language: Language) -> Written | None:
    """What writing the chosen versions of a git-conflicted month did; None when closed without writing."""
    from .git_conflict_screen import GitConflictScreen

    return await app.push_screen_wait(GitConflictScreen(path, key, language))


def show_help(app: App[None], keys: list[tuple[str, str]], language: Language) -> None:
    from .help_screen import HelpScreen

    app.push_screen(HelpScreen(keys, language))


async def import_dialog(app: App[None], book: Book, candidates: list[YearMonth], language: Language) -> Proposal | None:
    """The proposal as the person edited it and agreed to write; None when they cancelled."""
    from .import_screen import ImportScreen

    return await app.push_screen_wait(ImportScreen(book, candidates, language))


async def notice_form(app: App[None], key: YearMonth, file_language: Language, language: Language) -> tuple[str, str] | None:
    """(format, file name) for the notice of `key`; None when cancelled."""
    from .notice_form import NoticeForm

    return await app.push_screen_wait(NoticeForm(key, file_language, language))


async def note(app: App[None], title: str, text: str | None, language: Language) -> str | None:
    """The note as written (maybe ""), or None when the user left it as it was."""
    from .note_screen import NoteScreen

    return await app.push_screen_wait(NoteScreen(title, text, language))


async def carry_due(app: App[None], question: str, language: Language) -> date | Literal["keep", "clear"] | None:
    """The carried tasks' deadline next month ("keep", "clear" or a date); None: do not carry."""
    from .carry_screen import CarryScreen

    return await app.push_screen_wait(CarryScreen(question, language))


async def month_choice(
    app: App[None], question: str, month: YearMonth, language: Language, unit: str | None = None
) -> tuple[str, YearMonth] | None:
    """(unit, month) as the user gave them (unit "" unless asked); None when they cancelled."""
    from .start_screen import MonthScreen

    return await app.push_screen_wait(MonthScreen(question, month, language, unit))
