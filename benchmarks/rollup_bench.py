"""Roll-up benchmarks: `dithub report ROLLUP --format json` warm and cold, and loading the whole
roll-up (time and peak memory), on a generated roll-up of 20 units x 120 months x 40 tasks.

Each figure is the wall clock of a fresh process (`python -m dithub ...` or a small loader
script), so imports count as a user meets them. "Cold" removes every book's `.dithub/cache/`
before each run; "warm" runs after a run that filled it.

  python benchmarks/rollup_bench.py [TMP] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import ROLLUP_SUITE, make_rollup, rollup_dir  # noqa: E402
from rows import Row  # noqa: E402

REPO = HERE.parent
REPORT_TARGET_MS = 1000.0
MEMORY_TARGET_MIB = 300.0

# Loads every month of every unit, as the roll-up screen's worker will; prints figures as JSON.
LOADER = """
import json, resource, sys, time
start = time.perf_counter()
from pathlib import Path
from dithub.rollup import Rollup, load_months
rollup = Rollup.open(Path(sys.argv[1]))
current = {}
def progress(p):
    if p.done == len(rollup.units):
        current["s"] = time.perf_counter() - start
months = load_months(rollup, progress=progress)
tasks = sum(len(m.tasks) for u in rollup.units for m in u.book.months.values() if m)
print(json.dumps({"s": time.perf_counter() - start, "current_s": current.get("s"), "months": months, "tasks": tasks,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def ensure_rollup(tmp: Path) -> Path:
    folder = rollup_dir(tmp)
    if not folder.exists():
        make_rollup(folder, *ROLLUP_SUITE)
    return folder


def clear_cache(rollup: Path) -> None:
    for cache in rollup.glob("*/.dithub/cache"):
        shutil.rmtree(cache)


def _timed(cmd: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=600, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {done.returncode}: {done.stderr[-2000:]}")
    return elapsed, done.stdout


def _report(rollup: Path) -> float:
    elapsed, out = _timed([sys.executable, "-m", "dithub", "report", str(rollup), "--format", "json"])
    units = json.loads(out)["units"]
    if len(units) != ROLLUP_SUITE[0] or any(u["state"] != "ok" for u in units):
        raise RuntimeError(f"report gave {len(units)} units, states {sorted({u['state'] for u in units})}")
    return elapsed * 1000


def _load(rollup: Path) -> dict[str, float]:
    _, out = _timed([sys.executable, "-c", LOADER, str(rollup)])
    return json.loads(out)


def run(tmp: Path, runs: int = 5) -> list[Row]:
    rollup = ensure_rollup(tmp)
    name = "rollup {}x{}x{}".format(*ROLLUP_SUITE)
    rows: list[Row] = []
    try:
        cold, warm = [], []
        for _ in range(runs):
            clear_cache(rollup)
            cold.append(_report(rollup))
            warm.append(_report(rollup))
        for label, figures in (("warm", warm), ("cold", cold)):
            passed = statistics.median(figures) <= REPORT_TARGET_MS if label == "warm" else None
            target = f"≤ {REPORT_TARGET_MS:.0f} ms" if label == "warm" else ""
            detail = f"report --format json ({label} cache) runs " + " ".join(f"{x:.0f}" for x in figures)
            rows.append(Row(f"report ROLLUP json, {label}", name, None, statistics.median(figures), "ms", target, passed, detail))
        clear_cache(rollup)
        loads = {"cold": _load(rollup), "warm": _load(rollup)}
        for label, figures in loads.items():
            detail = (
                f"{label}: {figures['months']:.0f} months, {figures['tasks']:.0f} tasks; "
                f"every unit's latest month read after {figures['current_s'] * 1000:.0f} ms"
            )
            rows.append(Row(f"load whole roll-up, {label}", name, None, figures["s"] * 1000, "ms", "", None, detail))
        peak = max(figures["peak_mib"] for figures in loads.values())
        detail = "max RSS (ru_maxrss) of the loader process, " + ", ".join(f"{k} {v['peak_mib']:.0f}" for k, v in loads.items())
        rows.append(
            Row(
                "peak RSS, load roll-up",
                name,
                None,
                peak,
                "MiB",
                f"< {MEMORY_TARGET_MIB:.0f} MiB",
                peak < MEMORY_TARGET_MIB,
                detail,
            )
        )
    except (RuntimeError, subprocess.TimeoutExpired, json.JSONDecodeError, KeyError) as error:
        rows.append(Row("roll-up benchmarks", name, None, None, "ms", "", False, f"FAILED: {error}"))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tmp", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from rows import format_table

    with tempfile.TemporaryDirectory(prefix="dithub-rollup-") as scratch:
        rows = run(args.tmp or Path(scratch), args.runs)
    print(format_table(rows, "dithub"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
