"""Category inference against a person's reading of every task in the sample book.

The labels below were given by hand, reading each title as a department head would (not copied
from the files' `category` keys): inference must agree on at least 95% of them.
"""

from __future__ import annotations

from conftest import SAMPLE_BOOK

from dithub.model import Settings, infer_category
from dithub.reading import read_settings

HAND_LABELLED: tuple[tuple[str, str], ...] = (
    ("Tiếp tục triển khai Kế hoạch tổ chức Hội thảo Hợp tác và Phát triển CNTT-TT Việt Nam lần thứ 24", "egov"),
    ("Khảo sát địa điểm lắp đặt Wifi công cộng", "egov"),
    (
        "Giải pháp thanh toán không dùng tiền mặt trong việc thực hiện các thủ tục, dịch vụ hành chính công trên địa bàn tỉnh",
        "egov",
    ),
    ("Cập nhật Kiến trúc Chính quyền điện tử tỉnh Hải Dương phiên bản 2.0", "egov"),
    (
        "Chương trình “Xây dựng chính quyền điện tử và đô thị thông minh tỉnh Hải Dương giai đoạn 2020-2025 và định hướng 2030”",
        "egov",
    ),
    (
        "Hướng dẫn báo cáo kết quả triển khai Kế hoạch số 101/KH-UBND ngày 10/01/2020 của UBND tỉnh về thực hiện Quy hoạch phát triển"
        " và quản lý báo chí toàn quốc đến năm 2025 đối với các cơ quan báo chí thuộc tỉnh Hải Dương",
        "press",
    ),
    ("Xây dựng Cổng thông tin đối ngoại tỉnh", "press"),
    (
        "Cập nhật thông tin liên tục trên Fanpage “Trang tin Hải Dương”, trang Zalo Chính quyền điện tử tỉnh, Website của Sở và duy trì"
        " điểm tin báo chí toàn quốc viết về Hải Dương hàng ngày gửi lãnh đạo tỉnh",
        "press",
    ),
    (
        "Tăng cường tuyên truyền các giải pháp phòng chống dịch Covid-19, ổn định phát triển kinh tế - xã hội và quảng bá hình ảnh Hải"
        " Dương để thu hút đầu tư",
        "press",
    ),
    ("Phối hợp triển khai chuyển đổi địa chỉ Internet thế hệ 6 (IPv6) trong các cơ quan nhà nước trên địa bàn tỉnh 2020", "ipv6"),
    (
        "Xây dựng kế hoạch truyền thanh cơ sở sử dụng công nghệ mới giai đoạn 2020-2025 theo Quyết định 135/QĐ-TTg ngày 20/01/2020 của"
        " Thủ tướng Chính phủ",
        "broadcasting",
    ),
    ("Xây dựng kế hoạch kiểm tra các đài truyền thanh cơ sở được UBND tỉnh đầu tư nâng cấp năm 2019-2020", "broadcasting"),
    ("Thanh tra việc chấp hành quy định pháp luật về hoạt động in", "inspection"),
    ("Giải quyết Đơn đề nghị xử lý vi phạm Luật Sở hữu trí tuệ về Phát thanh - Truyền hình", "inspection"),
    (
        "Kiểm tra Công ty Cổ phần Giao Hàng Tiết Kiệm và Công ty Cổ phần Dịch vụ Giao Hàng Nhanh - Chi nhánh Hải Dương",
        "inspection",
    ),
    # Licences are the office's paperwork: no category of the book fits, a person would say "other".
    ("Tiếp nhận, thẩm định và cấp Giấy phép các loại", "other"),
    ("Đăng tin, bài lên Trang thông tin điện tử của Sở", "press"),
    ("Tổng hợp tin, bài báo chí toàn quốc viết về Hải Dương hằng ngày gửi lãnh đạo tỉnh", "press"),
    ("Triển khai khảo sát địa điểm lắp đặt Wifi công cộng trên địa bàn tỉnh Hải Dương", "egov"),
    ("Triển khai cập nhật Kiến trúc Chính quyền điện tử tỉnh Hải Dương phiên bản 2.0", "egov"),
    ("Kiểm tra Chi nhánh Hải Dương Công ty Cổ phần Du lịch dịch vụ Nam Cường", "inspection"),
    ("Kiểm tra Công ty TNHH UNIDEN VIỆT NAM", "inspection"),
    ("Kiểm tra Doanh nghiệp sản xuất và dịch vụ Hương Nguyên", "inspection"),
    ("Kiểm tra Công ty Cổ phần Đầu tư và phát triển Hà Thành", "inspection"),
    ("Kiểm tra Công ty Cổ phần thương mại dịch vụ Thuận Hải", "inspection"),
    ("Kiểm tra Công ty Cổ phần Đức Việt 568", "inspection"),
    ("Thông báo các kết luận kiểm tra, thanh tra đã thực hiện theo Kế hoạch thanh tra, kiểm tra năm 2020", "inspection"),
    (
        "Phối hợp Hội Nhà báo tỉnh tổ chức gặp mặt, trao giải báo chí và khai trương Cổng thông tin đối ngoại tỉnh nhân kỷ niệm 95 năm"
        " Ngày Báo chí Cách mạng Việt Nam (21/6/1925 - 21/6/2020)",
        "press",
    ),
    (
        "Tham mưu Thường trực Tỉnh ủy, UBND tỉnh xây dựng Phòng họp báo, Phòng họp trực tuyến tại Trung tâm Văn hóa Xứ Đông",
        "press",
    ),
    (
        "Phối hợp Thành ủy Hải Dương xây dựng Trung tâm báo chí phục vụ Đại hội Đảng bộ thành phố Hải Dương lần thứ 23, nhiệm kỳ 2020-2025",
        "press",
    ),
    ("Tổ chức Đại hội Đảng bộ Sở TTTT lần thứ 3, nhiệm kỳ 2020-2025", "party"),
    ("Triển khai chuyển đổi địa chỉ Internet thế hệ 6 (IPv6) trong các cơ quan nhà nước trên địa bàn tỉnh năm 2020", "ipv6"),
    (
        "Báo cáo kết quả triển khai Kế hoạch số 101/KH-UBND ngày 10/01/2020 về thực hiện Quy hoạch phát triển và quản lý báo chí toàn"
        " quốc đến năm 2025 đối với các cơ quan báo chí thuộc tỉnh Hải Dương",
        "press",
    ),
    (
        "Triển khai chương trình “Xây dựng Chính quyền điện tử và đô thị thông minh tỉnh Hải Dương giai đoạn 2020-2025 và định hướng"
        " 2030”",
        "egov",
    ),
    (
        "Triển khai giải pháp thanh toán không dùng tiền mặt trong việc thực hiện các thủ tục, dịch vụ hành chính công trên địa bàn"
        " tỉnh",
        "egov",
    ),
    ("Xây dựng kế hoạch truyền thanh cơ sở sử dụng công nghệ mới giai đoạn 2020-2025", "broadcasting"),
    ("Tiếp tục hoàn thiện các Kế hoạch về bưu chính công ích, kiểm tra KT1 theo hướng dẫn của BTTTT", "postal"),
)


