"""`dithub stats` and `dithub review`: each format, and bad input told in words, never a traceback."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dithub.cli import main

from .half_year import write_half_year

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_half_year(tmp_path / "so-tttt")


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def month_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.toml"))}


# --- stats ---


def test_stats_text(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = month_files(folder)
    code, out, err = run(capsys, "stats", folder)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[:2] == ["Sở Thông tin và Truyền thông tỉnh Hải Dương", "Thống kê từ 1/2020 đến 6/2020"]
    assert lines[3].split() == ["Tổng", "Xong", "Đúng", "hạn", "Chuyển", "Bỏ", "Đang", "làm"]
    assert "        4        2        2        1        1        0  1/2020" in lines
    assert "Không có tệp: 4/2020" in lines
    assert "Tệp lỗi, không tính: 5/2020" in lines
    assert any(
        line.startswith("  - Kiểm tra Công ty TNHH UNIDEN VIỆT NAM (Thanh tra Sở): chuyển 3 lần — 6/2020") for line in lines
    )
    assert "        2        0        0        0  (chưa giao đơn vị)" in lines
    assert month_files(folder) == before  # reading only: nothing written, nothing backed up
    assert not (folder / ".dithub" / "backup").exists()


def test_stats_text_in_english(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "stats", folder, "--lang", "en", "--from", "2020-06")
    assert code == 0
    assert "Figures from Jun 2020 to Jun 2020" in out
    assert "Tasks carried 3 times or more (1):" in out


def test_stats_json(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "stats", folder, "--from", "2020-01", "--to", "2020-06", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["from", "to", "months", "chronic", "owners"]
    assert [m["month"] for m in data["months"]] == ["2020-01", "2020-02", "2020-03", "2020-06"]
    assert data["months"][0] | {"groups": None} == {
        "month": "2020-01",
        "total": 4,
        "done": 2,
        "carried": 1,
        "dropped": 1,
        "open": 0,
        "on_time": 2,
        "groups": None,
    }
    assert data["chronic"] == [
        {"id": "kiem-tra-uniden", "title": "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM", "times_carried": 3, "months": ["2020-06"]}
    ]
    assert {"owner": "", "total": 2, "done": 0, "on_time": 0, "carried": 0} in data["owners"]
    assert err.strip() == "Lưu ý: không có tệp 4/2020; tệp lỗi 5/2020 (không tính)."  # beside the JSON, not in it


def test_stats_csv(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "stats", folder, "--format", "csv")
    assert code == 0
    tables = out.split("\n\n")
    assert len(tables) == 3
    months = list(csv.DictReader(io.StringIO(tables[0])))
    assert months[0] == {
        "month": "2020-01",
        "group": "",
        "total": "4",
        "done": "2",
        "on_time": "2",
        "carried": "1",
        "dropped": "1",
        "open": "0",
    }
    press = next(row for row in months if row["month"] == "2020-01" and row["group"] == "press")
    assert (press["total"], press["dropped"]) == ("2", "1")
    chronic = list(csv.DictReader(io.StringIO(tables[1])))
    assert chronic == [
        {"id": "kiem-tra-uniden", "title": "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM", "times_carried": "3", "months": "2020-06"}
    ]
    owners = list(csv.DictReader(io.StringIO(tables[2])))
    assert owners[0]["owner"] == "Trung tâm CNTT&TT"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2020-13"], "“2020-13” không phải một tháng; viết dạng 2020-06."),
        (["--from", "2020-06", "--to", "2020-01"], "Tháng đầu 2020-06 ở sau tháng cuối 2020-01."),
        (["--from", "2021-01"], "Tháng đầu 2021-01 ở sau tháng cuối 2020-06."),
    ],
)
def test_stats_bad_range(folder: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    code, out, err = run(capsys, "stats", folder, *args)
    assert code == 1 and out == ""
    assert err.strip() == message


def test_stats_of_an_empty_book_and_no_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "trong").mkdir()
    code, _, err = run(capsys, "stats", tmp_path / "trong")
    assert code == 1 and "chưa có tệp tháng nào" in err
    code, _, err = run(capsys, "stats", tmp_path / "khong-co", "--lang", "en")
    assert code == 1 and "There is no book folder" in err


# --- review ---


def test_review_markdown(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "review", folder, "--period", "2020-H1")
    assert code == 0
    assert out.startswith("**Sở Thông tin và Truyền thông tỉnh Hải Dương**\n\n# BÁO CÁO\n")
    assert "Trong 6 tháng đầu năm 2020, Sở đã triển khai 12 nhiệm vụ trọng tâm, hoàn thành 7 nhiệm vụ (58%)" in out
    assert "## IV. Nhiệm vụ chuyển từ 3 lần trở lên" in out
    assert "## V. Nhiệm vụ chưa hoàn thành đến ngày 30/06/2020" in out


def test_review_text_in_english_from_to(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "review", folder, "--from", "2020-02", "--to", "2020-03", "--format", "txt", "--lang", "en")
    assert code == 0
    assert "From February 2020 to March 2020, the Department took on 6 key tasks (1 of them carried over from before)" in out
    assert "#" not in out and "|" not in out


def test_review_json_to_a_file(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "bao-cao.json"
    code, out, err = run(capsys, "review", folder, "--period", "2020-q1", "--format", "json", "--output", target)
    assert code == 0 and out == "" and str(target) in err
    data = json.loads(target.read_text(encoding="utf-8"))
    assert (data["from"], data["to"], data["period"]) == ("2020-01", "2020-03", "quarter")
    assert (data["total"], data["done"], data["open"], data["dropped"]) == (9, 6, 2, 1)
    assert data["summary"].startswith("Trong quý I năm 2020, Sở đã triển khai 9 nhiệm vụ trọng tâm")


def test_review_docx(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docx = pytest.importorskip("docx", reason="python-docx is needed to read the DOCX back")
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm

    target = tmp_path / "bao-cao-2020-H1.docx"
    code, _, _ = run(capsys, "review", folder, "--period", "2020-H1", "--format", "docx", "--output", target)
    assert code == 0
    document = docx.Document(str(target))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert [round(m.mm) for m in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)] == [
        20,
        20,
        30,
        15,
    ]
    assert document.styles["Normal"].font.name == "Times New Roman"
    header = document.tables[0].rows[0].cells
    assert [p.text for p in header[0].paragraphs if p.text] == [
        "UBND TỈNH HẢI DƯƠNG",
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
        "Số:        /BC-",
    ]
    assert [p.text for p in header[1].paragraphs if p.text][:2] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    body = [p for p in document.paragraphs if p.text.startswith("Trong 6 tháng đầu năm 2020, Sở đã triển khai 12")]
    assert len(body) == 1
    assert body[0].alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert abs(body[0].paragraph_format.first_line_indent - Mm(12.7)) < Mm(0.1)
    groups = document.tables[1]
    assert [c.text for c in groups.rows[1].cells] == ["Thanh tra, kiểm tra", "4", "2", "50%", "2", "2", "0"]
    assert document.tables[-1].rows[0].cells[1].paragraphs[0].text == "GIÁM ĐỐC"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--period", "2020-H3"], "“2020-H3” không phải một kỳ báo cáo."),
        ([], "Hãy cho biết kỳ báo cáo"),
        (["--period", "2020", "--from", "2020-01"], "Dùng --period hoặc --from/--to, không dùng cả hai."),
        (["--from", "2020-06", "--to", "2020-01"], "Tháng đầu 2020-06 ở sau tháng cuối 2020-01."),
    ],
)
def test_review_bad_period(folder: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    code, out, err = run(capsys, "review", folder, *args)
    assert code == 1 and out == ""
    assert err.startswith(message)


def test_review_into_a_missing_folder_says_so(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "review", folder, "--period", "2020", "--output", tmp_path / "khong-co" / "bao-cao.md")
    assert code == 1
    missing = tmp_path / "khong-co"
    assert err.strip() == f"Không có thư mục {missing} — chưa ghi được {missing / 'bao-cao.md'}."
    assert not missing.exists()


def test_commands_run_for_real(folder: Path) -> None:
    """Once through the installed entry, as a person types it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    for args in (["stats", str(folder), "--format", "json"], ["review", str(folder), "--period", "2020-H1", "--format", "txt"]):
        result = subprocess.run([sys.executable, "-m", "dithub", *args], capture_output=True, text=True, timeout=60, env=env)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stdout + result.stderr


def test_review_from_one_end_runs_to_the_books_other_end(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "review", folder, "--from", "2020-03", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert (data["from"], data["to"], data["period"]) == ("2020-03", "2020-06", "range")
    assert data["carried_in"] == 1  # the workshop, begun in January
