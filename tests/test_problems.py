"""Every way a file can break the spec becomes a Problem naming the file, line and what to fix."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from conftest import JULY_2020, write_month, write_month_bytes

from dithub.book import Book
from dithub.i18n import problem_line
from dithub.model import YearMonth
from dithub.problems import Problem
from dithub.reading import read_month, read_settings, scan_folder

JULY = YearMonth(2020, 7)

HEADER = '# Nhiệm vụ trọng tâm tháng 7/2020\nmonth = "2020-07"\n\n'
UNIDEN = '[[tasks]]\nid = "kiem-tra-uniden"\ntitle = "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM"\n'


def problems_of(folder: Path, text: str, name: str = "2020-07.toml") -> list[Problem]:
    path = write_month(folder, name, text)
    file = read_month(path, JULY)
    if any(not p.is_warning for p in file.problems):
        assert file.month is None and file.is_broken
    return file.problems


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, problems
    return problems[0]


def cp1258(text: str) -> bytes:
    """Text as Windows-1258 stores it: base letters precomposed, tone marks as separate bytes."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        out += unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones)).encode("cp1258")
        out += "".join(c for c in parts if c in tones).encode("cp1258")
    return out


# --- the problems ---


def test_toml_syntax_error_gives_line_and_column(empty_book: Path) -> None:
    text = HEADER + '[[tasks]]\nid = "kiem-tra-uniden"\ntitle = "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM\nstatus = "open"\n'
    problem = only(problems_of(empty_book, text))
    assert problem.code == "toml_syntax"
    assert problem.file == "2020-07.toml"
    assert problem.line == 6
    assert problem.column == len('title = "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM') + 1
    assert not problem.is_warning


def test_unquoted_text_is_a_syntax_error_at_the_value(empty_book: Path) -> None:
    text = HEADER + '[[tasks]]\nid = "kiem-tra-uniden"\ntitle = Kiểm tra Công ty TNHH UNIDEN\n'
    problem = only(problems_of(empty_book, text))
    assert (problem.code, problem.line, problem.column) == ("toml_syntax", 6, 9)


def test_file_not_in_utf8(empty_book: Path) -> None:
    data = cp1258(HEADER + UNIDEN)
    path = write_month_bytes(empty_book, "2020-07.toml", data)
    file = read_month(path, JULY)
    assert file.is_broken
    problem = only(file.problems)
    assert problem.code == "not_utf8"
    assert (problem.line, problem.column) == (1, len("# Nhi") + 1)


def test_unknown_status(empty_book: Path) -> None:
    problem = only(problems_of(empty_book, HEADER + UNIDEN + 'status = "xong"\n'))
    assert problem.code == "unknown_status"
    assert problem.line == 7
    assert problem.details["value"] == "xong"
    assert problem.details["number"] == 1


def test_date_written_as_text_is_a_wrong_type(empty_book: Path) -> None:
    problem = only(problems_of(empty_book, HEADER + UNIDEN + 'due = "2020-06-30"\n'))
    assert problem.code == "wrong_type"
    assert problem.line == 7
    assert (problem.details["key"], problem.details["expected"]) == ("due", "date")


def test_count_written_as_text_is_a_wrong_type(empty_book: Path) -> None:
    problem = only(problems_of(empty_book, HEADER + UNIDEN + 'times_carried = "1"\n'))
    assert problem.code == "wrong_type"
    assert problem.line == 7
    assert (problem.details["key"], problem.details["expected"]) == ("times_carried", "count")


def test_month_written_as_a_number_is_a_wrong_type(empty_book: Path) -> None:
    problem = only(problems_of(empty_book, "# Nhiệm vụ tháng 7/2020\nmonth = 2020\n"))
    assert (problem.code, problem.line, problem.details["key"]) == ("wrong_type", 2, "month")


def test_duplicate_id(empty_book: Path) -> None:
    second = '\n[[tasks]]\nid = "kiem-tra-uniden"\ntitle = "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM (lần 2)"\n'
    problem = only(problems_of(empty_book, HEADER + UNIDEN + second))
    assert problem.code == "duplicate_id"
    assert problem.line == 9
    assert problem.details["id"] == "kiem-tra-uniden"
    assert problem.details["first"] == 1


def test_month_not_matching_the_file_name(empty_book: Path) -> None:
    problem = only(problems_of(empty_book, '# Nhiệm vụ tháng 7/2020\nmonth = "2020-06"\n\n' + UNIDEN))
    assert problem.code == "month_mismatch"
    assert problem.line == 2
    assert (problem.details["value"], problem.details["expected"]) == ("2020-06", "2020-07")


