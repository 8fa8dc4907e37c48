"""The dashboard in a browser: `dithub serve` on a copy of the sample book, driven in headless Chromium."""

from __future__ import annotations

from pathlib import Path

import tomli

from tests.conftest import copy_sample_book

from .conftest import dashboards_running, open_page, press, screen_rows, wait_for, wait_for_screen

SAVE_SECONDS = 20.0  # a tick is saved within a fraction of a second; this only bounds a failure
FIRST = "Kiểm tra Chi nhánh Hải Dương Công ty Cổ phần Du lịch dịch vụ Nam Cường"  # first row of June
SECOND = "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM"  # the row below it


def status_on_disk(month_file: Path, title: str) -> str:
    tasks = tomli.loads(month_file.read_text(encoding="utf-8"))["tasks"]
    return next(task["status"] for task in tasks if task["title"] == title)


def row_of(rows: list[str], title: str) -> str:
    return next((row for row in rows if title in row), "")


def test_the_page_shows_the_month_and_a_key_ticks_a_task_on_disk(tmp_path: Path, serve_book, browser) -> None:
    book_dir = tmp_path / "Sổ giao ban 2020 (bản sao)"  # spaces, diacritics, brackets: the shell must keep it whole
    copy_sample_book(book_dir.parent, book_dir.name)
    june = book_dir / "2020-06.toml"
    assert status_on_disk(june, FIRST) == "open"
    served = serve_book(book_dir)
    open_page(browser, served.url)
    rows = wait_for_screen(browser, "Giao ban quản lý nhà nước tháng 6/2020")  # the sample book's month title
    assert "[ ]" in row_of(rows, FIRST)

    press(browser, " ")  # Space ticks the highlighted task, the first one

    wait_for(lambda: status_on_disk(june, FIRST) == "done", f"{june.name} says “{FIRST}” is done", SAVE_SECONDS)
    wait_for(lambda: "[x]" in row_of(screen_rows(browser), FIRST), "the page shows the tick", SAVE_SECONDS)
    assert status_on_disk(june, SECOND) == "open"  # only the one task
    assert dashboards_running(book_dir) == 1  # this tab's own dashboard, on the book's absolute path

    assert served.stop() == 0  # Ctrl+C: a clean stop, and the tab's dashboard stops with it
    wait_for(lambda: dashboards_running(book_dir) == 0, "no dashboard left running", 10)
    assert "Traceback" not in "".join(served.output)


def test_two_tabs_are_two_dashboards_and_both_ticks_reach_the_disk(book_dir: Path, serve_book, browser) -> None:
    june = book_dir / "2020-06.toml"
    served = serve_book(book_dir)
    open_page(browser, served.url)
    wait_for_screen(browser, FIRST)
    first_tab = browser.current_window_handle
    browser.switch_to.new_window("tab")
    open_page(browser, served.url)
    wait_for_screen(browser, FIRST)
    second_tab = browser.current_window_handle

    # The first tab ticks the first task; the second tab, which read June before that, ticks the next one.
    browser.switch_to.window(first_tab)
    browser.execute_cdp_cmd("Page.bringToFront", {})
    press(browser, " ")
    wait_for(lambda: status_on_disk(june, FIRST) == "done", "the first tab's tick is on disk", SAVE_SECONDS)
    browser.switch_to.window(second_tab)
    browser.execute_cdp_cmd("Page.bringToFront", {})
    from selenium.webdriver.common.keys import Keys  # here: without selenium the fixture skips the test

    press(browser, Keys.ARROW_DOWN, " ")

    wait_for(lambda: status_on_disk(june, SECOND) == "done", "the second tab's tick is on disk", SAVE_SECONDS)
    assert status_on_disk(june, FIRST) == "done"  # the second tab's save kept the first tab's tick
    # Each dashboard watches the disk: the second tab shows the first tab's tick too, and the other way.
    wait_for(lambda: "[x]" in row_of(screen_rows(browser), FIRST), "the second tab shows both ticks", SAVE_SECONDS)
    browser.switch_to.window(first_tab)
    browser.execute_cdp_cmd("Page.bringToFront", {})
    wait_for(lambda: "[x]" in row_of(screen_rows(browser), SECOND), "the first tab shows both ticks", SAVE_SECONDS)
    assert served.stop() == 0
