"""`dithub serve` started for real on a free loopback port, and headless Chromium to look at it.

Everything stays on this computer: the server listens on 127.0.0.1 only, and Chromium is told that
every other host name does not exist (the page asks for a web font on the internet).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_BOOK = ROOT / "sample_data" / "hai-duong"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
START_SECONDS = 30.0  # the server prints its address; on a loaded 2-core machine this is still seconds
STOP_SECONDS = 20.0

# xterm.js draws on a canvas (WebGL), so the text is not in the page. Keep the terminal object the
# page creates (textual-serve assigns it as `this.terminal`) and read its rows through xterm's own
# buffer API, which is what the screen shows.
KEEP_TERMINAL = """
Object.defineProperty(Object.prototype, 'terminal', {
  configurable: true,
  set(value) {
    Object.defineProperty(this, 'terminal', {value: value, writable: true, configurable: true, enumerable: true});
    if (value && value.buffer && value.buffer.active) { window.__dithubTerminal = value; }
  },
});
"""
READ_ROWS = """
const term = window.__dithubTerminal;
if (!term) { return null; }
const buffer = term.buffer.active, rows = [];
for (let i = 0; i < term.rows; i++) { const line = buffer.getLine(buffer.viewportY + i); rows.push(line ? line.translateToString(true) : ''); }
return rows;
"""


@dataclass
class Served:
    process: subprocess.Popen[str]
    url: str
    output: list[str] = field(default_factory=list)

    def stop(self) -> int:
        """Ctrl+C, as a person stops it; the exit code."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=STOP_SECONDS)
            raise


def start_server(book: Path, *extra: str, cwd: Path = ROOT) -> Served:
    """`dithub serve BOOK --port 0`, waiting (bounded) for the line that gives its address."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "dithub", "serve", str(book), "--host", "127.0.0.1", "--port", "0", *extra],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    served = Served(process, "")
    found = threading.Event()

    def read() -> None:  # a thread: readline has no timeout of its own
        assert process.stdout is not None
        for line in process.stdout:
            served.output.append(line)
            match = re.search(r"http://127\.0\.0\.1:(\d+)", line)
            if match and not served.url:
                served.url = match.group(0)
                found.set()
        found.set()

    threading.Thread(target=read, daemon=True).start()
    found.wait(START_SECONDS)
    if not served.url:
        process.kill()
        process.wait(timeout=STOP_SECONDS)
        pytest.fail("dithub serve did not say where it listens:\n" + "".join(served.output))
    return served


@pytest.fixture
def serve_book() -> Iterator[Callable[..., Served]]:
    started: list[Served] = []

    def start(book: Path, *extra: str) -> Served:
        served = start_server(book, *extra)
        started.append(served)
        return served

    yield start
    for served in started:
        if served.process.poll() is None:
            served.process.kill()
            served.process.wait(timeout=STOP_SECONDS)


def dashboards_running(book: Path) -> int:
    """How many `python -m dithub open BOOK` processes (one per browser tab) run now (Linux's /proc)."""
    wanted = f"dithub\0open\0{book}\0".encode()
    count = 0
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            count += wanted in cmdline.read_bytes()
        except OSError:  # the process ended while we looked
            continue
    return count


def _browser_missing() -> str | None:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    for tool in (CHROMIUM, CHROMEDRIVER):
        if not os.access(tool, os.X_OK):
            return f"{tool} is missing (apt-get install chromium chromium-driver)"
    return None


@pytest.fixture
def browser() -> Iterator[object]:
    """Headless Chromium, 1600×900, that can reach nothing but this computer."""
    missing = _browser_missing()
    if missing:
        pytest.skip(f"no browser to test `dithub serve` in: {missing}")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root
        "--disable-dev-shm-usage",
        "--window-size=1600,900",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
        "--no-first-run",
        "--disable-background-networking",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(START_SECONDS)
    try:
        yield driver
    finally:
        driver.quit()


def open_page(driver: object, url: str) -> None:
    """Load the dashboard in the current tab, keeping hold of its terminal (each tab needs its own)."""
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": KEEP_TERMINAL})  # type: ignore[attr-defined]
    driver.get(url)  # type: ignore[attr-defined]


def screen_rows(driver: object) -> list[str]:
    return driver.execute_script(READ_ROWS) or []  # type: ignore[attr-defined]


def wait_for(condition: Callable[[], object], what: str, seconds: float = START_SECONDS) -> object:
    """Poll until `condition()` is truthy; fail saying `what` did not happen."""
    deadline = time.monotonic() + seconds
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"after {seconds:.0f} s, still not: {what}")
        time.sleep(0.2)


def wait_for_screen(driver: object, text: str, seconds: float = START_SECONDS) -> list[str]:
    rows: list[str] = []

    def shows() -> bool:
        rows[:] = screen_rows(driver)
        return any(text in row for row in rows)

    deadline = time.monotonic() + seconds
    while not shows():
        if time.monotonic() > deadline:
            pytest.fail(f"after {seconds:.0f} s the page does not show {text!r}; it shows:\n" + "\n".join(rows))
        time.sleep(0.2)
    return rows


def press(driver: object, *keys: str) -> None:
    """Type into the terminal in the page, as a person at the TV's keyboard would."""
    from selenium.webdriver.common.by import By

    field = driver.find_element(By.CSS_SELECTOR, ".xterm-helper-textarea")  # type: ignore[attr-defined]
    for key in keys:
        field.send_keys(key)
        time.sleep(0.15)  # one key at a time, as typed: the dashboard redraws in between
