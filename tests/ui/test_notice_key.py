"""The notice key (issue 11): confirm the file, write it in a thread, say where it went or why not."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Select

from dithub.i18n import month_label, t
from dithub.model import YearMonth
from dithub.notice import default_file_name
from dithub.ui.confirm_screen import ConfirmScreen
from dithub.ui.notice_form import NoticeForm

from .conftest import dashboard, settle

docx = pytest.importorskip("docx", reason="python-docx writes and reads the notice")
JUNE = YearMonth(2020, 6)


def said(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.message for n in app._notifications]


async def open_form(pilot, app) -> NoticeForm:  # type: ignore[no-untyped-def]
    await pilot.press("t")
    await settle(pilot)
    assert isinstance(app.screen, NoticeForm)
    return app.screen


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


async def test_the_notice_is_written_where_the_message_says(make_app, book_dir: Path) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        assert screen.current == JUNE
        form = await open_form(pilot, app)
        assert form.query_one("#file", Input).value == default_file_name(JUNE, "docx", "vi") == "thong-bao-ket-luan-2020-06.docx"
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        path = book_dir / "thong-bao-ket-luan-2020-06.docx"
        assert path.exists()
        text = docx_text(path)
        assert "THÔNG BÁO" in text and "Hải Dương, ngày 02 tháng 6 năm 2020" in text
        assert "Triển khai khảo sát địa điểm lắp đặt Wifi công cộng trên địa bàn tỉnh Hải Dương" in text
        assert t("notice.cli.written", "vi", month=month_label(JUNE, "vi"), path=path.resolve()) in said(app)


async def test_markdown_is_chosen_in_the_form_and_the_name_follows(make_app, book_dir: Path) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        form = await open_form(pilot, app)
        form.query_one("#format", Select).value = "md"
        await settle(pilot)
        assert form.query_one("#file", Input).value == "thong-bao-ket-luan-2020-06.md"
        form.query_one("#file", Input).value = "ban-gui-email"  # no ending: the format's is added
        form.query_one("#file", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        text = (book_dir / "ban-gui-email.md").read_text(encoding="utf-8")
        assert "THÔNG BÁO" in text and "Chủ trì: Phòng Công nghệ thông tin" in text


async def test_an_existing_file_is_never_written_over_without_asking(make_app, book_dir: Path) -> None:
    path = book_dir / "thong-bao-ket-luan-2020-06.docx"
    path.write_bytes(b"ban da ky - signed copy")
    async with dashboard(make_app) as (app, pilot, screen):
        await open_form(pilot, app)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert str(path) in app.screen.question
        await pilot.press("n")
        await settle(pilot)
        assert path.read_bytes() == b"ban da ky - signed copy"
        assert t("notice.ui.not_written", "vi") in said(app)

        await open_form(pilot, app)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(pilot)
        assert "THÔNG BÁO" in docx_text(path)


async def test_a_broken_previous_month_gets_the_clear_message_and_no_file(make_app, book_dir: Path) -> None:
    (book_dir / "2020-05.toml").write_text('month = "2020-05"\n\n[[tasks]]\ntitle = "Thanh tra hoạt động in\n', encoding="utf-8")
    async with dashboard(make_app, language="en") as (app, pilot, screen):
        await open_form(pilot, app)
        await pilot.press("enter")
        await settle(pilot)
        first_line = t("notice.error.broken", "en", month=month_label(YearMonth(2020, 5), "vi"))
        assert any(message.startswith(first_line) and "2020-05.toml" in message for message in said(app)), said(app)
    assert not list(book_dir.glob("thong-bao*")) and not list(book_dir.glob("notice*"))


async def test_a_month_file_name_is_refused(make_app, book_dir: Path) -> None:
    june = (book_dir / "2020-06.toml").read_bytes()
    async with dashboard(make_app) as (app, pilot, screen):
        form = await open_form(pilot, app)
        form.query_one("#file", Input).value = "2020-06.toml"
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is form
        assert str(form.query_one("#error").render()) == t("notice.ui.not_toml", "vi")
    assert (book_dir / "2020-06.toml").read_bytes() == june
