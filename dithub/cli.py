"""The `dithub` command: open the dashboard, or check, report and carry over without it."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .book import Book, MonthNotOpen
from .commands import plugged
from .commands._shared import month_arg, open_month, storage_message
from .i18n import LANGUAGES, Language, month_label, problem_line, t
from .model import UnknownTask
from .rollup import is_rollup
from .storage import StorageError
from .text import printable

BUILT_IN = ("open", "check", "report", "carry")
PLUGGED = {module.NAME: module for module in plugged()}  # dithub/commands/
COMMANDS = (*BUILT_IN, *PLUGGED)

_HELP: dict[str, tuple[str, str]] = {
    "open": ("mở bảng điều khiển (mặc định)", "open the dashboard (the default)"),
    "check": ("kiểm tra mọi tệp của sổ; mã thoát 1 nếu có lỗi", "check every file of the book; exit code 1 on any error"),
    "report": ("báo cáo một tháng theo nhóm", "report a month grouped by category"),
    "carry": ("chuyển nhiệm vụ chưa xong sang tháng sau", "carry unfinished tasks over to next month"),
    "book": ("thư mục sổ giao ban (mặc định: thư mục hiện tại)", "the briefing book's folder (default: the current folder)"),
    "month": ("tháng, dạng 2020-06 (mặc định: tháng mới nhất)", "the month, as 2020-06 (default: the latest)"),
    "from": ("tháng nguồn, dạng 2020-05", "the month to carry from, as 2020-05"),
    "task": (
        "mã nhiệm vụ (có thể lặp lại); bỏ trống: mọi nhiệm vụ chưa xong",
        "a task id (may repeat); none: every unfinished task",
    ),
    "format": ("định dạng: text hoặc json", "format: text or json"),
    "lang": (
        "ngôn ngữ giao diện: vi hoặc en (mặc định: theo dithub.toml)",
        "interface language: vi or en (default: from dithub.toml)",
    ),
}


_EXAMPLES = """\
  dithub [BOOK] [--month 2020-06] [--lang vi|en]
  dithub check BOOK
  dithub report BOOK [--month 2020-06] [--format text|json]
  dithub report ROLLUP [--month 2020-06] [--format text|json]   (ROLLUP: a folder of books, or dithub-rollup.toml)
  dithub check ROLLUP
  dithub carry BOOK --from 2020-05 [--task ID ...]
