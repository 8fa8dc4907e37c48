"""Ten years of a department's meetings (120 months × 40 tasks), simulated, with the truth kept.

Each month an office's unfinished tasks come back as carry-over does it (same id, `carried_from`,
`times_carried` one more) and new tasks fill the month up to 40. What the simulation decided is
kept as flat records, so a test can count it its own way, never through dithub's reader.
Titles come from the benchmark generator's fragments of real Hải Dương briefing reports.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.generate import CATEGORIES, OWNERS, UNIT, continued, make_title, toml_str  # noqa: E402

TASKS_PER_MONTH = 40
FIRST_YEAR = 2015


@dataclass(frozen=True)
class Record:
    """One appearance, as the simulation wrote it."""

    month: str  # "2020-06"
    id: str
    chain: int  # the same number for every month of one task
    category: str
    owner: str  # "" when the file names none
    status: str
    on_time: bool
    times_carried: int


def _last_day(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def write_ten_years(folder: Path, seed: int = 13) -> list[Record]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "dithub.toml").write_text(f'unit = {toml_str(UNIT)}\nlanguage = "vi"\n', encoding="utf-8")
    records: list[Record] = []
    carried: list[dict[str, object]] = []  # tasks carried out of the month before
    chains = 0
    names = [f"{FIRST_YEAR + i // 12:04d}-{i % 12 + 1:02d}" for i in range(120)]
    for number, name in enumerate(names):
        year, month = int(name[:4]), int(name[5:])
        last_day = _last_day(year, month)
        tasks = [{**task, "carried_from": names[number - 1], "times_carried": int(task["times_carried"]) + 1} for task in carried]
        while len(tasks) < TASKS_PER_MONTH:
            chains += 1
            category = rng.choice(CATEGORIES)
            tasks.append(
                {
                    "id": f"nv-{chains:05d}",
                    "chain": chains,
                    "title": make_title(rng, category, year),
                    "category": category,
                    "owner": "" if rng.random() < 0.06 else rng.choice(OWNERS),
                    "due": dt.date(year, month, rng.randint(10, last_day.day)),
                    "times_carried": 0,
                    "carried_from": None,
                }
            )
        lines = [f'month = "{name}"', f'title = "Giao ban quản lý nhà nước tháng {month}/{year}"', ""]
        carried = []
        for task in tasks:
            roll = rng.random()
            status = "done" if roll < 0.55 else "carried" if roll < 0.8 else "dropped" if roll < 0.85 else "open"
            if number == len(names) - 1 and status == "carried":
                status = "open"  # the latest month has not been carried yet
            title = continued(str(task["title"])) if task["carried_from"] else str(task["title"])
            due: dt.date = task["due"]  # type: ignore[assignment]
            lines += ["[[tasks]]", f'id = "{task["id"]}"', f"title = {toml_str(title)}", f'category = "{task["category"]}"']
            if task["owner"]:
                lines.append(f"owner = {toml_str(str(task['owner']))}")
            lines += [f"due = {due.isoformat()}", f'status = "{status}"']
            on_time = False
            if status == "done":
                if task["carried_from"]:  # done some day of this month: after a due date that has passed
                    done_on = dt.date(year, month, rng.randint(1, last_day.day))
                else:
                    done_on = min(due + dt.timedelta(days=rng.randint(-6, 4)), last_day)
                on_time = done_on <= due
                lines.append(f"done_on = {done_on.isoformat()}")
            if task["carried_from"]:
                lines += [f'carried_from = "{task["carried_from"]}"', f"times_carried = {task['times_carried']}"]
            lines.append("")
            records.append(
                Record(
                    name,
                    str(task["id"]),
                    int(task["chain"]),  # type: ignore[call-overload]
                    str(task["category"]),
                    str(task["owner"]),
                    status,
                    on_time,
                    int(task["times_carried"]),  # type: ignore[call-overload]
                )
            )
            if status == "carried":
                carried.append(task)
        (folder / f"{name}.toml").write_text("\n".join(lines), encoding="utf-8")
    return records
