"""`dithub sync BOOK`: record the book's changes in git, merge the others', send ours."""

from __future__ import annotations

import argparse
import sys

NAME = "sync"
HELP = (
    "chia sẻ sổ qua git: ghi thay đổi, nhận và gộp của máy khác, gửi lên",
    "share the book through git: record changes, receive and merge the others', send",
)


def add_arguments(parser: argparse.ArgumentParser, h) -> None:  # noqa: ANN001 - h picks a language
    parser.add_argument("book", nargs="?", default=".", help=h(("thư mục sổ giao ban", "the briefing book's folder")))


def run(args: argparse.Namespace, language: str | None) -> int:
    from ..gitshare.sync import sync
    from ..text import printable
    from ._shared import open_book

    opened = open_book(args.book, language)  # type: ignore[arg-type]
    if opened is None:
        return 1
    book, language = opened
    outcome = sync(book.folder, language)
    for line in outcome.summary.splitlines():
        print(printable(line), file=sys.stdout if outcome.ok else sys.stderr)
    return 0 if outcome.ok else 1
