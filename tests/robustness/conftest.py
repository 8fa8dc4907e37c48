"""Shared helpers of the robustness suite.

Heavier runs (more Hypothesis examples, more kills, more rounds) happen only with DITHUB_SLOW=1;
the default run stays within about a minute on two cores. Dashboard helpers come from
tests/dashboard_pilot.py, shared with tests/ui.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from conftest import copy_sample_book  # noqa: E402
from dashboard_pilot import MEETING_DAY, SIZE  # noqa: E402

from dithub.storage import TEMP_SUFFIX  # noqa: E402

SLOW = os.environ.get("DITHUB_SLOW") == "1"
SAMPLE = ROOT / "sample_data" / "hai-duong"


def scaled(default: int, slow: int) -> int:
    """A count for the default run, or the heavier one under DITHUB_SLOW=1."""
    return slow if SLOW else default


def hypothesis_settings(default: int, slow: int, **kwargs: object) -> settings:
    """No example database (nothing is written outside tests/robustness), no deadline (CI is slow)."""
    return settings(
        max_examples=scaled(default, slow),
        deadline=None,
        database=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.function_scoped_fixture,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
        ],
        **kwargs,  # type: ignore[arg-type]
    )


def copy_sample(destination: Path) -> Path:
    target = destination / "hai-duong"
    copy_sample_book(target.parent, target.name)
    return target


def comment_lines(text: str) -> list[str]:
    """Every hand-written comment line of a file, as it stands (stripped of line endings)."""
    return [line.rstrip("\r") for line in text.splitlines() if line.lstrip().startswith("#")]


SAMPLE_COMMENTS: dict[str, list[str]] = {
    path.name: comment_lines(path.read_text(encoding="utf-8")) for path in sorted(SAMPLE.glob("20*.toml"))
}


def temp_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f".*{TEMP_SUFFIX}"))


def listing(folder: Path) -> dict[str, bytes]:
    """Every file of a book folder (not its .dithub state folder) with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() or p.is_symlink() and p.exists()}


def run_cli(argv: list[str]) -> tuple[int, str, str]:
    """dithub's command line in-process, its output captured (never a terminal)."""
    from dithub.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


# --- the dashboard: shared with tests/ui (tests/ is on the path, as for tests/conftest.py) ---

from dashboard_pilot import dashboard, make_app, screen_of, settle  # noqa: E402

__all__ = ["MEETING_DAY", "SIZE", "dashboard", "make_app", "screen_of", "settle"]
