"""`dithub review BOOK --period 2020-H1 | --from YYYY-MM --to YYYY-MM [--format md|txt|json|docx]`."""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..book import Book
    from ..i18n import Language
    from ..review import Period

NAME = "review"
HELP = ("báo cáo sơ kết, tổng kết một kỳ (6 tháng, năm, quý)", "the review of a period (half-year, year, quarter)")


def add_arguments(parser: argparse.ArgumentParser, h: Callable[[tuple[str, str]], str]) -> None:
    parser.add_argument("book", help=h(("thư mục sổ giao ban", "the briefing book's folder")))
    parser.add_argument(
        "--period",
        help=h(
            ("kỳ báo cáo: 2020, 2020-H1, 2020-H2, 2020-Q3 hoặc 2020-06", "the period: 2020, 2020-H1, 2020-H2, 2020-Q3 or 2020-06")
        ),
    )
    parser.add_argument(
        "--from", dest="first", help=h(("tháng đầu của kỳ, dạng 2020-01", "the period's first month, as 2020-01"))
    )
    parser.add_argument("--to", dest="last", help=h(("tháng cuối của kỳ, dạng 2020-06", "the period's last month, as 2020-06")))
    parser.add_argument(
        "--format",
        choices=("md", "txt", "json", "docx"),
        default="md",
        help=h(("định dạng: md, txt, json hoặc docx", "format: md, txt, json or docx")),
    )
    parser.add_argument(
        "--output",
        help=h(
            (
                "tệp để ghi (docx: mặc định bao-cao-KỲ.docx ở thư mục hiện tại)",
                "the file to write (docx: default bao-cao-PERIOD.docx here)",
            )
        ),
    )


def run(args: argparse.Namespace, language: str | None) -> int:
    from ..i18n import t
    from ..review import Period
    from ._shared import month_arg, open_book

    opened = open_book(args.book, language)  # type: ignore[arg-type]
    if opened is None:
        return 1
    book, lang = opened
    if args.period and (args.first or args.last):
        print(t("review.period_and_range", lang), file=sys.stderr)
        return 1
    if args.period:
        period = Period.parse(args.period)
        if period is None:
            print(t("review.bad_period", lang, value=args.period), file=sys.stderr)
            return 1
    elif args.first or args.last:
        first = month_arg(args.first, lang) if args.first else None
        last = month_arg(args.last, lang) if args.last else None
        if (args.first and first is None) or (args.last and last is None):
            return 1
        if not book.keys:
            print(t("cli.no_months", lang, path=book.folder), file=sys.stderr)
            return 1
        first, last = first or book.keys[0], last or book.keys[-1]  # one end given: the book's other end
        if last < first:
            print(t("stats.bad_range", lang, first=first, last=last), file=sys.stderr)
            return 1
        period = Period.between(first, last)
    else:
        print(t("review.need_period", lang), file=sys.stderr)
        return 1
    if not book.keys:
        print(t("cli.no_months", lang, path=book.folder), file=sys.stderr)
        return 1
    return _write(book, period, args, lang)


def _write(book: Book, period: Period, args: argparse.Namespace, lang: Language) -> int:
    import json

    from ..review import review
    from ..review_report import as_data, as_markdown, as_text
    from ..span import load_span

    # From the book's first month: where a task began (and how often it was carried) may lie years back.
    span = load_span(book, min(book.keys[0], period.first), period.last)
    result = review(span, period, book.settings.unit)
    if args.format == "docx":
        from ..review_docx import write_docx

        try:
            import docx  # noqa: F401 - python-docx, asked for here so its absence is told in words
        except ImportError:
            from ..i18n import t

            print(t("review.docx_missing", lang), file=sys.stderr)
            return 1

        target = Path(args.output or f"bao-cao-{args.period or f'{period.first}-{period.last}'}.docx").expanduser()
        return 0 if _saved(target, write_docx(result, lang), lang) else 1
    if args.format == "json":
        text = json.dumps(as_data(result, lang), ensure_ascii=False, indent=2) + "\n"
    else:
        text = "\n".join(as_markdown(result, lang) if args.format == "md" else as_text(result, lang))
    if args.output:
        return 0 if _saved(Path(args.output).expanduser(), text.encode("utf-8"), lang) else 1
    sys.stdout.write(text)
    return 0


_REASONS = {errno.ENOSPC: "disk_full", errno.EROFS: "read_only", errno.EACCES: "permission", errno.EPERM: "permission"}


def _saved(path: Path, data: bytes, lang: Language) -> bool:
    """Write the whole file or nothing (a temporary file renamed over it); say so either way."""
    from ..i18n import t

    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        if error.errno == errno.ENOENT:
            words = t("review.no_folder", lang, folder=path.parent)
        else:
            words = t(f"save.{_REASONS.get(error.errno or 0, 'other')}", lang)
        print(t("review.not_written", lang, reason=words, file=path), file=sys.stderr)
        return False
    print(t("review.written", lang, file=path), file=sys.stderr)
    return True
