"""Words for keeping the user's work safe (issue 12): files dithub must not write, saves on their way,
and questions too big to show."""

MESSAGES: dict[str, tuple[str, str]] = {
    "save.read_only_file": (
        "Tệp chỉ cho đọc (ai đó đã khóa không cho sửa), nên dithub không ghi vào",
        "The file is read-only (someone locked it against changes), so dithub does not write it",
    ),
    "save.not_written": (
        "{reason} — chưa lưu được {file}. Sổ giữ nguyên như trước lệnh này; hãy sửa lỗi rồi chạy lại lệnh.",
        "{reason} — {file} is not saved. The book is as it was before this command; fix the cause and run it again.",
    ),
    "save.state_not_folder": (
        "“.dithub” trong thư mục sổ là một tệp chứ không phải thư mục, nên không giữ được bản sao lưu. Hãy đổi tên hoặc xóa tệp đó",
        "“.dithub” in the book's folder is a file, not a folder, so no backup can be kept. Rename or remove that file",
    ),
    "ui.too_small": (
        "Cửa sổ quá nhỏ để đọc câu hỏi. Hãy phóng to cửa sổ, hoặc bấm Esc để bỏ qua.",
        "The window is too small to read the question. Enlarge it, or press Esc to cancel.",
    ),
    "ui.deleted_outside": (
        "{file} vừa bị xóa bên ngoài dithub; tháng này đóng lại cho đến khi tệp trở lại (bản sao lưu, nếu có, ở thư mục .dithub/backup).",
        "{file} was deleted outside dithub; this month is closed until the file is back (backups, if any, are in .dithub/backup).",
    ),
    "ui.saving": ("đang lưu…", "saving…"),
}
