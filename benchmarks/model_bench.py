"""Model-level benchmarks: dithub's own work, without Textual or a terminal.

  python benchmarks/model_bench.py [TMP]     # standalone: generates the books unless TMP holds them

run.py calls `run(tmp)` after the pty benchmarks; the books are at generate.book_dir(tmp, name).
Measurements that write work on a fresh copy of a book (one per repetition), so the books in
`tmp` stay as generated. Rows have no floor (bare=None) and an absolute target, or none
(informational). A dithub failure becomes a FAIL row (or a "—" row when informational) with the
error in its detail line; only a broken harness raises.

Checks (all times wall clock, perf_counter):
  load whole book        Book.open + load_all, 60x200; median of 5             informational
  save after one tick    tick + save_all (patch, atomic write, fsync), 1x2000;  p95 ≤ 50 ms
                         5 sessions on fresh copies x 10 ticks; the first save of each
                         session (it also writes a backup) is reported apart    informational
  carry over             Book.carry(latest, None) + save_all, 1x2000; median of 5   ≤ 300 ms
                         and the pure model operation carry_over(month, None)   informational
  search keystroke       SearchIndex.matches per prefix of typed queries, 12,000 tasks of
                         60x200 in one index; p95 over 5 rounds                 p95 ≤ 16 ms
                         index build, and the same over the 1x10000 month       informational
  peak memory            tracemalloc peak during Book.open + load_all, 60x200   informational
"""

from __future__ import annotations

import gc
import shutil
import statistics
import sys
import tempfile
import time
import traceback
import tracemalloc
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from generate import SUITE_BOOKS, book_dir, make_book  # noqa: E402
from pty_measure import percentile  # noqa: E402
from rows import Row, format_table  # noqa: E402

REPS = 5  # repetitions of each measurement (fresh copies where it writes)
SAVE_TICKS = 10  # ticks (each followed by a save) per save session, after the first
SEARCH_ROUNDS = 5  # times the whole list of keystrokes is replayed
SAVE_P95_MS = 50.0
CARRY_MS = 300.0
SEARCH_P95_MS = 16.0
QUERIES = ["dai truyen thanh", "bao chi", "IPv6", "kiểm tra", "Hải Dương"]

now = time.perf_counter


def _ms(seconds: float) -> float:
    return seconds * 1000


def _stats(values: list[float]) -> str:
    """median / p95 / min / max of a list of ms figures, for the detail line."""
    return (
        f"median {statistics.median(values):.1f} / p95 {percentile(values, 95):.1f} / "
        f"min {min(values):.1f} / max {max(values):.1f} ms over {len(values)}"
    )


def _runs(values: list[float], digits: int = 0) -> str:
    return "runs " + " ".join(f"{v:.{digits}f}" for v in values)


class _Copy:
    """A fresh copy of a book in its own temporary folder (beside the originals), removed after."""

    def __init__(self, tmp: Path, name: str) -> None:
        self.root = Path(tempfile.mkdtemp(prefix=f"model-{name}-", dir=tmp))
        self.folder = Path(shutil.copytree(book_dir(tmp, name), self.root / "book"))

    def __enter__(self) -> Path:
        return self.folder

    def __exit__(self, *exc: object) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def _filesystem(path: Path) -> str:
    """The filesystem type holding path (fsync on tmpfs costs nothing, on ext4 it does)."""
    best, kind = "", "?"
    try:
        with open("/proc/self/mounts", encoding="utf-8") as handle:
            for line in handle:
                parts = line.split()
                if len(parts) >= 3 and str(path).startswith(parts[1]) and len(parts[1]) > len(best):
                    best, kind = parts[1], parts[2]
    except OSError:
        pass
    return kind


def _failed(checks: list[tuple[str, str, str, str]], error: BaseException) -> list[Row]:
    """Rows for checks that could not be measured: FAIL where there is a target, else "—"."""
    text = "".join(traceback.format_exception_only(type(error), error)).strip()
    where = traceback.extract_tb(error.__traceback__)[-1:] if error.__traceback__ else []
    if where:
        text += f" (at {Path(where[0].filename).name}:{where[0].lineno})"
    return [
        Row(check, book, None, None, unit, target, False if target else None, f"ERROR: {text}")
        for check, book, unit, target in checks
    ]


def _guarded(checks: list[tuple[str, str, str, str]], measure: Callable[[], list[Row]]) -> list[Row]:
    try:
        return measure()
    except Exception as error:  # a dithub failure: report it, let the other checks run
        return _failed(checks, error)


# --- 1 and 5: loading the whole book, and its memory ---------------------------------------


def _open_all(folder: Path):  # -> Book
    from dithub.book import Book

    book = Book.open(folder)
    book.load_all()
    return book


