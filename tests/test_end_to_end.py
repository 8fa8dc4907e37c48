"""The real `dithub BOOK` command in a pseudo-terminal: it starts, shows the month, and quits."""

from __future__ import annotations

import os
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import copy_sample_book

pty = pytest.importorskip("pty")

SAMPLE = Path(__file__).resolve().parents[1] / "sample_data" / "hai-duong"
ANSI = re.compile(rb"\x1b(\[[0-9;?<>=$]*[A-Za-z~]|\][^\x07]*\x07|[()][0-9A-B])")


def run_in_terminal(args: list[str], keys: list[bytes], wait_for: bytes, timeout: float = 30.0) -> tuple[int, bytes]:
    pid, fd = pty.fork()
    if pid == 0:  # the child: dithub, as a person would start it
        os.environ.update(TERM="xterm-256color", COLUMNS="120", LINES="40")
        os.execv(sys.executable, [sys.executable, "-m", "dithub", *args])
    output = b""
    deadline = time.monotonic() + timeout
    try:
        for key in [None, *keys]:
            if key is not None:
                os.write(fd, key)
            while time.monotonic() < deadline:
                ready, _, _ = select.select([fd], [], [], 0.05)
                if ready:
                    try:
                        output += os.read(fd, 65536)
                    except OSError:
                        break
                if key is None and wait_for in ANSI.sub(b"", output):
                    time.sleep(0.3)  # let it settle before the keys
                    break
                if key is not None and not ready:
                    break
        while time.monotonic() < deadline:  # read until it exits (the terminal closes: EIO)
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                try:
                    output += os.read(fd, 65536)
                except OSError:
                    pass
            finished, status = os.waitpid(pid, os.WNOHANG)
            if finished:
                return os.waitstatus_to_exitcode(status), output
        raise AssertionError("dithub did not quit: " + ANSI.sub(b"", output)[-2000:].decode("utf-8", "replace"))
    finally:
        try:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(fd)


def test_dithub_opens_the_sample_book_ticks_and_quits(tmp_path: Path) -> None:
    book = tmp_path / "hai-duong"
    copy_sample_book(book.parent, book.name)
    before = (book / "2020-06.toml").read_text(encoding="utf-8")
    code, output = run_in_terminal([str(book)], [b" ", b"q"], "Kiểm tra Công ty TNHH UNIDEN".encode())
    screen = ANSI.sub(b"", output).decode("utf-8", "replace")
    assert code == 0, screen[-2000:]
    assert "Traceback" not in screen
    assert "Tháng 6/2020" in screen and "Xong" in screen
    after = (book / "2020-06.toml").read_text(encoding="utf-8")
    assert after.count('status = "done"') == before.count('status = "done"') + 1  # the tick is on disk


def test_dithub_in_english_on_a_month_given(tmp_path: Path) -> None:
    book = tmp_path / "hai-duong"
    copy_sample_book(book.parent, book.name)
    code, output = run_in_terminal([str(book), "--month", "2020-05", "--lang", "en"], [b"q"], b"May 2020")
    screen = ANSI.sub(b"", output).decode("utf-8", "replace")
    assert code == 0 and "Traceback" not in screen and "Thanh tra" in screen


def test_dithub_on_a_folder_that_is_not_there_says_so() -> None:
    result = subprocess.run([sys.executable, "-m", "dithub", "/khong/co/thu/muc"], capture_output=True, text=True, timeout=30)
    assert result.returncode == 1 and "Không tìm thấy thư mục" in result.stderr and "Traceback" not in result.stderr
