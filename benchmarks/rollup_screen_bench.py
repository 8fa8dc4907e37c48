"""The roll-up screen (`dithub ROLLUP`) against the bare Textual app, through a real pty, on the
generated roll-up of 20 units x 120 months x 40 tasks:

  first paint, cache warm and cold   spawn -> the roll-up's name on screen (ratio to bare)
  every unit's month shown           spawn -> the progress line says the chosen month of every
                                     unit is in (or that everything is read), cache warm
  key while loading                  ↓/↑ in the units list while the other months are still being
                                     read (cache cold, so reading lasts the whole session): key ->
                                     the last byte written to any screen row but the progress
                                     line's, once 50 ms pass with nothing more there (the progress
                                     line keeps changing, so the usual "settled" cannot be used)
  peak RSS                           VmHWM once every month of every unit is read (cache warm)

  python benchmarks/rollup_screen_bench.py [TMP] [--runs 5]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import MARKER_TITLE, ROLLUP_SUITE  # noqa: E402
from pty_measure import DOWN, ROWS, AppTimeout, PtyApp, measure, percentile, strip_ansi  # noqa: E402
from rollup_bench import MEMORY_TARGET_MIB, clear_cache, ensure_rollup  # noqa: E402
from rows import Row  # noqa: E402

REPO = HERE.parent
UP = b"\x1b[A"
WARM_TARGET, COLD_TARGET = 1.5, 3.0
CURRENT_TARGET_S = 1.0
KEY_P95_MS = 16.7
PROGRESS_ROW = ROWS - 1  # 1-based: the line above the key bar
QUIET_S = 0.05
GAP_S = 0.06  # between presses
_CURSOR_TO = re.compile(rb"\x1b\[(\d+);\d+H")
# English words (`--lang en`), so the needles are plain ASCII in the stream.
CURRENT_IN = ("of every unit is in", "Read 2400 months")


def _cmd(rollup: Path, lang: str | None = None) -> list[str]:
    return [sys.executable, "-m", "dithub", str(rollup), *(["--lang", lang] if lang else [])]


def _bare() -> list[str]:
    return [sys.executable, str(HERE / "bare_app.py"), MARKER_TITLE]


def _wait_text(app: PtyApp, needles: tuple[str, ...], timeout: float) -> float:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        text = strip_ansi(bytes(app.output[-20000:]))
        if any(needle in text for needle in needles):
            return app.last_output_at - app.spawned_at
        app._read(0.05)  # noqa: SLF001 - the measurer's own reader
    raise AppTimeout(f"none of {needles} seen in {timeout:.0f} s")


def _rows_written(data: bytes) -> set[int]:
    """Screen rows that `data` writes text on. A cursor move with no text after it (every frame
    ends by putting the cursor back at 1;1) writes nothing."""
    found = set()
    moves = list(_CURSOR_TO.finditer(data))
    for move, following in zip(moves, [*moves[1:], None]):
        text = data[move.end() : following.start() if following else len(data)]
        if strip_ansi(text):
            found.add(int(move.group(1)))
    return found


def _press_while_busy(app: PtyApp, key: bytes) -> float | None:
    """Key -> last byte that touched a row other than the progress line (None: nothing did)."""
    import os

    start = len(app.output)
    sent = time.perf_counter()
    os.write(app.master, key)
    last: float | None = None
    quiet_from = sent
    while time.perf_counter() - quiet_from < (QUIET_S if last else 2.0):
        before = len(app.output)
        if app._read(0.01) and _rows_written(bytes(app.output[before:])) - {PROGRESS_ROW}:  # noqa: SLF001
            last = app.last_output_at - sent
            quiet_from = app.last_output_at
    del start
    return last


def first_paint_rows(tmp: Path, runs: int) -> list[Row]:
    rollup = ensure_rollup(tmp)
    name = "rollup {}x{}x{}".format(*ROLLUP_SUITE)
    marker = rollup.name  # the header shows the roll-up's folder name
    rows = []
    for label, cold, limit in (("warm", False, WARM_TARGET), ("cold", True, COLD_TARGET)):
        bare, app = [], []
        for i in range(runs):
            for side in (bare, app) if i % 2 == 0 else (app, bare):
                if side is app:
                    if cold:
                        clear_cache(rollup)
                    side.append(measure(_cmd(rollup), marker, cwd=REPO).first_paint_s * 1000)
                else:
                    side.append(measure(_bare(), MARKER_TITLE, cwd=REPO).first_paint_s * 1000)
        b, a = statistics.median(bare), statistics.median(app)
        detail = f"bare runs {' '.join(f'{x:.0f}' for x in bare)}; app runs {' '.join(f'{x:.0f}' for x in app)}"
        rows.append(Row(f"roll-up first paint, cache {label}", name, b, a, "ms", f"ratio ≤ {limit}", a / b <= limit, detail))
    return rows


def current_and_memory_rows(tmp: Path, runs: int) -> list[Row]:
    rollup = ensure_rollup(tmp)
    name = "rollup {}x{}x{}".format(*ROLLUP_SUITE)
    _warm(rollup)
    shown, peaks = [], []
    for _ in range(runs):
        with PtyApp(_cmd(rollup, "en"), cwd=REPO) as app:
            shown.append(_wait_text(app, CURRENT_IN, 60))
            _wait_text(app, ("Read 2400 months",), 300)
            peaks.append(app.peak_rss() / 2**20)
    median = statistics.median(shown) * 1000
    detail = "spawn -> every unit's chosen month on screen, runs " + " ".join(f"{x * 1000:.0f}" for x in shown)
    peak = max(peaks)
    return [
        Row(
            "roll-up: every unit's month shown, warm",
            name,
            None,
            median,
            "ms",
            f"≤ {CURRENT_TARGET_S * 1000:.0f} ms",
            median <= CURRENT_TARGET_S * 1000,
            detail,
        ),
        Row(
            "roll-up: peak RSS, all months read",
            name,
            None,
            peak,
            "MiB",
            f"< {MEMORY_TARGET_MIB:.0f} MiB",
            peak < MEMORY_TARGET_MIB,
            "VmHWM runs " + " ".join(f"{x:.0f}" for x in peaks),
        ),
    ]


def _warm(rollup: Path) -> None:
    """Fill every book's cache (as an earlier dithub run would)."""
    import subprocess

    subprocess.run([sys.executable, "-m", "dithub", "check", str(rollup)], cwd=REPO, capture_output=True, check=False)


