"""A hand-built book of the first six months of 2020, whose every figure is worked out by hand.

2020-01  4 tasks   the workshop plan is carried; a check done on time; the daily press
                   digest done on its due day; the foreign-information portal, with no
                   office named, dropped
2020-02  4 tasks   the workshop carried again; IPv6 done on time; public Wi-Fi done (no due
                   date: neither on time nor late); the radio plan left open (never carried)
2020-03  3 tasks   the workshop done late (carried twice); the UNIDEN check carried (into a
                   month with no file); the Party congress done on time
2020-04  no file
2020-05  broken (an unclosed quote)
2020-06  3 tasks   the UNIDEN check again, carried from the broken May (times_carried 3); the
                   press room, no office named, open; the printing inspection done on time
"""

from __future__ import annotations

from pathlib import Path

SETTINGS = """\
unit = "Sở Thông tin và Truyền thông tỉnh Hải Dương"
language = "vi"
"""

JANUARY = """\
month = "2020-01"
title = "Giao ban quản lý nhà nước tháng 1/2020"
date = 2020-01-03

[[tasks]]
id = "hoi-thao-cntt-tt-24"
title = "Triển khai Kế hoạch tổ chức Hội thảo Hợp tác và Phát triển CNTT-TT Việt Nam lần thứ 24"
owner = "Trung tâm CNTT&TT"
due = 2020-01-31
status = "carried"

[[tasks]]
id = "kiem-tra-giao-hang-tiet-kiem"
title = "Kiểm tra Công ty Cổ phần Giao Hàng Tiết Kiệm - Chi nhánh Hải Dương"
owner = "Thanh tra Sở"
due = 2020-01-20
status = "done"
done_on = 2020-01-15

[[tasks]]
id = "diem-tin-bao-chi"
title = "Duy trì điểm tin báo chí toàn quốc viết về Hải Dương hằng ngày gửi lãnh đạo tỉnh"
category = "press"
owner = "Phòng Thông tin - Báo chí - Xuất bản"
due = 2020-01-31
status = "done"
done_on = 2020-01-31

[[tasks]]
id = "cong-thong-tin-doi-ngoai"
title = "Xây dựng Cổng thông tin đối ngoại tỉnh"
category = "press"
due = 2020-01-25
status = "dropped"
note = "Chuyển sang kế hoạch năm 2021 theo chỉ đạo của UBND tỉnh"
"""

FEBRUARY = """\
month = "2020-02"
title = "Giao ban quản lý nhà nước tháng 2/2020"

[[tasks]]
id = "hoi-thao-cntt-tt-24"
title = "Tiếp tục triển khai Kế hoạch tổ chức Hội thảo Hợp tác và Phát triển CNTT-TT Việt Nam lần thứ 24"
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
id = "wifi-cong-cong"
title = "Khảo sát địa điểm lắp đặt Wifi công cộng trên địa bàn tỉnh Hải Dương"
owner = "Phòng Công nghệ thông tin"
status = "done"
done_on = 2020-02-20

[[tasks]]
id = "truyen-thanh-co-so"
title = "Xây dựng kế hoạch truyền thanh cơ sở sử dụng công nghệ mới giai đoạn 2020-2025"
owner = "Phòng Thông tin - Báo chí - Xuất bản"
due = 2020-02-28
status = "open"
"""

MARCH = """\
month = "2020-03"

[[tasks]]
id = "hoi-thao-cntt-tt-24"
title = "Tiếp tục triển khai Kế hoạch tổ chức Hội thảo Hợp tác và Phát triển CNTT-TT Việt Nam lần thứ 24"
owner = "Trung tâm CNTT&TT"
due = 2020-01-31
status = "done"
done_on = 2020-03-20
carried_from = "2020-02"
times_carried = 2
note = "Đã tổ chức ngày 20/3, chậm do dịch Covid-19"

[[tasks]]
id = "kiem-tra-uniden"
title = "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM"
owner = "Thanh tra Sở"
due = 2020-03-31
status = "carried"

[[tasks]]
id = "dai-hoi-dang-bo-so"
title = "Tổ chức Đại hội Đảng bộ Sở TTTT lần thứ 3, nhiệm kỳ 2020-2025"
owner = "Văn phòng Sở"
due = 2020-03-15
status = "done"
done_on = 2020-03-10
"""

MAY_BROKEN = """\
month = "2020-05"

[[tasks]]
id = "kiem-tra-uniden"
title = "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM
owner = "Thanh tra Sở"
"""

JUNE = """\
month = "2020-06"
title = "Giao ban quản lý nhà nước tháng 6/2020"
date = 2020-06-02

[[tasks]]
id = "kiem-tra-uniden"
title = "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM"
owner = "Thanh tra Sở"
due = 2020-06-19
status = "open"
carried_from = "2020-05"
times_carried = 3

[[tasks]]
id = "phong-hop-bao-xu-dong"
title = "Tham mưu Thường trực Tỉnh ủy, UBND tỉnh xây dựng Phòng họp báo, Phòng họp trực tuyến tại Trung tâm Văn hóa Xứ Đông"
category = "press"
due = 2020-06-30
status = "open"

[[tasks]]
id = "thanh-tra-hoat-dong-in"
title = "Thanh tra việc chấp hành quy định pháp luật về hoạt động in"
owner = "Thanh tra Sở"
due = 2020-06-15
status = "done"
done_on = 2020-06-12
"""


def write_half_year(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "dithub.toml").write_text(SETTINGS, encoding="utf-8")
    for name, text in (
        ("2020-01", JANUARY),
        ("2020-02", FEBRUARY),
        ("2020-03", MARCH),
        ("2020-05", MAY_BROKEN),
        ("2020-06", JUNE),
    ):
        (folder / f"{name}.toml").write_text(text, encoding="utf-8")
    return folder