def load_rows(tmp: Path) -> list[Row]:
    name = "60x200"
    folder = book_dir(tmp, name)
    _open_all(folder)  # warm-up (not counted): imports, page cache
    times = []
    for _ in range(REPS):
        gc.collect()
        start = now()
        book = _open_all(folder)
        times.append(_ms(now() - start))
        months = len(book.months)
        tasks = sum(len(m.tasks) for m in book.months.values() if m is not None)
        del book
    detail = f"{months} months, {tasks:,} tasks; {_runs(times)}"
    return [Row("load whole book", name, None, statistics.median(times), "ms", "", None, detail)]


def memory_rows(tmp: Path) -> list[Row]:
    name = "60x200"
    folder = book_dir(tmp, name)
    peaks, kept = [], []
    for _ in range(REPS):
        gc.collect()
        tracemalloc.start()
        try:
            book = _open_all(folder)
            current, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        peaks.append(peak / 2**20)
        kept.append(current / 2**20)
        del book
    detail = (
        f"tracemalloc peak during Book.open + load_all (Python allocations only, not RSS); "
        f"still held once loaded {statistics.median(kept):.1f} MiB; {_runs(peaks, 1)}"
    )
    return [Row("model peak memory", name, None, statistics.median(peaks), "MiB", "", None, detail)]


# --- 2: saving after one tick --------------------------------------------------------------


def _tickable(month, count: int) -> list[str]:  # month: dithub.model.Month
    """Open or done tasks spread over the month (start, middle, end), not the marker."""
    ids = [t.id for t in month.tasks[1:] if t.status.value in ("open", "done")]
    if len(ids) < count:
        raise RuntimeError(f"only {len(ids)} tickable tasks")
    return [ids[round(i * (len(ids) - 1) / (count - 1))] for i in range(count)]


def save_rows(tmp: Path) -> list[Row]:
    from dithub.book import Book

    name = "1x2000"
    first, steady, ticks, saves_only = [], [], [], []
    for _ in range(REPS):
        with _Copy(tmp, name) as folder:
            book = Book.open(folder)
            key = book.latest
            book.load(key)
            ids = _tickable(book.months[key], 4)
            for i in range(SAVE_TICKS + 1):
                start = now()
                book.tick(key, ids[i % len(ids)])
                ticked = now()
                written = book.save_all()
                end = now()
                if len(written) != 1:
                    raise RuntimeError(f"save_all wrote {len(written)} files, expected 1")
                if i == 0:
                    first.append(_ms(end - start))
                else:
                    steady.append(_ms(end - start))
                    ticks.append(_ms(ticked - start))
                    saves_only.append(_ms(end - ticked))
            # What was saved reads back as what we hold.
            reread = Book.open(folder)
            if reread.load(key).month != book.months[key]:
                raise RuntimeError("the saved month does not read back as held")
    fs = _filesystem(tmp)
    detail = (
        f"tick → save_all returned (file fsynced and renamed), {REPS} sessions on fresh copies x "
        f"{SAVE_TICKS} ticks over 4 tasks; {_stats(steady)}; of which Book.tick median "
        f"{statistics.median(ticks):.2f} ms, save_all median {statistics.median(saves_only):.1f} ms; "
        f"filesystem {fs}"
    )
    rows = [
        Row(
            "save after one tick p95",
            name,
            None,
            percentile(steady, 95),
            "ms",
            f"≤ {SAVE_P95_MS:g} ms",
            percentile(steady, 95) <= SAVE_P95_MS,
            detail,
        ),
        Row("save after one tick median", name, None, statistics.median(steady), "ms", "", None, ""),
        Row(
            "first save of a session",
            name,
            None,
            statistics.median(first),
            "ms",
            "",
            None,
            f"median; also copies the file to .dithub/backup; {_runs(first, 1)}",
        ),
    ]
    return rows


# --- 3: carrying 2,000 tasks over ----------------------------------------------------------


def carry_rows(tmp: Path) -> list[Row]:
    from dithub.book import Book
    from dithub.carry import carry_over

    name = "1x2000"
    totals, models, saves, carried = [], [], [], 0
    for _ in range(REPS):
        with _Copy(tmp, name) as folder:
            book = Book.open(folder)
            key = book.latest
            book.load(key)
            gc.collect()
            start = now()
            outcome, change = book.carry(key, None)
            mid = now()
            written = book.save_all()
            end = now()
            if change is None or len(written) != 2:
                raise RuntimeError(f"carry wrote {len(written)} files, expected 2")
            carried = len(outcome.carried)
            totals.append(_ms(end - start))
            models.append(_ms(mid - start))
            saves.append(_ms(end - mid))
            target = Book.open(folder).load(key.next())
            if target.month is None or len(target.month.tasks) != carried:
                raise RuntimeError("next month does not read back with the carried tasks")

    # The pure model operation, on the month as loaded (nothing written).
    month = _open_month(book_dir(tmp, name))
    pure = []
    for _ in range(REPS):
        gc.collect()
        start = now()
        outcome = carry_over(month, None, None)
        pure.append(_ms(now() - start))
    if len(outcome.carried) != carried:
        raise RuntimeError("carry_over carried a different number of tasks than Book.carry")

    median = statistics.median(totals)
    detail = (
        f"Book.carry(latest, None) + save_all (source patched, next month created; both fsynced), "
        f"{carried:,} open tasks carried, fresh copy each run; {_runs(totals)}; of which Book.carry "
        f"median {statistics.median(models):.0f} ms, save_all median {statistics.median(saves):.0f} ms"
    )
    return [
        Row("carry over (carry + save)", name, None, median, "ms", f"≤ {CARRY_MS:g} ms", median <= CARRY_MS, detail),
        Row(
            "carry_over() model only",
            name,
            None,
            statistics.median(pure),
            "ms",
            "",
            None,
            f"carry_over(month, None, None), no I/O; {_runs(pure)}",
        ),
    ]


