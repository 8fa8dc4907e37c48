"""Each rule of finding and splitting the tasks, on sentences like the real notices'."""

from __future__ import annotations

from datetime import date

import pytest

from dithub.importer import propose
from dithub.importer.details import due, owner, references
from dithub.model import Month, Settings, YearMonth

JUNE = YearMonth(2020, 6)
CUE = "Giám đốc Sở nhấn mạnh một số công việc trọng tâm tháng 6/2020 cần thực hiện tốt, đó là:\n"


def titles(text: str) -> list[str]:
    return [task.title for task in propose(CUE + text, JUNE, Settings(), None, None).tasks]


def test_paragraphs_then_semicolons_then_sentences() -> None:
    text = (
        "Triển khai khảo sát địa điểm lắp đặt Wifi công cộng; Xây dựng Cổng thông tin đối ngoại tỉnh.\n"
        "Tổ chức Đại hội Đảng bộ Sở TTTT lần thứ 3. Thanh tra việc chấp hành quy định pháp luật về hoạt động in."
    )
    assert titles(text) == [
        "Triển khai khảo sát địa điểm lắp đặt Wifi công cộng",
        "Xây dựng Cổng thông tin đối ngoại tỉnh",
        "Tổ chức Đại hội Đảng bộ Sở TTTT lần thứ 3",
        "Thanh tra việc chấp hành quy định pháp luật về hoạt động in",
    ]


def test_never_on_commas_nor_inside_quotes_parentheses_numbers_or_references() -> None:
    text = (
        "Cập nhật thông tin trên Fanpage “Trang tin; Hải Dương. Zalo”, Website của Sở và điểm tin báo chí; "
        "Triển khai chuyển đổi IPv6 (giai đoạn 1; giai đoạn 2. Cuối năm) trong các cơ quan nhà nước; "
        "Cập nhật Kiến trúc Chính quyền điện tử phiên bản 2.0 theo Quyết định 135/QĐ-TTg ngày 20.01.2020 của Thủ tướng Chính phủ"
    )
    assert titles(text) == [
        "Cập nhật thông tin trên Fanpage “Trang tin; Hải Dương. Zalo”, Website của Sở và điểm tin báo chí",
        "Triển khai chuyển đổi IPv6 (giai đoạn 1; giai đoạn 2. Cuối năm) trong các cơ quan nhà nước",
        "Cập nhật Kiến trúc Chính quyền điện tử phiên bản 2.0 theo Quyết định 135/QĐ-TTg ngày 20.01.2020 của Thủ tướng Chính phủ",
    ]


def test_a_list_of_nouns_after_a_colon_gives_one_task_each_with_the_lead_in_verb() -> None:
    text = (
        "Tham mưu ban hành Quyết định và tiến hành kiểm tra theo Kế hoạch thanh tra, kiểm tra năm 2020 đối với: "
        "Công ty TNHH UNIDEN VIỆT NAM; Doanh nghiệp sản xuất và dịch vụ Hương Nguyên; "
        "Thông báo các kết luận kiểm tra đã thực hiện."
    )
    tasks = propose(CUE + text, JUNE, Settings(), None, None).tasks
    assert [t.title for t in tasks] == [
        "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM",
        "Kiểm tra Doanh nghiệp sản xuất và dịch vụ Hương Nguyên",
        "Thông báo các kết luận kiểm tra đã thực hiện",
    ]
    assert tasks[0].refs == tasks[1].refs == ["Kế hoạch thanh tra, kiểm tra năm 2020"]


def test_titles_keep_their_leading_verb_and_lose_trailing_dots() -> None:
    text = "Tiếp tục triển khai Kế hoạch tổ chức Hội thảo lần thứ 24…\nXây dựng kế hoạch truyền thanh cơ sở.../.\nBáo cáo kết quả quý II./."
    assert titles(text) == [
        "Tiếp tục triển khai Kế hoạch tổ chức Hội thảo lần thứ 24",
        "Xây dựng kế hoạch truyền thanh cơ sở",
        "Báo cáo kết quả quý II",
    ]


