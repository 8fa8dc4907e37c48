"""A month git left conflicted, seen in the dashboard and resolved there, mine or theirs per task."""

from __future__ import annotations

from pathlib import Path

import pytest

from dithub.model import Status
from dithub.reading import read_month
from dithub.ui.clash_card import ClashCard
from dithub.ui.git_conflict_screen import GitConflictScreen
from dithub.ui.month_list import MonthList
from dithub.ui.task_details import TaskDetails

from .conftest import CASHLESS, JUNE, SIZE, WIFI, WIFI_TITLE, Laptops, card_text, change, git, notifications, settle

pytestmark = pytest.mark.skipif(__import__("shutil").which("git") is None, reason="git is not installed on this machine")


def june(folder: Path):  # noqa: ANN201 - a Month
    month = read_month(folder / "2020-06.toml", JUNE).month
    assert month is not None, read_month(folder / "2020-06.toml", JUNE).problems
    return month


async def test_the_conflicted_month_is_shown_as_such_with_the_task_named(bob_in_conflict: Laptops, make_app) -> None:
    app = make_app(bob_in_conflict.bob)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        details = str(app.screen.query_one(TaskDetails).render())
        assert "2020-06.toml" in details and WIFI_TITLE in details
        assert "HEAD" in details and "origin/main" in details
        june_option = app.screen.query_one(MonthList).get_option(str(JUNE))
        assert str(june_option.prompt).startswith("⚠")  # marked in the month list


async def open_resolver(app, pilot, folder: Path) -> GitConflictScreen:  # noqa: ANN001
    screen = GitConflictScreen(folder / "2020-06.toml", JUNE, "vi")
    await app.push_screen(screen)
    await settle(pilot)
    assert app.screen is screen
    return screen


@pytest.mark.parametrize(("key", "status"), [("left", Status.DROPPED), ("2", Status.DONE)])
async def test_resolved_mine_or_theirs_parses_and_git_takes_it(
    bob_in_conflict: Laptops, make_app, key: str, status: Status
) -> None:
    bob = bob_in_conflict.bob
    app = make_app(bob)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_resolver(app, pilot, bob)
        [card] = screen.query(ClashCard)
        shown = card_text(card)
        assert WIFI_TITLE in shown and "Trạng thái" in shown
        assert "của tôi (HEAD)" in shown and "của họ (origin/main)" in shown
        assert "bỏ" in shown and "xong" in shown
        await pilot.press("w")  # nothing chosen yet: the key does nothing
        await settle(pilot)
        assert app.screen is screen and "<<<<<<<" in (bob / "2020-06.toml").read_text(encoding="utf-8")
        await pilot.press(key, "w")
        await settle(pilot)
        assert app.screen is not screen
        assert any("git add 2020-06.toml" in said for said in notifications(app))
    month = june(bob)
    assert month.task(WIFI).status is status
    assert month.task(CASHLESS).status is Status.DONE  # Bob's other tick, merged outside the markers
    git(bob, "add", "2020-06.toml")
    git(bob, "commit", "-q", "--no-edit")
    assert git(bob, "status", "--porcelain", "--", ".").stdout.strip() == ""


async def test_all_theirs_over_two_tasks_and_escape_leaves_the_file(laptops: Laptops, make_app) -> None:
    change(laptops.alice, WIFI, owner="Văn phòng Sở")
    change(laptops.alice, CASHLESS, owner="Phòng Bưu chính - Viễn thông")
    from dithub.gitshare.sync import sync

    assert sync(laptops.alice, "vi").ok
    change(laptops.bob, WIFI, owner="Thanh tra Sở")
    change(laptops.bob, CASHLESS, owner="Trung tâm CNTT&TT")
    assert sync(laptops.bob, "vi").state == "conflict"
    bob = laptops.bob
    before = (bob / "2020-06.toml").read_text(encoding="utf-8")
    app = make_app(bob)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_resolver(app, pilot, bob)
        assert len(screen.query(ClashCard)) == 2
        await pilot.press("left", "escape")  # one chosen, then closed: nothing is written
        await settle(pilot)
        assert app.screen is not screen
        assert (bob / "2020-06.toml").read_text(encoding="utf-8") == before
        screen = await open_resolver(app, pilot, bob)
        await pilot.press("right_square_bracket")
        assert screen.choices == ["theirs", "theirs"]
        await pilot.press("w")
        await settle(pilot)
    month = june(bob)
    assert (month.task(WIFI).owner, month.task(CASHLESS).owner) == ("Văn phòng Sở", "Phòng Bưu chính - Viễn thông")


async def test_english_labels(bob_in_conflict: Laptops, make_app) -> None:
    app = make_app(bob_in_conflict.bob, language="en")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = GitConflictScreen(bob_in_conflict.bob / "2020-06.toml", JUNE, "en")
        await app.push_screen(screen)
        await settle(pilot)
        shown = card_text(screen.query_one(ClashCard))
        assert "mine (HEAD)" in shown and "theirs (origin/main)" in shown and "Status" in shown and "dropped" in shown


async def test_a_file_no_longer_conflicted_is_said_and_the_screen_closes(laptops: Laptops, make_app) -> None:
    app = make_app(laptops.bob)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        book_screen = app.screen
        await app.push_screen(GitConflictScreen(laptops.bob / "2020-06.toml", JUNE, "vi"))
        await settle(pilot)
        assert app.screen is book_screen
        assert any("không còn xung đột git" in said for said in notifications(app))


async def test_a_file_changed_while_choosing_is_read_again_not_overwritten(bob_in_conflict: Laptops, make_app) -> None:
    bob = bob_in_conflict.bob
    app = make_app(bob)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_resolver(app, pilot, bob)
        path = bob / "2020-06.toml"
        edited = path.read_text(encoding="utf-8").replace("Phòng Công nghệ thông tin", "Văn phòng Sở", 1)
        path.write_text(edited, encoding="utf-8")  # someone edits the file in a text editor meanwhile
        await pilot.press("left", "w")
        await settle(pilot)
        assert app.screen is screen and screen.choices == [None]  # read again: choose again
        assert any("vừa bị thay đổi bên ngoài" in said for said in notifications(app))
        assert path.read_text(encoding="utf-8") == edited
        await pilot.press("left", "w")
        await settle(pilot)
        assert app.screen is not screen
    assert june(bob).task(WIFI).status is Status.DROPPED


def test_the_choice_screen_as_a_person_sees_it(snap_compare, bob_in_conflict: Laptops, make_app) -> None:
    """Pinned as SVG (update with: pytest --snapshot-update): one card, mine chosen, theirs greyed."""

    async def choose_mine(pilot) -> None:  # noqa: ANN001
        await settle(pilot)
        await pilot.app.push_screen(GitConflictScreen(bob_in_conflict.bob / "2020-06.toml", JUNE, "vi"))
        await settle(pilot)
        await pilot.press("left")
        await pilot.pause()

    assert snap_compare(make_app(bob_in_conflict.bob), terminal_size=SIZE, run_before=choose_mine)