def _open_month(folder: Path):  # -> Month
    from dithub.book import Book

    book = Book.open(folder)
    month = book.load(book.latest).month
    if month is None:
        raise RuntimeError(f"{folder.name}: the latest month does not open")
    return month


# --- 4: one search keystroke ---------------------------------------------------------------


def keystrokes() -> list[str]:
    """Every prefix of every query, as typed one key at a time."""
    return [query[:n] for query in QUERIES for n in range(1, len(query) + 1)]


def _search(tasks) -> tuple[list[float], list[float], int]:  # tasks: Sequence[Task]
    """(index build times, per-keystroke times, keystrokes per round), all ms."""
    from dithub.view import SearchIndex

    builds = []
    for _ in range(REPS):
        gc.collect()
        start = now()
        index = SearchIndex(tasks)
        builds.append(_ms(now() - start))
    keys = keystrokes()
    index.matches("warm-up")
    times = []
    for _ in range(SEARCH_ROUNDS):
        for query in keys:
            start = now()
            index.matches(query)
            times.append(_ms(now() - start))
    return builds, times, len(keys)


def search_rows(tmp: Path) -> list[Row]:
    rows: list[Row] = []
    name = "60x200"
    book = _open_all(book_dir(tmp, name))
    tasks = [task for key in book.keys if (m := book.months.get(key)) is not None for task in m.tasks]
    builds, times, per_round = _search(tasks)
    p95 = percentile(times, 95)
    detail = (
        f"{len(tasks):,} tasks in one SearchIndex; {per_round} keystrokes "
        f"({', '.join(repr(q) for q in QUERIES)}) x {SEARCH_ROUNDS} rounds; {_stats(times)}"
    )
    rows += [
        Row("search keystroke p95", name, None, p95, "ms", f"≤ {SEARCH_P95_MS:g} ms", p95 <= SEARCH_P95_MS, detail),
        Row("search keystroke median", name, None, statistics.median(times), "ms", "", None, ""),
        Row(
            "search index build",
            name,
            None,
            statistics.median(builds),
            "ms",
            "",
            None,
            f"SearchIndex over {len(tasks):,} tasks; {_runs(builds)}",
        ),
    ]
    del book, tasks

    name = "1x10000"
    tasks = list(_open_month(book_dir(tmp, name)).tasks)
    builds, times, per_round = _search(tasks)
    rows += [
        Row(
            "search keystroke p95",
            name,
            None,
            percentile(times, 95),
            "ms",
            "",
            None,
            f"{len(tasks):,} tasks (one month); {_stats(times)}; index build median "
            f"{statistics.median(builds):.0f} ms ({_runs(builds)})",
        ),
    ]
    return rows


# --- entry points ---------------------------------------------------------------------------


def run(tmp: Path) -> list[Row]:
    started = now()
    rows: list[Row] = []
    rows += _guarded([("load whole book", "60x200", "ms", "")], lambda: load_rows(tmp))
    rows += _guarded(
        [("save after one tick p95", "1x2000", "ms", f"≤ {SAVE_P95_MS:g} ms"), ("first save of a session", "1x2000", "ms", "")],
        lambda: save_rows(tmp),
    )
    rows += _guarded(
        [("carry over (carry + save)", "1x2000", "ms", f"≤ {CARRY_MS:g} ms"), ("carry_over() model only", "1x2000", "ms", "")],
        lambda: carry_rows(tmp),
    )
    rows += _guarded(
        [("search keystroke p95", "60x200", "ms", f"≤ {SEARCH_P95_MS:g} ms"), ("search keystroke p95", "1x10000", "ms", "")],
        lambda: search_rows(tmp),
    )
    rows += _guarded([("model peak memory", "60x200", "MiB", "")], lambda: memory_rows(tmp))
    print(f"  model benchmarks took {now() - started:.1f} s", flush=True)
    return rows


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="dithub-model-bench-") as name:
        tmp = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(name)
        for book, (months, tasks) in SUITE_BOOKS.items():
            if not book_dir(tmp, book).exists():
                make_book(book_dir(tmp, book), months, tasks)
        print(format_table(run(tmp)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
