"""Words for what a meeting does on the dashboard: notes, dropping, deadlines of carried tasks,
starting a book and its months, wrapping, the command palette and search hints."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- keys ---
    "key.note": ("Ghi chú", "Note"),
    "key.drop": ("Bỏ", "Drop"),
    "key.take_up": ("Làm lại việc", "Take up again"),
    "key.reopen": ("Mở lại", "Reopen"),
    "key.new_month": ("Tạo tháng mới", "New month"),
    "key.wrap": ("Tên dài: xuống dòng / một dòng", "Long titles: wrap / one line"),
    "key.due_keep": ("Giữ hạn cũ", "Keep the deadline"),
    "key.due_clear": ("Bỏ hạn", "No deadline"),
    # --- undo labels ---
    "change.dropped": ("bỏ nhiệm vụ", "dropped a task"),
    "change.taken_up": ("làm lại nhiệm vụ đã bỏ", "took up a dropped task"),
    # --- the form and the note ---
    "ui.refs_hint": ("Căn cứ (mỗi văn bản một dòng)", "References (one document a line)"),
    "ui.note_title": ("Ghi chú: {title}", "Note: {title}"),
    "ui.note_keys": ("Ctrl+S lưu · Esc bỏ qua (ghi chú giữ như cũ)", "Ctrl+S saves · Esc leaves the note as it was"),
    # --- dropping ---
    "ui.not_droppable": (
        "Nhiệm vụ {status} không bỏ được; chỉ bỏ được nhiệm vụ đang làm.",
        "A task that is {status} cannot be dropped; only open tasks can.",
    ),
    # --- carrying with a deadline ---
    "ui.carry_one_due": (
        "Chuyển “{title}” sang {month}. Hạn hiện nay: {due}.",
        "Carry “{title}” over to {month}. Due now: {due}.",
    ),
    "ui.carry_all_due": ("Hạn ở tháng mới, như nhau cho tất cả:", "Their deadline next month, the same for all:"),
    "ui.carry_due_hint": ("Hoặc hạn mới (ngày/tháng/năm), rồi Enter", "Or a new deadline (day/month/year), then Enter"),
    "ui.due_keep": ("Giữ hạn cũ", "Keep deadline"),
    "ui.due_clear": ("Bỏ hạn", "No deadline"),
    # --- wrapping ---
    "ui.wrap_on": ("Tên dài xuống dòng.", "Long titles wrap."),
    "ui.wrap_off": ("Mỗi nhiệm vụ một dòng.", "One line per task."),
    # --- starting a book, a new month ---
    "ui.start_question": (
        "Thư mục {folder} chưa có sổ giao ban. Bắt đầu sổ mới?",
        "{folder} holds no briefing book yet. Start one?",
    ),
    "ui.start_unit": ("Tên đơn vị", "Unit's name"),
    "ui.start_month": ("Tháng đầu tiên (tháng/năm)", "First month (month/year)"),
    "ui.new_month_question": ("Tạo tệp cho tháng nào (chưa có nhiệm vụ)?", "Create the file of which month (with no tasks)?"),
    "ui.which_month": ("Tháng (tháng/năm)", "Month (month/year)"),
    "ui.due_example": ("ví dụ 31/07/2020", "for example 31/07/2020"),
    "ui.create": ("Tạo", "Create"),
    "ui.error_month": ("Tháng chưa đúng: viết 07/2020 hoặc 2020-07.", "That is not a month: write 07/2020 or 2020-07."),
    "ui.start_later": (
        "Chưa tạo sổ. Nhấn M để tạo tệp tháng khi cần.",
        "No book started. Press M to create a month's file when you need one.",
    ),
    "ui.start_failed": ("Không tạo được dithub.toml: {reason}", "Could not write dithub.toml: {reason}"),
    "ui.month_exists": ("Tệp {file} đã có, giữ nguyên.", "{file} is there already, left as it is."),
    "ui.month_created": (
        "Đã tạo {file} cho {month}, sẵn sàng cho cuộc họp.",
        "Created {file} for {month}, ready for the meeting.",
    ),
    # --- the command palette ---
    "ui.palette_placeholder": ("Tìm lệnh… (gõ không dấu cũng được)", "Search for commands…"),
    "ui.palette_no_matches": ("Không có lệnh nào khớp", "No matches found"),
    # --- search ---
    "ui.matched_in": ("{field}: {text}", "{field}: {text}"),
}
