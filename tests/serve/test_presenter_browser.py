"""The presenter view through `dithub serve --theme wall-dark`, in headless Chromium: the room's TV."""

from __future__ import annotations

from pathlib import Path

import tomli

from .conftest import open_page, press, screen_rows, wait_for, wait_for_screen

SAVE_SECONDS = 20.0


def test_the_wall_in_a_browser_shows_the_group_and_ticks_on_disk(book_dir: Path, serve_book, browser) -> None:
    june = book_dir / "2020-06.toml"
    served = serve_book(book_dir, "--theme", "wall-dark")
    open_page(browser, served.url)
    wait_for_screen(browser, "Giao ban quản lý nhà nước tháng 6/2020")
    press(browser, "p")
    rows = wait_for_screen(browser, "nhóm 1/7 · còn 6 nhóm")
    assert any("Thanh tra, kiểm tra" in row for row in rows)  # the group's name, alone at the top
    assert not any("Giao ban quản lý nhà nước" in row for row in rows)  # nothing of the working view

    press(browser, " ")

    def ticked() -> bool:
        tasks = tomli.loads(june.read_text(encoding="utf-8"))["tasks"]
        return next(task["status"] for task in tasks if task["id"] == "kiem-tra-nam-cuong") == "done"

    wait_for(ticked, "the tick on the wall reached 2020-06.toml", SAVE_SECONDS)
    wait_for(lambda: any("✓" in row for row in screen_rows(browser)), "the wall shows the tick", SAVE_SECONDS)
    assert served.stop() == 0
