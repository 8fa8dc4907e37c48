"""Words of the roll-up (many units' books side by side) and its commands."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "problem.rollup_book_missing": (
        "Không tìm thấy thư mục sổ “{path}”. Hãy sửa đường dẫn trong dithub-rollup.toml.",
        "There is no book folder “{path}”. Fix the path in dithub-rollup.toml.",
    ),
    "problem.rollup_not_a_folder": (
        "“{path}” là một tệp, không phải thư mục sổ.",
        "“{path}” is a file, not a book folder.",
    ),
    "problem.rollup_no_units": (
        'Tệp chưa liệt kê sổ nào. Mỗi sổ ghi một mục [[units]] với name = "…" và folder = "…".',
        'The file lists no book. Give each book a [[units]] entry with name = "…" and folder = "…".',
    ),
    "problem.rollup_unit_without_folder": (
        'Mục [[units]] thứ {number} thiếu folder = "…" (thư mục của sổ).',
        '[[units]] entry number {number} has no folder = "…" (the book\'s folder).',
    ),
    "problem.rollup_unit_twice": (
        "Mục [[units]] thứ {number} lặp lại thư mục “{path}”; chỉ tính một lần.",
        "[[units]] entry number {number} repeats the folder “{path}”; it is counted once.",
    ),
    "rollup.no_units": (
        "“{path}” không có sổ giao ban nào (thư mục con chứa tệp tháng, hoặc dithub-rollup.toml).",
        "“{path}” holds no briefing book (subfolders with month files, or a dithub-rollup.toml).",
    ),
    "rollup.no_months": ("Chưa đơn vị nào có tệp tháng.", "No unit has a month file yet."),
    "rollup.report_title": ("{name} — {month}: {units} đơn vị", "{name} — {month}: {units} units"),
    "rollup.column_unit": ("Đơn vị", "Unit"),
    "rollup.column_done": ("Xong/Tổng", "Done/Total"),
    "rollup.column_carried": ("Chuyển tiếp", "Carried"),
    "rollup.column_carried_often": ("Chuyển ≥3 lần", "Carried 3+"),
    "rollup.column_overdue": ("Quá hạn", "Overdue"),
    "rollup.column_meeting": ("Ngày họp", "Meeting"),
    "rollup.total": ("Tổng cộng", "Total"),
    "rollup.state_broken": ("tệp tháng đang lỗi", "the month's file is broken"),
    "rollup.state_no_book": ("không mở được sổ", "the book cannot be opened"),
    "rollup.state_no_month": ("chưa có tháng này", "no such month"),
    "rollup.state_loading": ("đang đọc…", "loading…"),
    "rollup.check_unit_ok": ("{name}: ổn, {months} tháng, {tasks} nhiệm vụ.", "{name}: fine, {months} months, {tasks} tasks."),
    "rollup.check_unit_failed": ("{name}: {errors} lỗi trong {files} tệp.", "{name}: {errors} errors in {files} files."),
    "rollup.check_ok": (
        "Cả {units} sổ đều ổn: {months} tháng, {tasks} nhiệm vụ, không có lỗi.",
        "All {units} books are fine: {months} months, {tasks} tasks, no errors.",
    ),
    "rollup.check_failed": (
        "{failed}/{units} sổ có lỗi cần sửa: {errors} lỗi.",
        "{failed} of {units} books have errors to fix: {errors} errors.",
    ),
}
