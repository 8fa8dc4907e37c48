"""The import dialog (issue 10, "look before writing"), driven by keys through Pilot on a copy of
the sample book as it stood before the June meeting, with the real text of that meeting (seed 004)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from conftest import SAMPLE_BOOK, copy_sample_book
from textual.widgets import Input, Select, Static, TextArea

from dithub.book import Book
from dithub.i18n import t
from dithub.model import Month, YearMonth
from dithub.ui.import_screen import ImportScreen

from .conftest import dashboard, settle

SEED = Path("/work/shared/seeds/004_5dd3f587a3bc4e74.txt")
SEED_COPY = Path(__file__).resolve().parent.parent / "importer" / "data" / "004_hai_duong_2020_06.txt"
JUNE, MAY = YearMonth(2020, 6), YearMonth(2020, 5)


@pytest.fixture
def before_june(tmp_path: Path) -> Path:
    """May's unfinished tasks still open, no June file: where the secretary stands after the meeting."""
    folder = tmp_path / "truoc-giao-ban-thang-6"
    copy_sample_book(folder.parent, folder.name)
    (folder / "2020-06.toml").unlink()
    may = folder / "2020-05.toml"
    may.write_text(may.read_text(encoding="utf-8").replace('status = "carried"', 'status = "open"'), encoding="utf-8")
    return folder


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    path = tmp_path / "giao-ban-thang-6.txt"
    shutil.copy(SEED if SEED.exists() else SEED_COPY, path)
    return path


async def open_dialog(pilot, app) -> ImportScreen:  # type: ignore[no-untyped-def]
    await pilot.press("i")
    await settle(pilot)
    assert isinstance(app.screen, ImportScreen)
    return app.screen


async def read_file(pilot, dialog: ImportScreen, path: Path | str) -> None:  # type: ignore[no-untyped-def]
    dialog.query_one("#import-path", Input).value = str(path)
    dialog.query_one("#import-path", Input).focus()
    await pilot.press("enter")
    await settle(pilot)


def on_disk(folder: Path, key: YearMonth) -> Month:
    book = Book.open(folder)
    book.load(key)
    month = book.month(key)
    assert month is not None
    return month


def row_of(dialog: ImportScreen, words: str) -> int:
    assert dialog.proposal is not None
    return next(i for i, task in enumerate(dialog.proposal.tasks) if words in task.title)


async def test_untick_edit_regroup_reject_then_write_is_one_change_that_u_undoes_on_disk(
    make_app, before_june: Path, seed: Path
) -> None:
    async with dashboard(make_app, folder=before_june) as (app, pilot, screen):
        assert screen.current == MAY
        dialog = await open_dialog(pilot, app)
        await read_file(pilot, dialog, seed)
        proposal = dialog.proposal
        assert proposal is not None and proposal.month == JUNE  # the text sets June's tasks, the screen shows May
        assert len(proposal.tasks) == 21
        assert "Tháng 6/2020" in str(dialog.query_one("#import-summary", Static).render())
        table = dialog.table
        assert table.has_focus

        # Untick the Đức Việt inspection (the person knows it moved to July).
        table.move_cursor(row=row_of(dialog, "Đức Việt 568"))
        await pilot.press("space")
        # Reword the Hội thảo task.
        table.move_cursor(row=row_of(dialog, "Hội thảo Hợp tác"))
        await pilot.press("e")
        editor = dialog.query_one("#import-title", Input)
        assert editor.has_focus
        editor.value = "Chốt thời gian, địa điểm Hội thảo Hợp tác và Phát triển CNTT-TT Việt Nam lần thứ 24"
        await pilot.press("enter")
        assert table.has_focus
        # The Hội Nhà báo meeting goes under the party work, by hand.
        table.move_cursor(row=row_of(dialog, "Hội Nhà báo"))
        await pilot.press("g")
        await settle(pilot)
        await pilot.press("escape")  # close the drop-down list; choose in the box itself
        dialog.query_one("#import-category", Select).value = "party"
        await settle(pilot)
        assert proposal.tasks[row_of(dialog, "Hội Nhà báo")].category == "party"
        # The Wifi survey is not last month's survey after all: reject the continuation.
        wifi = row_of(dialog, "Wifi công cộng")
        assert proposal.tasks[wifi].continues == "wifi-cong-cong"
        assert "0.83" in str(dialog.query_one("#import-details", Static).render()) or table.move_cursor(row=wifi) is None
        table.move_cursor(row=wifi)
        await pilot.pause()
        assert "0.83" in str(dialog.query_one("#import-details", Static).render())  # the confidence is shown
        await pilot.press("r")
        assert proposal.tasks[wifi].continues is None
        await pilot.press("ctrl+s")
        await settle(pilot)

        assert app.screen is screen and screen.current == JUNE
        june = on_disk(before_june, JUNE)
        may = on_disk(before_june, MAY)
        titles = [task.title for task in june.tasks]
        assert len(titles) == 20 and not any("Đức Việt" in title for title in titles)
        assert "Chốt thời gian, địa điểm Hội thảo Hợp tác và Phát triển CNTT-TT Việt Nam lần thứ 24" in titles
        edited = june.task("hoi-thao-cntt-tt-lan-24")  # reworded, still the continuation carry-over writes
        assert edited.carried_from == MAY and edited.times_carried == 3
        assert may.task("hoi-thao-cntt-tt-lan-24").status.value == "carried"
        press = next(task for task in june.tasks if "Hội Nhà báo" in task.title)
        assert press.category == "party"
        wifi_task = next(task for task in june.tasks if "Wifi" in task.title)
        assert wifi_task.id != "wifi-cong-cong" and wifi_task.carried_from is None
        assert may.task("wifi-cong-cong").status.value == "open"
        assert len(screen.book.history) == 1  # one change

        await pilot.press("u")
        await settle(pilot)
        assert not (before_june / "2020-06.toml").exists()
        may = on_disk(before_june, MAY)
        assert may.task("hoi-thao-cntt-tt-lan-24").status.value == "open"


