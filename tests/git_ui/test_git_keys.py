"""The git keys on the book screen: S always (one share at a time), g only in a month git left conflicted;
both in the key bar, the help and the command palette, which all read the same bindings."""

from __future__ import annotations

import pytest

from dithub.ui.git_conflict_screen import GitConflictScreen
from dithub.ui.help_screen import HelpScreen
from dithub.ui.key_bar import KeyBar

from .conftest import JUNE, SIZE, Laptops, settle

pytestmark = pytest.mark.skipif(__import__("shutil").which("git") is None, reason="git is not installed on this machine")

SHARE, RESOLVE = "Chia sẻ", "Chọn bản (xung đột git)"


async def test_in_a_month_that_opens_g_is_hidden_and_does_nothing(laptops: Laptops, make_app) -> None:
    app = make_app(laptops.bob)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        commands = {c.title for c in app.get_system_commands(screen)}
        assert SHARE in commands and RESOLVE not in commands
        assert RESOLVE not in str(screen.query_one(KeyBar).render())  # the bar shows what fits; the palette has all
        await pilot.press("g")
        await settle(pilot)
        assert app.screen is screen


async def test_in_a_conflicted_month_g_is_offered_everywhere_and_opens_the_choice(bob_in_conflict: Laptops, make_app) -> None:
    app = make_app(bob_in_conflict.bob)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert screen.current == JUNE
        assert RESOLVE in str(screen.query_one(KeyBar).render())
        commands = {c.title: c for c in app.get_system_commands(screen)}
        assert SHARE in commands and RESOLVE in commands
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        listed = dict((description, keys) for keys, description in app.screen.keys)
        assert listed[SHARE] == "S" and listed[RESOLVE] == "g"
        await pilot.press("escape")
        await pilot.pause()
        await commands[RESOLVE].callback()  # from the palette, as from the key
        await settle(pilot)
        assert isinstance(app.screen, GitConflictScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen and screen.book.files[JUNE].is_broken  # closed: nothing written
        await pilot.press("g")
        await settle(pilot)
        assert isinstance(app.screen, GitConflictScreen)


async def test_in_a_month_before_the_conflicted_one_g_is_hidden(bob_in_conflict: Laptops, make_app) -> None:
    app = make_app(bob_in_conflict.bob)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("left_square_bracket")  # to May, which opens
        await settle(pilot)
        assert screen.current == JUNE.previous()
        assert screen.check_action("git_resolve", ()) is False
        assert RESOLVE not in str(screen.query_one(KeyBar).render())