def test_carried_from_that_is_not_a_month(empty_book: Path) -> None:
    problem = only(problems_of(empty_book, HEADER + UNIDEN + 'carried_from = "tháng 6"\n'))
    assert (problem.code, problem.line, problem.details["value"]) == ("bad_month_text", 7, "tháng 6")


def test_task_without_a_title(empty_book: Path) -> None:
    problem = only(problems_of(empty_book, HEADER + '[[tasks]]\nid = "kiem-tra-uniden"\nowner = "Thanh tra Sở"\n'))
    assert (problem.code, problem.line) == ("missing_title", 4)


def test_all_errors_of_a_file_are_reported_at_once(empty_book: Path) -> None:
    text = (
        '# Nhiệm vụ tháng 7/2020\nmonth = "2020-08"\n\n'
        + UNIDEN
        + 'status = "xong"\n\n'
        + '[[tasks]]\nid = "kiem-tra-duc-viet-568"\ntitle = "Kiểm tra Công ty Cổ phần Đức Việt 568"\ndue = "2020-07-30"\n'
    )
    problems = problems_of(empty_book, text)
    assert [(p.code, p.line) for p in problems] == [("month_mismatch", 2), ("unknown_status", 7), ("wrong_type", 12)]


def test_a_good_file_has_no_problems(empty_book: Path) -> None:
    assert problems_of(empty_book, JULY_2020) == []


def test_unknown_category_is_only_a_warning(book_dir: Path) -> None:
    path = write_month(
        book_dir, "2020-07", JULY_2020.replace('owner = "Thanh tra Sở"', 'category = "thanh-tra"\nowner = "Thanh tra Sở"')
    )
    settings, _ = read_settings(book_dir)
    file = read_month(path, JULY, settings)
    assert file.month is not None
    problem = only(file.problems)
    assert (problem.code, problem.line, problem.is_warning) == ("unknown_category", 10, True)


# --- misnamed files ---


def test_misnamed_month_files_get_a_warning_naming_them(book_dir: Path) -> None:
    for name in ("2020-6.toml", "06-2020.toml", "notes.toml"):
        write_month(book_dir, name, JULY_2020)
    keys, warnings = scan_folder(book_dir)
    assert keys == [YearMonth(2020, 5), YearMonth(2020, 6)]
    assert sorted(p.file for p in warnings) == ["06-2020.toml", "2020-6.toml"]
    assert all(p.code == "misnamed" and p.is_warning for p in warnings)
    assert {p.file: p.details["example"] for p in warnings} == {"06-2020.toml": "2020-06.toml", "2020-6.toml": "2020-06.toml"}


def test_book_lists_misnamed_files_among_its_problems(book_dir: Path) -> None:
    write_month(book_dir, "2020-7.toml", JULY_2020)
    write_month(book_dir, "ghi-chu.toml", "# Ghi chú của Văn phòng Sở\n")
    book = Book.open(book_dir)
    assert [(p.file, p.code) for p in book.problems] == [("2020-7.toml", "misnamed")]
    assert book.keys == [YearMonth(2020, 5), YearMonth(2020, 6)]


# --- messages for people ---


@pytest.mark.parametrize(
    ("language", "words"),
    [("vi", ("dòng 7", "lỗi", "Trạng thái “xong” không hợp lệ")), ("en", ("line 7", "error", "Status “xong” is not allowed"))],
)
def test_message_names_file_line_and_fix(empty_book: Path, language: str, words: tuple[str, ...]) -> None:
    problem = only(problems_of(empty_book, HEADER + UNIDEN + 'status = "xong"\n'))
    message = problem_line(problem, language)  # type: ignore[arg-type]
    assert message.startswith("2020-07.toml, ")
    for word in words:
        assert word in message
    assert "open" in message and "done" in message


@pytest.mark.parametrize(("language", "place"), [("vi", "2020-07.toml, dòng 6, cột 9"), ("en", "2020-07.toml, line 6, column 9")])
def test_syntax_message_names_line_and_column(empty_book: Path, language: str, place: str) -> None:
    problem = only(problems_of(empty_book, HEADER + '[[tasks]]\nid = "kiem-tra-uniden"\ntitle = Kiểm tra\n'))
    message = problem_line(problem, language)  # type: ignore[arg-type]
    assert message.startswith(place + ": ")
    assert "Traceback" not in message and "TOMLDecodeError" not in message


