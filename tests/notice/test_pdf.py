"""What a printer would show: the Word notice through LibreOffice (skipped where it is absent)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")

pytestmark = pytest.mark.skipif(
    not (SOFFICE and PDFTOTEXT),
    reason="needs LibreOffice (soffice) and pdftotext: apt-get install libreoffice-writer-nogui poppler-utils",
)


@pytest.fixture(scope="module")
def pdf(june_notice: Callable[[str], Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    docx = june_notice("docx")
    out = tmp_path_factory.mktemp("pdf")
    profile = tmp_path_factory.mktemp("lo-profile")  # its own profile: never clashes with another soffice
    result = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(docx),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    target = out / f"{docx.stem}.pdf"
    assert result.returncode == 0 and target.is_file(), result.stdout + result.stderr
    return target


def _page(pdf: Path, number: int) -> list[str]:
    text = subprocess.run(
        [PDFTOTEXT, "-layout", "-f", str(number), "-l", str(number), str(pdf), "-"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def test_page_one_reads_as_the_decree_lays_it_out(pdf: Path) -> None:
    lines = _page(pdf, 1)
    # two columns side by side: each printed line holds the left cell's text, then the right's
    assert lines[0] == "UBND TỈNH HẢI DƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"  # nothing above: no page number
    assert lines[1].startswith("SỞ THÔNG TIN VÀ") and lines[1].endswith("Độc lập - Tự do - Hạnh phúc")
    assert "TRUYỀN THÔNG" in lines[2]
    assert "Số: …/TB-STTTT Hải Dương, ngày 02 tháng 6 năm 2020" in lines[3:5]  # side by side
    at = lines.index("THÔNG BÁO")
    assert lines[at + 1].startswith("Kết luận của Giám đốc Sở tại hội nghị giao ban quản lý nhà nước")
    assert any(line.startswith("Ngày 02 tháng 6 năm 2020, Sở Thông tin và Truyền thông") for line in lines)
    assert "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRỌNG TÂM THÁNG 5 NĂM" in lines


def test_later_pages_carry_their_number_at_the_top(pdf: Path) -> None:
    assert _page(pdf, 2)[0] == "2"
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, timeout=60).stdout
    assert "A4" in pages
    count = int(next(line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:")))
    last = _page(pdf, count)
    assert last[0] == str(count)
    assert any(line.startswith("Nơi nhận:") and line.endswith("TL. GIÁM ĐỐC") for line in last)
    assert any(line.endswith("CHÁNH VĂN PHÒNG") for line in last)
