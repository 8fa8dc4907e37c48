"""`dithub stats BOOK [--from YYYY-MM] [--to YYYY-MM] [--format text|json|csv]`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

NAME = "stats"
HELP = ("thống kê nhiệm vụ theo tháng, theo nhóm và theo đơn vị", "figures per month, per group and per office")


def add_arguments(parser: argparse.ArgumentParser, h: Callable[[tuple[str, str]], str]) -> None:
    parser.add_argument("book", help=h(("thư mục sổ giao ban", "the briefing book's folder")))
    parser.add_argument(
        "--from",
        dest="first",
        help=h(("tháng đầu, dạng 2020-01 (mặc định: 12 tháng gần nhất)", "first month, as 2020-01 (default: the last 12)")),
    )
    parser.add_argument(
        "--to",
        dest="last",
        help=h(("tháng cuối, dạng 2020-12 (mặc định: tháng mới nhất)", "last month, as 2020-12 (default: the latest)")),
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", "csv"),
        default="text",
        help=h(("định dạng: text, json hoặc csv", "format: text, json or csv")),
    )


def run(args: argparse.Namespace, language: str | None) -> int:
    import json
    from pathlib import Path

    from ..i18n import t
    from ..rollup import is_rollup
    from ..span import default_range, load_span
    from ..stats import as_data, statistics
    from ..stats_report import as_csv, as_text, month_runs
    from ._shared import month_arg, open_book

    if is_rollup(Path(args.book).expanduser()):  # many books: each unit's figures and the total
        from . import _stats_rollup

        lang = language or "vi"
        first = month_arg(args.first, lang) if args.first else None  # type: ignore[arg-type]
        last = month_arg(args.last, lang) if args.last else None  # type: ignore[arg-type]
        if (args.first and first is None) or (args.last and last is None):
            return 1
        return _stats_rollup.run(Path(args.book).expanduser(), first, last, args.format, language)  # type: ignore[arg-type]
    opened = open_book(args.book, language)  # type: ignore[arg-type]
    if opened is None:
        return 1
    book, lang = opened
    first = month_arg(args.first, lang) if args.first else None
    last = month_arg(args.last, lang) if args.last else None
    if (args.first and first is None) or (args.last and last is None):
        return 1
    if first and last and last < first:
        print(t("stats.bad_range", lang, first=args.first, last=args.last), file=sys.stderr)
        return 1
    chosen = default_range(book.keys, first, last)
    if chosen is None:
        print(t("cli.no_months", lang, path=book.folder), file=sys.stderr)
        return 1
    if chosen[1] < chosen[0]:  # --from after the book's latest month
        print(t("stats.bad_range", lang, first=chosen[0], last=chosen[1]), file=sys.stderr)
        return 1
    figures = statistics(load_span(book, *chosen))
    if args.format == "json":
        print(json.dumps(as_data(figures), ensure_ascii=False, indent=2))
    elif args.format == "csv":
        sys.stdout.write(as_csv(figures))
    else:
        for line in as_text(figures, book.settings.unit, lang):
            print(line)
    if args.format != "text" and (figures.missing or figures.broken):
        # JSON and CSV keep their shape; the gaps are told beside them, never silently dropped.
        none = t("stats.none", lang)
        missing = month_runs(figures.missing, lang) or none
        broken = month_runs(figures.broken, lang) or none
        print(t("stats.warn_gaps", lang, missing=missing, broken=broken), file=sys.stderr)
    return 0
