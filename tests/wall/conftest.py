"""Presenter-view tests run the dashboard on a copy of the sample book (tests/dashboard_pilot.py)."""

from __future__ import annotations

from datetime import datetime

import pytest
from dashboard_pilot import MEETING_DAY, SIZE, dashboard, make_app, screen_of, settle

__all__ = ["MEETING_DAY", "SIZE", "dashboard", "make_app", "screen_of", "settle", "meeting_clock"]

OPENED = datetime(2020, 6, 20, 8, 30, 0)  # the meeting starts; the clock is the test's


class FakeClock:
    def __init__(self) -> None:
        self.now = OPENED

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(autouse=True)
def meeting_clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    """A clock that stands still unless a test moves it: snapshots and the clock's text stay fixed."""
    from dithub.ui.meeting_clock import MeetingClock

    clock = FakeClock()
    monkeypatch.setattr(MeetingClock, "clock", staticmethod(clock))
    return clock
