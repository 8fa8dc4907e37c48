"""dithub.toml's [notice] table: read when given, reported when wrong, blank when absent."""

from __future__ import annotations

from pathlib import Path

from conftest import SAMPLE_BOOK

from dithub.book import Book
from dithub.i18n import describe
from dithub.model import NoticeSettings
from dithub.reading import read_settings


def _settings(folder: Path, text: str):  # type: ignore[no-untyped-def]
    (folder / "dithub.toml").write_text(text, encoding="utf-8")
    return read_settings(folder)


def test_the_sample_book_holds_hai_duongs_settings() -> None:
    notice = Book.open(SAMPLE_BOOK).settings.notice
    assert notice == NoticeSettings(
        parent_agency="UBND tỉnh Hải Dương",
        agency="Sở Thông tin và Truyền thông",
        code="STTTT",
        place="Hải Dương",
        signer_authority="TL. Giám đốc",
        signer_title="Chánh Văn phòng",
        signer_name="",
        recipients=("Lãnh đạo Sở", "Các phòng chức năng khối Văn phòng Sở", "Trung tâm CNTT&TT"),
    )


def test_no_notice_table_means_every_field_blank(empty_book: Path) -> None:
    settings, problems = _settings(empty_book, 'unit = "Sở Thông tin và Truyền thông tỉnh Hải Dương"\n')
    assert problems == [] and settings.notice == NoticeSettings()
    assert settings.unit == "Sở Thông tin và Truyền thông tỉnh Hải Dương"


def test_text_is_nfc_and_trimmed_and_a_single_recipient_may_be_text(empty_book: Path) -> None:
    nfd = "Ha\u0309i Dương"  # as a Mac writes "Hải"
    settings, problems = _settings(empty_book, f'[notice]\nplace = "  {nfd} "\nrecipients = "Lãnh đạo Sở"\n')
    assert problems == []
    assert settings.notice.place == "Hải Dương"
    assert settings.notice.recipients == ("Lãnh đạo Sở",)


def test_wrong_values_are_reported_and_left_blank_the_rest_kept(empty_book: Path) -> None:
    text = '[notice]\ncode = 5\nplace = "Hải Dương"\nrecipients = ["Lãnh đạo Sở", 3]\n\n[[categories]]\nid = "inspection"\nlabel = "Thanh tra"\n'
    settings, problems = _settings(empty_book, text)
    assert settings.notice.code == "" and settings.notice.recipients == ()
    assert settings.notice.place == "Hải Dương"
    assert [c.id for c in settings.categories] == ["inspection", "other"]  # the categories still count
    said = [describe(p, "vi") for p in problems]
    assert any("“notice.code”" in s and "chữ trong ngoặc kép" in s for s in said), said
    assert any("“notice.recipients”" in s and "danh sách" in s for s in said), said
    assert all(p.file == "dithub.toml" for p in problems)


def test_notice_that_is_not_a_table_is_explained(empty_book: Path) -> None:
    settings, problems = _settings(empty_book, 'notice = "STTTT"\n')
    assert settings.notice == NoticeSettings()
    (problem,) = problems
    assert problem.code == "notice_not_table" and problem.line == 1
    assert "[notice]" in describe(problem, "vi") and "[notice]" in describe(problem, "en")
