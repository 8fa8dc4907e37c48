"""dithub benchmark suite: dithub against a bare Textual app, through a real pty.

  python benchmarks/run.py [--runs 5] [--quick]

Prints a table (check | book | bare | dithub | ratio | target | result). It is a benchmark,
not a test: the exit code is 0 whatever the results, non-zero only if the harness breaks.
"""

from __future__ import annotations

import argparse
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import SUITE_BOOKS, book_dir, make_book  # noqa: E402
from pty_measure import DOWN, AppTimeout, Measurement, measure, percentile  # noqa: E402
from rows import Row, format_table  # noqa: E402

REPO = HERE.parent
BARE_CMD = ["{python}", str(HERE / "bare_app.py"), "{marker}"]
DITHUB_CMD = ["{python}", "-m", "dithub", "{book}"]
TICK = b" "

# Targets: first-paint ratio per book (None: informational), absolute key p95, memory ratio.
# Measured with each book's cache of parsed months warm (see warm_caches); 1x10000 also cold.
FIRST_PAINT_TARGETS: dict[str, float | None] = {"1x40": 1.15, "60x200": 1.25, "1x2000": None, "1x10000": 1.5}
COLD_BOOK, COLD_TARGET = "1x10000", 2.5
KEY_P95_MS = 16.7
RSS_BOOK, RSS_RATIO = "60x200", 1.5
KEY_BOOK = "1x2000"

Pick = Callable[[Measurement], float]  # extracts one figure from a run


@dataclass
class Config:
    runs: int
    keys: int  # presses of each key per session
    key_sessions: int  # sessions per app for key latency (interleaved)
    app_template: list[str]
    app_name: str
    app_error: str | None = None  # set when the app fails its warm-up: skip it everywhere


def build_cmd(template: list[str], book: Path, marker: str) -> list[str]:
    """Fill {python}/{book}/{marker}; a bare "python" means this interpreter; no {book}: append it."""
    values = {"python": sys.executable, "book": str(book), "marker": marker}
    cmd = [part.format(**values) for part in template]
    if cmd and cmd[0] in ("python", "python3"):
        cmd[0] = sys.executable
    if not any("{book}" in part for part in template):
        cmd.append(str(book))
    return cmd


def load_note() -> str:
    """Other work on the machine skews every figure: say how busy it was."""
    return "loadavg " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def machine() -> str:
    try:
        textual = version("textual")
    except PackageNotFoundError:
        textual = "not installed"
    cpus = len(os.sched_getaffinity(0))
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"machine: nproc={cpus}  python={platform.python_version()} ({sys.executable})  "
        f"textual={textual}  {platform.system()} {platform.release()}  loadavg={load}"
    )


@dataclass
class Side:
    """Results of one command (bare or app) on one book; stops after its first failure."""

    cmd: list[str]
    runs: list[Measurement] = field(default_factory=list)
    error: str | None = None

    def run(self, marker: str, keys: Sequence[bytes] = (), rss: bool = False) -> None:
        if self.error:
            return
        try:
            self.runs.append(measure(self.cmd, marker, keys, cwd=REPO, rss=rss))
        except AppTimeout as exc:
            self.error = str(exc)

    def median(self, pick: Pick) -> float | None:
        return statistics.median(pick(m) for m in self.runs) if self.runs else None


def first_paint_rows(tmp: Path, marker: str, cfg: Config) -> list[Row]:
    rows: list[Row] = []
    for name in SUITE_BOOKS:
        book = book_dir(tmp, name)
        bare = Side(build_cmd(BARE_CMD, book, marker))
        app = Side(build_cmd(cfg.app_template, book, marker), error=cfg.app_error)
        rss = name == RSS_BOOK
        for i in range(cfg.runs):
            # Interleaved so machine noise hits both sides alike, in ABBA order because
            # the second of two back-to-back launches measured ~2% faster (warm caches).
            for side in (bare, app) if i % 2 == 0 else (app, bare):
                side.run(marker, rss=rss)
        rows.append(_ratio_row("first paint", name, bare, app, lambda m: m.first_paint_s * 1000, "ms", FIRST_PAINT_TARGETS[name]))
        if rss:
            rows.append(_ratio_row("peak RSS", name, bare, app, lambda m: m.peak_rss_bytes / 2**20, "MiB", RSS_RATIO))
        print(f"  measured {name}", flush=True)
    return rows


def warm_caches(tmp: Path) -> None:
    """Fill every book's .dithub/cache/ (as any earlier dithub run would), so first paint is warm."""
    for name in SUITE_BOOKS:
        subprocess.run(
            [sys.executable, "-m", "dithub", "check", str(book_dir(tmp, name))], cwd=REPO, capture_output=True, check=False
        )