async def test_cancel_writes_nothing(make_app, before_june: Path, seed: Path) -> None:
    may_before = (before_june / "2020-05.toml").read_bytes()
    async with dashboard(make_app, folder=before_june) as (app, pilot, screen):
        dialog = await open_dialog(pilot, app)
        await read_file(pilot, dialog, seed)
        assert dialog.proposal is not None
        await pilot.press("escape")  # back to the text
        assert dialog.query_one("#import-path", Input).has_focus
        await pilot.press("escape")  # out
        await settle(pilot)
        assert app.screen is screen and not screen.book.history
        assert any(n.message == t("import.ui.cancelled", "vi") for n in app._notifications)
    assert not (before_june / "2020-06.toml").exists()
    assert (before_june / "2020-05.toml").read_bytes() == may_before


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("khong-co.txt", None, "missing"),
        ("rong.txt", b"  \n\n", "empty"),
        ("anh.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("tcvn3.txt", "Thông báo: Tăng cường tuyên truyền.".encode("cp1258", errors="replace"), "not_utf8"),
    ],
)
async def test_a_bad_file_gets_its_clear_message_and_nothing_is_written(
    make_app, before_june: Path, tmp_path: Path, name: str, data: bytes | None, reason: str
) -> None:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    async with dashboard(make_app, folder=before_june) as (app, pilot, screen):
        dialog = await open_dialog(pilot, app)
        await read_file(pilot, dialog, path)
        message = str(dialog.query_one("#import-message", Static).render())
        assert message == t(f"import.source_{reason}", "vi", file=name, line=1)
        assert dialog.proposal is None and app.screen is dialog
    assert not (before_june / "2020-06.toml").exists()


async def test_pasted_text_with_no_task_in_it_says_so(make_app, before_june: Path) -> None:
    async with dashboard(make_app, folder=before_june) as (app, pilot, screen):
        dialog = await open_dialog(pilot, app)
        await pilot.press("ctrl+s")  # nothing given yet
        assert str(dialog.query_one("#import-message", Static).render()) == t("import.ui.nothing_given", "vi")
        dialog.query_one("#import-text", TextArea).text = "Hôm nay trời mưa to.\nNguồn: Hồng Chinh"
        await pilot.press("ctrl+s")
        await settle(pilot)
        message = str(dialog.query_one("#import-message", Static).render())
        assert message == t("import.no_tasks", "vi", file=t("import.ui.pasted", "vi"), month="5/2020")
    assert not (before_june / "2020-06.toml").exists()


async def test_pasted_text_into_the_month_on_screen(make_app, before_june: Path) -> None:
    """A list pasted on its own names no month: it goes into the month on screen."""
    pasted = (
        "Nhiệm vụ trọng tâm:\n"
        "- Thanh tra việc chấp hành quy định pháp luật về hoạt động in (Thanh tra Sở);\n"
        "- Xây dựng kế hoạch truyền thanh cơ sở sử dụng công nghệ mới giai đoạn 2020-2025 theo Quyết định 135/QĐ-TTg ngày 20/01/2020.\n"
    )
    async with dashboard(make_app, folder=before_june) as (app, pilot, screen):
        dialog = await open_dialog(pilot, app)
        dialog.query_one("#import-text", TextArea).text = pasted
        await pilot.press("ctrl+s")
        await settle(pilot)
        proposal = dialog.proposal
        assert proposal is not None and proposal.month == MAY
        assert [task.owner for task in proposal.tasks][0] == "Thanh tra Sở"
        assert "Quyết định 135/QĐ-TTg ngày 20/01/2020" in " ".join(proposal.tasks[1].refs)