def key_rows(tmp: Path, presses: int, sessions: int) -> list[Row]:
    rollup = ensure_rollup(tmp)
    name = "rollup {}x{}x{}".format(*ROLLUP_SUITE)
    latencies: list[float] = []
    silent = 0
    still_loading = True
    for _ in range(sessions):
        clear_cache(rollup)  # cold: the other months take the whole session to read
        with PtyApp(_cmd(rollup, "en"), cwd=REPO) as app:
            _wait_text(app, CURRENT_IN, 120)
            app.watch_tree()
            for i in range(presses):
                key = DOWN if (i // 10) % 2 == 0 else UP  # the list is 21 lines: down ten, up ten
                latency = _press_while_busy(app, key)
                if latency is None:
                    silent += 1
                else:
                    latencies.append(latency * 1000)
                time.sleep(GAP_S)
                app._read(0)  # noqa: SLF001
            still_loading = still_loading and "Read 2400 months" not in strip_ansi(bytes(app.output[-20000:]))
    _warm(rollup)
    p95 = percentile(latencies, 95) if latencies else None
    detail = (
        f"{len(latencies)} presses, median {statistics.median(latencies):.1f} ms" if latencies else "no samples"
    ) + f"; {silent} silent; months still loading at the last key: {'yes' if still_loading else 'NO'}"
    passed = p95 is not None and p95 <= KEY_P95_MS and still_loading
    return [Row("roll-up ↓/↑ settled p95, while loading", name, None, p95, "ms", f"≤ {KEY_P95_MS} ms", passed, detail)]


def run(tmp: Path, runs: int = 5, presses: int = 30, sessions: int = 2) -> list[Row]:
    try:
        _warm(ensure_rollup(tmp))
        return first_paint_rows(tmp, runs) + current_and_memory_rows(tmp, max(1, runs // 2)) + key_rows(tmp, presses, sessions)
    except AppTimeout as error:
        return [Row("roll-up screen", "rollup", None, None, "ms", "", False, f"FAILED: {error}")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tmp", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from rows import format_table

    with tempfile.TemporaryDirectory(prefix="dithub-rollup-screen-") as scratch:
        print(format_table(run(args.tmp or Path(scratch), args.runs), "dithub"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
