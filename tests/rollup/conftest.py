"""A small province: three units' books, from the sample book and texts like the seeds'."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import copy_sample_book, write_month

KINH_MON_JUNE = """\
month = "2020-06"
title = "Giao ban tháng 6/2020 — Phòng Văn hóa và Thông tin thị xã Kinh Môn"
date = 2020-06-03
chair = "Trưởng phòng Văn hóa và Thông tin"

[[tasks]]
id = "dai-truyen-thanh-co-so"
title = "Kiểm tra hoạt động của các đài truyền thanh cơ sở được đầu tư nâng cấp năm 2019-2020"
due = 2020-06-15
status = "open"
carried_from = "2020-05"
times_carried = 4

[[tasks]]
id = "bao-cao-ipv6"
title = "Báo cáo tiến độ chuyển đổi IPv6 của các cơ quan thị xã"
due = 2020-06-30
status = "done"
done_on = 2020-06-25

[[tasks]]
id = "tuyen-truyen-dai-hoi"
title = "Tuyên truyền Đại hội Đảng bộ thị xã Kinh Môn lần thứ XXIII trên Đài Truyền thanh thị xã"
due = 2020-06-20
status = "open"
carried_from = "2020-05"
times_carried = 1
"""

KINH_MON_MAY = """\
month = "2020-05"
date = 2020-05-05

[[tasks]]
id = "dai-truyen-thanh-co-so"
title = "Kiểm tra hoạt động của các đài truyền thanh cơ sở được đầu tư nâng cấp năm 2019-2020"
status = "carried"
times_carried = 3
"""

NAM_SACH_BROKEN_JUNE = """\
month = "2020-06"
[[tasks]]
title = "Thanh tra việc chấp hành quy định pháp luật về hoạt động in trên địa bàn huyện Nam Sách
status = "open"
"""

NAM_SACH_MAY = """\
month = "2020-05"
date = 2020-05-04

[[tasks]]
id = "thanh-tra-in"
title = "Thanh tra việc chấp hành quy định pháp luật về hoạt động in trên địa bàn huyện Nam Sách"
status = "done"
done_on = 2020-05-28
"""


def make_province(root: Path) -> Path:
    """root/so-tttt (the sample book), root/kinh-mon, root/nam-sach (June broken), root/tai-lieu."""
    root.mkdir(parents=True, exist_ok=True)
    copy_sample_book(root, "so-tttt")
    for folder, unit, months in (
        ("kinh-mon", "Phòng Văn hóa và Thông tin thị xã Kinh Môn", {"2020-05": KINH_MON_MAY, "2020-06": KINH_MON_JUNE}),
        ("nam-sach", "Phòng Văn hóa và Thông tin huyện Nam Sách", {"2020-05": NAM_SACH_MAY, "2020-06": NAM_SACH_BROKEN_JUNE}),
    ):
        (root / folder).mkdir()
        (root / folder / "dithub.toml").write_text(f'unit = "{unit}"\n', encoding="utf-8")
        for name, text in months.items():
            write_month(root / folder, name, text)
    (root / "tai-lieu").mkdir()  # not a book: no month file, no dithub.toml
    (root / "tai-lieu" / "bao-cao.txt").write_text("Báo cáo kết quả công tác tháng 6/2020", encoding="utf-8")
    return root


@pytest.fixture
def province(tmp_path: Path) -> Path:
    return make_province(tmp_path / "tinh-hai-duong")


@pytest.fixture
def book_dir(tmp_path: Path) -> Path:
    """A copy of the sample book without the cache a test may have left in sample_data/ itself."""
    return copy_sample_book(tmp_path)