async def test_sixty_and_more_proposals_stay_quick_to_move_through(make_app, before_june: Path, tmp_path: Path) -> None:
    titles = [task.title for key in (MAY, JUNE) for task in on_disk(SAMPLE_BOOK, key).tasks]
    lines = [f"{title} năm {year}" for year in (2020, 2021) for title in titles]
    path = tmp_path / "nhieu-nhiem-vu.txt"
    path.write_text("Nhiệm vụ trọng tâm tháng 5/2020 như sau:\n" + "\n".join(f"- {line};" for line in lines), encoding="utf-8")
    async with dashboard(make_app, folder=before_june) as (app, pilot, screen):
        dialog = await open_dialog(pilot, app)
        await read_file(pilot, dialog, path)
        assert dialog.proposal is not None and len(dialog.proposal.tasks) >= 60
        assert dialog.table.row_count == len(dialog.proposal.tasks)
        # A DataTable draws the rows on screen only: a key costs the same with 80 rows as with 8.
        dialog.table.move_cursor(row=len(dialog.proposal.tasks) - 1)
        started = time.perf_counter()
        for _ in range(20):
            await pilot.press("up")
        await pilot.press("space")
        per_key = (time.perf_counter() - started) / 21
        assert dialog.table.cursor_row == len(dialog.proposal.tasks) - 21
        assert not dialog.proposal.tasks[-21].selected
        assert per_key < 0.5, per_key


async def test_both_keys_are_in_the_palette_and_the_help(make_app) -> None:
    from dithub.ui import keys

    async with dashboard(make_app) as (app, pilot, screen):
        titles = [command.title for command in keys.palette(screen)]
        helped = [description for _, description in keys.key_help(screen)]
        for key in ("key.import_tasks", "key.write_notice"):
            assert t(key, "vi") in titles and t(key, "vi") in helped


async def test_a_word_document_is_read_in_a_thread_and_proposed(make_app, before_june: Path, tmp_path: Path) -> None:
    docx = pytest.importorskip("docx", reason="python-docx builds the Word file of this test")
    document = docx.Document()
    document.add_paragraph("THÔNG BÁO")
    document.add_paragraph("Kết luận của Giám đốc Sở tại hội nghị giao ban quản lý nhà nước tháng 6 năm 2020")
    document.add_paragraph("II. NHIỆM VỤ TRỌNG TÂM THÁNG 6/2020")
    document.add_paragraph(
        "Triển khai khảo sát địa điểm lắp đặt Wifi công cộng trên địa bàn tỉnh Hải Dương.", style="List Number"
    )
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Phòng Bưu chính, Viễn thông"
    table.rows[0].cells[1].text = "Thanh tra việc chấp hành quy định pháp luật về hoạt động in."
    path = tmp_path / "thong-bao-ket-luan-thang-6.docx"
    document.save(str(path))
    async with dashboard(make_app, folder=before_june) as (app, pilot, screen):
        dialog = await open_dialog(pilot, app)
        await read_file(pilot, dialog, path)
        proposal = dialog.proposal
        assert proposal is not None and proposal.month == JUNE
        titles = [task.title for task in proposal.tasks]
        assert "Triển khai khảo sát địa điểm lắp đặt Wifi công cộng trên địa bàn tỉnh Hải Dương" in titles
        assert any(title.startswith("Thanh tra việc chấp hành") for title in titles)
        wifi = proposal.tasks[titles.index("Triển khai khảo sát địa điểm lắp đặt Wifi công cộng trên địa bàn tỉnh Hải Dương")]
        assert wifi.continues == "wifi-cong-cong"


async def test_the_month_box_overrides_the_month_the_text_names(make_app, before_june: Path, seed: Path) -> None:
    async with dashboard(make_app, folder=before_june) as (app, pilot, screen):
        dialog = await open_dialog(pilot, app)
        dialog.query_one("#import-month", Select).value = str(MAY)
        await read_file(pilot, dialog, seed)
        assert dialog.proposal is not None and dialog.proposal.month == MAY
        summary = str(dialog.query_one("#import-summary", Static).render())
        assert "Tháng 5/2020" in summary and t("import.ui.why_month", "vi") not in summary
