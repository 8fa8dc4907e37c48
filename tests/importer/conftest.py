from __future__ import annotations

from pathlib import Path

import pytest
from conftest import copy_sample_book

SEED = Path("/work/shared/seeds/004_5dd3f587a3bc4e74.txt")
SEED_COPY = Path(__file__).resolve().parent / "data" / "004_hai_duong_2020_06.txt"


@pytest.fixture
def seed_text() -> str:
    return (SEED if SEED.exists() else SEED_COPY).read_text(encoding="utf-8")


@pytest.fixture
def book_before_june(tmp_path: Path) -> Path:
    """The sample book as it stood before the June meeting: May's unfinished tasks still open, no June file."""
    folder = tmp_path / "hai-duong"
    copy_sample_book(folder.parent, folder.name)
    (folder / "2020-06.toml").unlink()
    may = folder / "2020-05.toml"
    may.write_text(may.read_text(encoding="utf-8").replace('status = "carried"', 'status = "open"'), encoding="utf-8")
    return folder
