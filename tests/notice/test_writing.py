"""Writing a notice: the command, its defaults, odd books, bad months and failed writes."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from conftest import JULY_2020, write_month

from dithub.book import Book
from dithub.cli import main
from dithub.model import YearMonth
from dithub.notice import NoticeError, default_file_name, write_notice

from ._reading import markdown_blocks, notice_lines, open_docx, texts

JUNE, JULY = YearMonth(2020, 6), YearMonth(2020, 7)


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if "tmp" in p.name)


# --- the command ---


def test_one_command_writes_the_june_notice_into_the_book(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "notice", book_dir, "--month", "2020-06")
    target = book_dir / "thong-bao-ket-luan-2020-06.docx"
    assert code == 0 and out.strip() == f"Đã ghi thông báo 2020-06: {target}"
    assert "notice.signer_name" in err  # the one blank the sample leaves is told
    assert "THÔNG BÁO" in texts(open_docx(target))
    code, out, _ = run(capsys, "check", book_dir)
    assert code == 0 and "thong-bao" not in out  # the notice beside the months is no misnamed month


def test_the_latest_month_by_default_and_each_format(book_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for fmt in ("md", "txt"):
        code, _, _ = run(capsys, "notice", book_dir, "--format", fmt, "-o", tmp_path / f"tb.{fmt}")
        assert code == 0
        lines = notice_lines(tmp_path / f"tb.{fmt}")
        assert lines[5] == "Hải Dương, ngày 02 tháng 6 năm 2020"
    assert (tmp_path / "tb.md").read_text(encoding="utf-8") != (tmp_path / "tb.txt").read_text(encoding="utf-8")


def test_markdown_to_the_screen_for_an_email(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "notice", book_dir, "--format", "md", "-o", "-")
    assert code == 0 and markdown_blocks(out)[6] == "THÔNG BÁO"
    assert not list(book_dir.glob("thong-bao*"))
    code, _, err = run(capsys, "notice", book_dir, "-o", "-")
    assert code == 1 and "Tệp Word không in ra màn hình được" in err


def test_english_book_gets_an_english_notice(book_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "notice", book_dir, "--lang", "en", "--format", "txt", "-o", tmp_path / "n.txt")
    assert code == 0 and out.startswith("Wrote the notice of 2020-06")
    lines = notice_lines(tmp_path / "n.txt")
    assert lines[3:8] == [
        "SOCIALIST REPUBLIC OF VIETNAM",
        "Independence - Freedom - Happiness",
        "Hải Dương, 2 June 2020",
        "NOTICE",
        "Conclusions of Giám đốc Sở at the state management briefing of June 2020",
    ]
    assert "- Lead: Thanh tra Sở. Deadline: 12 June 2020." in lines
    assert "II. KEY TASKS FOR JUNE 2020" in lines
    assert default_file_name(JUNE, "docx", "en") == "notice-2020-06.docx"


# --- odd books ---


def test_a_book_without_settings_leaves_blanks_never_names(empty_book: Path, tmp_path: Path) -> None:
    write_month(empty_book, "2020-07", JULY_2020)
    lines = notice_lines(write_notice(Book.open(empty_book), None, "docx", tmp_path / "tb.docx"))
    assert lines[:6] == [
        "……………",
        "……………",
        "Số: …/TB-…",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "……………, ngày … tháng … năm …",
    ]
    assert lines[7] == "Kết luận của Lãnh đạo Sở tại hội nghị giao ban quản lý nhà nước tháng 7 năm 2020"
    assert "Đồng chí …………… chủ trì hội nghị." in lines[8]
    assert "Sổ giao ban chưa có số liệu về kết quả thực hiện nhiệm vụ tháng 6 năm 2020." in lines
    assert lines[-5:] == ["- ……………;", "- Lưu: VT, VP.", "……………", "……………", "……………"]
    assert "- Chủ trì: Văn phòng Sở. Thời hạn: …." in lines  # no deadline given: a blank, not a guess


def test_the_cli_says_when_last_months_file_is_missing(empty_book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_month(empty_book, "2020-07", JULY_2020)
    code, _, err = run(capsys, "notice", empty_book, "--format", "txt")
    assert code == 0 and "2020-06.toml" in err
    assert (empty_book / "thong-bao-ket-luan-2020-07.txt").is_file()


def test_a_month_with_no_tasks(book_dir: Path, tmp_path: Path) -> None:
    write_month(book_dir, "2020-07", 'month = "2020-07"\ndate = 2020-07-01\n')
    for fmt in ("docx", "md", "txt"):
        lines = notice_lines(write_notice(Book.open(book_dir), JULY, fmt, tmp_path / f"tb.{fmt}"))
        assert "Hội nghị không giao nhiệm vụ trọng tâm nào cho tháng 7 năm 2020." in lines
        assert "Hải Dương, ngày 01 tháng 7 năm 2020" in lines
        # June's open tasks were never ticked nor carried: the results say so rather than hide them
        assert any(line.startswith("a) Chưa hoàn thành") for line in lines)


def test_a_month_none_of_whose_tasks_the_book_had_before(empty_book: Path, tmp_path: Path) -> None:
    write_month(empty_book, "2020-06", 'month = "2020-06"\n')
    write_month(empty_book, "2020-07", JULY_2020)
    lines = notice_lines(write_notice(Book.open(empty_book), JULY, "txt", tmp_path / "tb.txt"))
    assert "Tháng 6 năm 2020 không có nhiệm vụ trọng tâm nào." in lines


TRICKY = "Kiểm tra **khẩn** <b>Công ty</b> [Giao Hàng](http://x.vn) _Nhanh_ # 1. `KT1` &amp; | ~ \\ cuối"


def test_titles_with_markup_characters_print_as_written(book_dir: Path, tmp_path: Path) -> None:
    text = f'month = "2020-07"\n\n[[tasks]]\ntitle = {TRICKY!r}\nowner = "Thanh tra Sở"\ndue = 2020-07-10\n'.replace("'", '"')
    write_month(book_dir, "2020-07", text)  # repr wrote the backslash as TOML wants it: \\
    book = Book.open(book_dir)
    for fmt in ("docx", "md", "txt"):
        lines = notice_lines(write_notice(book, JULY, fmt, tmp_path / f"tb.{fmt}"))
        assert f"1.1. {TRICKY}." in lines, fmt
    source = (tmp_path / "tb.md").read_text(encoding="utf-8")
    assert "**khẩn**" not in source and "\\*\\*khẩn\\*\\*" in source


def test_control_characters_in_a_title_cannot_break_the_word_file(book_dir: Path, tmp_path: Path) -> None:
    write_month(book_dir, "2020-07", 'month = "2020-07"\n\n[[tasks]]\ntitle = "Kiểm tra\\u0007 đài\\u001b[31m"\n')
    lines = notice_lines(write_notice(Book.open(book_dir), JULY, "docx", tmp_path / "tb.docx"))
    assert "1.1. Kiểm tra␇ đài␛[31m." in lines


# --- months that cannot be used, and writes that fail ---


BROKEN = 'month = "2020-06"\n\n[[tasks]]\ntitle = "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM\nstatus = "open"\n'


@pytest.mark.parametrize("broken", ["2020-06", "2020-05"])
def test_a_broken_month_is_explained_and_nothing_is_written(
    book_dir: Path, capsys: pytest.CaptureFixture[str], broken: str
) -> None:
    old = book_dir / "thong-bao-ket-luan-2020-06.docx"
    old.write_bytes(b"the secretary's earlier notice")
    write_month(book_dir, broken, BROKEN.replace("2020-06", broken))
    code, out, err = run(capsys, "notice", book_dir, "--month", "2020-06")
    assert code == 1 and out == ""
    month = "Tháng 6/2020" if broken == "2020-06" else "Tháng 5/2020"
    assert err.startswith(f"Chưa viết được thông báo vì {month} đang lỗi (chưa ghi tệp nào):")
    assert f"{broken}.toml, dòng 4" in err and "thiếu dấu ngoặc kép" in err
    assert old.read_bytes() == b"the secretary's earlier notice"
    assert leftovers(book_dir) == []


def test_a_month_not_in_the_book_and_an_empty_book(book_dir: Path, empty_book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "notice", book_dir, "--month", "2019-01")
    assert code == 1 and err.strip() == "Sổ không có tháng Tháng 1/2019."
    code, _, err = run(capsys, "notice", book_dir, "--month", "2020-6")
    assert code == 1 and "2020-6" in err
    code, _, err = run(capsys, "notice", empty_book, "--lang", "en")
    assert code == 1 and err.strip() == "The book has no month to write a notice of."


def test_a_full_disk_leaves_the_old_notice_and_no_temporary_file(
    book_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    old = book_dir / "thong-bao-ket-luan-2020-06.docx"
    old.write_bytes(b"yesterday's notice")

    def full(src: object, dst: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", full)
    code, _, err = run(capsys, "notice", book_dir)
    assert code == 1
    assert err.strip() == f"Không ghi được thông báo vào {old}: Đĩa đã đầy. Không có tệp nào bị ghi dở."
    assert old.read_bytes() == b"yesterday's notice"
    assert leftovers(book_dir) == []


def test_writing_into_a_missing_folder_or_onto_a_folder(book_dir: Path, tmp_path: Path) -> None:
    book = Book.open(book_dir)
    with pytest.raises(NoticeError) as caught:
        write_notice(book, JUNE, "txt", tmp_path / "khong-co" / "tb.txt")
    assert caught.value.message("vi").endswith("thư mục đó không có. Không có tệp nào bị ghi dở.")
    with pytest.raises(NoticeError) as caught:
        write_notice(book, JUNE, "txt", tmp_path)
    assert "đó là một thư mục" in caught.value.message("vi")
    with pytest.raises(NoticeError) as caught:
        write_notice(book, JUNE, "pdf", tmp_path / "tb.pdf")
    assert caught.value.message("en") == "There is no format “pdf”; use docx, md or txt."
    assert not (tmp_path / "tb.pdf").exists()
