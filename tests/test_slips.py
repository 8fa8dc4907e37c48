"""Slips that used to pass `dithub check` silently, dates written the way people write them, and words
that depend on the language: category labels and English plurals."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_month

from dithub.cli import main
from dithub.i18n import describe, problem_line, t
from dithub.labels import category_label
from dithub.model import DEFAULT_CATEGORIES, OTHER, Category, Month, Settings, Task, YearMonth
from dithub.reading import read_month, read_settings
from dithub.report import as_text
from dithub.typos import edits, meant

AUGUST = YearMonth(2020, 8)
HEAD = '# Nhiệm vụ tháng 8/2020\nmonth = "2020-08"\n\n'
UNIDEN = '[[tasks]]\nid = "kiem-tra-uniden"\ntitle = "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM"\nowner = "Thanh tra Sở"\n'


def problems(folder: Path, text: str) -> list:
    path = write_month(folder, "2020-08", text)
    return read_month(path, AUGUST).problems


def test_tasks_table_misnamed_is_an_error_with_its_line(empty_book: Path) -> None:
    text = HEAD + UNIDEN + '\n[[task]]\ntitle = "Triển khai chuyển đổi IPv6 trong các cơ quan nhà nước"\n'
    found = problems(empty_book, text)
    assert [(p.code, p.line, p.is_warning) for p in found] == [("tasks_misnamed", 9, False)]
    assert problem_line(found[0], "vi") == (
        "2020-08.toml, dòng 9: lỗi: Bảng [[task]] không phải [[tasks]] nên 1 nhiệm vụ trong đó không được đọc. Hãy sửa thành [[tasks]]."
    )


@pytest.mark.parametrize("name", ["Tasks", "taks", "nhiem_vu"])
def test_other_names_of_the_tasks_table(empty_book: Path, name: str) -> None:
    found = problems(empty_book, HEAD + UNIDEN.replace("[[tasks]]", f"[[{name}]]"))
    assert [p.code for p in found] == ["tasks_misnamed"]


def test_a_key_one_slip_from_a_known_one_is_a_warning_that_suggests_it(empty_book: Path) -> None:
    text = HEAD.replace("month =", 'tittle = "Giao ban tháng 8/2020"\nmonth =') + UNIDEN + 'statu = "done"\n'
    found = problems(empty_book, text)
    assert [(p.code, p.line, p.is_warning) for p in found] == [("key_misspelt", 2, True), ("key_misspelt", 9, True)]
    assert (
        describe(found[1], "vi")
        == "Nhiệm vụ thứ 1: Khóa “statu” không có trong định dạng nên bị bỏ qua. Có phải ý bạn là “status”?"
    )
    assert describe(found[0], "en") == "The key “tittle” is not one dithub knows, so it is not used. Did you mean “title”?"


def test_keys_far_from_known_ones_stay_unremarked(empty_book: Path) -> None:
    text = HEAD + UNIDEN + 'uu_tien = "cao"\ndate = 2020-08-15\nlink = "https://haiduong.gov.vn"\n'
    assert problems(empty_book, text) == []


def test_an_empty_title_is_a_warning(empty_book: Path) -> None:
    found = problems(empty_book, HEAD + UNIDEN + '\n[[tasks]]\ntitle = "  "\nowner = "Văn phòng Sở"\n')
    assert [(p.code, p.line, p.is_warning) for p in found] == [("empty_title", 10, True)]


def test_check_counts_the_warnings(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_month(
        book_dir, "2020-07", HEAD.replace("2020-08", "2020-07").replace("8/2020", "7/2020") + UNIDEN + 'stauts = "done"\n'
    )
    assert main(["check", str(book_dir), "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("2020-07.toml, line 8: warning: Task 1: The key “stauts”")
    assert lines[-1] == "1 warning above worth a look."


@pytest.mark.parametrize(
    ("a", "b", "count"), [("statu", "status", 1), ("stauts", "status", 1), ("titel", "title", 1), ("due", "date", 2)]
)
def test_edits(a: str, b: str, count: int) -> None:
    assert edits(a, b) == count


def test_meant_allows_one_slip_on_short_keys() -> None:
    assert meant("ids", ("id", "due")) == "id"
    assert meant("date", ("due",)) is None
    assert meant("Owner", ("owner",)) == "owner"


# --- dates written as people write them ---


@pytest.mark.parametrize(
    ("written", "fixed"), [("31/07/2020", "2020-07-31"), ("1/7/2020", "2020-07-01"), ("2020-31-07", "2020-07-31")]
)
def test_a_date_written_by_hand_is_rewritten(empty_book: Path, written: str, fixed: str) -> None:
    found = problems(empty_book, HEAD + UNIDEN + f"due = {written}\n")
    assert [(p.code, p.line, p.column) for p in found] == [("date_written_wrong", 8, 7)]
    vi = describe(found[0], "vi")
    assert vi == f"Ngày “due = {written}” viết chưa đúng cách. Hãy viết due = {fixed} (năm-tháng-ngày, không có ngoặc kép)."
    assert f"Write due = {fixed}" in describe(found[0], "en")


def test_an_impossible_date_says_how_dates_are_written(empty_book: Path) -> None:
    found = problems(empty_book, HEAD + UNIDEN + "due = 31/02/2020  # hạn báo cáo\n")
    assert [p.code for p in found] == ["date_impossible"]
    assert "ví dụ due = 2020-06-30" in describe(found[0], "vi")


def test_a_date_in_quotes_gets_the_same_day_rewritten(empty_book: Path) -> None:
    found = problems(empty_book, HEAD + UNIDEN + 'due = "31/07/2020"\n')
    assert [p.code for p in found] == ["wrong_type"] and found[0].details["example"] == "due = 2020-07-31"


def test_syntax_errors_in_vietnamese_carry_no_english(empty_book: Path) -> None:
    for broken in ('title = "Kiểm tra UNIDEN\n', "owner = Thanh tra Sở\n", "due = 2020-07-10 10\n", "[[tasks]\n"):
        found = problems(empty_book, HEAD + UNIDEN + broken)
        assert [p.code for p in found] == ["toml_syntax"], broken
        vi = describe(found[0], "vi")
        for english in ("expected", "invalid", "unterminated", "illegal", "statement", "newline"):
            assert english not in vi.lower(), vi


def test_dithub_toml_date_slip_is_read_too(empty_book: Path) -> None:
    (empty_book / "dithub.toml").write_text('unit = "Sở TTTT"\nfounded = 01/01/2008\n', encoding="utf-8")
    assert [p.code for p in read_settings(empty_book)[1]] == ["date_written_wrong"]


# --- category labels and plurals ---


def test_default_categories_speak_the_interface_language() -> None:
    labels = [category_label(c, "en") for c in Settings().categories]
    assert labels == ["Inspection", "Press and publishing", "IPv6", "Broadcasting", "Other"]
    assert [category_label(c, "vi") for c in Settings().categories] == [c.label for c in (*DEFAULT_CATEGORIES, OTHER)]


def test_a_books_own_labels_stay_as_written() -> None:
    own = Category("inspection", "Thanh tra, kiểm tra", ("thanh tra",))
    settings = Settings(categories=(own,))
    assert [category_label(c, "en") for c in settings.categories] == ["Thanh tra, kiểm tra", "Other"]


def test_english_report_of_a_book_without_categories() -> None:
    month = Month(
        AUGUST, (Task("kiem-tra-uniden", "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM"), Task("dai-hoi", "Tổ chức Đại hội Đảng bộ Sở"))
    )
    lines = list(as_text(month, Settings(), "en"))
    assert "Inspection — 0/1 done" in lines and "Other — 0/1 done" in lines


@pytest.mark.parametrize(
    ("errors", "files", "said"),
    [(1, 1, "1 error to fix in 1 file."), (2, 1, "2 errors to fix in 1 file."), (3, 2, "3 errors to fix in 2 files.")],
)
def test_english_plurals(errors: int, files: int, said: str) -> None:
    assert t("cli.check_failed", "en", errors=errors, files=files) == said
    assert t("cli.check_failed", "vi", errors=errors, files=files) == f"Có {errors} lỗi cần sửa trong {files} tệp."
