"""A dithub process killed at any moment leaves every file either as it was or as it was saved.

A child process opens a copy of the sample book and, in a loop, ticks, unticks and adds tasks
with Vietnamese titles, saving after each change. Before each save it prints what the month will
hold (a digest of the Month value); after it, what the month holds and the sha256 of the bytes on
disk. The parent SIGKILLs it at a random moment, then checks every month file: it parses, its
hand comments are all there, and it is exactly the last saved version or the one being saved.
Opening the book afterwards sweeps the dead process's temp files.

Deterministic variants kill the child at chosen points of a save (before the fsync, before the
rename, after it) and between the two files of a carry.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import tomli

from dithub.book import Book
from dithub.model import Month, Status, YearMonth
from dithub.reading import read_month

from .conftest import ROOT, SAMPLE_COMMENTS, SLOW, copy_sample, scaled, temp_files

KILLS = scaled(20, 200)
MONTHS = ("2020-05.toml", "2020-06.toml")

# Shared by the child and the parent: what a Month value is, as a short string.
DIGEST = """
import hashlib

def digest(month):
    return hashlib.sha256(repr(month).encode("utf-8")).hexdigest()[:20]
"""

CHILD = (
    DIGEST
    + """
import random, sys, unicodedata
from pathlib import Path
from dithub.book import Book
from dithub.model import Status, Task

folder, seed = Path(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
WORDS = ["Kiểm tra", "đài truyền thanh", "Đài", "cơ sở", "đường truyền", "Ủy ban", "tỉnh Hải Dương",
         "chuyển đổi số", "bưu chính", "Đảng bộ", "phường", "xã", "báo chí", "điện tử", "Hội Nhà báo"]

def say(*parts):
    sys.stdout.write(" ".join(parts) + "\\n")
    sys.stdout.flush()

book = Book.open(folder)
book.load_all()
say("LOOP")
while True:
    key = rng.choice(book.keys)
    month = book.months[key]
    tickable = [t.id for t in month.tasks if t.status in (Status.OPEN, Status.DONE)]
    if tickable and (rng.random() < 0.6 or len(month.tasks) > 150):
        book.tick(key, rng.choice(tickable))
    else:
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 12)))
        if rng.random() < 0.3:
            title = unicodedata.normalize("NFD", title)
        book.add(key, Task(id="", title=title))
    say("INTENT", str(key), digest(book.months[key]))
    book.save_all()
    data = (folder / f"{key}.toml").read_bytes()
    say("SAVED", str(key), digest(book.months[key]), hashlib.sha256(data).hexdigest())
"""
)

namespace: dict[str, object] = {}
exec(DIGEST, namespace)  # noqa: S102 - the very same function the child uses
digest = namespace["digest"]


@dataclass
class Known:
    """What a month file may hold after a kill: its last saved state, or the one being saved."""

    digest: str
    sha256: str | None = None  # exact bytes, when we know them
    pending: str | None = None  # an INTENT not followed by SAVED
    saves: int = 0


@dataclass
class Round:
    lines: list[str] = field(default_factory=list)
    killed_after: float = 0.0


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("DITHUB_SLOW", None)
    return env


def run_and_kill(script: Path, folder: Path, seed: int, rng: random.Random) -> Round:
    errors = script.with_suffix(".stderr")
    with open(errors, "w+b") as stderr:
        process = subprocess.Popen(
            [sys.executable, str(script), str(folder), str(seed)],
            stdout=subprocess.PIPE,
            stderr=stderr,
            env=child_env(),
            text=True,
        )
        result = Round()
        early = rng.random() < 0.2  # sometimes during start-up, opening and sweeping
        try:
            if early:
                result.killed_after = rng.uniform(0, 0.25)
                time.sleep(result.killed_after)
            else:
                first = process.stdout.readline()  # type: ignore[union-attr]
                if first.strip() != "LOOP":
                    process.kill()
                    process.wait()
                    stderr.seek(0)
                    pytest.fail(f"the child did not start its loop: {first!r}\n{stderr.read().decode()}")
                result.lines.append(first.strip())
                result.killed_after = rng.uniform(0, 0.1)  # 0.05 s left too few saves on a loaded 2-core machine
                time.sleep(result.killed_after)
            alive = process.poll() is None
            process.send_signal(signal.SIGKILL)
        finally:
            # Read on through the same buffered stream: what readline() read ahead is not lost.
            rest = process.stdout.read()  # type: ignore[union-attr]
            process.stdout.close()  # type: ignore[union-attr]
            process.wait(timeout=30)
        stderr.seek(0)
        err = stderr.read().decode("utf-8", "replace")
    result.lines += rest.splitlines()
    if not alive or "Traceback" in err:  # pytest.fail: a broken child is not a finding about saves
        pytest.fail(f"the child ended by itself or failed:\n{err}")
    assert process.returncode == -signal.SIGKILL
    return result


def state_of(folder: Path) -> dict[str, Known]:
    known = {}
    for name in MONTHS:
        data = (folder / name).read_bytes()
        month = read_month(folder / name, YearMonth.parse(name[:7])).month  # type: ignore[arg-type]
        assert month is not None
        known[name] = Known(digest(month), hashlib.sha256(data).hexdigest())
    return known


def follow(known: dict[str, Known], lines: list[str]) -> None:
    """Replay the child's report: what each file may now hold."""
    for number, line in enumerate(lines):
        note = f"child line {number}: {line!r}; before it: {lines[max(0, number - 4) : number]}"
        parts = line.split()
        if parts[0] == "INTENT":
            known[f"{parts[1]}.toml"].pending = parts[2]
        elif parts[0] == "SAVED":
            entry = known[f"{parts[1]}.toml"]
            assert entry.pending == parts[2], f"a save wrote something else than the change it was asked to save ({note})"
            known[f"{parts[1]}.toml"] = Known(parts[2], parts[3], None, entry.saves + 1)


