"""Measure a terminal app the way a user sees it: through a real pseudo-terminal.

Stdlib only (pty/os.openpty + subprocess + select). The app gets a 120x40 xterm-256color
terminal; we read everything it writes, timestamped, and never let the pty buffer fill
(a full buffer would stall the app and inflate the figures).

  first paint  spawn -> the marker text appears in the output stream
  ready        spawn -> the app has settled after first paint (background loading done)
  key latency  key written -> first byte of output ("first change") and -> last byte before
               the app settles ("settled")
  peak RSS     max VmHWM over the app's process tree once settled

"Settled" means QUIET_S (50 ms) with no output AND almost no CPU used by the app's threads.
Silence alone is not enough: dithub paints one key's effects in several frames 20–100 ms
apart (cursor row, details pane, footer; for a tick, the save thread's "saved" state) and
computes in between, so a pure 30 ms silence window stops at a random gap (measured: a
median of 27 ms against a true 91 ms for a cursor move, with 31 of 50 presses having output
after it). The CPU check (per-thread schedstat, ns resolution) tells "between frames, still
working" from "done"; with it, 50 ms matched the true last byte on every press.

Debug CLI:  python benchmarks/pty_measure.py --marker BENCH-FIRST-PAINT [--keys 5] [--dump out.bin] -- CMD...
"""

from __future__ import annotations

import argparse
import fcntl
import math
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

COLS, ROWS = 120, 40
FIRST_PAINT_TIMEOUT_S = 120.0
QUIET_S = 0.05  # settle window: 3 Textual frames (60 Hz) with no output ...
IDLE_CPU_SHARE = 0.03  # ... and < 3% of a core used in it (an idle Textual app uses ~0.2%)
START_QUIET_S = 0.3  # before keys: startup settled for this long
PRE_KEY_QUIET_S = 0.12  # before each key: settled this long; output in it is flagged "late"
KEY_TIMEOUT_S = 2.0  # no output within this -> the key did nothing visible
SETTLE_TIMEOUT_S = 30.0  # apps that never settle (a ticking clock) still get measured

DOWN = b"\x1b[B"
CTRL_Q = b"\x11"
ANSI_RE = re.compile(rb"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|P[^\x1b]*\x1b\\|[@-Z\\-_])")


def strip_ansi(data: bytes) -> str:
    return ANSI_RE.sub(b"", data).decode("utf-8", "replace")


def needle_for(marker: str) -> bytes:
    """The leading ASCII word of the marker, searched for in raw output.

    Textual writes a run of same-styled ASCII contiguously, but cursor moves or style
    changes may split the rest of a Vietnamese title; a short ASCII token avoids that.
    """
    token = marker.split()[0] if marker.split() else marker
    return token.encode("utf-8")


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile (no interpolation: with 40 samples, p95 is the 38th)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


class AppTimeout(RuntimeError):
    pass


@dataclass
class Press:
    key: bytes
    latency_s: float | None  # key -> last byte before settling; None: no output within KEY_TIMEOUT_S
    first_s: float | None  # key -> first byte of output
    late: bool = False  # more output came after the app was judged settled


@dataclass
class Measurement:
    first_paint_s: float
    ready_s: float | None = None  # spawn -> settled after first paint
    presses: list[Press] = field(default_factory=list)
    peak_rss_bytes: int = 0

    def latencies(self, key: bytes | None = None, first: bool = False) -> list[float]:
        values = [p.first_s if first else p.latency_s for p in self.presses if key in (None, p.key)]
        return [v for v in values if v is not None]

    def count(self, key: bytes, what: str) -> int:
        """Presses of `key` that were "silent" or "late"."""
        return sum(1 for p in self.presses if p.key == key and (p.latency_s is None if what == "silent" else p.late))