def cold_first_paint_row(tmp: Path, marker: str, cfg: Config) -> Row:
    """First paint of the 10,000-task month with its cache removed before every dithub run."""
    book = book_dir(tmp, COLD_BOOK)
    bare = Side(build_cmd(BARE_CMD, book, marker))
    app = Side(build_cmd(cfg.app_template, book, marker), error=cfg.app_error)
    for i in range(cfg.runs):
        for side in (bare, app) if i % 2 == 0 else (app, bare):
            if side is app:
                shutil.rmtree(book / ".dithub" / "cache", ignore_errors=True)
            side.run(marker)
    warm_caches(tmp)  # leave it as the other rows found it
    return _ratio_row("first paint, cache cold", COLD_BOOK, bare, app, lambda m: m.first_paint_s * 1000, "ms", COLD_TARGET)


def _ratio_row(check: str, name: str, bare: Side, app: Side, pick: Pick, unit: str, limit: float | None) -> Row:
    b, a = bare.median(pick), app.median(pick)
    passed = None if limit is None or a is None or b is None else a / b <= limit
    if app.error or bare.error:
        passed = False if limit is not None else None
    detail = "; ".join(
        f"{label} runs "
        + " ".join(f"{pick(m):.{1 if unit == 'MiB' else 0}f}" for m in side.runs)
        + (f" ERROR: {side.error}" if side.error else "")
        for label, side in (("bare", bare), ("app", app))
    )
    if check == "first paint":  # when the app is idle again: background loading included
        ready = [side.median(lambda m: (m.ready_s or 0) * 1000) for side in (bare, app)]
        detail += f"; ready (settled) median bare {_ms(ready[0])} / app {_ms(ready[1])}"
    return Row(check, name, b, a, unit, f"ratio ≤ {limit}" if limit else "", passed, detail)


def key_rows(tmp: Path, marker: str, cfg: Config) -> list[Row]:
    # Ticks save the book: use a copy, so the model benchmarks later get pristine books.
    book = shutil.copytree(book_dir(tmp, KEY_BOOK), tmp / f"keys-{KEY_BOOK}")
    keys = [DOWN] * cfg.keys + [TICK] * cfg.keys
    bare = Side(build_cmd(BARE_CMD, book, marker))
    app = Side(build_cmd(cfg.app_template, book, marker), error=cfg.app_error)
    for i in range(cfg.key_sessions):
        for side in (bare, app) if i % 2 == 0 else (app, bare):
            side.run(marker, keys=keys)
    rows = []
    for label, key in (("↓", DOWN), ("tick ␣", TICK)):
        # Settled (last byte once the app is idle) carries the target; first change is
        # when the user first sees a reaction: informational.
        for first in (False, True):
            b, a = _key_stats(bare, key, first), _key_stats(app, key, first)
            detail = f"median bare {_ms(b[1])} / app {_ms(a[1])}; {b[2]} bare, {a[2]} app samples"
            for side_label, side, stats in (("bare", bare, b), ("app", app, a)):
                if stats[3] and not first:
                    detail += f"; {side_label}: {stats[3]}"
                if side.error and not first:
                    detail += f"; {side_label} ERROR: {side.error}"
            if first:
                rows.append(Row(f"{label} first change p95", KEY_BOOK, b[0], a[0], "ms", "", None, detail))
            else:
                passed = a[0] is not None and a[0] <= KEY_P95_MS  # no samples (error, silent): FAIL
                rows.append(Row(f"{label} settled p95", KEY_BOOK, b[0], a[0], "ms", f"≤ {KEY_P95_MS} ms", passed, detail))
    return rows


def _key_stats(side: Side, key: bytes, first: bool) -> tuple[float | None, float | None, int, str]:
    """(p95 ms, median ms, samples, warnings) for one key, pooled over sessions."""
    lat = [x * 1000 for m in side.runs for x in m.latencies(key, first)]
    silent = sum(m.count(key, "silent") for m in side.runs)
    late = sum(m.count(key, "late") for m in side.runs)
    warn = []
    if silent:
        warn.append(f"{silent} presses caused no output")
    if late:
        warn.append(f"{late} presses had late output (after the app had settled)")
    if not lat:
        return None, None, 0, ", ".join(warn)
    return percentile(lat, 95), statistics.median(lat), len(lat), ", ".join(warn)


def _ms(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} ms"


