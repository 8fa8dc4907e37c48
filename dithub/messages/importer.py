"""Words of `dithub import` and of reading a meeting's text into a month."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "import.help": (
        "nhập nhiệm vụ của một tháng từ văn bản (.txt, .docx): thông báo kết luận, báo cáo giao ban",
        "import a month's tasks from a text (.txt, .docx): the meeting's conclusions or report",
    ),
    "import.help_book": ("thư mục sổ giao ban", "the briefing book's folder"),
    "import.help_format": ("định dạng của --dry-run: text hoặc json", "format of --dry-run: text or json"),
    "import.help_file": ("tệp văn bản .txt hoặc .docx", "the .txt or .docx file"),
    "import.help_month": ("tháng nhận nhiệm vụ, dạng 2020-06", "the month the tasks are for, as 2020-06"),
    "import.help_yes": ("ghi luôn, không hỏi lại", "write without asking"),
    "import.help_dry_run": ("chỉ xem đề xuất, không ghi gì", "show the proposal only, write nothing"),
    "import.change_label": ("nhập {count} nhiệm vụ từ văn bản", "imported {count} tasks from a text"),
    "import.source_missing": ("Không thấy tệp {file}.", "There is no file {file}."),
    "import.source_folder": ("{file} là một thư mục, không phải tệp văn bản.", "{file} is a folder, not a text file."),
    "import.source_unreadable": ("Không đọc được tệp {file}.", "The file {file} cannot be read."),
    "import.source_empty": ("Tệp {file} trống: không có chữ nào để đọc.", "The file {file} is empty: there is no text to read."),
    "import.source_binary": (
        "Tệp {file} không phải văn bản (có thể là ảnh, PDF hay tệp nén). Hãy dùng tệp .txt hoặc .docx.",
        "The file {file} is not text (perhaps an image, a PDF or an archive). Use a .txt or .docx file.",
    ),
    "import.source_not_utf8": (
        "Tệp {file} không phải văn bản UTF-8 (dòng {line}; có thể được lưu bằng bảng mã cũ như TCVN3 hay Windows-1258). Hãy mở bằng trình soạn thảo và lưu lại dưới dạng UTF-8.",
        "The file {file} is not UTF-8 text (line {line}; perhaps saved in an old encoding such as Windows-1258). Open it in an editor and save it as UTF-8.",
    ),
    "import.source_old_word": (
        "Tệp {file} là tệp Word cũ (.doc). Hãy mở bằng Word và lưu lại dưới dạng .docx.",
        "The file {file} is an old Word file (.doc). Open it in Word and save it as .docx.",
    ),
    "import.source_bad_docx": (
        "Tệp {file} không mở được như một tài liệu Word (.docx): tệp hỏng hoặc không phải Word.",
        "The file {file} does not open as a Word document (.docx): it is damaged or not Word.",
    ),
    "import.no_tasks": (
        "Không tìm thấy nhiệm vụ nào trong {file}. Văn bản cần có phần giao nhiệm vụ, ví dụ “nhiệm vụ trọng tâm tháng {month} như sau:” rồi các việc cụ thể. Chưa ghi gì.",
        "No tasks found in {file}. The text needs a part that sets the tasks, e.g. “nhiệm vụ trọng tâm tháng {month} như sau:” and then the tasks. Nothing written.",
    ),
    "import.heading": ("Đề xuất {count} nhiệm vụ cho {month} từ {file}:", "{count} tasks proposed for {month} from {file}:"),
    "import.no_cue": (
        "(Không thấy câu mở phần nhiệm vụ: đã đọc cả văn bản, chỉ chọn những câu bắt đầu bằng động từ.)",
        "(No phrase announcing the tasks: the whole text was read; only sentences starting with a verb are ticked.)",
    ),
    "import.continues": (
        "tiếp nối “{id}” của tháng trước (độ tin cậy {confidence})",
        "continues “{id}” of last month (confidence {confidence})",
    ),
    "import.already_there": ("đã có trong tháng, sẽ không ghi lại", "already in the month, not written again"),
    "import.owner": ("chủ trì: {owner}", "lead: {owner}"),
    "import.due": ("hạn: {due}", "due: {due}"),
    "import.refs": ("văn bản: {refs}", "documents: {refs}"),
    "import.ask": ("Ghi {count} nhiệm vụ đã chọn vào {file}? (c/k) ", "Write the {count} selected tasks to {file}? (y/n) "),
    "import.not_a_terminal": (
        "Chưa ghi gì: cần xác nhận nhưng không có người trả lời (đầu vào không phải bàn phím). Thêm --yes để ghi luôn, hoặc --dry-run để chỉ xem.",
        "Nothing written: the import needs a yes, but nobody can answer (input is not a keyboard). Add --yes to write, or --dry-run to look only.",
    ),
    "import.declined": ("Chưa ghi gì.", "Nothing written."),
    "import.nothing_new": (
        "Không có nhiệm vụ mới để ghi: mọi nhiệm vụ đã chọn đều có trong {month}.",
        "Nothing new to write: every selected task is already in {month}.",
    ),
    "import.written": (
        "Đã ghi {count} nhiệm vụ vào {file} ({continued} tiếp nối từ tháng trước).",
        "Wrote {count} tasks to {file} ({continued} continued from last month).",
    ),
    "import.skipped": ("Bỏ qua vì đã có: {title}", "Skipped, already there: {title}"),
}
