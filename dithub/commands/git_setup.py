"""`dithub git-setup BOOK [--check]`: month files of the book merge through dithub on this laptop."""

from __future__ import annotations

import argparse
import sys

NAME = "git-setup"
HELP = (
    "cài bộ gộp dithub cho kho git của sổ (mỗi máy chạy một lần)",
    "set up the dithub merge driver for the book's git repository (once on each computer)",
)


def add_arguments(parser: argparse.ArgumentParser, h) -> None:  # noqa: ANN001 - h picks a language
    parser.add_argument("book", nargs="?", default=".", help=h(("thư mục sổ giao ban", "the briefing book's folder")))
    parser.add_argument(
        "--check", action="store_true", help=h(("chỉ xem máy này đã cài chưa", "only say whether this computer has it"))
    )


def run(args: argparse.Namespace, language: str | None) -> int:
    from ..gitshare.git import GitMissing
    from ..gitshare.setup import check, setup
    from ..i18n import t
    from ._shared import open_book

    opened = open_book(args.book, language)  # type: ignore[arg-type]
    if opened is None:
        return 1
    book, language = opened
    try:
        state = check(book.folder) if args.check else setup(book.folder)
    except GitMissing:
        print(t("gitshare.no_git", language), file=sys.stderr)
        return 1
    except OSError as error:
        print(t("gitshare.setup_unwritable", language, reason=error.strerror or str(error)), file=sys.stderr)
        return 1
    if state.repository is None:
        print(t("gitshare.not_repository", language, path=book.folder), file=sys.stderr)
        return 1
    for key in state.done:
        print(t(key, language, driver=state.driver or ""))
    if state.commit_failed:
        print(t("gitshare.setup_commit_failed", language, reason=state.commit_failed.splitlines()[-1]), file=sys.stderr)
    if args.check or not state.done:
        if state.ready:
            print(t("gitshare.check_ready", language, driver=state.driver))
        if not state.attribute:
            print(t("gitshare.check_no_attribute", language))
        if state.driver is None:
            print(t("gitshare.check_no_driver", language))
        elif not state.driver_ok:
            print(t("gitshare.check_driver_gone", language, driver=state.driver))
    if not args.check:
        print(t("gitshare.setup_each_laptop", language))
    return 0 if state.ready else 1