"""


def _parser(language: Language) -> argparse.ArgumentParser:
    def h(key: str) -> str:
        vi, en = _HELP[key]
        return en if language == "en" else vi

    parser = argparse.ArgumentParser(
        prog="dithub",
        description=t("cli.description", language),
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", metavar="{" + ",".join(COMMANDS) + "}")

    def command(name: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=h(name), description=h(name))
        sub.add_argument("--lang", choices=LANGUAGES, help=h("lang"))
        return sub

    opener = command("open")
    opener.add_argument("book", nargs="?", default=".", help=h("book"))
    opener.add_argument("--month", help=h("month"))
    command("check").add_argument("book", help=h("book"))
    reporter = command("report")
    reporter.add_argument("book", help=h("book"))
    reporter.add_argument("--month", help=h("month"))
    reporter.add_argument("--format", choices=("text", "json"), default="text", help=h("format"))
    carrier = command("carry")
    carrier.add_argument("book", help=h("book"))
    carrier.add_argument("--from", dest="source", required=True, help=h("from"))
    carrier.add_argument("--task", action="append", dest="tasks", help=h("task"))
    for name, module in PLUGGED.items():
        vi, en = module.HELP
        sub = commands.add_parser(name, help=en if language == "en" else vi, description=en if language == "en" else vi)
        sub.add_argument("--lang", choices=LANGUAGES, help=h("lang"))
        module.add_arguments(sub, lambda pair: pair[1] if language == "en" else pair[0])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    asked = _asked_language(args_list)
    if {"-h", "--help"} & set(args_list) and all(
        a in ("-h", "--help", "--lang", asked) or a.startswith("--lang=") for a in args_list
    ):
        args_list = ["--help"]  # `dithub --lang en --help`: the whole tool's help, not `open`'s
    if not args_list or args_list[0] not in (*COMMANDS, "-h", "--help"):
        args_list.insert(0, "open")  # `dithub BOOK` opens the dashboard
    args = _parser(asked or "vi").parse_args(args_list)
    try:
        return _run(args, asked)
    except KeyboardInterrupt:
        print(t("cli.interrupted", asked or "vi"), file=sys.stderr)
        return 130
    except BrokenPipeError:  # `dithub report BOOK | head`: the reader left, nothing is wrong
        sys.stderr.close()
        return 0


def _asked_language(argv: list[str]) -> Language | None:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv) and argv[index + 1] in LANGUAGES:
            return argv[index + 1]  # type: ignore[return-value]
        if arg.startswith("--lang=") and arg[7:] in LANGUAGES:
            return arg[7:]  # type: ignore[return-value]
    return None


def _run(args: argparse.Namespace, asked: Language | None) -> int:
    if args.command in PLUGGED:
        return PLUGGED[args.command].run(args, asked)
    folder = Path(args.book).expanduser()
    if args.command in ("report", "check") and is_rollup(folder):  # many books: see rollup.py
        from .commands import _rollup

        return (
            _rollup.report(folder, args.month, args.format, asked) if args.command == "report" else _rollup.check(folder, asked)
        )
    language: Language = asked or "vi"
    if not folder.is_dir():
        print(t("cli.not_a_folder", language, path=folder), file=sys.stderr)
        return 1
    book = Book.open(folder)
    language = asked or book.language
    if args.command == "open":
        from .ui.app import DithubApp  # textual only when the dashboard is wanted

        start = month_arg(args.month, language) if args.month else None
        if args.month and start is None:
            return 1
        first = start if start in book.keys else book.latest
        if first is not None:
            book.load(first)  # the month to show, read before the screen exists: painted at once
        DithubApp(book, language=language, start=start).run()
        return 0
    if not book.keys and args.command != "open":
        print(t("cli.no_months", language, path=folder), file=sys.stderr)
        return 1
    if args.command == "check":
        return _check(book, language)
    if args.command == "report":
        return _report(book, args, language)
    return _carry(book, args, language)


def _check(book: Book, language: Language) -> int:
    book.load_all()
    problems = list(book.problems)
    for key in book.keys:
        problems += book.files[key].problems
    for problem in problems:
        print(printable(problem_line(problem, language)))
    errors = [p for p in problems if not p.is_warning]
    if errors:
        print(t("cli.check_failed", language, errors=len(errors), files=len({p.file for p in errors})))
        return 1
    tasks = sum(len(book.files[key].month.tasks) for key in book.keys)  # type: ignore[union-attr]
    print(t("cli.check_ok", language, months=len(book.keys), tasks=tasks))
    return 0


def _report(book: Book, args: argparse.Namespace, language: Language) -> int:
    from . import report

    key = open_month(book, args.month, language)
    if key is None:
        return 1
    month = book.months[key]
    assert month is not None
    if args.format == "json":
        print(report.as_json(month, book.settings))
    elif sys.stdout.isatty():
        report.print_table(month, book.settings, language)
    else:
        for line in report.as_text(month, book.settings, language):
            print(line)
    return 0


def _carry(book: Book, args: argparse.Namespace, language: Language) -> int:
    key = open_month(book, args.source, language)
    if key is None:
        return 1
    try:
        outcome, change = book.carry(key, args.tasks)
        book.save_all()
    except UnknownTask as error:
        print(t("cli.unknown_task", language, month=key, id=error.task_id), file=sys.stderr)
        return 1
    except MonthNotOpen as error:
        print(t("cli.month_broken", language, month=month_label(error.key, language)), file=sys.stderr)
        for problem in book.files[error.key].problems:
            print(f"  {printable(problem_line(problem, language))}", file=sys.stderr)
        return 1
    except StorageError as error:
        print(storage_message(error, language), file=sys.stderr)
        return 1
    target = key.next()
    month = book.months[key]
    assert month is not None
    titles = {task.id: task.title for task in month.tasks}
    if outcome.carried:
        print(t("cli.carried", language, month=target, file=book.store.month_path(target).name))
        for task_id in outcome.carried:
            print(printable(f"  {task_id}: {titles[task_id]}"))
    for heading, ids in (("cli.already_there", outcome.already_there), ("cli.not_open", outcome.not_open)):
        if ids:
            print(t(heading, language, month=target))
            for task_id in ids:
                print(printable(f"  {task_id}: {titles[task_id]}"))
    if not outcome.carried and not outcome.already_there and not outcome.not_open:
        print(t("cli.nothing_to_carry", language))
    return 0