def check_after_kill(folder: Path, known: dict[str, Known]) -> tuple[int, int]:
    """Every file is the last saved version or the one being saved; returns (pending hits, temps)."""
    hits = 0
    for name in MONTHS:
        path = folder / name
        data = path.read_bytes()
        text = data.decode("utf-8")
        tomli.loads(text)  # parses
        month = read_month(path, YearMonth.parse(name[:7])).month  # type: ignore[arg-type]
        assert month is not None, name
        for comment in SAMPLE_COMMENTS[name]:
            assert comment in text.splitlines(), f"{name}: lost the comment {comment!r}"
        entry = known[name]
        now = digest(month)
        if now == entry.digest:
            if entry.sha256 is not None:
                assert hashlib.sha256(data).hexdigest() == entry.sha256, f"{name}: same tasks, other bytes"
        else:
            assert now == entry.pending, f"{name}: neither the last saved version nor the one being saved"
            hits += 1
    temps = len(temp_files(folder))
    Book.open(folder)  # sweeps what a dead process left
    assert temp_files(folder) == []
    assert sorted(p.name for p in folder.iterdir() if p.name != ".dithub") == ["2020-05.toml", "2020-06.toml", "dithub.toml"]
    return hits, temps


def test_killed_at_random_moments(tmp_path: Path) -> None:
    folder = copy_sample(tmp_path)
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    rng = random.Random(20200602)
    known = state_of(folder)
    totals = {"kills": 0, "saves": 0, "caught mid-save": 0, "temp files swept": 0, "early": 0}
    for round_number in range(KILLS):
        result = run_and_kill(script, folder, seed=round_number, rng=rng)
        follow(known, result.lines)
        hits, temps = check_after_kill(folder, known)
        totals["kills"] += 1
        totals["saves"] += sum(line.startswith("SAVED") for line in result.lines)
        totals["caught mid-save"] += hits
        totals["temp files swept"] += temps
        totals["early"] += not result.lines
        # The next round starts from what is on disk now: the pending save happened or did not.
        known = state_of(folder)
    print(f"\ncrash mid-save: {totals}")
    assert totals["kills"] == KILLS
    assert totals["saves"] > KILLS  # the children did get to work
    if SLOW:
        assert totals["caught mid-save"] + totals["temp files swept"] > 0


# --- kills at chosen points of a save ---

