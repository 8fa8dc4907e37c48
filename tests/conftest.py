"""Shared fixtures: a private copy of the sample book, and helpers to write month files."""

from __future__ import annotations

import shutil
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `pytest` run from elsewhere still finds the dithub package
    sys.path.insert(0, str(ROOT))
SAMPLE_BOOK = ROOT / "sample_data" / "hai-duong"


def copy_sample_book(destination: Path, name: str = "hai-duong") -> Path:
    """Copy the sample book into `destination`/`name` and return that folder. Its `.dithub/` stays
    behind: the quick start's dashboard leaves a cache and backups there (git-ignored, so
    `git checkout sample_data` keeps them), and a test must start from the book's files alone."""
    target = destination / name
    shutil.copytree(SAMPLE_BOOK, target, ignore=shutil.ignore_patterns(".dithub"))
    return target


@pytest.fixture
def book_dir(tmp_path: Path) -> Path:
    """A copy of sample_data/hai-duong that a test may change freely."""
    return copy_sample_book(tmp_path)


@pytest.fixture
def empty_book(tmp_path: Path) -> Path:
    folder = tmp_path / "so-giao-ban"
    folder.mkdir()
    return folder


def write_month(
    folder: Path,
    name: str,
    text: str,
    *,
    form: str = "NFC",
    newline: str = "\n",
    bom: bool = False,
) -> Path:
    """Write a month file from text exactly as given (normal form, line endings and BOM chosen)."""
    body = unicodedata.normalize(form, text).replace("\n", newline)
    data = (b"\xef\xbb\xbf" if bom else b"") + body.encode("utf-8")
    path = folder / (name if name.endswith(".toml") else f"{name}.toml")
    path.write_bytes(data)
    return path


def write_month_bytes(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


# A small month in the sample's own words, for tests that need a file of their own.
JULY_2020 = """\
# Nhiệm vụ trọng tâm tháng 7/2020 — kết luận giao ban ngày 01/7/2020.
month = "2020-07"
title = "Giao ban quản lý nhà nước tháng 7/2020"

# ── Thanh tra, kiểm tra ──

[[tasks]]
id = "kiem-tra-uniden"
title = "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM"
owner = "Thanh tra Sở"
due = 2020-07-10
status = "open"

# Kỷ niệm 95 năm Ngày Báo chí Cách mạng Việt Nam (21/6).
[[tasks]]
id = "phong-hop-bao-xu-dong"
title = "Tham mưu Thường trực Tỉnh ủy, UBND tỉnh xây dựng Phòng họp báo, Phòng họp trực tuyến tại Trung tâm Văn hóa Xứ Đông"
owner = "Phòng Thông tin - Báo chí - Xuất bản"
status = "open"

[[tasks]]
id = "dai-hoi-dang-bo-so-lan-3"
title = "Tổ chức Đại hội Đảng bộ Sở TTTT lần thứ 3, nhiệm kỳ 2020-2025"
owner = "Văn phòng Sở"
status = "done"
done_on = 2020-07-02
"""
