"""`dithub serve BOOK`: the dashboard in a browser, for the meeting room's TV or a second laptop.

Each browser tab runs the very dashboard a terminal runs (`python -m dithub open BOOK`), so the
keys, the saving and the merge of outside edits are the same; this only decides the command line
and the words around it.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # names for the type hints only; the modules load inside run
    from ..i18n import Language
    from ..serving import ListenFailure

NAME = "serve"
HELP = (
    "mở bảng điều khiển trong trình duyệt (màn hình phòng họp, máy thứ hai)",
    "open the dashboard in a web browser (the meeting room's screen, a second laptop)",
)
WILDCARD_HOSTS = ("0.0.0.0", "::", "")


def add_arguments(parser: argparse.ArgumentParser, h: Callable[[tuple[str, str]], str]) -> None:
    from ..messages.serve import MESSAGES
    from ..messages.wall import MESSAGES as WALL_MESSAGES
    from ._shared import WALL_THEMES

    parser.add_argument("book", help=h(MESSAGES["serve.help_book"]))
    parser.add_argument("--host", default="127.0.0.1", help=h(MESSAGES["serve.help_host"]))
    parser.add_argument("--port", default="8000", help=h(MESSAGES["serve.help_port"]))
    parser.add_argument("--month", help=h(MESSAGES["serve.help_month"]))
    parser.add_argument("--theme", choices=WALL_THEMES, help=h(WALL_MESSAGES["wall.help_theme"]))
    parser.epilog = h(MESSAGES["serve.help_warning"])  # said before anyone starts it, not only after


def run(args: argparse.Namespace, language: Language | None) -> int:
    from ..i18n import t
    from ._shared import month_arg, open_book

    asked = language
    opened = open_book(args.book, asked)
    if opened is None:
        return 1
    book, language = opened
    if args.month and month_arg(args.month, language) is None:
        return 1
    port = _port(args.port)
    if port is None:
        print(t("serve.bad_port", language, value=args.port), file=sys.stderr)
        return 1
    try:
        from ..serving import BookServer, ListenFailure, serve
    except ImportError:
        print(t("serve.missing_package", language), file=sys.stderr)
        return 1

    folder = book.folder.resolve()
    name = book.settings.unit or folder.name
    server = BookServer(dashboard_command(folder, args.month, asked, args.theme), args.host, port, f"dithub — {name}")

    def ready(bound: int) -> None:
        url = f"http://{_url_host(args.host)}:{bound}"
        if args.host in WILDCARD_HOSTS:
            print(t("serve.started_everywhere", language, book=name, port=bound, url=f"http://127.0.0.1:{bound}"))
        else:
            print(t("serve.started", language, book=name, url=url))
        print(t("serve.tabs", language))
        print(t("serve.warning", language))
        print(t("serve.how_to_stop", language), flush=True)

    try:
        serve(server, ready)
    except ListenFailure as failure:
        print(_failure_message(failure, args.host, port, language), file=sys.stderr)
        return 1
    print(t("serve.stopped", language))
    return 0


def dashboard_command(folder: Path, month: str | None, language: Language | None, theme: str | None = None) -> str:
    """What each browser tab runs: this very interpreter and dithub, on the book's absolute path.

    `open` is spelled out so that a book folder named like a command (`check`) is still a book.
    `exec` lets the shell step aside, so stopping the tab stops the dashboard itself. --lang only
    when asked: otherwise each tab speaks the book's language as the terminal does.
    """
    words = [sys.executable, "-m", "dithub", "open", str(folder)]
    if language:
        words += ["--lang", language]
    if month:
        words += ["--month", month]
    if theme:  # the wall's colours, for the room's TV
        words += ["--theme", theme]
    return "exec " + shlex.join(words)


def _port(value: str) -> int | None:
    try:
        port = int(value)
    except ValueError:
        return None
    return port if 0 <= port <= 65535 else None


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host  # an IPv6 address goes in brackets in a URL


def _failure_message(failure: ListenFailure, host: str, port: int, language: Language) -> str:
    from ..i18n import t

    reason = failure.reason
    if reason == "port_in_use":
        return t("serve.port_in_use", language, port=port, other=port + 1 if port < 65535 else 8000)
    if reason == "port_forbidden":
        return t("serve.port_forbidden", language, port=port)
    if reason == "bad_host":
        return t("serve.bad_host", language, host=host)
    return t("serve.cannot_listen", language, host=host, port=port, reason=failure.detail)
