"""Words of the dashboard's import dialog (issue 10: look before writing)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "key.import_tasks": ("Nhập từ văn bản", "Import from a text"),
    "key.import_read": ("Xem đề xuất", "Show the proposal"),
    "key.import_toggle": ("Chọn/bỏ", "Tick/untick"),
    "key.import_title": ("Sửa tên", "Edit title"),
    "key.import_category": ("Đổi lĩnh vực", "Change category"),
    "key.import_continuation": ("Nhận/bỏ tiếp nối", "Accept/reject continuation"),
    "key.import_write": ("Ghi vào sổ", "Write to the book"),
    "key.import_back": ("Quay lại", "Back"),
    "import.ui.title": ("Nhập nhiệm vụ từ văn bản", "Import tasks from a text"),
    "import.ui.file": ("Tệp .txt hoặc .docx (đường dẫn):", "A .txt or .docx file (its path):"),
    "import.ui.file_placeholder": ("ví dụ: ~/Tài liệu/thong-bao-thang-6.docx", "e.g. ~/Documents/notice-june.docx"),
    "import.ui.paste": ("… hoặc dán văn bản vào đây:", "… or paste the text here:"),
    "import.ui.month": ("Nhập vào tháng:", "Into the month:"),
    "import.ui.month_auto": ("Tháng mà văn bản giao nhiệm vụ", "The month the text sets tasks for"),
    "import.ui.source_keys": (
        "Enter (ở ô tệp) hoặc Ctrl+S: xem đề xuất · Tab: ô sau · Esc: thôi, không ghi gì",
        "Enter (in the file box) or Ctrl+S: show the proposal · Tab: next box · Esc: cancel, nothing written",
    ),
    "import.ui.nothing_given": (
        "Hãy ghi đường dẫn một tệp .txt/.docx, hoặc dán văn bản vào ô bên dưới.",
        "Give the path of a .txt/.docx file, or paste the text into the box below.",
    ),
    "import.ui.pasted": ("văn bản đã dán", "the pasted text"),
    "import.ui.reading": ("Đang đọc {file}…", "Reading {file}…"),
    "import.ui.month_broken": (
        "Tệp {file} đang lỗi nên chưa nhập được vào tháng đó. Hãy sửa tệp (xem danh sách tháng) rồi thử lại.",
        "The file {file} is broken, so nothing can be imported into that month. Fix the file (see the month list) and try again.",
    ),
    "import.ui.summary": (
        "{count} nhiệm vụ đề xuất cho {month} từ {file}: {selected} được chọn, {continued} tiếp nối tháng trước.",
        "{count} tasks proposed for {month} from {file}: {selected} ticked, {continued} continuing last month.",
    ),
    "import.ui.why_month": ("(tháng mà văn bản giao nhiệm vụ)", "(the month the text sets tasks for)"),
    "import.ui.proposal_keys": (
        "Space chọn/bỏ · e sửa tên · g lĩnh vực · r tiếp nối (nhận/bỏ) · Ctrl+S ghi · Esc lùi",
        "Space tick · e title · g category · r continuation on/off · Ctrl+S write · Esc back",
    ),
    "import.ui.column_title": ("Nhiệm vụ", "Task"),
    "import.ui.column_category": ("Lĩnh vực", "Category"),
    "import.ui.column_continues": ("Tiếp nối", "Continues"),
    "import.ui.source": ("Câu gốc:", "From the sentence:"),
    "import.ui.continuation_rejected": (
        "Không tiếp nối “{id}” (đã bỏ; r để nhận lại): ghi thành nhiệm vụ mới.",
        "Not continuing “{id}” (rejected; r to accept again): written as a new task.",
    ),
    "import.ui.no_continuation": (
        "Nhiệm vụ mới (không tiếp nối việc nào của tháng trước).",
        "A new task (continues nothing of last month).",
    ),
    "import.ui.edit_title": ("Tên nhiệm vụ (Enter: lưu, Esc: thôi):", "The task's title (Enter: keep, Esc: leave):"),
    "import.ui.edit_category": ("Lĩnh vực (↑ ↓ rồi Enter: chọn, Esc: thôi):", "Category (↑ ↓ then Enter: choose, Esc: leave):"),
    "import.ui.title_empty": ("Tên nhiệm vụ không được để trống.", "A task's title cannot be empty."),
    "import.ui.nothing_selected": (
        "Chưa chọn nhiệm vụ nào để ghi (Space để chọn), hoặc Esc để quay lại.",
        "No task is ticked to write (Space ticks one), or Esc to go back.",
    ),
    "import.ui.cancelled": ("Đã thôi nhập: chưa ghi gì.", "Import cancelled: nothing written."),
}