def test_last_months_results_are_not_the_tasks() -> None:
    text = (
        "Trong tháng 5/2020, các Phòng đã bám sát Thông báo nhiệm vụ trọng tâm và hoàn thành tốt nhiệm vụ, nổi bật như:\n"
        "Xây dựng Cổng thông tin đối ngoại tỉnh; Thanh tra việc chấp hành quy định pháp luật về hoạt động in.\n"
        + CUE
        + "Tổ chức Đại hội Đảng bộ Sở TTTT lần thứ 3, nhiệm kỳ 2020-2025.\nNguồn: Hồng Chinh"
    )
    assert [t.title for t in propose(text, JUNE, Settings(), None, None).tasks] == [
        "Tổ chức Đại hội Đảng bộ Sở TTTT lần thứ 3, nhiệm kỳ 2020-2025"
    ]


def test_a_notice_with_headings_and_offices() -> None:
    text = (
        "II. NHIỆM VỤ TRỌNG TÂM THÁNG 7/2020\n"
        "1. Phòng Công nghệ thông tin:\n"
        "- Triển khai giải pháp thanh toán không dùng tiền mặt, hoàn thành trước ngày 25/7;\n"
        "- Xây dựng Kế hoạch chuyển đổi số năm 2021 (Trung tâm CNTT&TT chủ trì).\n"
        "2. Thanh tra Sở: Kiểm tra hoạt động in tại các cơ sở trong tháng 7.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, VP."
    )
    tasks = propose(text, YearMonth(2020, 7), Settings(), None, None).tasks
    assert [(t.title, t.owner, t.due) for t in tasks] == [
        ("Triển khai giải pháp thanh toán không dùng tiền mặt", "Phòng Công nghệ thông tin", date(2020, 7, 25)),
        ("Xây dựng Kế hoạch chuyển đổi số năm 2021", "Trung tâm CNTT&TT", None),
        ("Kiểm tra hoạt động in tại các cơ sở", "Thanh tra Sở", date(2020, 7, 31)),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Báo cáo kết quả triển khai Kế hoạch số 101/KH-UBND ngày 10/01/2020 về thực hiện",
            ["Kế hoạch số 101/KH-UBND ngày 10/01/2020"],
        ),
        (
            "theo Quyết định 135/QĐ-TTg ngày 20/01/2020 của Thủ tướng Chính phủ",
            ["Quyết định 135/QĐ-TTg ngày 20/01/2020 của Thủ tướng Chính phủ"],
        ),
        ("thực hiện Kế hoạch số 116-KH/TU, ngày 26-11-2019 về chuyển đổi số", ["Kế hoạch số 116-KH/TU, ngày 26-11-2019"]),
        ("quán triệt Nghị quyết số 52-NQ/TW về chủ động tham gia", ["Nghị quyết số 52-NQ/TW"]),
        (
            "theo Nghị định 30/2020/NĐ-CP và Thông tư số 03/2020/TT-BTTTT",
            ["Nghị định 30/2020/NĐ-CP", "Thông tư số 03/2020/TT-BTTTT"],
        ),
        ("tiến hành kiểm tra theo Kế hoạch thanh tra, kiểm tra năm 2020 đối với", ["Kế hoạch thanh tra, kiểm tra năm 2020"]),
        ("Kiểm tra Công ty TNHH UNIDEN VIỆT NAM", []),
    ],
)
def test_every_form_of_document_reference(text: str, expected: list[str]) -> None:
    assert references(text) == expected


def test_owner_in_every_form() -> None:
    assert owner("Thanh tra các doanh nghiệp bưu chính (Thanh tra Sở)") == (
        "Thanh tra Sở",
        "Thanh tra các doanh nghiệp bưu chính",
    )
    assert owner("Xây dựng kế hoạch chuyển đổi số, giao cho Phòng Công nghệ thông tin chủ trì thực hiện") == (
        "Phòng Công nghệ thông tin",
        "Xây dựng kế hoạch chuyển đổi số",
    )
    tasks = propose(
        CUE + "Phòng Văn hóa: Tổ chức tuyên truyền ngày Báo chí Cách mạng Việt Nam", JUNE, Settings(), None, None
    ).tasks
    assert tasks[0].owner == "Phòng Văn hóa"