def _book_categories() -> Settings:
    settings, problems = read_settings(SAMPLE_BOOK)
    assert not problems
    return settings


def test_inference_agrees_with_a_person_on_at_least_95_percent_of_the_sample_tasks() -> None:
    categories = _book_categories().categories
    wrong = [(title, label, infer_category(title, categories)) for title, label in HAND_LABELLED]
    wrong = [miss for miss in wrong if miss[1] != miss[2]]
    agreement = 1 - len(wrong) / len(HAND_LABELLED)
    assert agreement >= 0.95, wrong


def test_the_labels_cover_every_distinct_title_of_the_sample_book() -> None:
    from pathlib import Path

    from dithub.book import Book

    book = Book.open(Path(SAMPLE_BOOK))
    book.load_all()
    titles = {task.title for key in book.keys for task in book.months[key].tasks}  # type: ignore[union-attr]
    labelled = {title for title, _ in HAND_LABELLED}
    assert titles - labelled == set()


def test_the_issue_examples_read_like_a_person() -> None:
    categories = _book_categories().categories
    assert infer_category("Xây dựng kế hoạch kiểm tra các đài truyền thanh cơ sở", categories) == "broadcasting"
    title = "Thực hiện chuyển đổi số trong công tác tuyên truyền của các cơ quan báo chí"
    assert infer_category(title, categories) == "egov"
