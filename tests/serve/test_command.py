"""`dithub serve` without a browser: its words, its refusals, what each tab runs, who may connect."""

from __future__ import annotations

import asyncio
import shlex
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from dithub.commands.serve import dashboard_command

from .conftest import ROOT, dashboards_running, start_server

RUN_SECONDS = 30


def dithub(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dithub", *args], cwd=ROOT, capture_output=True, text=True, timeout=RUN_SECONDS)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("vi", ("ai vào được địa chỉ và cổng này đều xem và sửa được sổ", "Ctrl+C để dừng", "127.0.0.1")),
        ("en", ("anyone who can reach this address and port can see and change the book", "Ctrl+C to stop", "127.0.0.1")),
    ],
)
def test_help_warns_that_anyone_who_reaches_the_port_can_change_the_book(language: str, words: tuple[str, ...]) -> None:
    result = dithub("serve", "--help", "--lang", language)
    assert result.returncode == 0
    text = " ".join(result.stdout.split())  # argparse wraps lines
    for word in words:
        assert word in text


def test_start_message_says_where_who_and_how_to_stop_then_ctrl_c_stops(book_dir: Path) -> None:
    served = start_server(book_dir, "--lang", "en")
    assert served.stop() == 0
    text = "".join(served.output)
    assert f"is open in a browser at: {served.url}" in text
    assert "anyone who can reach this address can see and change the book" in text
    assert "Press Ctrl+C to stop." in text
    assert text.rstrip().endswith("Stopped; browsers can no longer open the book.")
    assert "Traceback" not in text


def test_a_port_already_in_use_is_told_plainly(book_dir: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = dithub("serve", str(book_dir), "--port", str(port))
    assert result.returncode == 1
    assert f"Cổng {port} đang có chương trình khác dùng" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stdout == ""  # nothing claimed to be open


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--host", "192.0.2.1"], "Cannot listen on the address “192.0.2.1”: it is not an address of this computer."),
        (["--port", "tám nghìn"], "“tám nghìn” is not a port; give a number from 1 to 65535"),
        (["--port", "70000"], "“70000” is not a port"),
        (["--month", "tháng sáu"], "“tháng sáu” is not a month; write it as 2020-06."),
    ],
)
def test_bad_host_port_or_month_gets_a_message_not_a_traceback(book_dir: Path, args: list[str], message: str) -> None:
    result = dithub("serve", str(book_dir), "--lang", "en", *args)  # 192.0.2.1: a documentation address, never ours
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_a_missing_book_is_told_in_the_interface_language(tmp_path: Path) -> None:
    result = dithub("serve", str(tmp_path / "so-giao-ban-2021"))
    assert result.returncode == 1
    assert "Không tìm thấy thư mục sổ" in result.stderr and "so-giao-ban-2021" in result.stderr
    assert "Traceback" not in result.stderr


def test_each_tab_runs_this_interpreter_on_the_books_absolute_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "Sổ giao ban 'Sở TT&TT' $HOME"  # quotes, & and $ must reach dithub untouched
    command = dashboard_command(folder, "2020-06", "en")
    words = shlex.split(command)
    assert words == ["exec", sys.executable, "-m", "dithub", "open", str(folder), "--lang", "en", "--month", "2020-06"]
    assert "--lang" not in dashboard_command(folder, None, None)  # not asked: the book's own language
    # The shell really hands that folder over whole: the same words, with a one-line Python in place of dithub.
    probe = command.replace(" -m dithub open ", " -c 'import sys; print(sys.argv[1])' ", 1)
    result = subprocess.run(["sh", "-c", probe], capture_output=True, text=True, timeout=RUN_SECONDS)
    assert result.stdout.strip() == str(folder)


def test_a_relative_book_path_is_made_absolute_for_the_tabs(book_dir: Path) -> None:
    served = start_server(Path("hai-duong"), cwd=book_dir.parent)  # typed relative to where dithub serve runs
    try:
        assert "dithub — Sở Thông tin và Truyền thông tỉnh Hải Dương" in _get(served.url)  # the book's unit names the page
        assert asyncio.run(_websocket_status(served.url, served.url, hold=lambda: dashboards_running(book_dir))) == 1
    finally:
        assert served.stop() == 0


def _get(url: str) -> str:
    from urllib.request import urlopen

    with urlopen(url, timeout=RUN_SECONDS) as response:  # noqa: S310 - our own server on 127.0.0.1
        return response.read().decode("utf-8")


async def _websocket_status(url: str, origin: str, hold: Callable[[], int] | None = None) -> int:
    """101 once the dashboard's websocket opens (or what `hold()` says while it is open), else the refusal."""
    import aiohttp

    timeout = aiohttp.ClientWSTimeout(ws_close=5)
    async with aiohttp.ClientSession() as session:
        try:
            async with session.ws_connect(f"{url}/ws?width=80&height=24", origin=origin, timeout=timeout) as websocket:
                if hold is None:
                    return 101
                await asyncio.wait_for(websocket.receive(), RUN_SECONDS)  # the dashboard is up once it draws
                return hold()
        except aiohttp.WSServerHandshakeError as error:
            return error.status


def test_another_sites_page_cannot_open_the_book(book_dir: Path) -> None:
    """A web page on another site, open in the same browser, may not type into the dashboard."""
    served = start_server(book_dir)
    try:
        assert asyncio.run(_websocket_status(served.url, "http://tin-tuc.example")) == 403
        assert asyncio.run(_websocket_status(served.url, "http://127.0.0.1.example:80")) == 403
        assert asyncio.run(_websocket_status(served.url, served.url)) == 101  # our own page
    finally:
        assert served.stop() == 0


def test_the_page_names_the_websocket_by_the_address_the_browser_used(book_dir: Path) -> None:
    """A TV that reaches this computer by its name (not by --host) must still find the dashboard's websocket."""
    from urllib.request import Request, urlopen

    served = start_server(book_dir)
    try:
        port = served.url.rsplit(":", 1)[1]
        request = Request(served.url, headers={"Host": f"may-giao-ban.local:{port}"})  # sent to 127.0.0.1 all the same
        with urlopen(request, timeout=RUN_SECONDS) as response:  # noqa: S310 - our own server on 127.0.0.1
            page = response.read().decode("utf-8")
    finally:
        assert served.stop() == 0
    assert f'data-session-websocket-url="ws://may-giao-ban.local:{port}/ws"' in page