POINT_CHILD = """
import os, signal, sys
from pathlib import Path
from dithub.book import Book
from dithub.model import Task, YearMonth

folder, point, action = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
calls = {"n": 0}

def die():
    os.kill(os.getpid(), signal.SIGKILL)

real_fsync, real_replace, real_rename = os.fsync, os.replace, os.rename

def fsync(fd):
    if point == "before-fsync":
        die()
    return real_fsync(fd)

def replace(source, target, *args, **kwargs):
    if os.path.basename(os.path.dirname(target)) == "cache":  # the parsed-month cache, not the save
        return real_replace(source, target, *args, **kwargs)
    calls["n"] += 1
    if point == "before-rename" or (point == "second-rename" and calls["n"] == 2):
        die()
    result = real_replace(source, target, *args, **kwargs)
    if point == "after-rename":
        die()
    return result

def rename(source, target, *args, **kwargs):
    return replace(source, target, *args, **kwargs)

os.fsync, os.replace, os.rename = fsync, replace, rename
book = Book.open(folder)
book.load_all()
june = YearMonth(2020, 6)
if action == "tick":
    book.tick(june, "kiem-tra-uniden")
elif action == "add":
    book.add(june, Task(id="", title="Kiểm tra đài truyền thanh cơ sở xã Đồng Lạc"))
elif action == "carry":
    book.carry(june)
book.save_all()
print("NOT KILLED", flush=True)
"""


def kill_at(tmp_path: Path, point: str, action: str) -> Path:
    folder = copy_sample(tmp_path)
    script = tmp_path / "point.py"
    script.write_text(POINT_CHILD, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), str(folder), point, action],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=60,
        check=False,
    )
    if done.returncode != -signal.SIGKILL:  # pytest.fail: not an AssertionError, so never an expected failure
        pytest.fail(f"the save never reached {point!r} (no atomic rename?):\n{done.stdout}{done.stderr}")
    return folder


@pytest.mark.parametrize("action", ["tick", "add"])
@pytest.mark.parametrize("point", ["before-fsync", "before-rename", "after-rename"])
def test_killed_at_each_point_of_a_save(tmp_path: Path, point: str, action: str) -> None:
    folder = kill_at(tmp_path, point, action)
    june = folder / "2020-06.toml"
    original = (ROOT / "sample_data" / "hai-duong" / "2020-06.toml").read_bytes()
    month = read_month(june, YearMonth(2020, 6)).month
    assert month is not None
    if point == "after-rename":
        assert june.read_bytes() != original
        if action == "tick":
            assert month.task("kiem-tra-uniden").status is Status.DONE
        else:
            assert "Kiểm tra đài truyền thanh cơ sở xã Đồng Lạc" in [t.title for t in month.tasks]  # under its group
    else:
        assert june.read_bytes() == original
        if point == "before-rename":
            assert temp_files(folder), "a temp file was written and then the process died"
    Book.open(folder)
    assert temp_files(folder) == []


def _carried_are_next_month(folder: Path) -> list[str]:
    """Tasks marked carried in June that July does not have: lost from every open list."""
    june = read_month(folder / "2020-06.toml", YearMonth(2020, 6)).month
    july_path = folder / "2020-07.toml"
    july = read_month(july_path, YearMonth(2020, 7)).month if july_path.exists() else Month(YearMonth(2020, 7))
    assert june is not None and july is not None
    return [t.id for t in june.tasks if t.status is Status.CARRIED and not july.has_task(t.id)]


# Regression test: found by this suite as a bug, since fixed. It was:
#   a carry saves the source month before the target (Book.save_all follows the order months were loaded), so a
#   crash or failed write between the two files leaves tasks marked `carried` in 2020-06 that 2020-07 never
#   received; carrying again skips them (they are no longer open), so they drop out of every list
def test_killed_between_the_two_files_of_a_carry(tmp_path: Path) -> None:
    folder = kill_at(tmp_path, "second-rename", "carry")
    assert _carried_are_next_month(folder) == []
    # Carrying again after the crash finishes the job without copying anything twice.
    book = Book.open(folder)
    book.load_all()
    book.carry(YearMonth(2020, 6))
    book.save_all()
    july = read_month(folder / "2020-07.toml", YearMonth(2020, 7)).month
    assert july is not None and len(july.tasks) == len({t.id for t in july.tasks}) == 19
    assert _carried_are_next_month(folder) == []


def test_a_carry_without_a_crash_keeps_both_files_consistent(tmp_path: Path) -> None:
    """The control for the test above: without a kill, every carried task is in July."""
    folder = copy_sample(tmp_path)
    book = Book.open(folder)
    book.load_all()
    outcome, _ = book.carry(YearMonth(2020, 6))
    book.save_all()
    assert len(outcome.carried) == 19 and _carried_are_next_month(folder) == []
