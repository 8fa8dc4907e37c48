"""The `dithub` command: open the dashboard, or check, report and carry over without it."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Literal

from .book import Book, MonthNotOpen
from .cli_parser import USAGE_ERROR, Parser, nearest, pick, unknown_command
from .commands import plugged
from .commands._shared import WALL_THEMES, book_folder, month_arg, month_in_book, open_month, storage_message, warn_about_book
from .dates import parse_day
from .i18n import LANGUAGES, Language, month_label, problem_line, t
from .model import Status, UnknownTask
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
    "due": (
        "hạn mới của nhiệm vụ chuyển sang: một ngày (2020-07-31 hoặc 31/07/2020), keep (giữ hạn cũ, mặc định) hoặc clear (bỏ hạn)",
        "the carried tasks' deadline next month: a date (2020-07-31 or 31/07/2020), keep (the old one, default) or clear (none)",
    ),
    "lang": (
        "ngôn ngữ giao diện: vi hoặc en (mặc định: theo dithub.toml)",
        "interface language: vi or en (default: from dithub.toml)",
    ),
}


_EXAMPLES = {
    "vi": """\
Ví dụ:
  dithub [SỔ] [--month 2020-06] [--lang vi|en] [--theme wall-dark|wall-light]
  dithub init SỔ [--unit TÊN] [--month 2020-06]
  dithub check SỔ
  dithub report SỔ [--month 2020-06] [--format text|json]
  dithub carry SỔ --from 2020-05 [--task MÃ ...] [--due 2020-06-30|keep|clear]
""",
    "en": """\
Examples:
  dithub [BOOK] [--month 2020-06] [--lang vi|en] [--theme wall-dark|wall-light]
  dithub init BOOK [--unit NAME] [--month 2020-06]
  dithub check BOOK
  dithub report BOOK [--month 2020-06] [--format text|json]
  dithub report ROLLUP [--month 2020-06] [--format text|json]   (ROLLUP: a folder of books, or dithub-rollup.toml)
  dithub check ROLLUP
  dithub carry BOOK --from 2020-05 [--task ID ...] [--due 2020-06-30|keep|clear]
""",
}


def _parser(language: Language) -> Parser:
    def h(key: str) -> str:
        return pick(_HELP[key], language)

    parser = Parser(prog="dithub", description=t("cli.description", language), epilog=_EXAMPLES[language], language=language)
    parser.add_argument("--lang", choices=LANGUAGES, help=h("lang"))
    commands = parser.add_subparsers(
        dest="command", metavar="{" + ",".join(COMMANDS) + "}", title=t("args.commands_title", language)
    )

    def command(name: str, help_text: str) -> Parser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--lang", choices=LANGUAGES, help=h("lang"))
        return sub

    opener = command("open", h("open"))
    opener.add_argument("book", nargs="?", default=".", help=h("book"))
    opener.add_argument("--month", help=h("month"))
    opener.add_argument("--theme", choices=WALL_THEMES, help=t("wall.help_theme", language))
    command("check", h("check")).add_argument("book", help=h("book"))
    reporter = command("report", h("report"))
    reporter.add_argument("book", help=h("book"))
    reporter.add_argument("--month", help=h("month"))
    reporter.add_argument("--format", choices=("text", "json"), default="text", help=h("format"))
    carrier = command("carry", h("carry"))
    carrier.add_argument("book", help=h("book"))
    carrier.add_argument("--from", dest="source", required=True, help=h("from"))
    carrier.add_argument("--task", action="append", dest="tasks", help=h("task"))
    carrier.add_argument("--due", default="keep", help=h("due"))
    for name, module in PLUGGED.items():
        module.add_arguments(command(name, pick(module.HELP, language)), lambda pair: pick(pair, language))
    for sub in commands.choices.values():
        sub.localize_metavars()
    return parser


def long_lived_from_here() -> None:
    """What starting made (modules, the month read first) is never garbage: leave it out of every
    later collection, so none of them walks 10,000 tasks, and collect again from here. Only when
    main() turned collection off: a test calling main(argv) keeps its own collector as it was."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:  # dithub itself (the `dithub` command, python -m dithub), not a caller's test
        # Starting makes a few hundred thousand objects that live as long as the program (Textual,
        # the month on screen): no collection passes over them while it starts (see above).
        gc.disable()
    args_list = list(sys.argv[1:] if argv is None else argv)
    asked = _asked_language(args_list)
    args_list = _without_lang(args_list)  # `dithub --lang en check BOOK` works as well as after the command
    language = asked or _book_language(args_list) or "vi"  # for the words of a usage error
    if {"-h", "--help"} & set(args_list) and all(a in ("-h", "--help") for a in args_list):
        args_list = ["--help"]  # `dithub --lang en --help`: the whole tool's help, not `open`'s
    if args_list and args_list[0] not in (*COMMANDS, "-h", "--help") and not args_list[0].startswith("-"):
        _check_command_word(args_list, language)
    if not args_list or args_list[0] not in (*COMMANDS, "-h", "--help"):
        args_list.insert(0, "open")  # `dithub BOOK` opens the dashboard
    args = _parser(language).parse_args(args_list)
    try:
        return _run(args, asked)
    except KeyboardInterrupt:
        print(t("cli.interrupted", asked or "vi"), file=sys.stderr)
        return 130
    except BrokenPipeError:  # `dithub report BOOK | head`: the reader left, nothing is wrong
        sys.stderr.close()
        return 0


