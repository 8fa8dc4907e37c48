"""`dithub init`: a new book from nothing, asking when someone is at the terminal, never writing over a book."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from dithub.book import Book
from dithub.book_setup import AlreadyThere, create_month, parse_month
from dithub.cli import main
from dithub.model import YearMonth
from dithub.reading import read_month, read_settings

UNIT = "Sở Thông tin và Truyền thông tỉnh Hải Dương"


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_init_with_everything_given(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "so-giao-ban" / "hai-duong"
    code, out, _ = run(capsys, "init", folder, "--unit", UNIT, "--month", "2020-06")
    assert code == 0
    assert out.splitlines()[0] == f"Đã tạo sổ giao ban trong “{folder}”:"
    assert sorted(p.name for p in folder.iterdir() if p.is_file()) == ["2020-06.toml", "dithub.toml"]
    settings, problems = read_settings(folder)
    assert problems == [] and settings.unit == UNIT and settings.language == "vi"
    june = read_month(folder / "2020-06.toml", YearMonth(2020, 6))
    assert june.problems == [] and june.month is not None and june.month.tasks == ()
    code, out, _ = run(capsys, "check", folder)
    assert (code, out.strip()) == (0, "Sổ ổn: 1 tháng, 0 nhiệm vụ, không có lỗi.")


def test_init_without_a_terminal_uses_defaults_and_says_the_unit_is_blank(
    empty_book: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    code, out, _ = run(capsys, "init", empty_book, "--lang", "en")
    assert code == 0
    today = date.today()
    key = YearMonth(today.year, today.month)
    assert (empty_book / f"{key}.toml").exists()
    assert 'No unit name yet; add it later as a line unit = "…" in dithub.toml.' in out
    settings, _ = read_settings(empty_book)
    assert (settings.unit, settings.language) == ("", "en")


def test_init_asks_in_the_interfaces_language(
    empty_book: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    prompts: list[str] = []
    answers = iter([UNIT, "tháng 13/2020", "6/2020"])  # a wrong month is asked again

    def answer(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("builtins.input", answer)
    code, out, err = run(capsys, "init", empty_book)
    assert code == 0
    assert prompts[0].startswith("Tên đơn vị (ví dụ:")
    assert prompts[1].startswith("Tháng đầu tiên (dạng 2020-06; Enter:")
    assert len(prompts) == 3
    assert "“tháng 13/2020” không phải một tháng" in err
    assert (empty_book / "2020-06.toml").exists()
    assert read_settings(empty_book)[0].unit == UNIT


def test_init_refuses_an_existing_book(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = {p.name: p.read_bytes() for p in book_dir.iterdir() if p.is_file()}
    code, out, err = run(capsys, "init", book_dir, "--unit", "Sở khác", "--month", "2020-07")
    assert code == 1 and out == ""
    assert err.startswith(f"“{book_dir}” đã là một sổ giao ban (có dithub.toml, 2020-05.toml, 2020-06.toml)")
    assert {p.name: p.read_bytes() for p in book_dir.iterdir() if p.is_file()} == before


def test_init_with_a_bad_month_is_a_usage_error(empty_book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "init", empty_book, "--month", "2020-13", "--unit", UNIT)
    assert code == 2
    assert "“2020-13” không phải một tháng" in err
    assert list(empty_book.iterdir()) == []


def test_unit_with_quotes_and_control_characters_reads_back(empty_book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    unit = 'Sở TT&TT tỉnh "Hải Dương"\\ \x7f\t'
    assert run(capsys, "init", empty_book, "--unit", unit, "--month", "2020-06")[0] == 0
    assert read_settings(empty_book)[0].unit == unit.strip()


def test_create_month_for_the_dashboard(book_dir: Path) -> None:
    july = create_month(book_dir, YearMonth(2020, 7), "vi")
    assert july.month is not None and july.month.tasks == ()
    text = (book_dir / "2020-07.toml").read_text(encoding="utf-8")
    assert text.startswith("# Nhiệm vụ tháng 7/2020 — dithub tạo để chuẩn bị cuộc họp giao ban.")
    assert Book.open(book_dir).keys[-1] == YearMonth(2020, 7)
    with pytest.raises(AlreadyThere):
        create_month(book_dir, YearMonth(2020, 6), "vi")


@pytest.mark.parametrize(
    ("typed", "key"),
    [("2020-06", YearMonth(2020, 6)), ("6/2020", YearMonth(2020, 6)), ("Tháng 12/2020", YearMonth(2020, 12)), ("13/2020", None)],
)
def test_months_as_typed(typed: str, key: YearMonth | None) -> None:
    assert parse_month(typed) == key