@pytest.mark.parametrize("language", ["vi", "en"])
def test_misnamed_message_suggests_a_name(book_dir: Path, language: str) -> None:
    write_month(book_dir, "06-2020.toml", JULY_2020)
    problem = only(scan_folder(book_dir)[1])
    message = problem_line(problem, language)  # type: ignore[arg-type]
    assert message.startswith("06-2020.toml: ")
    assert "2020-06.toml" in message
    assert ("lưu ý" if language == "vi" else "warning") in message


def test_not_utf8_message_tells_how_to_fix(empty_book: Path) -> None:
    path = write_month_bytes(empty_book, "2020-07.toml", cp1258(HEADER + UNIDEN))
    problem = only(read_month(path, JULY).problems)
    assert problem_line(problem, "vi").startswith("2020-07.toml, dòng 1, cột 6: lỗi: ")
    assert "UTF-8" in problem_line(problem, "en")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_wrong_type_message_names_the_key_and_an_example(empty_book: Path, language: str) -> None:
    problem = only(problems_of(empty_book, HEADER + UNIDEN + 'due = "2020-06-30"\n'))
    message = problem_line(problem, language)  # type: ignore[arg-type]
    assert message.startswith("2020-07.toml, " + ("dòng 7" if language == "vi" else "line 7"))
    assert "due = 2020-06-30" in message


def test_bad_month_text_message(empty_book: Path) -> None:
    problem = only(problems_of(empty_book, HEADER + UNIDEN + 'carried_from = "tháng 6"\n'))
    assert "2020-05" in problem_line(problem, "en")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_month_mismatch_message_says_what_to_write(empty_book: Path, language: str) -> None:
    problem = only(problems_of(empty_book, '# Nhiệm vụ tháng 7/2020\nmonth = "2020-06"\n'))
    message = problem_line(problem, language)  # type: ignore[arg-type]
    assert message.startswith("2020-07.toml, ")
    assert 'month = "2020-07"' in message


# --- a broken month does not stop the book ---


def test_broken_month_does_not_stop_the_others(book_dir: Path) -> None:
    write_month(book_dir, "2020-07", JULY_2020.replace('status = "open"', 'status = "open', 1))
    book = Book.open(book_dir)
    book.load_all()
    assert book.keys == [YearMonth(2020, 5), YearMonth(2020, 6), JULY]
    assert book.files[JULY].is_broken
    assert book.months[JULY] is None
    assert [p.code for p in book.files[JULY].problems] == ["toml_syntax"]
    june = book.months[YearMonth(2020, 6)]
    assert june is not None and len(june.tasks) == 21
    assert book.months[YearMonth(2020, 5)] is not None


def test_broken_settings_fall_back_to_the_defaults(book_dir: Path) -> None:
    (book_dir / "dithub.toml").write_text('unit = "Sở Thông tin và Truyền thông\nlanguage = "vi"\n', encoding="utf-8")
    book = Book.open(book_dir)
    assert [p.code for p in book.problems] == ["toml_syntax"]
    assert book.problems[0].file == "dithub.toml" and book.problems[0].line == 1
    assert [c.id for c in book.settings.categories] == ["inspection", "press", "ipv6", "broadcasting", "other"]
    book.load_all()
    assert book.months[YearMonth(2020, 6)] is not None


def test_duplicate_id_is_told_even_when_the_first_task_has_other_mistakes(tmp_path: Path) -> None:
    from dithub.model import YearMonth as _YM
    from dithub.reading import read_month as _read

    path = tmp_path / "2020-04.toml"
    path.write_text(
        'month = "2020-04"\n\n[[tasks]]\nid = "a"\ntitle = "Thanh tra hoạt động in"\nstatus = "xong"\n\n'
        '[[tasks]]\nid = "a"\ntitle = "Kiểm tra đài truyền thanh"\n',
        encoding="utf-8",
    )
    codes = sorted(p.code for p in _read(path, _YM(2020, 4)).problems)
    assert codes == ["duplicate_id", "unknown_status"]


def test_an_unclosed_quote_is_called_an_unclosed_quote(tmp_path: Path) -> None:
    from dithub.i18n import problem_line as _line
    from dithub.model import YearMonth as _YM
    from dithub.reading import read_month as _read

    path = tmp_path / "2020-03.toml"
    path.write_text('month = "2020-03"\ntitle = "Giao ban\n', encoding="utf-8")
    (problem,) = _read(path, _YM(2020, 3)).problems
    assert "dòng 2" in _line(problem, "vi") and "thiếu dấu ngoặc kép đóng ở cuối dòng" in _line(problem, "vi")
    assert "a quote is not closed before the end of the line" in _line(problem, "en")
