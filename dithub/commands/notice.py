"""`dithub notice BOOK [--month YYYY-MM] [--format docx|md|txt] [-o FILE]`: the meeting's notice."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

NAME = "notice"
HELP = (
    "viết thông báo kết luận hội nghị giao ban của một tháng (docx, md hoặc txt)",
    "write the notice of a month's meeting conclusions (docx, md or txt)",
)
_BLANKABLE = ("parent_agency", "code", "place", "signer_authority", "signer_title", "signer_name", "recipients")


def add_arguments(parser: argparse.ArgumentParser, h: Callable[[tuple[str, str]], str]) -> None:
    from ..i18n import MESSAGES

    parser.add_argument("book", nargs="?", default=".", help=h(("thư mục sổ giao ban", "the briefing book's folder")))
    parser.add_argument("--month", help=h(MESSAGES["notice.cli.month"]))
    parser.add_argument(
        "--format", dest="fmt", choices=("docx", "md", "txt"), default="docx", help=h(MESSAGES["notice.cli.format"])
    )
    parser.add_argument("-o", "--output", help=h(MESSAGES["notice.cli.output"]))


def run(args: argparse.Namespace, language: str | None) -> int:
    from pathlib import Path

    from ..i18n import t
    from ..notice import NoticeError, notice_of, render, write_notice
    from ..reading import month_path
    from ._shared import month_arg, open_book

    opened = open_book(args.book, language)  # type: ignore[arg-type]
    if opened is None:
        return 1
    book, speak = opened
    book.language_override = speak  # the notice is written in the language asked for
    key = None
    if args.month:
        key = month_arg(args.month, speak)
        if key is None:
            return 1
    try:
        if args.output == "-":
            if args.fmt == "docx":
                raise NoticeError("stdout_docx")
            notice = notice_of(book, key)
            sys.stdout.write(render(notice, args.fmt, speak).decode("utf-8"))
            return 0
        notice = notice_of(book, key)
        written = write_notice(book, notice.key, args.fmt, Path(args.output).expanduser() if args.output else None)
    except NoticeError as error:
        print(error.message(speak), file=sys.stderr)
        return 1
    print(t("notice.cli.written", speak, month=notice.key, path=written))
    if notice.results is None:
        print(t("notice.cli.no_results", speak, file=month_path(book.folder, notice.reviewed).name), file=sys.stderr)
    blank = [name for name in _BLANKABLE if not getattr(book.settings.notice, name)]
    if not (book.settings.notice.agency or book.settings.unit):
        blank.insert(1, "agency")
    if blank:
        print(t("notice.cli.blanks", speak, keys=", ".join(f"notice.{name}" for name in blank)), file=sys.stderr)
    return 0
