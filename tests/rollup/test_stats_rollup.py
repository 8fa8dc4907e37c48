"""`dithub stats ROLLUP`: each unit's figures as `dithub stats BOOK` gives them, and their total."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dithub.cli import main


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(["stats", *args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_each_unit_as_its_own_stats_and_the_total(province: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, str(province), "--from", "2020-05", "--to", "2020-06")
    units = {Path(u["folder"]).name: u for u in data["units"]}
    assert set(units) == {"so-tttt", "kinh-mon", "nam-sach"}
    for folder, unit in units.items():
        alone = _json(capsys, str(province / folder), "--from", "2020-05", "--to", "2020-06")
        assert unit["stats"] == alone  # the same figures as the book's own command
    assert units["nam-sach"]["broken"] == ["2020-06"] and units["nam-sach"]["total"]["done"] == 1
    assert units["kinh-mon"]["total"] == {"total": 4, "done": 1, "carried": 1, "dropped": 0, "open": 2, "on_time": 1}
    for name in ("total", "done", "carried", "dropped", "open", "on_time"):
        assert data["total"][name] == sum(u["total"][name] for u in units.values())
    assert data["total"]["units_counted"] == 3


def test_missing_book_in_a_listing_is_told_not_counted(
    province: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = tmp_path / "dithub-rollup.toml"
    listing.write_text(
        '[[units]]\nname = "Thị xã Kinh Môn"\nfolder = "tinh-hai-duong/kinh-mon"\n'
        '[[units]]\nname = "Huyện Thanh Hà"\nfolder = "tinh-hai-duong/thanh-ha"\n',
        encoding="utf-8",
    )
    data = _json(capsys, str(listing), "--lang", "en")
    states = {u["name"]: u["state"] for u in data["units"]}
    assert states == {"Thị xã Kinh Môn": "ok", "Huyện Thanh Hà": "no_book"}
    assert data["total"]["total"] == 4 and data["total"]["units_counted"] == 1
    assert main(["stats", str(listing)]) == 0
    text = capsys.readouterr().out
    assert "Huyện Thanh Hà" in text and "Tổng cộng" in text and "Traceback" not in text