# --- model-level benchmarks ---------------------------------------------------------------
# Not UI: loading the whole book, saving after one tick, carrying 2,000 tasks, one search
# keystroke over 12,000 tasks. They live in benchmarks/model_bench.py (written separately),
# which must provide `run(tmp: Path) -> list[rows.Row]`; the books are at
# generate.book_dir(tmp, name) for name in generate.SUITE_BOOKS (bare=None, absolute targets).
# It should turn dithub failures into FAIL rows: an exception escaping it is a broken harness.
def model_benchmarks(tmp: Path) -> list[Row]:
    try:
        import model_bench  # type: ignore[import-not-found]
    except ModuleNotFoundError as exc:
        if exc.name not in ("model_bench", "dithub") and not (exc.name or "").startswith("dithub."):
            raise
        print(f"model benchmarks skipped: {exc}")
        return []
    return list(model_bench.run(tmp))


def compile_bytecode() -> str:
    """Byte-compile dithub and the bare app, as pip does for an installed package.

    Both sides must start from cached bytecode: with PYTHONDONTWRITEBYTECODE set (some shells
    and CI images set it) an editable install recompiles its modules from source at every
    launch, while Textual in site-packages was compiled at install time.
    """
    import compileall

    import dithub

    here = Path(__file__).resolve().parent
    compileall.compile_dir(Path(dithub.__file__).parent, quiet=1)
    compileall.compile_file(here / "bare_app.py", quiet=1)
    note = " (PYTHONDONTWRITEBYTECODE is set: compiled here once)" if os.environ.get("PYTHONDONTWRITEBYTECODE") else ""
    return f"bytecode: dithub and bare_app.py compiled before measuring{note}"


def main() -> int:
    parser = argparse.ArgumentParser(description="dithub benchmark suite")
    parser.add_argument("--runs", type=int, help="first-paint runs per book and side (default 5, quick 3)")
    parser.add_argument("--quick", action="store_true", help="3 runs, fewer keys: under 2 minutes")
    parser.add_argument("--keys", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--no-rollup", action="store_true", help="skip the roll-up rows (20 books x 120 months: ~3 min)")
    # Hidden: measure another command as "the app", e.g. "{python} benchmarks/bare_app.py {marker}"
    # for the noise floor. Placeholders {python} {book} {marker}; without {book} the book is appended.
    parser.add_argument("--app-cmd", help=argparse.SUPPRESS)
    args = parser.parse_args()
    cfg = Config(
        runs=args.runs or (3 if args.quick else 5),
        keys=args.keys or (15 if args.quick else 30),
        key_sessions=1 if args.quick else 2,
        app_template=shlex.split(args.app_cmd) if args.app_cmd else DITHUB_CMD,
        app_name="app" if args.app_cmd else "dithub",
    )
    print(machine())
    print(f"app: {' '.join(cfg.app_template)}   runs={cfg.runs} keys={cfg.keys}x{cfg.key_sessions} sessions")
    print(compile_bytecode())
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="dithub-bench-") as tmp_name:
        tmp = Path(tmp_name)
        markers = {make_book(book_dir(tmp, name), months, tasks) for name, (months, tasks) in SUITE_BOOKS.items()}
        (marker,) = markers  # every book shares the marker title
        print(f"books generated in {time.perf_counter() - started:.1f} s: {', '.join(SUITE_BOOKS)}")

        # Warm-up (not counted): .pyc compilation and the page cache would otherwise hit run 1.
        # If the app cannot paint the 40-task book, do not spend 120 s timeouts on every book.
        for template in (BARE_CMD, cfg.app_template):
            warm = Side(build_cmd(template, book_dir(tmp, "1x40"), marker))
            warm.run(marker)
            if warm.error and template is BARE_CMD:
                raise SystemExit(f"harness broken: the bare app did not paint: {warm.error}")
            if warm.error:
                print(f"warm-up failed, app not measured: {' '.join(warm.cmd)}\n  {warm.error}")
                cfg.app_error = "not measured: warm-up failed (see above)"

        warm_caches(tmp)
        rows = first_paint_rows(tmp, marker, cfg)
        rows.append(cold_first_paint_row(tmp, marker, cfg))
        rows += key_rows(tmp, marker, cfg)
        print()
        print(format_table(rows, cfg.app_name))
        print()
        print("model-level benchmarks (no floor, absolute targets):")
        model = model_benchmarks(tmp)
        if model:
            print(format_table(model, cfg.app_name))
        if not args.no_rollup:
            import rollup_bench

            print()
            print(f"roll-up benchmarks (one process per run; absolute targets): {load_note()}")
            print(format_table(rollup_bench.run(tmp, cfg.runs), cfg.app_name))
            import rollup_screen_bench

            print()
            print(f"roll-up screen (dithub ROLLUP) against the bare app, through the pty: {load_note()}")
            screen_rows = rollup_screen_bench.run(tmp, cfg.runs, presses=cfg.keys, sessions=cfg.key_sessions)
            print(format_table(screen_rows, cfg.app_name))
            print(f"  after: {load_note()}")
    print(f"\ntotal {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