class PtyApp:
    """One app running under a pty. Use as a context manager: it always cleans up."""

    def __init__(self, cmd: list[str], cwd: Path | str | None = None, cols: int = COLS, rows: int = ROWS) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        # shutil.get_terminal_size() (used by Textual) prefers these over the ioctl.
        env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(cols), "LINES": str(rows)}
        for noisy in ("TEXTUAL", "TEXTUAL_DEVTOOLS_PORT", "NO_COLOR"):
            env.pop(noisy, None)
        self.output = bytearray()
        self.last_output_at = 0.0
        self.spawned_at = time.perf_counter()
        self.proc = subprocess.Popen(
            cmd,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=cwd,
            env=env,
            start_new_session=True,
            close_fds=True,
            # Make the pty the controlling terminal, as a real terminal emulator does.
            preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0),
        )
        os.close(slave)  # else we would never see EOF
        self.eof = False
        self.watched: list[int] = [self.proc.pid]  # whose CPU counts; see watch_tree()

    # -- reading ---------------------------------------------------------------
    def _read(self, timeout: float) -> bool:
        """Read what is available within `timeout`; True if anything arrived."""
        if self.eof:
            time.sleep(max(0.0, timeout))
            return False
        ready, _, _ = select.select([self.master], [], [], max(0.0, timeout))
        if not ready:
            return False
        try:
            data = os.read(self.master, 1 << 16)
        except OSError:  # EIO: the child closed its side
            data = b""
        now = time.perf_counter()
        if not data:
            self.eof = True
            return False
        self.output += data
        self.last_output_at = now
        return True

    def wait_for(self, needle: bytes, timeout: float, stripped: bool = False) -> float:
        """Seconds from spawn until `needle` appears (raw bytes, or ANSI-stripped text)."""
        deadline = time.perf_counter() + timeout
        scanned = 0
        while True:
            if stripped:
                if needle.decode() in strip_ansi(bytes(self.output)):
                    return self.last_output_at - self.spawned_at
            elif self.output.find(needle, max(0, scanned - len(needle))) >= 0:
                return self.last_output_at - self.spawned_at
            scanned = len(self.output)
            remaining = deadline - time.perf_counter()
            if remaining <= 0 or (self.eof and not self._read(0)):
                tail = strip_ansi(bytes(self.output[-2000:]))[-600:]
                state = "exited" if self.eof or self.proc.poll() is not None else "still running"
                raise AppTimeout(f"marker {needle!r} not seen ({state}); last output: {tail!r}")
            self._read(min(remaining, 0.5))

    def settle(self, quiet: float = QUIET_S, timeout: float = SETTLE_TIMEOUT_S) -> bool:
        """Read until `quiet` s pass with no output and under IDLE_CPU_SHARE of a core used.

        Returns True if any output arrived meanwhile.
        """
        deadline = time.perf_counter() + timeout
        got = False
        while time.perf_counter() < deadline and not self.eof:
            cpu_before = self.cpu_s()
            if self._read(quiet):
                got = True
            elif self.cpu_s() - cpu_before < IDLE_CPU_SHARE * quiet:
                return got
        return got

    def watch_tree(self) -> None:
        """Count the CPU of the whole process tree (call once the app is up: wrappers fork)."""
        self.watched = _tree(self.proc.pid)

    def cpu_s(self) -> float:
        return sum(_cpu_s(pid) for pid in self.watched)

    # -- input -----------------------------------------------------------------
    def press(self, key: bytes) -> Press:
        """Write `key`; time the first byte it causes and the last byte before settling."""
        sent_at = time.perf_counter()
        os.write(self.master, key)
        if not self._read(KEY_TIMEOUT_S):
            return Press(key, None, None)
        first = self.last_output_at - sent_at
        self.settle()
        return Press(key, self.last_output_at - sent_at, first)

    # -- memory ----------------------------------------------------------------
    def peak_rss(self) -> int:
        """Largest VmHWM (bytes) in the process tree: the command may be a wrapper."""
        return max((_vm_hwm(pid) for pid in _tree(self.proc.pid)), default=0)

    # -- shutdown --------------------------------------------------------------
    def close(self) -> None:
        try:
            if self.proc.poll() is None:
                try:
                    os.write(self.master, CTRL_Q)
                except OSError:
                    pass
                deadline = time.perf_counter() + 3.0
                while self.proc.poll() is None and time.perf_counter() < deadline:
                    self._read(0.05)  # keep draining: the app writes its teardown sequences
            for sig, grace in ((signal.SIGTERM, 2.0), (signal.SIGKILL, 5.0)):
                if self.proc.poll() is not None:
                    break
                try:
                    os.killpg(self.proc.pid, sig)
                except ProcessLookupError:
                    break
                try:
                    self.proc.wait(grace)
                except subprocess.TimeoutExpired:
                    pass
        finally:
            # Closing the master hangs up the session: any straggler gets SIGHUP.
            os.close(self.master)

    def __enter__(self) -> PtyApp:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def _vm_hwm(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def _cpu_s(pid: int) -> float:
    """CPU seconds of all threads of `pid`: schedstat (ns), else stat (clock ticks)."""
    total = 0.0
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return 0.0
    for tid in tasks:
        try:
            total += int(Path(f"/proc/{pid}/task/{tid}/schedstat").read_text().split()[0]) / 1e9
        except (OSError, ValueError, IndexError):
            try:
                fields = Path(f"/proc/{pid}/task/{tid}/stat").read_text().rsplit(")", 1)[1].split()
                total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            except (OSError, ValueError, IndexError):
                pass
    return total


def _tree(root: int) -> list[int]:
    """`root` and all its descendants (from /proc/*/stat parent ids)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def measure(
    cmd: list[str],
    marker: str,
    keys: Sequence[bytes] = (),
    cwd: Path | str | None = None,
    rss: bool = False,
    timeout: float = FIRST_PAINT_TIMEOUT_S,
) -> Measurement:
    """One session: first paint, then settle (ready), then keys, then RSS."""
    with PtyApp(cmd, cwd) as app:
        result = Measurement(app.wait_for(needle_for(marker), timeout))
        app.watch_tree()
        app.settle()
        result.ready_s = app.last_output_at - app.spawned_at if app.last_output_at else None
        if keys:
            app.settle(START_QUIET_S)
        for key in keys:
            press = app.press(key)
            # Output in this pause still belongs to this key, but came after it "settled".
            press.late = app.settle(PRE_KEY_QUIET_S)
            result.presses.append(press)
        if rss:
            result.peak_rss_bytes = app.peak_rss()
        return result


def first_paint(cmd: list[str], marker: str, cwd: Path | str | None = None) -> float:
    return measure(cmd, marker, cwd=cwd).first_paint_s


def key_latencies(cmd: list[str], marker: str, keys: list[bytes], cwd: Path | str | None = None) -> list[float]:
    return measure(cmd, marker, keys, cwd=cwd).latencies()


def peak_rss(cmd: list[str], marker: str, cwd: Path | str | None = None) -> int:
    return measure(cmd, marker, cwd=cwd, rss=True).peak_rss_bytes


def main() -> None:
    parser = argparse.ArgumentParser(description="Measure one app under a pty.")
    parser.add_argument("--marker", required=True)
    parser.add_argument("--keys", type=int, default=0, help="number of down-arrow presses")
    parser.add_argument("--key", default="down", help="down | j | space | literal text")
    parser.add_argument("--stripped", action="store_true", help="search ANSI-stripped text for the full marker")
    parser.add_argument("--dump", type=Path, help="write raw output here")
    parser.add_argument("cmd", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    cmd = args.cmd[1:] if args.cmd[:1] == ["--"] else args.cmd
    key = {"down": DOWN, "space": b" "}.get(args.key, args.key.encode())
    with PtyApp(cmd) as app:
        needle = args.marker.encode() if args.stripped else needle_for(args.marker)
        print(f"first paint: {app.wait_for(needle, FIRST_PAINT_TIMEOUT_S, args.stripped) * 1000:.1f} ms")
        app.watch_tree()
        app.settle()
        print(f"ready: {(app.last_output_at - app.spawned_at) * 1000:.1f} ms")
        presses: list[Press] = []
        for _ in range(args.keys):
            app.settle(PRE_KEY_QUIET_S)
            presses.append(app.press(key))
        ms = lambda x: "-" if x is None else f"{x * 1000:.1f}"  # noqa: E731
        if presses:
            print("first change ms:", " ".join(ms(p.first_s) for p in presses))
            print("settled ms:     ", " ".join(ms(p.latency_s) for p in presses))
        print(f"peak RSS: {app.peak_rss() / 2**20:.1f} MiB")
        if args.dump:
            args.dump.write_bytes(bytes(app.output))
    sys.exit(0)


if __name__ == "__main__":
    main()
