"""Words of the dashboard's notice key (issue 11)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "key.write_notice": ("Thông báo kết luận", "Write the notice"),
    "notice.ui.title": ("Viết thông báo kết luận {month}", "Write the notice of {month}"),
    "notice.ui.format": ("Định dạng:", "Format:"),
    "notice.ui.format_docx": ("Word (.docx) để sửa, ký và lưu", "Word (.docx) to edit, sign and file"),
    "notice.ui.format_md": ("Markdown (.md) cho thư điện tử, git", "Markdown (.md) for e-mail and git"),
    "notice.ui.format_txt": ("Văn bản thường (.txt)", "Plain text (.txt)"),
    "notice.ui.file": ("Tên tệp (trong thư mục sổ, hoặc đường dẫn đầy đủ):", "File name (in the book's folder, or a full path):"),
    "notice.ui.write": ("Ghi", "Write"),
    "notice.ui.keys": ("Enter: ghi · Esc: thôi", "Enter: write · Esc: cancel"),
    "notice.ui.no_name": ("Hãy ghi tên tệp.", "Please give a file name."),
    "notice.ui.not_toml": (
        "Tên tệp không được kết thúc bằng .toml: đó là tên của các tệp tháng.",
        "The name cannot end in .toml: that is how month files are named.",
    ),
    "notice.ui.overwrite": ("Tệp {path} đã có. Ghi đè lên tệp đó?", "The file {path} exists already. Write over it?"),
    "notice.ui.not_written": ("Chưa ghi thông báo.", "The notice was not written."),
    "notice.ui.writing": ("Đang viết thông báo…", "Writing the notice…"),
}
