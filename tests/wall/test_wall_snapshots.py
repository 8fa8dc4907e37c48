"""The presenter view as the room sees it, in both wall themes, at 80×24 and 200×60, pinned as SVG
(update with: pytest --snapshot-update). The meeting clock is the test's (conftest.py)."""

from __future__ import annotations

import pytest

from .conftest import settle


def presenting(theme: str, keys: tuple[str, ...] = ()):
    async def run_before(pilot) -> None:
        await settle(pilot)
        pilot.app.theme = theme
        await pilot.press("p", *keys)
        await settle(pilot)
        pilot.app.clear_notifications()  # "Esc or p: back" fades after a few seconds
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("theme", ["wall-dark", "wall-light"])
@pytest.mark.parametrize("size", [(80, 24), (200, 60)])
def test_the_press_group_on_the_wall(snap_compare, make_app, theme: str, size: tuple[int, int]) -> None:
    """Long titles wrapped in full, two done, the big 2/4; the second task under the cursor."""
    assert snap_compare(make_app(), terminal_size=size, run_before=presenting(theme, ("right", "down")))
