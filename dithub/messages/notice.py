"""Words of the meeting notice ("Thông báo kết luận"): the document itself and `dithub notice`."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the document: header and title (Nghị định 30/2020/NĐ-CP, Phụ lục I) ---
    "notice.doc.number": ("Số: {number}/TB-{code}", "No.: {number}/TB-{code}"),
    "notice.doc.country": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIETNAM"),
    "notice.doc.motto": ("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
    "notice.doc.place_date": ("{place}, {date}", "{place}, {date}"),
    "notice.doc.date": ("ngày {day} tháng {month} năm {year}", "{day} {month} {year}"),
    "notice.doc.period": ("tháng {month} năm {year}", "{month} {year}"),
    "notice.doc.kind": ("THÔNG BÁO", "NOTICE"),
    "notice.doc.summary": (
        "Kết luận của {role} tại hội nghị giao ban quản lý nhà nước {period}",
        "Conclusions of {role} at the state management briefing of {period}",
    ),
    "notice.doc.default_role": ("Lãnh đạo Sở", "the Department's leadership"),
    # --- the opening paragraph ---
    "notice.doc.opening": (
        "{when}, {unit} tổ chức hội nghị {meeting} để đánh giá tình hình thực hiện nhiệm vụ {reviewed}, "
        "triển khai nhiệm vụ trọng tâm {period}. Đồng chí {chair} chủ trì hội nghị.",
        "{when}, {unit} held the meeting {meeting} to review the work of {reviewed} and to set the key tasks "
        "for {period}. Comrade {chair} chaired the meeting.",
    ),
    "notice.doc.on_day": ("{date}", "On {date}"),
    "notice.doc.meeting": ("giao ban quản lý nhà nước {period}", "of state management briefing for {period}"),
    "notice.doc.concluded": (
        "Sau khi nghe báo cáo và ý kiến của các đại biểu dự hội nghị, {role} kết luận như sau:",
        "Having heard the reports and the views of those present, {role} concluded as follows:",
    ),
    # --- I. results of the month under review ---
    "notice.doc.results": ("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRỌNG TÂM {period}", "I. RESULTS OF THE KEY TASKS OF {period}"),
    "notice.doc.results_total": (
        "{period} có {total} nhiệm vụ trọng tâm; đã hoàn thành {done}/{total} nhiệm vụ.",
        "{period} had {total} key tasks; {done} of {total} were done.",
    ),
    "notice.doc.results_none": (
        "{period} không có nhiệm vụ trọng tâm nào.",
        "{period} had no key tasks.",
    ),
    "notice.doc.results_missing": (
        "Sổ giao ban chưa có số liệu về kết quả thực hiện nhiệm vụ {period}.",
        "The briefing book holds no figures on the tasks of {period}.",
    ),
    "notice.doc.result_group": (
        "{number}. {label}: hoàn thành {done}/{total} nhiệm vụ.",
        "{number}. {label}: {done} of {total} tasks done.",
    ),
    "notice.doc.result_done": ("{letter}) Đã hoàn thành:", "{letter}) Done:"),
    "notice.doc.result_carried": ("{letter}) Chuyển sang {period}:", "{letter}) Carried over to {period}:"),
    "notice.doc.result_unfinished": ("{letter}) Chưa hoàn thành:", "{letter}) Not finished:"),
    "notice.doc.result_dropped": ("{letter}) Dừng thực hiện:", "{letter}) Dropped:"),
    "notice.doc.carried_times": ("chuyển lần thứ {times}", "carried for time {times}"),
    "notice.doc.slipping": (
        "chuyển lần thứ {times}, đã chậm nhiều kỳ, cần chỉ đạo dứt điểm",
        "carried for time {times}: slipping month after month, to be settled",
    ),
    # --- II. the tasks of the month ---
    "notice.doc.tasks": ("II. NHIỆM VỤ TRỌNG TÂM {period}", "II. KEY TASKS FOR {period}"),
    "notice.doc.tasks_none": (
        "Hội nghị không giao nhiệm vụ trọng tâm nào cho {period}.",
        "The meeting set no key tasks for {period}.",
    ),
    "notice.doc.task_group": ("{number}. {label}", "{number}. {label}"),
    "notice.doc.owner_due": ("- Chủ trì: {owner}. Thời hạn: {due}.", "- Lead: {owner}. Deadline: {due}."),
    "notice.doc.carried_in": (
        "- Chuyển từ {period} (lần thứ {times}).",
        "- Carried over from {period} (time {times}).",
    ),
    "notice.doc.note": ("- Ghi chú: {note}", "- Note: {note}"),
    "notice.doc.refs": ("- Căn cứ: {refs}.", "- References: {refs}."),
    # --- III. carrying out, and the end of the document ---
    "notice.doc.carrying_out": ("III. TỔ CHỨC THỰC HIỆN", "III. CARRYING OUT"),
    "notice.doc.carrying_out_text": (
        "Các phòng, đơn vị được giao chủ trì khẩn trương triển khai các nhiệm vụ trên, bảo đảm đúng thời hạn; "
        "báo cáo kết quả thực hiện tại hội nghị giao ban {next_period}.",
        "The offices and units named as leads carry out the tasks above without delay and on time, "
        "and report on them at the briefing of {next_period}.",
    ),
    "notice.doc.closing": (
        "{unit} thông báo để các phòng, đơn vị biết, thực hiện./.",
        "{unit} issues this notice for the offices and units to know and carry out./.",
    ),
    "notice.doc.recipients": ("Nơi nhận:", "Recipients:"),
    "notice.doc.archive": ("- Lưu: VT, VP.", "- Filed: VT, VP."),
    # --- `dithub notice` and the errors of writing one ---
    "notice.cli.month": (
        "tháng của hội nghị, dạng 2020-06 (mặc định: tháng mới nhất)",
        "the meeting's month, as 2020-06 (default: the latest)",
    ),
    "notice.cli.format": (
        "định dạng: docx (Word, mặc định), md (Markdown) hoặc txt",
        "format: docx (Word, the default), md (Markdown) or txt",
    ),
    "notice.cli.output": (
        "tệp sẽ ghi (mặc định: trong thư mục sổ); “-” để in ra màn hình (md, txt)",
        "the file to write (default: in the book's folder); “-” to print it (md, txt)",
    ),
    "notice.cli.written": ("Đã ghi thông báo {month}: {path}", "Wrote the notice of {month}: {path}"),
    "notice.cli.no_results": (
        "Lưu ý: sổ không có tệp {file}, nên phần kết quả tháng trước để trống.",
        "Note: the book has no {file}, so the results of last month are left empty.",
    ),
    "notice.cli.blanks": (
        "Lưu ý: dithub.toml chưa ghi {keys}; các chỗ đó để trống (…) để điền trong Word.",
        "Note: dithub.toml does not give {keys}; those places are left blank (…) to fill in Word.",
    ),
    "notice.error.no_months": ("Sổ chưa có tháng nào để viết thông báo.", "The book has no month to write a notice of."),
    "notice.error.not_in_book": ("Sổ không có tháng {month}.", "The book has no month {month}."),
    "notice.error.broken": (
        "Chưa viết được thông báo vì {month} đang lỗi (chưa ghi tệp nào):",
        "The notice was not written because {month} is broken (no file was written):",
    ),
    "notice.error.stdout_docx": (
        "Tệp Word không in ra màn hình được; hãy ghi ra tệp (-o TÊN.docx) hoặc dùng --format md.",
        "A Word file cannot be printed to the screen; write it to a file (-o NAME.docx) or use --format md.",
    ),
    "notice.error.unknown_format": (
        "Định dạng “{format}” không có; dùng docx, md hoặc txt.",
        "There is no format “{format}”; use docx, md or txt.",
    ),
    "notice.error.write": (
        "Không ghi được thông báo vào {path}: {reason}. Không có tệp nào bị ghi dở.",
        "Could not write the notice to {path}: {reason}. Nothing was half-written.",
    ),
    "notice.error.is_folder": ("đó là một thư mục", "that is a folder"),
    "notice.error.no_folder": ("thư mục đó không có", "there is no such folder"),
    # --- dithub.toml's [notice] table ---
    "problem.notice_not_table": (
        "“notice” phải là một bảng: một dòng [notice] rồi các dòng khóa = giá trị. Thông báo sẽ để trống các chỗ đó.",
        "“notice” must be a table: a line [notice] followed by key = value lines. The notice leaves those places blank.",
    ),
}
