"""The body of a writer process for test_two_writers (kept apart so `spawn` imports little)."""

from __future__ import annotations

import traceback
from datetime import date
from pathlib import Path
from typing import Any

from dithub.book import Book
from dithub.model import Status, YearMonth
from dithub.reading import read_month
from dithub.storage import FileChangedError

JUNE = YearMonth(2020, 6)


def wanted(round_number: int) -> Status:
    return Status.DONE if round_number % 2 == 0 else Status.OPEN


def writer(folder: str, mine: str, others: list[str], rounds: int, barrier: Any, results: Any) -> None:
    report: dict[str, Any] = {"task": mine, "errors": [], "conflicts": 0, "merged": 0, "saves": 0, "rounds": 0}
    try:
        book = Book.open(Path(folder))
        book.today = lambda: date(2020, 6, 20)
        book.load_all()
        path = Path(folder) / "2020-06.toml"
        for number in range(rounds):
            want = wanted(number)
            barrier.wait(timeout=60)
            for _attempt in range(5):
                month = book.months[JUNE]
                if month.task(mine).status is not want:
                    book.tick(JUNE, mine)
                try:
                    before_others = {o: book.months[JUNE].task(o).status for o in others}
                    book.save_all()
                except FileChangedError as error:
                    # Allowed, if reported, and only if it wrote nothing: our task is not saved yet.
                    report["conflicts"] += 1
                    on_disk = read_month(path, JUNE).month
                    if on_disk is not None and on_disk.task(mine).status is want:
                        report["errors"].append(f"round {number}: FileChangedError, yet our tick is on disk ({error})")
                    book.take_theirs(book.read(JUNE))
                    continue
                report["saves"] += 1
                if {o: book.months[JUNE].task(o).status for o in others} != before_others:
                    report["merged"] += 1
                break
            else:
                report["errors"].append(f"round {number}: could not save in 5 attempts")
            barrier.wait(timeout=60)  # every writer has saved this round
            on_disk = read_month(path, JUNE).month
            if on_disk is None:
                report["errors"].append(f"round {number}: the file does not open")
            else:
                lost = [t for t in [mine, *others] if on_disk.task(t).status is not want]
                if lost:
                    report["errors"].append(f"round {number}: lost the tick of {lost}")
            report["rounds"] += 1
    except BaseException:  # noqa: BLE001 - everything goes back to the test to fail it
        report["errors"].append(traceback.format_exc())
        barrier.abort()
    results.put(report)
