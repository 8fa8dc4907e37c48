"""`dithub init BOOK [--unit NAME] [--month YYYY-MM]`: start a new briefing book.

Asks for what is not given when someone is at the terminal; otherwise the unit stays blank (and
says so) and the first month is this month. A book that is there already is never written over.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

NAME = "init"
HELP = (
    "tạo một sổ giao ban mới: dithub.toml và tệp tháng đầu tiên",
    "start a new briefing book: dithub.toml and the first month's file",
)


def add_arguments(parser: argparse.ArgumentParser, h: Callable[[tuple[str, str]], str]) -> None:
    parser.add_argument(
        "book",
        nargs="?",
        default=".",
        help=h(
            (
                "thư mục của sổ mới (tạo nếu chưa có; mặc định: thư mục hiện tại)",
                "the new book's folder (made if missing; default: the current folder)",
            )
        ),
    )
    parser.add_argument("--unit", help=h(("tên đơn vị, ví dụ “Sở Thông tin và Truyền thông tỉnh Hải Dương”", "the unit's name")))
    parser.add_argument(
        "--month",
        help=h(("tháng đầu tiên, dạng 2020-06 (mặc định: tháng này)", "the first month, as 2020-06 (default: this month)")),
    )


def _ask(prompt: str) -> str:
    try:
        return input(prompt)
    except EOFError:  # Ctrl+D: take the default
        return ""


def run(args: argparse.Namespace, language: str | None) -> int:
    from pathlib import Path

    from ..book_setup import AlreadyThere, book_files, create_month, create_settings, parse_month, this_month
    from ..i18n import month_label, t
    from ..reading import SETTINGS_FILE
    from ..storage import StorageError, _reason
    from ..text import printable
    from ._shared import storage_message

    lang = "en" if language == "en" else "vi"
    folder = Path(args.book).expanduser()
    if folder.exists() and not folder.is_dir():
        print(t("folder.is_a_file", lang, path=folder, folder=folder.resolve().parent), file=sys.stderr)
        return 1
    there = book_files(folder)
    if there:
        print(t("init.exists", lang, folder=folder, files=", ".join(there[:3])), file=sys.stderr)
        return 1
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    unit = args.unit if args.unit is not None else (_ask(t("init.ask_unit", lang)) if interactive else "")
    default = this_month()
    if args.month is not None:
        key = parse_month(args.month)
        if key is None:
            print(t("init.bad_month_answer", lang, value=args.month), file=sys.stderr)
            return 2
    else:
        key = None
        while key is None:
            answer = _ask(t("init.ask_month", lang, month=default)).strip() if interactive else ""
            key = parse_month(answer) if answer else default
            if key is None:
                print(t("init.bad_month_answer", lang, value=answer), file=sys.stderr)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(t("init.cannot_create", lang, folder=folder, reason=t(f"save.{_reason(error)}", lang)), file=sys.stderr)
        return 1
    try:
        create_settings(folder, unit, lang)  # type: ignore[arg-type]
        month_file = create_month(folder, key, lang)  # type: ignore[arg-type]
    except AlreadyThere:  # made by someone else meanwhile: theirs stays
        print(t("init.exists", lang, folder=folder, files=", ".join(book_files(folder)[:3])), file=sys.stderr)
        return 1
    except StorageError as error:
        print(storage_message(error, lang), file=sys.stderr)  # type: ignore[arg-type]
        return 1
    print(t("init.done", lang, folder=folder))
    shown_unit = printable(unit.strip()) or t("init.unit_blank", lang)
    print("  " + t("init.file_settings", lang, file=SETTINGS_FILE, unit=shown_unit, language=lang))
    print("  " + t("init.file_month", lang, file=month_file.path.name, month=month_label(key, lang)))  # type: ignore[arg-type]
    if not unit.strip():
        print(t("init.no_unit", lang, file=SETTINGS_FILE))
    print(t("init.next", lang, folder=folder))
    return 0