def _asked_language(argv: list[str]) -> Language | None:
    """--lang (anywhere) wins over DITHUB_LANG; None: the book's language."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv) and argv[index + 1] in LANGUAGES:
            return argv[index + 1]  # type: ignore[return-value]
        if arg.startswith("--lang=") and arg[7:] in LANGUAGES:
            return arg[7:]  # type: ignore[return-value]
    env = os.environ.get("DITHUB_LANG", "").strip().lower()
    return env if env in LANGUAGES else None  # type: ignore[return-value]


def _without_lang(argv: list[str]) -> list[str]:
    """The arguments without --lang, which main has read; a wrong one goes last, for the command to tell."""
    kept: list[str] = []
    wrong: list[str] = []
    skip = False
    for index, arg in enumerate(argv):
        if skip:
            skip = False
        elif arg == "--lang":
            skip = index + 1 < len(argv)
            if not skip or argv[index + 1] not in LANGUAGES:
                wrong += argv[index : index + 2]
        elif arg.startswith("--lang="):
            wrong += [] if arg[7:] in LANGUAGES else [arg]
        else:
            kept.append(arg)
    return kept + wrong


def _book_language(argv: list[str]) -> Language | None:
    """The language of the book named on the command line, to word a usage error in it."""
    from .reading import SETTINGS_FILE, read_settings

    for arg in argv:
        folder = Path(arg).expanduser()
        if not arg.startswith("-") and (folder / SETTINGS_FILE).is_file():
            language = read_settings(folder)[0].language
            return language if language in LANGUAGES else None  # type: ignore[return-value]
    return None


def _check_command_word(argv: list[str], language: Language) -> None:
    """`dithub chek BOOK`: a word that is not a command nor a folder, said as a command mistyped."""
    word = argv[0]
    if Path(word).expanduser().exists():
        return  # `dithub BOOK`
    # Another word that is not an option's value: `dithub chek BOOK` (an option's value follows it).
    more_words = any(not a.startswith("-") and not (b.startswith("--") and "=" not in b) for b, a in zip(argv, argv[1:]))
    if nearest(word, COMMANDS) or more_words:
        unknown_command(word, COMMANDS, language)


def _run(args: argparse.Namespace, asked: Language | None) -> int:
    if args.command != "open":
        long_lived_from_here()  # the dashboard does it once its month is read
    if args.command in PLUGGED:
        return PLUGGED[args.command].run(args, asked)
    rollup_folder = Path(args.book).expanduser()
    if args.command in ("open", "report", "check") and is_rollup(rollup_folder):  # many books: see rollup.py
        from .commands import _rollup

        long_lived_from_here()
        if args.command == "open":
            return _rollup.open_view(rollup_folder, args.month, asked)
        if args.command == "report":
            return _rollup.report(rollup_folder, args.month, args.format, asked)
        return _rollup.check(rollup_folder, asked)
    folder = book_folder(args.book, asked or "vi", args.command)
    if folder is None:
        return 1
    book = Book.open(folder)
    language: Language = asked or book.language  # type: ignore[assignment]
    if args.command == "open":
        from .ui.app import DithubApp  # textual only when the dashboard is wanted

        start = month_arg(args.month, language) if args.month else None
        if args.month and (start is None or not month_in_book(book, start, language)):
            return 1
        first = start if start in book.keys else book.latest
        if first is not None:
            # The month to show, read before the screen exists: painted at once. Its text stays
            # whole: compressing it would delay the first paint, and its first save needs it.
            book.load(first, pack=False)
        long_lived_from_here()
        DithubApp(book, language=language, start=start, theme=args.theme).run()
        return 0
    if args.command != "check" or not book.keys:
        warn_about_book(book, language)  # check lists these among the rest
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
    if problems:  # "no errors" must not read as "nothing to see"
        print(t("check.warnings", language, count=len(problems)))
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


def _due_arg(value: str) -> date | Literal["keep", "clear"] | None:
    """--due: "keep", "clear", or a date as 2020-07-31 or 31/07/2020; None when it is none of them."""
    word = value.strip().lower()
    if word in ("keep", "clear"):
        return word  # type: ignore[return-value]
    return parse_day(word)


def _carry(book: Book, args: argparse.Namespace, language: Language) -> int:
    due = _due_arg(args.due)
    if due is None:
        print(t("args.bad_due", language, value=args.due), file=sys.stderr)
        return USAGE_ERROR
    key = open_month(book, args.source, language)
    if key is None:
        return 1
    try:
        outcome, change = book.carry(key, args.tasks, due)
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
    if outcome.carried and due != "keep":
        when = (
            t("carry.due_cleared", language, month=target)
            if due == "clear"
            else t("carry.due_set", language, month=target, due=f"{due:%d/%m/%Y}")
        )
        print(when)
    if not outcome.carried and not outcome.already_there and not outcome.not_open:
        earlier = [task for task in month.tasks if task.status is Status.CARRIED and outcome.target.has_task(task.id)]
        if args.tasks is None and earlier:
            print(t("carry.nothing_left", language, count=len(earlier), month=target))
        else:
            print(t("cli.nothing_to_carry", language))
    return 0
