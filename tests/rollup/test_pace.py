"""The roll-up's reader steps aside while someone is at the keys, but never for the month shown."""

from __future__ import annotations

from pathlib import Path

from dithub.rollup import Pace, Rollup, load_months
from tests.dashboard_pilot import SIZE, settle


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_no_key_no_rest() -> None:
    clock = FakeClock()
    Pace(clock, clock.sleep).step_aside()
    assert clock.slept == []


def test_a_key_makes_the_reader_rest_until_quiet() -> None:
    clock = FakeClock()
    pace = Pace(clock, clock.sleep)
    pace.acted()
    clock.now += 0.1
    pace.step_aside()
    assert abs(sum(clock.slept) - (Pace.QUIET_SECONDS - 0.1)) < 1e-9
    assert all(s <= 0.05 for s in clock.slept)  # in short naps, so a stop is heard at once


def test_a_stop_ends_the_rest() -> None:
    clock = FakeClock()
    pace = Pace(clock, clock.sleep)
    pace.acted()
    pace.step_aside(should_stop=lambda: True)
    assert clock.slept == []


def test_the_month_shown_is_read_without_waiting(province: Path) -> None:
    rollup = Rollup.open(province)
    clock = FakeClock()
    pace = Pace(clock, clock.sleep)
    rests: list[str] = []

    def progress(done) -> None:  # noqa: ANN001
        rests.append(f"{done.file.key} after {len(clock.slept)} naps")
        pace.acted()  # someone presses a key after every month

    first = rollup.latest
    load_months(rollup, first, progress, pace=pace)
    shown = [line for line in rests if line.startswith(str(first))]
    older = [line for line in rests if not line.startswith(str(first))]
    assert shown and older
    naps_before = [int(line.split(" after ")[1].split()[0]) for line in rests]
    # every unit's month shown is read before any rest; each older month waits for the keys
    assert naps_before[: len(shown)] == [0] * len(shown)
    assert all(b > a for a, b in zip(naps_before[len(shown) - 1 :], naps_before[len(shown) :]))


async def test_keys_in_the_rollup_view_tell_the_reader(province: Path) -> None:
    from dithub.ui.rollup_app import RollupApp

    app = RollupApp(Rollup.open(province))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = app.pace._acted_at  # noqa: SLF001
        await pilot.press("down")
        assert app.pace._acted_at > before  # noqa: SLF001
        assert app.screen.pace is app.pace


async def test_the_progress_line_changes_at_most_once_a_second_while_older_months_come(province: Path) -> None:
    # Each frame drawn for it made a key pressed just after wait for the next frame.
    from textual.widgets import Static

    from dithub.ui.rollup_app import RollupApp
    from dithub.ui.rollup_events import MonthsLoaded
    from dithub.ui.rollup_screen import PROGRESS_SECONDS

    app = RollupApp(Rollup.open(province))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        line = screen.query_one("#rollup-progress", Static)
        line.update("—")
        screen.on_months_loaded(MonthsLoaded([]))  # just drawn: this batch says nothing new
        assert str(line.render()) == "—"
        screen._progress_at -= PROGRESS_SECONDS  # noqa: SLF001 - a second later
        screen.on_months_loaded(MonthsLoaded([]))
        assert str(line.render()) != "—"