def test_due_relative_to_the_month() -> None:
    assert due("Báo cáo kết quả, hoàn thành trước ngày 30/6", JUNE) == (date(2020, 6, 30), "Báo cáo kết quả")
    assert due("Tổ chức hội nghị trong tháng 7", JUNE) == (date(2020, 7, 31), "Tổ chức hội nghị")
    assert due("Báo cáo tổng kết năm trước ngày 15/1", YearMonth(2020, 12))[0] == date(2021, 1, 15)
    assert due("Phối hợp tổ chức kỷ niệm (21/6/1925 - 21/6/2020)", JUNE)[0] is None


def test_a_text_without_a_cue_ticks_only_what_reads_like_a_task() -> None:
    text = "Sáng ngày 02/6, Sở tổ chức hội nghị giao ban.\nXây dựng Cổng thông tin đối ngoại tỉnh"
    tasks = propose(text, JUNE, Settings(), None, Month(JUNE)).tasks
    assert [(t.title, t.selected) for t in tasks] == [
        ("Sáng ngày 02/6, Sở tổ chức hội nghị giao ban", False),
        ("Xây dựng Cổng thông tin đối ngoại tỉnh", True),
    ]


def test_tasks_handed_out_inside_a_sentence_without_a_colon() -> None:
    text = (
        "Trong tháng 10/2020, các phòng đã triển khai công tác bảo đảm thông tin liên lạc phục vụ ứng phó cơn bão số 8.\n"
        "Kết thúc cuộc họp, đồng chí Giám đốc Sở đề nghị các phòng chuyên môn và đơn vị trực thuộc rà soát, đối chiếu các nhiệm vụ"
        " được giao trong kế hoạch năm 2020; chấn chỉnh kỷ luật, kỷ cương hành chính trong toàn cơ quan./.\n"
        "Đặng Thị Bích Phượng"
    )
    assert [t.title for t in propose(text, YearMonth(2020, 11), Settings(), None, None).tasks] == [
        "Rà soát, đối chiếu các nhiệm vụ được giao trong kế hoạch năm 2020",
        "Chấn chỉnh kỷ luật, kỷ cương hành chính trong toàn cơ quan",
    ]


def test_a_purpose_clause_announces_the_tasks_and_a_later_directive_adds_to_them() -> None:
    text = (
        "Để thực hiện tốt hơn nhiệm vụ được giao tháng 6, các đơn vị chuyên môn xây dựng kế hoạch Ngày sách Việt Nam năm 2019.\n"
        "Phát biểu kết luận, đồng chí Giám đốc Sở đề nghị, các phòng, đơn vị trực thuộc Sở tích cực thực hiện dự án xây dựng hộp"
        " thư công vụ và văn bản chỉ đạo điều hành; tham mưu tập huấn dịch vụ công trực tuyến."
    )
    assert titles_of(text) == [
        "Xây dựng kế hoạch Ngày sách Việt Nam năm 2019",
        "Tích cực thực hiện dự án xây dựng hộp thư công vụ và văn bản chỉ đạo điều hành",
        "Tham mưu tập huấn dịch vụ công trực tuyến",
    ]


def titles_of(text: str) -> list[str]:
    return [task.title for task in propose(text, JUNE, Settings(), None, None).tasks]


def test_a_colon_list_that_is_not_led_by_a_verb_gives_no_tasks() -> None:
    text = (
        "Các ý kiến về khó khăn tập trung chủ yếu ở các nội dung như: Hoạt động của các đài truyền thanh thông minh;"
        " công tác số hóa thủ tục hành chính; tỷ lệ hồ sơ phát sinh trực tuyến còn thấp."
    )
    assert [t.title for t in propose(text, JUNE, Settings(), None, None).tasks if t.selected] == []


def test_group_headings_of_a_notice_are_not_tasks_and_a_list_item_keeps_its_sentence() -> None:
    text = (
        "I. NHIỆM VỤ TRỌNG TÂM THÁNG 6/2020\n"
        "1. Lĩnh vực Báo chí, xuất bản\n"
        "- Tổ chức gặp mặt, trao giải báo chí nhân kỷ niệm Ngày Báo chí Cách mạng Việt Nam;\n"
        "2. Về công tác thanh tra\n"
        "- Kiểm tra theo Kế hoạch thanh tra, kiểm tra năm 2020 đối với: Công ty Cổ phần Đức Việt 568.\n"
        "Nơi nhận:"
    )
    tasks = propose(text, JUNE, Settings(), None, None).tasks
    assert [t.title for t in tasks] == [
        "Tổ chức gặp mặt, trao giải báo chí nhân kỷ niệm Ngày Báo chí Cách mạng Việt Nam",
        "Kiểm tra Công ty Cổ phần Đức Việt 568",
    ]
    assert tasks[1].source == "Kiểm tra theo Kế hoạch thanh tra, kiểm tra năm 2020 đối với: Công ty Cổ phần Đức Việt 568."


