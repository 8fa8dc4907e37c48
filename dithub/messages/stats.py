"""Words for `dithub stats` (dithub/stats.py, dithub/stats_report.py, dithub/commands/stats.py)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "stats.heading": ("Thống kê từ {first} đến {last}", "Figures from {first} to {last}"),
    "stats.empty_book": ("Sổ chưa có tháng nào.", "The book has no months yet."),
    "stats.column.total": ("Tổng", "Total"),
    "stats.column.done": ("Xong", "Done"),
    "stats.column.on_time": ("Đúng hạn", "On time"),
    "stats.column.carried": ("Chuyển", "Carried"),
    "stats.column.dropped": ("Bỏ", "Dropped"),
    "stats.column.open": ("Đang làm", "Open"),
    "stats.all_months": ("Cả giai đoạn (tính theo lượt xuất hiện)", "All months (counted per appearance)"),
    "stats.missing": ("Không có tệp: {months}", "No file: {months}"),
    "stats.broken": ("Tệp lỗi, không tính: {months}", "Broken file, not counted: {months}"),
    "stats.chronic_heading": (
        "Nhiệm vụ chuyển từ 3 lần trở lên ({count}):",
        "Tasks carried 3 times or more ({count}):",
    ),
    "stats.no_chronic": ("Không có nhiệm vụ nào chuyển từ 3 lần trở lên.", "No task has been carried 3 times or more."),
    "stats.carried_times": ("chuyển {count} lần", "carried {count} times"),
    "stats.owners_heading": (
        "Theo đơn vị chủ trì (đơn vị chuyển nhiều nhất trước):",
        "Per office (the one whose tasks are carried most first):",
    ),
    "stats.no_owner": ("(chưa giao đơn vị)", "(no office named)"),
    "stats.bad_range": ("Tháng đầu {first} ở sau tháng cuối {last}.", "The first month {first} comes after the last {last}."),
    "stats.warn_gaps": (
        "Lưu ý: không có tệp {missing}; tệp lỗi {broken} (không tính).",
        "Note: no file for {missing}; broken {broken} (not counted).",
    ),
    "stats.none": ("không", "none"),
}
