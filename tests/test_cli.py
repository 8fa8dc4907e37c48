"""The `dithub` command line: check, report and carry, run in-process and once for real."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import JULY_2020, ROOT, write_month

from dithub import report
from dithub.cli import main
from dithub.model import Month, Settings, Status, Task, YearMonth
from dithub.reading import read_month

JULY = YearMonth(2020, 7)


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.toml"))}


# --- the console entry ---


def test_module_entry_lists_the_commands() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    result = subprocess.run(
        [sys.executable, "-m", "dithub", "--help"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    for command in ("open", "check", "report", "carry"):
        assert command in result.stdout
    assert "dithub carry SỔ --from" in result.stdout  # placeholders in the interface language (issue 9)
    assert "Traceback" not in result.stdout + result.stderr


def test_help_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--lang", "en", "--help"])
    assert raised.value.code == 0
    out = capsys.readouterr().out
    assert "the briefing book: monthly key tasks" in out
    assert "carry unfinished tasks over to next month" in out


# --- check ---


def test_check_of_a_good_book(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(book_dir)
    code, out, err = run(capsys, "check", book_dir)
    assert code == 0
    assert out.strip() == "Sổ ổn: 2 tháng, 39 nhiệm vụ, không có lỗi."
    assert err == ""
    assert snapshot(book_dir) == before


def test_check_in_english(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", book_dir, "--lang", "en")
    assert code == 0
    assert out.strip() == "The book is fine: 2 months, 39 tasks, no errors."


def test_check_names_the_broken_file_and_line(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_month(book_dir, "2020-07", JULY_2020.replace('status = "open"', 'status = "đang làm"', 1))
    before = path.read_bytes()
    code, out, _ = run(capsys, "check", book_dir)
    assert code == 1
    assert "2020-07.toml, dòng 12: lỗi: Nhiệm vụ thứ 1: Trạng thái “đang làm” không hợp lệ." in out
    assert "Có 1 lỗi cần sửa trong 1 tệp." in out
    assert path.read_bytes() == before
    assert not (book_dir / ".dithub" / "backup").exists()


def test_check_reports_syntax_error_with_column_in_english(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_month(book_dir, "2020-07", JULY_2020.replace("due = 2020-07-10", "due = 2020-07-10 10"))
    code, out, _ = run(capsys, "check", book_dir, "--lang", "en")
    assert code == 1
    assert "2020-07.toml, line 11, column 18: error: The file is not valid TOML" in out
    assert "1 error to fix in 1 file." in out  # English plurals (issue 9)


def test_check_lists_misnamed_files_but_passes(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_month(book_dir, "2020-7.toml", JULY_2020)
    code, out, _ = run(capsys, "check", book_dir)
    assert code == 0
    assert "2020-7.toml: lưu ý:" in out and "2020-07.toml" in out


def test_check_of_a_date_written_as_text(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_month(book_dir, "2020-07", JULY_2020.replace("due = 2020-07-10", 'due = "2020-07-10"'))
    code, out, _ = run(capsys, "check", book_dir)
    assert code == 1
    assert "2020-07.toml, dòng 11" in out


# --- report ---


def test_report_text_groups_tasks_with_done_and_total(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "report", book_dir)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Sở Thông tin và Truyền thông tỉnh Hải Dương"
    assert lines[1] == "Tháng 6/2020 — Giao ban quản lý nhà nước tháng 6/2020 — xong 2/21"
    headings = [line for line in lines if line and not line.startswith(" ")][2:]
    assert headings == [
        "Thanh tra, kiểm tra — xong 0/7",
        "Báo chí, xuất bản, thông tin — xong 2/4",
        "IPv6 — xong 0/1",
        "Phát thanh, truyền hình, truyền thanh cơ sở — xong 0/2",
        "Chính quyền điện tử, CNTT — xong 0/5",
        "Bưu chính, viễn thông — xong 0/1",
        "Công tác Đảng, đoàn thể — xong 0/1",
    ]
    assert "  [ ] Kiểm tra Công ty TNHH UNIDEN VIỆT NAM  (Thanh tra Sở · hạn 19/06)" in lines
    assert "\x1b" not in out  # plain text when piped


def test_report_json_structure(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "report", book_dir, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["month"] == "2020-06"
    assert [c["id"] for c in data["categories"]] == [
        "inspection",
        "press",
        "ipv6",
        "broadcasting",
        "egov",
        "postal",
        "party",
        "other",
    ]
    assert [c["label"] for c in data["categories"]][:2] == ["Thanh tra, kiểm tra", "Báo chí, xuất bản, thông tin"]
    assert sum(len(c["tasks"]) for c in data["categories"]) == 21
    inspection = data["categories"][0]
    assert (inspection["done"], inspection["total"]) == (0, 7)
    assert inspection["tasks"][1] == {
        "id": "kiem-tra-uniden",
        "title": "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM",
        "status": "open",
        "owner": "Thanh tra Sở",
        "due": "2020-06-19",
        "times_carried": 0,
        "carried_from": None,
        "done_on": None,
        "refs": ["Kế hoạch thanh tra, kiểm tra năm 2020"],
        "note": None,
    }
    # What a notice needs: the meeting that set the month's tasks, and the notes taken at it.
    assert (data["date"], data["chair"]) == ("2020-06-02", "Nguyễn Cao Thắng, Giám đốc Sở")
    assert inspection["tasks"][0]["note"] == "Tham mưu ban hành Quyết định, Kế hoạch kiểm tra trước"
    egov = next(c for c in data["categories"] if c["id"] == "egov")
    hoi_thao = next(t for t in egov["tasks"] if t["id"] == "hoi-thao-cntt-tt-lan-24")
    assert hoi_thao["times_carried"] == 3
    broadcasting = next(c for c in data["categories"] if c["id"] == "broadcasting")
    assert "ke-hoach-kiem-tra-dai-truyen-thanh" in [t["id"] for t in broadcasting["tasks"]]


def test_report_of_a_chosen_month(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "report", book_dir, "--month", "2020-05", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["month"] == "2020-05"
    statuses = [t["status"] for c in data["categories"] for t in c["tasks"]]
    assert len(statuses) == 18
    assert statuses.count("done") == 10 and statuses.count("carried") == 8


def test_report_in_english(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "report", book_dir, "--month", "2020-05", "--lang", "en")
    assert code == 0
    assert "May 2020 — Giao ban quản lý nhà nước tháng 5/2020 — 10/18 done" in out
    assert "Thanh tra, kiểm tra — 3/3 done" in out


def test_report_of_a_broken_month(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_month(book_dir, "2020-07", JULY_2020.replace('status = "open"', 'status = "mở"', 1))
    code, out, err = run(capsys, "report", book_dir)  # the latest month is the broken one
    assert code == 1
    assert out == ""
    assert "Tháng 7/2020 đang lỗi, chưa dùng được:" in err
    assert "2020-07.toml, dòng 12" in err


def test_report_of_a_month_not_in_the_book(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "report", book_dir, "--month", "2019-12", "--lang", "en")
    assert code == 1
    assert err.strip() == "The book has no month 2019-12."


def test_report_with_a_month_that_is_not_a_month(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "report", book_dir, "--month", "6/2020")
    assert code == 1
    assert "“6/2020” không phải một tháng; viết dạng 2020-06." in err


def test_report_of_an_empty_folder(empty_book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "report", empty_book)
    assert code == 1
    assert "chưa có tệp tháng nào" in err


# --- carry ---


def test_carry_creates_next_month_with_the_open_tasks(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "carry", book_dir, "--from", "2020-06")
    assert code == 0
    assert out.splitlines()[0] == "Đã chuyển sang 2020-07 (2020-07.toml):"
    assert "  wifi-cong-cong: Triển khai khảo sát địa điểm lắp đặt Wifi công cộng trên địa bàn tỉnh Hải Dương" in out
    july = read_month(book_dir / "2020-07.toml", JULY)
    assert july.problems == [] and july.month is not None
    assert len(july.month.tasks) == 19
    assert all(t.status is Status.OPEN and t.carried_from == YearMonth(2020, 6) for t in july.month.tasks)
    assert july.month.task("hoi-thao-cntt-tt-lan-24").times_carried == 4
    assert "bao-cao-kh-101" not in {t.id for t in july.month.tasks}
    june = read_month(book_dir / "2020-06.toml", YearMonth(2020, 6)).month
    assert june is not None
    assert [t.status for t in june.tasks].count(Status.CARRIED) == 19


def test_carry_twice_carries_nothing_new(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "carry", book_dir, "--from", "2020-06")
    after_first = snapshot(book_dir)
    code, out, _ = run(capsys, "carry", book_dir, "--from", "2020-06")
    assert code == 0
    # Issue 9: the tasks the first carry took over are not listed as "already there, left alone".
    assert out.splitlines() == ["Không còn nhiệm vụ nào cần chuyển: 19 nhiệm vụ đã được chuyển sang 2020-07 từ trước."]
    assert snapshot(book_dir) == after_first


def test_carry_one_task(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "carry", book_dir, "--from", "2020-06", "--task", "kiem-tra-duc-viet-568")
    assert code == 0
    assert out.splitlines() == [
        "Đã chuyển sang 2020-07 (2020-07.toml):",
        "  kiem-tra-duc-viet-568: Kiểm tra Công ty Cổ phần Đức Việt 568",
    ]
    july = read_month(book_dir / "2020-07.toml", JULY).month
    assert july is not None
    assert [t.id for t in july.tasks] == ["kiem-tra-duc-viet-568"]


def test_carry_a_done_task_says_why_not(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "carry", book_dir, "--from", "2020-06", "--task", "bao-cao-kh-101", "--lang", "en")
    assert code == 0
    assert out.splitlines()[0] == "Not carried, as they are not open:"
    assert not (book_dir / "2020-07.toml").exists()


def test_carry_into_an_existing_month_keeps_its_comments(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_month(book_dir, "2020-07", JULY_2020)
    code, out, _ = run(capsys, "carry", book_dir, "--from", "2020-06")
    assert code == 0
    already = out.split("Đã có sẵn ở 2020-07, để nguyên:\n")[1].splitlines()
    assert [line.split(":")[0].strip() for line in already] == [
        "kiem-tra-uniden",
        "phong-hop-bao-xu-dong",
        "dai-hoi-dang-bo-so-lan-3",
    ]
    text = (book_dir / "2020-07.toml").read_text(encoding="utf-8")
    assert text.startswith(JULY_2020)
    july = read_month(book_dir / "2020-07.toml", JULY).month
    assert july is not None
    assert len(july.tasks) == 3 + 19 - 3
    assert july.task("dai-hoi-dang-bo-so-lan-3").status is Status.DONE  # theirs, left alone


def test_carry_of_an_unknown_task(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(book_dir)
    code, out, err = run(capsys, "carry", book_dir, "--from", "2020-06", "--task", "kiem-tra-viettel")
    assert code == 1
    assert err.strip() == "Tháng 2020-06 không có nhiệm vụ mã “kiem-tra-viettel”."
    assert snapshot(book_dir) == before


def test_carry_of_an_unknown_task_in_english(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "carry", book_dir, "--from", "2020-06", "--task", "kiem-tra-viettel", "--lang", "en")
    assert code == 1
    assert err.strip() == "Month 2020-06 has no task with id “kiem-tra-viettel”."


def test_carry_into_a_broken_month_is_refused(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_month(book_dir, "2020-07", JULY_2020.replace('status = "open"', 'status = "mở"', 1))
    before = snapshot(book_dir)
    code, _, err = run(capsys, "carry", book_dir, "--from", "2020-06")
    assert code == 1
    assert "Tháng 7/2020 đang lỗi" in err and "2020-07.toml, dòng 12" in err
    assert snapshot(book_dir) == before
    assert path.exists()


def test_carry_without_from_is_a_usage_error(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["carry", str(book_dir)])
    assert raised.value.code == 2
    err = capsys.readouterr().err
    assert "--from" in err and "Traceback" not in err


# --- the folder ---


@pytest.mark.parametrize("command", [["check"], ["report"], ["carry", "--from", "2020-06"]])
def test_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    missing = tmp_path / "khong-co-so"
    code, out, err = run(capsys, command[0], missing, *command[1:])
    assert code == 1
    assert out == ""
    assert err.strip() == f"Không tìm thấy thư mục sổ “{missing}”."
    assert not missing.exists()


def test_missing_folder_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", tmp_path / "khong-co-so", "--lang", "en")
    assert code == 1
    assert err.strip() == f"There is no book folder “{tmp_path / 'khong-co-so'}”."


def test_language_from_the_book_settings(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settings = book_dir / "dithub.toml"
    settings.write_text(settings.read_text(encoding="utf-8").replace('language = "vi"', 'language = "en"'), encoding="utf-8")
    code, out, _ = run(capsys, "check", book_dir)
    assert code == 0
    assert out.startswith("The book is fine")
    code, out, _ = run(capsys, "check", book_dir, "--lang", "vi")
    assert out.startswith("Sổ ổn")


def test_carry_on_a_full_disk_says_so(
    book_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(book_dir)

    def full_disk(src: object, dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    code, out, err = run(capsys, "carry", book_dir, "--from", "2020-06", "--lang", "en")
    assert code == 1
    assert err.startswith("The disk is full — ")
    assert "is not saved. The book is as it was before this command" in err  # no retry promised: the process ends
    assert snapshot(book_dir) == before
    assert [p.name for p in book_dir.iterdir() if "dithub-tmp" in p.name] == []


def test_report_shows_control_characters_as_symbols(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_month(
        book_dir,
        "2020-07",
        '# Nhiệm vụ tháng 7/2020\nmonth = "2020-07"\n\n[[tasks]]\nid = "kiem-tra-uniden"\n'
        'title = "Kiểm tra \\u001b[2JCông ty TNHH UNIDEN [bold]VIỆT NAM[/bold]"\nowner = "Thanh tra Sở"\n',
    )
    code, out, _ = run(capsys, "report", book_dir)
    assert code == 0
    assert "\x1b" not in out
    assert "  [ ] Kiểm tra \u241b[2JCông ty TNHH UNIDEN [bold]VIỆT NAM[/bold]  (Thanh tra Sở)" in out.splitlines()


def test_report_table_keeps_markup_literal(capsys: pytest.CaptureFixture[str]) -> None:
    month = Month(JULY, (Task("kiem-tra-uniden", "[bold]Kiểm tra\x1b[31m UNIDEN", owner="Thanh tra Sở"),))
    report.print_table(month, Settings(), "vi")
    out = capsys.readouterr().out
    assert "[bold]Kiểm tra" in out
    assert "\x1b[31m" not in out
    assert "Thanh tra, kiểm tra — xong 0/1" in out


def test_carry_from_a_month_already_carried_over(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """May 2020 was carried into June at the meeting: carrying it again changes nothing."""
    before = snapshot(book_dir)
    code, out, _ = run(capsys, "carry", book_dir, "--from", "2020-05")
    assert code == 0
    assert out.splitlines() == ["Không còn nhiệm vụ nào cần chuyển: 8 nhiệm vụ đã được chuyển sang 2020-06 từ trước."]
    assert snapshot(book_dir) == before