def test_whom_a_sentence_addresses_is_not_the_task_and_one_office_named_leads_it() -> None:
    text = (
        "Trung tâm CNTT&TT chủ trì xây dựng kế hoạch chuyển đổi số của Sở giai đoạn 2021-2025;"
        " Sở Thông tin và Truyền thông cũng như các đơn vị trong ngành quan tâm và so sánh kết quả đạt được với các tỉnh bạn."
    )
    tasks = propose(CUE + text, JUNE, Settings(), None, None).tasks
    assert [(t.title, t.owner) for t in tasks] == [
        ("Xây dựng kế hoạch chuyển đổi số của Sở giai đoạn 2021-2025", "Trung tâm CNTT&TT"),
        ("Quan tâm và so sánh kết quả đạt được với các tỉnh bạn", None),
    ]


def test_the_meeting_and_verbs_that_look_like_offices_are_not_owners() -> None:
    text = "Tổ chức Đại hội Đảng bộ Sở TTTT lần thứ 3: chuẩn bị văn kiện và nhân sự\nHội nghị cũng thống nhất: Ban hành Quy chế làm việc của Sở"
    tasks = propose(CUE + text, JUNE, Settings(), None, None).tasks
    assert all(t.owner is None for t in tasks)


def test_lines_broken_inside_a_sentence_as_in_text_copied_from_a_pdf() -> None:
    text = (
        "Triển khai Kế hoạch phát triển hạ tầng số theo Quyết định số\n"
        "765/QĐ-BTTTT ngày 28/4/2023 của\n"
        "Bộ Thông tin và Truyền thông và Nghị quyết số 12-NQ/TU ngày 25/5/2022 của Tỉnh ủy;\n"
        "- Xây dựng Cổng thông tin đối ngoại tỉnh\n"
        "- tổ chức tập huấn chuyển đổi số cho cán bộ cấp xã"
    )
    tasks = propose(CUE + text, JUNE, Settings(), None, None).tasks
    assert [t.title[:45] for t in tasks] == [
        "Triển khai Kế hoạch phát triển hạ tầng số the",
        "Xây dựng Cổng thông tin đối ngoại tỉnh",
        "Tổ chức tập huấn chuyển đổi số cho cán bộ cấp",
    ]
    assert tasks[0].refs == [
        "Quyết định số 765/QĐ-BTTTT ngày 28/4/2023 của Bộ Thông tin và Truyền thông",
        "Nghị quyết số 12-NQ/TU ngày 25/5/2022 của Tỉnh ủy",
    ]


def test_one_document_named_twice_is_one_reference() -> None:
    text = "Thực hiện Chỉ thị 09/CT-TTg ngày 31/3/2021 của Thủ tướng Chính phủ (sau đây viết tắt là Chỉ thị số 09/CT-TTg)"
    assert references(text) == ["Chỉ thị 09/CT-TTg ngày 31/3/2021 của Thủ tướng Chính phủ"]


def test_a_line_ending_with_so_the_department_is_not_joined_to_the_next() -> None:
    """ "Sở" (the department) folds to the same letters as "số" (number), which never ends a line."""
    from dithub.importer.section import paragraphs

    text = "Giao cho Thanh tra Sở\nKiểm tra Công ty Cổ phần Đức Việt 568 trước ngày 30/6\n"
    assert paragraphs(text) == ["Giao cho Thanh tra Sở", "Kiểm tra Công ty Cổ phần Đức Việt 568 trước ngày 30/6"]
    wrapped = "Triển khai Quyết định số\n765/QĐ-BTTTT ngày 25/5/2020 của Bộ Thông tin và Truyền thông\n"
    assert paragraphs(wrapped) == ["Triển khai Quyết định số 765/QĐ-BTTTT ngày 25/5/2020 của Bộ Thông tin và Truyền thông"]
