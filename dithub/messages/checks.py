"""Words for the slips `dithub check` and the dashboard tell: misnamed tables and keys, empty titles, dates."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "problem.tasks_misnamed": (
        "Bảng [[{key}]] không phải [[tasks]] nên {count} nhiệm vụ trong đó không được đọc. Hãy sửa thành [[tasks]].",
        "The table [[{key}]] is not [[tasks]], so its {count} {count:task is|tasks are} not read. Change it to [[tasks]].",
    ),
    "problem.key_misspelt": (
        "Khóa “{key}” không có trong định dạng nên bị bỏ qua. Có phải ý bạn là “{known}”?",
        "The key “{key}” is not one dithub knows, so it is not used. Did you mean “{known}”?",
    ),
    "problem.empty_title": (
        'Tên nhiệm vụ đang để trống (title = ""), nên nhiệm vụ hiện không có tên. Hãy ghi tên nhiệm vụ.',
        'The title is empty (title = ""), so the task shows without a name. Write its title.',
    ),
    "problem.date_written_wrong": (
        "Ngày “{key} = {written}” viết chưa đúng cách. Hãy viết {key} = {fixed} (năm-tháng-ngày, không có ngoặc kép).",
        "The date “{key} = {written}” is not written the way the file needs. Write {key} = {fixed} (year-month-day, no quotes).",
    ),
    "problem.date_impossible": (
        "“{key} = {written}” không phải một ngày có thật. Hãy viết ngày dạng năm-tháng-ngày, ví dụ {key} = 2020-06-30.",
        "“{key} = {written}” is not a real day. Write the date as year-month-day, e.g. {key} = 2020-06-30.",
    ),
}
