"""Books for the statistics and path screens, written in the words of Hải Dương's briefings.

The half year (the sample book's own dithub.toml, so its groups and unit):

2020-01  the workshop plan carried; the UNIDEN check done on time (15/01, due 20/01); the
         foreign-information portal, no office named, dropped
2020-02  the workshop carried again (times 1); IPv6 done on time (25/02, due 28/02); the radio
         plan carried
2020-03  the workshop open, due 31/03 (times 2); the radio plan carried again (times 1) into
         April, which has no file
2020-04  no file
2020-05  broken (an unclosed quote)
2020-06  the press room carried from the broken May (times 3); the printing inspection done
         on time

So: the workshop's path is 1/2020 carried -> 2/2020 carried -> 3/2020 open, due 31/03; the radio
plan's path runs into April with no file; the press room's path comes out of a broken May.
"""

from __future__ import annotations

import shutil
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data" / "hai-duong"

WORKSHOP = "Triển khai Kế hoạch tổ chức Hội thảo Hợp tác và Phát triển CNTT-TT Việt Nam lần thứ 24"
WORKSHOP_AGAIN = "Tiếp tục triển khai Kế hoạch tổ chức Hội thảo Hợp tác và Phát triển CNTT-TT Việt Nam lần thứ 24"
RADIO = "Xây dựng kế hoạch truyền thanh cơ sở sử dụng công nghệ mới giai đoạn 2020-2025"
PRESS_ROOM = "Tham mưu Thường trực Tỉnh ủy, UBND tỉnh xây dựng Phòng họp báo, Phòng họp trực tuyến tại Trung tâm Văn hóa Xứ Đông"

JANUARY = f"""\
month = "2020-01"
title = "Giao ban quản lý nhà nước tháng 1/2020"

[[tasks]]
id = "hoi-thao-cntt-tt-24"
title = "{WORKSHOP}"
category = "egov"
owner = "Trung tâm CNTT&TT"
due = 2020-01-31
status = "carried"
note = "Chờ Bộ TT&TT thống nhất thời gian tổ chức"

[[tasks]]
id = "kiem-tra-uniden"
title = "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM"
owner = "Thanh tra Sở"
due = 2020-01-20
status = "done"
done_on = 2020-01-15

[[tasks]]
id = "cong-thong-tin-doi-ngoai"
title = "Xây dựng Cổng thông tin đối ngoại tỉnh"
category = "press"
due = 2020-01-25
status = "dropped"
note = "Chuyển sang kế hoạch năm 2021 theo chỉ đạo của UBND tỉnh"
"""

FEBRUARY = f"""\
month = "2020-02"

[[tasks]]
id = "hoi-thao-cntt-tt-24"
title = "{WORKSHOP_AGAIN}"
category = "egov"
owner = "Trung tâm CNTT&TT"
due = 2020-01-31
status = "carried"
carried_from = "2020-01"
times_carried = 1

[[tasks]]
id = "ipv6-co-quan-nha-nuoc"
title = "Phối hợp triển khai chuyển đổi địa chỉ Internet thế hệ 6 (IPv6) trong các cơ quan nhà nước trên địa bàn tỉnh 2020"
owner = "Phòng Bưu chính, Viễn thông"
due = 2020-02-28
status = "done"
done_on = 2020-02-25

[[tasks]]
id = "truyen-thanh-co-so"
title = "{RADIO}"
owner = "Phòng Thông tin - Báo chí - Xuất bản"
due = 2020-02-28
status = "carried"
"""

MARCH = f"""\
month = "2020-03"

[[tasks]]
id = "hoi-thao-cntt-tt-24"
title = "{WORKSHOP_AGAIN}"
category = "egov"
owner = "Trung tâm CNTT&TT"
due = 2020-03-31
status = "open"
carried_from = "2020-02"
times_carried = 2

[[tasks]]
id = "truyen-thanh-co-so"
title = "{RADIO}"
owner = "Phòng Thông tin - Báo chí - Xuất bản"
due = 2020-03-31
status = "carried"
carried_from = "2020-02"
times_carried = 1
"""

MAY_BROKEN = """\
month = "2020-05"

[[tasks]]
id = "phong-hop-bao-xu-dong"
title = "Tham mưu xây dựng Phòng họp báo
"""

JUNE = f"""\
month = "2020-06"
title = "Giao ban quản lý nhà nước tháng 6/2020"

[[tasks]]
id = "phong-hop-bao-xu-dong"
title = "{PRESS_ROOM}"
category = "press"
owner = "Phòng Thông tin - Báo chí - Xuất bản"
due = 2020-06-30
status = "open"
carried_from = "2020-05"
times_carried = 3

[[tasks]]
id = "thanh-tra-hoat-dong-in"
title = "Thanh tra việc chấp hành quy định pháp luật về hoạt động in"
owner = "Thanh tra Sở"
due = 2020-06-15
status = "done"
done_on = 2020-06-12
"""

HALF_YEAR = {"2020-01": JANUARY, "2020-02": FEBRUARY, "2020-03": MARCH, "2020-05": MAY_BROKEN, "2020-06": JUNE}


def write_book(folder: Path, months: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(SAMPLE / "dithub.toml", folder / "dithub.toml")
    for name, text in months.items():
        (folder / f"{name}.toml").write_text(text, encoding="utf-8")
    return folder


def write_half_year(folder: Path) -> Path:
    return write_book(folder, HALF_YEAR)
