"""`dithub report ROLLUP` and `dithub check ROLLUP`: per unit and in total, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dithub.cli import main
from dithub.rollup import ROLLUP_FILE


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_report_json_gives_each_unit_and_the_total(province: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "report", province, "--month", "2020-06", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["month"] == "2020-06"
    units = {u["name"]: u for u in data["units"]}
    assert data["units"][0]["state"] == "broken"  # what needs attention first
    kinh_mon = units["Phòng Văn hóa và Thông tin thị xã Kinh Môn"]
    assert (kinh_mon["done"], kinh_mon["total"], kinh_mon["carried"], kinh_mon["carried_3_or_more"]) == (1, 3, 2, 1)
    assert kinh_mon["meeting"] == "2020-06-03"
    broken = units["Phòng Văn hóa và Thông tin huyện Nam Sách"]
    assert broken["done"] is None and "2020-06.toml" in broken["problems"][0]
    so = units["Sở Thông tin và Truyền thông tỉnh Hải Dương"]
    assert data["total"]["total"] == kinh_mon["total"] + so["total"]
    assert (data["total"]["units"], data["total"]["units_counted"]) == (3, 2)


def test_report_text_defaults_to_the_latest_month_and_says_which_units_lack_it(
    province: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (province / "kinh-mon" / "2020-07.toml").write_text('month = "2020-07"\n', encoding="utf-8")
    code, out, _ = run(capsys, "report", province, "--lang", "en")
    assert code == 0
    assert "July 2020: 3 units" in out
    assert out.count("no such month") == 2
    lines = out.splitlines()
    assert any(line.startswith("Total") for line in lines)


def test_report_on_a_listing_file_and_a_missing_book(province: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listing = tmp_path / ROLLUP_FILE
    listing.write_text(
        '[[units]]\nname = "Sở TT&TT"\nfolder = "tinh-hai-duong/so-tttt"\n\n[[units]]\nname = "UBND huyện Gia Lộc"\nfolder = "gia-loc"\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "report", listing, "--format", "json")
    assert code == 0
    states = {u["name"]: u["state"] for u in json.loads(out)["units"]}
    assert states == {"Sở TT&TT": "ok", "UBND huyện Gia Lộc": "no_book"}
    code, out, _ = run(capsys, "report", listing)
    assert "UBND huyện Gia Lộc" in out and "không mở được sổ" in out and "Không tìm thấy thư mục sổ" in out


def test_report_with_a_month_no_unit_has_lists_every_unit_as_lacking_it(
    province: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "report", province, "--month", "2019-01", "--format", "json")
    assert code == 0 and {u["state"] for u in json.loads(out)["units"]} == {"no_month"}
    code, _, err = run(capsys, "report", province, "--month", "tháng 6")
    assert code == 1 and "tháng 6" in err


def test_check_tells_every_unit_and_fails_on_a_broken_month(province: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", province)
    assert code == 1
    assert "Phòng Văn hóa và Thông tin huyện Nam Sách: 2020-06.toml, dòng" in out
    assert "Phòng Văn hóa và Thông tin thị xã Kinh Môn: ổn, 2 tháng, 4 nhiệm vụ." in out
    assert "1/3 sổ có lỗi cần sửa" in out


def test_check_passes_when_every_book_is_fine(province: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (province / "nam-sach" / "2020-06.toml").unlink()
    code, out, _ = run(capsys, "check", province, "--lang", "en")
    assert code == 0
    assert "All 3 books are fine: 5 months" in out


def test_check_fails_on_a_missing_book_and_a_listing_mistake(
    tmp_path: Path, province: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / ROLLUP_FILE).write_text(
        '[[units]]\nfolder = "tinh-hai-duong/kinh-mon"\n[[units]]\nfolder = "khong-co"\n[[units]]\nname = "?"\n'
    )
    code, out, _ = run(capsys, "check", tmp_path, "--lang", "en")
    assert code == 1
    assert "There is no book folder" in out and "has no folder" in out
    assert "Phòng Văn hóa và Thông tin thị xã Kinh Môn: fine" in out


def test_a_broken_listing_is_told_without_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / ROLLUP_FILE).write_text('name = "Giao ban\n', encoding="utf-8")
    for command in ("report", "check"):
        code, _, err = run(capsys, command, tmp_path)
        assert code == 1 and "TOML" in err and ROLLUP_FILE in err


def test_a_plain_book_still_reports_as_a_book(province: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "report", province / "so-tttt", "--format", "json")
    assert code == 0 and "categories" in json.loads(out)
