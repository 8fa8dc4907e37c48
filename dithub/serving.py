"""The dashboard in a browser: textual-serve runs one `python -m dithub open BOOK` per browser tab.

Each tab is a dashboard process of its own that reads and saves the book like a terminal would, so
two tabs on one book meet in the same merge of outside edits. This module only listens, checks
where a connection comes from, and stops the tabs' processes when the server stops; it says
nothing itself (the command prints, in the interface's language) and imports textual-serve, which
brings aiohttp and rich, so only `dithub serve` loads it.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import signal
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from aiohttp import web
from textual_serve.server import Server

# How long the tabs' dashboards get to finish (each has already saved its changes) when we stop.
STOP_SECONDS = 10.0


@dataclass(frozen=True)
class ListenFailure(Exception):
    """Why the port could not be opened, in words the command turns into a message."""

    reason: str  # "port_in_use", "port_forbidden", "bad_host" or "other"
    detail: str = ""


class BookServer(Server):
    """textual-serve's server, quiet, answering only pages of its own, and able to stop its tabs."""

    def __init__(self, command: str, host: str, port: int, title: str) -> None:
        super().__init__(command, host=host, port=port, title=title)
        self.sessions: set[asyncio.Task[object]] = set()

    def initialize_logging(self) -> None:
        """Only textual-serve's warnings and errors (a tab whose dashboard failed to start), no access log."""
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(message)s"))
        log = logging.getLogger("textual-serve")
        log.addHandler(handler)
        log.setLevel(logging.WARNING)

    async def on_startup(self, app: web.Application) -> None:
        """No banner: the command says where we listen once the port is really ours."""

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        # The page names the websocket's address, which textual-serve builds from --host: wrong for
        # 0.0.0.0 and for a TV that knows this computer by another name. Use the address the browser
        # used. Nothing runs between setting it and its use (the handler does not wait on anything).
        self.public_url = f"http://{request.host}"
        return await super().handle_index(request)  # type: ignore[misc]

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        # Browsers let any web page open a websocket to 127.0.0.1: without this, a page visited on the
        # secretary's laptop could type into the book. Our own page always sends its own origin.
        origin = request.headers.get("Origin")
        if origin is not None and urlsplit(origin).netloc.lower() != request.host.lower():
            raise web.HTTPForbidden(text="dithub: this page may not open the book")
        task = asyncio.current_task()
        assert task is not None
        self.sessions.add(task)
        try:
            return await super().handle_websocket(request)
        finally:
            self.sessions.discard(task)

    async def stop_sessions(self) -> None:
        """Tell every tab's dashboard to quit (textual-serve does it when its connection ends), bounded."""
        sessions = list(self.sessions)
        for session in sessions:
            session.cancel()
        if sessions:
            await asyncio.wait(sessions, timeout=STOP_SECONDS)


def serve(server: BookServer, on_ready: Callable[[int], None]) -> None:
    """Listen until SIGINT or SIGTERM; `on_ready(port)` once the port is open. Raises ListenFailure."""
    server.initialize_logging()
    asyncio.run(_serve(server, on_ready))


async def _serve(server: BookServer, on_ready: Callable[[int], None]) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signal_number in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signal_number, stop.set)
    app = await server._make_app()  # textual-serve's routes and page; pinned below 2 in pyproject.toml
    runner = web.AppRunner(app, handle_signals=False, access_log=None)
    await runner.setup()
    try:
        site = web.TCPSite(runner, server.host, server.port)
        try:
            await site.start()
        except OSError as error:
            raise _failure(error) from None
        on_ready(_bound_port(runner, server.port))
        await stop.wait()
    finally:
        await server.stop_sessions()
        with contextlib.suppress(Exception):  # stopping: a connection that breaks now changes nothing
            await runner.cleanup()


def _bound_port(runner: web.AppRunner, asked: int) -> int:
    """The port really opened (what `--port 0` chose)."""
    for address in runner.addresses:
        if isinstance(address, tuple) and len(address) >= 2:
            return int(address[1])
    return asked


def _failure(error: OSError) -> ListenFailure:
    if isinstance(error, socket.gaierror):
        return ListenFailure("bad_host")
    if error.errno == errno.EADDRINUSE:
        return ListenFailure("port_in_use")
    if error.errno == errno.EACCES:
        return ListenFailure("port_forbidden")
    if error.errno in (errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT):
        return ListenFailure("bad_host")
    return ListenFailure("other", error.strerror or str(error))
