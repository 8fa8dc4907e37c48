"""Issue 12: the real `dithub` in a pseudo-terminal gets SIGTERM, SIGHUP or SIGINT at a random
moment around a tick or a carry of every open task (a terminal closed mid-meeting, a laptop
shutting down, a stray kill). Each time: what the screen acknowledged is on disk, every file
parses, no task is open in two months at once, the next start leaves no temp file, and the
terminal was given back (the alternate screen left, the mouse off).

10 rounds in the default run, 100 with DITHUB_SLOW=1.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import tomli

from .conftest import ROOT, copy_sample, scaled, temp_files

sys.path.insert(0, str(ROOT / "benchmarks"))
from pty_measure import PtyApp, strip_ansi  # noqa: E402

ROUNDS = scaled(10, 100)
SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)
ALT_ON, ALT_OFF = b"\x1b[?1049h", b"\x1b[?1049l"
MOUSE_ON, MOUSE_OFF = b"\x1b[?1000h", b"\x1b[?1000l"
DOWN, SPACE = b"\x1b[B", b" "
UNIDEN_ROW = 7  # rows below the first task: which task the tick hits does not matter


def statuses(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    return {task["id"]: task["status"] for task in tomli.loads(path.read_text(encoding="utf-8"))["tasks"]}


def done_count(shown: str) -> int | None:
    """The header's "Xong 3/21": the last count the screen showed."""
    counts = re.findall(r"Xong (\d+)/\d+", shown)
    return int(counts[-1]) if counts else None


def one_round(folder: Path, rng: random.Random) -> dict[str, object]:
    action = rng.choice(("tick", "carry"))
    sig = rng.choice(SIGNALS)
    delay = rng.choice((0.0, rng.uniform(0, 0.05), rng.uniform(0.05, 0.6)))
    with PtyApp([sys.executable, "-m", "dithub", str(folder)], cwd=ROOT) as app:
        app.wait_for("Trợ giúp".encode(), timeout=60, stripped=True)
        app.settle()
        if action == "tick":
            for _ in range(rng.randrange(0, 5)):
                app.press(DOWN)
            before = done_count(strip_ansi(bytes(app.output)))
            mark = len(app.output)
            os.write(app.master, SPACE)
        else:
            os.write(app.master, b"C")
            app.wait_for("chưa xong sang".encode(), timeout=10, stripped=True)
            mark = len(app.output)
            os.write(app.master, b"y")
        end = time.perf_counter() + delay
        while time.perf_counter() < end:
            app._read(end - time.perf_counter())
        app.proc.send_signal(sig)
        deadline = time.perf_counter() + 15
        while app.proc.poll() is None and time.perf_counter() < deadline:
            app._read(0.05)
        app._read(0.1)
        exited = app.proc.poll() is not None
        output = bytes(app.output)
    shown = strip_ansi(output[mark:])
    if action == "tick":
        after = done_count(shown)
        acknowledged = after is not None and after != before
    else:
        acknowledged = "Đã chuyển" in shown
    return {
        "action": action,
        "signal": sig.name,
        "delay": delay,
        "exited": exited,
        "output": output,
        "acknowledged": acknowledged,
    }


def test_signals_around_ticks_and_carries_lose_nothing_acknowledged(tmp_path: Path) -> None:
    rng = random.Random(20200620)
    found: list[str] = []
    counts = {"rounds": 0, "acknowledged": 0, "on_disk": 0}
    for number in range(ROUNDS):
        folder = copy_sample(tmp_path / f"round-{number}")
        june_before = statuses(folder / "2020-06.toml")
        result = one_round(folder, rng)
        counts["rounds"] += 1
        what = f"round {number}: {result['action']} + {result['signal']} after {result['delay']:.3f}s"
        output: bytes = result["output"]  # type: ignore[assignment]
        if not result["exited"]:
            found.append(f"{what}: still running 15 s after the signal")
            continue
        if output.rfind(ALT_ON) > output.rfind(ALT_OFF):
            found.append(f"{what}: the terminal was left in the alternate screen")
        if output.rfind(MOUSE_ON) > output.rfind(MOUSE_OFF):
            found.append(f"{what}: the mouse was left on")
        june, july = statuses(folder / "2020-06.toml"), statuses(folder / "2020-07.toml")  # both must parse
        twice = [i for i, s in june.items() if s == "open" and july.get(i) == "open"]
        if twice:
            found.append(f"{what}: open in June and July at once: {twice}")
        changed = june != june_before or bool(july)
        counts["on_disk"] += changed
        if result["acknowledged"]:
            counts["acknowledged"] += 1
            if not changed:
                found.append(f"{what}: shown on screen, not on disk")
        subprocess.run([sys.executable, "-m", "dithub", "check", str(folder)], cwd=ROOT, capture_output=True, timeout=60)
        if temp_files(folder):
            found.append(f"{what}: temp files after the next start: {temp_files(folder)}")
    print(f"signal rounds: {counts}")
    assert not found, "\n".join(found)
    assert counts["acknowledged"] > 0  # the rounds did reach the moment that matters


if sys.platform == "win32":  # pragma: no cover
    pytestmark = pytest.mark.skip(reason="needs a POSIX pseudo-terminal")
