"""The command line speaks the book's language: usage, help and usage errors, never argparse's English."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import JULY_2020, ROOT, write_month
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dithub.cli import main

ARGPARSE_ENGLISH = (
    "usage:",
    "error: the following arguments are required",
    "the following arguments",
    "invalid choice",
    "unrecognized arguments",
    "show this help message and exit",
    "positional arguments",
    "options:",
    "expected one argument",
)


def usage_error(capsys: pytest.CaptureFixture[str], *args: str | Path) -> str:
    with pytest.raises(SystemExit) as raised:
        main([str(arg) for arg in args])
    assert raised.value.code == 2
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err
    return err


def speaks_no_argparse(text: str) -> None:
    """argparse's own lowercase words; our English says "Usage:" and "Options:"."""
    for words in ARGPARSE_ENGLISH:
        assert words not in text, (words, text)


@pytest.mark.parametrize(
    "args",
    [
        ["carry"],
        ["carry", "--from", "2020-06"],
        ["report", "--format", "xml"],
        ["check"],
        ["check", "so-giao-ban", "thua"],
        ["--lang"],
        ["--lang", "fr", "check", "so-giao-ban"],
        ["report", "so-giao-ban", "--month"],
        ["init", "so-moi", "--unit"],
    ],
)
def test_usage_errors_in_vietnamese_have_no_english(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    err = usage_error(capsys, *args)
    speaks_no_argparse(err)
    assert "Cách dùng: dithub" in err and "Xem hướng dẫn: dithub" in err


def test_a_missing_argument_is_named_with_what_it_is_for(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = usage_error(capsys, "carry", book_dir)
    assert err.splitlines()[0] == "dithub carry còn thiếu --from (tháng nguồn, dạng 2020-05)."
    err = usage_error(capsys, "carry", book_dir, "--lang", "en")
    assert err.splitlines()[0] == "dithub carry needs --from (the month to carry from, as 2020-05)."
    assert err.splitlines()[1].startswith("Usage: dithub carry")


def test_a_wrong_choice_suggests_the_nearest(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = usage_error(capsys, "report", book_dir, "--format", "jsn")
    assert err.splitlines()[0] == "dithub report: --format không nhận “jsn”; chọn một trong: text, json. Có phải ý bạn là “json”?"


def test_a_mistyped_command_suggests_the_nearest(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = usage_error(capsys, "chek", book_dir)
    assert err.splitlines()[0] == "Không có lệnh “chek”. Có phải ý bạn là “check”?"
    err = usage_error(capsys, "repot", book_dir, "--lang", "en")
    assert err.splitlines()[0] == "There is no command “repot”. Did you mean “report”?"
    err = usage_error(capsys, "xem", book_dir)  # nothing near: the commands are listed
    assert err.splitlines()[0].startswith("Không có lệnh “xem”. Các lệnh: open, check, report, carry")


def test_a_word_left_over_is_told_by_its_command(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = usage_error(capsys, "check", book_dir, "thua")
    assert err.splitlines()[:2] == ["dithub check: không hiểu “thua”.", "Cách dùng: dithub check [-h] [--lang {vi,en}] SỔ"]


def test_usage_error_in_the_books_language(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settings = book_dir / "dithub.toml"
    settings.write_text(settings.read_text(encoding="utf-8").replace('language = "vi"', 'language = "en"'), encoding="utf-8")
    assert usage_error(capsys, "carry", book_dir).startswith("dithub carry needs --from")
    assert usage_error(capsys, "chek", book_dir).startswith("There is no command “chek”.")
    assert usage_error(capsys, "carry", book_dir, "--lang", "vi").startswith("dithub carry còn thiếu --from")


def test_dithub_lang_from_the_environment(
    book_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DITHUB_LANG", "en")
    assert main(["check", str(book_dir)]) == 0
    assert capsys.readouterr().out.startswith("The book is fine: 2 months, 39 tasks")
    assert main(["check", str(book_dir), "--lang", "vi"]) == 0  # --lang wins
    assert capsys.readouterr().out.startswith("Sổ ổn")
    assert main(["--lang", "vi", "check", str(book_dir)]) == 0  # before the command as well
    assert capsys.readouterr().out.startswith("Sổ ổn")


def test_help_in_vietnamese_has_no_argparse_words(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["--help"], ["carry", "--help"], ["init", "-h"], ["report", "-h"]):
        with pytest.raises(SystemExit) as raised:
            main(args)
        assert raised.value.code == 0
        out = capsys.readouterr().out
        speaks_no_argparse(out)
        assert out.startswith("Cách dùng: dithub")
        assert "Tùy chọn:" in out and "hiện trợ giúp này rồi thoát" in out


def test_help_in_english_is_ours(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["carry", "--help", "--lang", "en"])
    out = capsys.readouterr().out
    assert out.startswith("Usage: dithub carry")
    assert "show this help and exit" in out and "show this help message" not in out
    assert "--due DATE|keep|clear" in out and "BOOK" in out


def test_usage_error_as_a_real_process_exits_2_without_traceback(tmp_path: Path) -> None:
    write_month(tmp_path, "2020-07", JULY_2020)
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-m", "dithub", "chek", str(tmp_path)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert result.stderr.splitlines()[0] == "Không có lệnh “chek”. Có phải ý bạn là “check”?"
    assert "Traceback" not in result.stderr


# --- the book's folder ---


def test_a_month_file_given_for_a_book_names_its_folder(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["report", str(book_dir / "2020-06.toml")])
    err = capsys.readouterr().err
    assert code == 1
    assert err.strip() == (
        f"“{book_dir / '2020-06.toml'}” là một tệp tháng, không phải thư mục sổ. "
        f"Hãy ghi thư mục của nó, ví dụ: dithub report {book_dir} --month 2020-06"
    )
    assert main(["check", str(book_dir / "dithub.toml"), "--lang", "en"]) == 1
    assert capsys.readouterr().err.strip() == (
        f"“{book_dir / 'dithub.toml'}” is a file, not a book folder. The book holding it is the folder “{book_dir}”."
    )


@pytest.mark.parametrize("command", [["report"], ["carry", "--from", "2020-06"], ["check"]])
def test_a_misnamed_month_file_warns_in_every_command(
    book_dir: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    write_month(book_dir, "2020-7.toml", JULY_2020)
    main([command[0], str(book_dir), *command[1:]])
    out, err = capsys.readouterr()
    told = (
        "2020-7.toml: lưu ý: Tệp này có vẻ là một tháng nhưng tên không đúng dạng nên bị bỏ qua. Hãy đổi tên thành 2020-07.toml."
    )
    assert told in (out if command == ["check"] else err)


def test_opening_a_month_the_book_lacks_says_so(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The dashboard is not opened on another month: exit 1 with the months the book holds."""
    assert main([str(book_dir), "--month", "2021-01"]) == 1
    assert capsys.readouterr().err.strip() == "Sổ không có tháng 1/2021 (tệp 2021-01.toml). Các tháng sổ đang có: 5/2020, 6/2020."


def test_a_month_file_given_to_open_the_dashboard(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(book_dir / "2020-05.toml"), "--lang", "en"]) == 1
    assert capsys.readouterr().err.strip().endswith(f"Give its folder instead, e.g. dithub {book_dir} --month 2020-05")


WORDS = (
    *("open", "check", "report", "carry", "init", "stats", "chek", "carry2", "xem"),
    *("--month", "--from", "--task", "--due", "--format", "--lang", "--unit", "--mon", "-h", "-x", "--"),
    *("2020-06", "6/2020", "2020-13", "json", "xml", "en", "fr", "keep", "31/07/2020", "kiem-tra-uniden", "Sở TTTT"),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from((*WORDS, "BOOK")), max_size=6))
def test_any_command_line_is_answered_in_words(
    book_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, words: list[str]
) -> None:
    """Whatever is typed: an exit code 0, 1 or 2, never a traceback, never argparse's English."""
    from dithub.ui import app, rollup_app

    # `dithub BOOK` (and `dithub` in the folder holding it, which is a roll-up) must not take the terminal
    monkeypatch.setattr(app.DithubApp, "run", lambda self: None)
    monkeypatch.setattr(rollup_app.RollupApp, "run", lambda self: None)
    monkeypatch.chdir(book_dir.parent)  # `init` without a folder makes one here, in the test's folder
    argv = [str(book_dir) if word == "BOOK" else word for word in words]
    try:
        code = main(argv)
    except SystemExit as exit:
        code = exit.code
    out, err = capsys.readouterr()
    assert code in (0, 1, 2), (argv, code, err)
    assert "Traceback" not in out + err
    if "--help" not in argv and "-h" not in argv:
        speaks_no_argparse(err)
