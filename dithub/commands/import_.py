"""`dithub import BOOK FILE --month YYYY-MM`: bring a month's tasks in from the meeting's text."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for the type checker: the command imports these inside run
    from ..i18n import Language
    from ..importer import Proposal

NAME = "import"
HELP = (
    "nhập nhiệm vụ của một tháng từ văn bản (.txt, .docx)",
    "import a month's tasks from a text (.txt, .docx)",
)


def add_arguments(parser: argparse.ArgumentParser, h: Callable[[tuple[str, str]], str]) -> None:
    from ..i18n import t

    def words(key: str) -> str:
        return h((t(key, "vi"), t(key, "en")))

    parser.add_argument("book", help=words("import.help_book"))
    parser.add_argument("file", help=words("import.help_file"))
    parser.add_argument("--month", required=True, help=words("import.help_month"))
    parser.add_argument("--yes", action="store_true", help=words("import.help_yes"))
    parser.add_argument("--dry-run", action="store_true", help=words("import.help_dry_run"))
    parser.add_argument("--format", choices=("text", "json"), default="text", help=words("import.help_format"))


def run(args: argparse.Namespace, language: Language | None) -> int:
    from ..book import MonthNotOpen
    from ..i18n import month_label, problem_line, t
    from ..importer import SourceError, apply, propose_from_file
    from ..storage import StorageError
    from ..text import printable
    from ._shared import month_arg, open_book, storage_message

    opened = open_book(args.book, language)
    if opened is None:
        return 1
    book, language = opened
    book.language_override = language
    key = month_arg(args.month, language)
    if key is None:
        return 1
    source_path = Path(args.file).expanduser()
    try:
        current = book.editable(key)
    except MonthNotOpen:  # broken, or holding git's conflict markers: never written by an import
        print(t("cli.month_broken", language, month=month_label(key, language)), file=sys.stderr)
        for problem in book.files[key].problems:
            print(f"  {printable(problem_line(problem, language))}", file=sys.stderr)
        return 1
    previous_key = key.previous()
    previous = None
    if previous_key in book.keys:
        book.load(previous_key)
        previous = None if book.read_only(previous_key) else book.months.get(previous_key)
    try:
        proposal = propose_from_file(source_path, key, book.settings, previous, current)
    except SourceError as error:
        message = t(f"import.source_{error.reason}", language, file=source_path.name, line=error.line or 1)
        print(printable(message), file=sys.stderr)
        return 1
    if not any(task.selected for task in proposal.tasks):  # nothing reads like a task (already there counts)
        print(printable(t("import.no_tasks", language, file=source_path.name, month=f"{key.month}/{key.year}")), file=sys.stderr)
        return 1
    if args.dry_run and args.format == "json":
        print(json.dumps(proposal.as_json(), ensure_ascii=False, indent=2))
        return 0
    target_file = book.store.month_path(key).name
    _show(proposal, source_path.name, language)
    if args.dry_run:
        return 0
    chosen = proposal.selected
    if not chosen:
        print(t("import.nothing_new", language, month=month_label(key, language)))
        return 0
    if not args.yes:
        if not sys.stdin.isatty():
            print(t("import.not_a_terminal", language), file=sys.stderr)
            return 1
        try:
            answer = input(t("import.ask", language, count=len(chosen), file=target_file))
        except EOFError:
            answer = ""
        if answer.strip().casefold() not in ("y", "yes", "c", "có", "co"):
            print(t("import.declined", language))
            return 1
    applied = apply(proposal, book.settings, previous, current)
    for title in applied.skipped:
        print(t("import.skipped", language, title=title))
    if not applied.added:
        print(t("import.nothing_new", language, month=month_label(key, language)))
        return 0
    try:
        book.import_tasks(key, applied.months)
        book.save_all()
    except MonthNotOpen as error:
        print(t("cli.month_broken", language, month=month_label(error.key, language)), file=sys.stderr)
        return 1
    except StorageError as error:
        print(storage_message(error, language), file=sys.stderr)
        return 1
    print(t("import.written", language, count=len(applied.added), file=target_file, continued=len(applied.continued)))
    return 0


def _show(proposal: Proposal, file_name: str, language: Language) -> None:
    from ..i18n import month_label, t
    from ..text import printable

    print(t("import.heading", language, count=len(proposal.tasks), month=month_label(proposal.month, language), file=file_name))
    if not proposal.cued:
        print(t("import.no_cue", language))
    for number, task in enumerate(proposal.tasks, 1):
        mark = "[x]" if task.selected and not task.already_there else "[ ]"
        print(printable(f"{mark} {number:>2}. {task.title}  ({task.category})"))
        notes = []
        if task.already_there:
            notes.append(t("import.already_there", language))
        if task.continues:
            notes.append(t("import.continues", language, id=task.continues, confidence=f"{task.confidence:.2f}"))
        if task.owner:
            notes.append(t("import.owner", language, owner=task.owner))
        if task.due:
            notes.append(t("import.due", language, due=task.due.strftime("%d/%m/%Y")))
        if task.refs:
            notes.append(t("import.refs", language, refs="; ".join(task.refs)))
        for note in notes:
            print(printable(f"        {note}"))
