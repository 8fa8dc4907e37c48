"""Dashboard tests run on a copy of the sample book (tests/conftest.py), through tests/dashboard_pilot.py."""

from __future__ import annotations

from dashboard_pilot import MEETING_DAY, SIZE, dashboard, make_app, screen_of, settle

__all__ = ["MEETING_DAY", "SIZE", "dashboard", "make_app", "screen_of", "settle"]
