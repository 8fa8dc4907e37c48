"""Sharing from the dashboard: S asks, then a thread shares and says what happened; a key never waits."""

from __future__ import annotations

from pathlib import Path

import pytest

from dithub.gitshare.sync import sync
from dithub.model import Status
from dithub.ui.confirm_screen import ConfirmScreen
from dithub.ui.git_conflict_screen import GitConflictScreen

from .conftest import CASHLESS, JUNE, MEETING_DAY, SIZE, WIFI, Laptops, change, git, notifications, select, settle

pytestmark = pytest.mark.skipif(__import__("shutil").which("git") is None, reason="git is not installed on this machine")


def last_message(folder: Path) -> str:
    return git(folder, "log", "-1", "--format=%s").stdout.strip()


async def share(pilot) -> None:  # noqa: ANN001
    await pilot.press("S")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ConfirmScreen)
    await pilot.press("enter")
    await settle(pilot)


async def tick_in_dashboard(pilot, task_id: str) -> None:  # noqa: ANN001
    from dithub.ui.task_table import TaskTable

    select(pilot.app.screen.query_one(TaskTable), task_id)
    await pilot.press("space")
    await settle(pilot)


async def test_commit_only_without_a_remote(own_repository: Path, make_app) -> None:
    app = make_app(own_repository)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await tick_in_dashboard(pilot, WIFI)
        await share(pilot)
        said = "\n".join(notifications(app))
        assert "Đã ghi vào lịch sử: Tháng 6/2020: 1 việc xong" in said
        assert "chưa có nơi chia sẻ" in said
    assert last_message(own_repository) == "Tháng 6/2020: 1 việc xong"
    assert git(own_repository, "status", "--porcelain", "--", ".").stdout.strip() == ""


async def test_escape_at_the_question_shares_nothing(own_repository: Path, make_app) -> None:
    app = make_app(own_repository)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await tick_in_dashboard(pilot, WIFI)
        before = git(own_repository, "rev-parse", "HEAD").stdout
        await pilot.press("S", "escape")
        await settle(pilot)
        assert git(own_repository, "rev-parse", "HEAD").stdout == before


async def test_nothing_to_commit(laptops: Laptops, make_app) -> None:
    app = make_app(laptops.bob)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await share(pilot)
        assert any("Không có gì mới để ghi hay để nhận" in said for said in notifications(app))


async def test_with_a_remote_the_others_changes_come_in_and_show(laptops: Laptops, make_app) -> None:
    change(laptops.alice, CASHLESS, status=Status.DONE, done_on=MEETING_DAY)
    assert sync(laptops.alice, "vi").ok
    app = make_app(laptops.bob)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = pilot.app.screen
        await tick_in_dashboard(pilot, WIFI)
        assert screen.book.month(JUNE).task(CASHLESS).status is Status.OPEN
        await share(pilot)
        said = "\n".join(notifications(app))
        assert "Đã nhận và gộp thay đổi của các máy khác từ origin" in said and "Đã gửi thay đổi lên origin" in said
        # The book re-read June: Alice's tick is on Bob's screen, his own is still there.
        assert screen.book.month(JUNE).task(CASHLESS).status is Status.DONE
        assert screen.book.month(JUNE).task(WIFI).status is Status.DONE
    head = git(laptops.bob, "rev-parse", "HEAD").stdout.strip()
    assert git(laptops.origin, "rev-parse", "main").stdout.strip() == head


async def test_an_offline_remote_keeps_the_commit_and_says_so(laptops: Laptops, make_app) -> None:
    git(laptops.bob, "remote", "set-url", "origin", str(laptops.origin.parent / "o-dia-mang-khong-co"))
    app = make_app(laptops.bob)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await tick_in_dashboard(pilot, WIFI)
        text = (laptops.bob / "2020-06.toml").read_text(encoding="utf-8")
        await share(pilot)
        said = "\n".join(notifications(app))
        assert "Không kết nối được tới origin" in said and "Không mất gì" in said
        assert [n.severity for n in app._notifications][-1] == "warning"  # noqa: SLF001
        assert (laptops.bob / "2020-06.toml").read_text(encoding="utf-8") == text
    assert last_message(laptops.bob) == "Tháng 6/2020: 1 việc xong"


async def test_a_conflict_from_the_share_key_is_settled_with_g_and_shared(laptops: Laptops, make_app) -> None:
    change(laptops.alice, WIFI, status=Status.DONE, done_on=MEETING_DAY)
    assert sync(laptops.alice, "vi").ok
    change(laptops.bob, WIFI, status=Status.DROPPED)
    app = make_app(laptops.bob)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = pilot.app.screen
        assert screen.check_action("git_resolve", ()) is False  # June opens: nothing to settle
        await share(pilot)
        assert any("nhấn g để chọn bản" in said for said in notifications(app))
        assert screen.book.files[JUNE].is_broken  # re-read: June holds git's markers now
        assert screen.check_action("git_resolve", ()) is True
        await pilot.press("g")
        await settle(pilot)
        assert isinstance(app.screen, GitConflictScreen)
        await pilot.press("right", "w")
        await settle(pilot)
        assert app.screen is screen
        assert not screen.book.files[JUNE].is_broken  # the month opens again, as chosen
        assert screen.book.month(JUNE).task(WIFI).status is Status.DONE
        assert screen.check_action("git_resolve", ()) is False
        await share(pilot)  # the merge is finished, committed and sent
        assert any("Đã hoàn tất lần gộp trước" in said for said in notifications(app))
    assert git(laptops.origin, "rev-parse", "main").stdout.strip() == git(laptops.bob, "rev-parse", "HEAD").stdout.strip()
