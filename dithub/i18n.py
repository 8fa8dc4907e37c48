"""Every word dithub shows, in Vietnamese and English. Vietnamese is the default."""

from __future__ import annotations

from typing import Any, Literal

from .messages import collect
from .model import YearMonth
from .problems import Problem

Language = Literal["vi", "en"]
LANGUAGES: tuple[Language, ...] = ("vi", "en")

# key: (Vietnamese, English)
MESSAGES: dict[str, tuple[str, str]] = {
    # --- problems in files ---
    "problem.toml_syntax": (
        'Tệp viết sai cú pháp TOML: {reason_vi}. Hãy sửa chỗ này (thường là thiếu dấu ngoặc kép ", dấu = hoặc dấu ]).',
        'The file is not valid TOML: {reason_en}. Fix it there (usually a missing quote ", = or ]).',
    ),
    "problem.not_utf8": (
        "Tệp không phải văn bản UTF-8 (có thể được lưu bằng bảng mã cũ như TCVN3 hay Windows-1258). Hãy mở bằng trình soạn thảo và lưu lại dưới dạng UTF-8.",
        "The file is not UTF-8 text (perhaps saved in an old encoding such as Windows-1258). Open it in an editor and save it as UTF-8.",
    ),
    "problem.too_deep": (
        "Tệp lồng quá nhiều tầng ngoặc, không đọc được. Hãy kiểm tra các dấu [ và {{.",
        "The file nests brackets too deeply to read. Check its [ and {{ brackets.",
    ),
    "problem.unreadable": ("Không đọc được tệp: {reason}.", "The file cannot be read: {reason}."),
    "problem.missing": ("Tệp không còn trên đĩa.", "The file is no longer on disk."),
    "problem.wrong_type": (
        "Giá trị của “{key}” phải là {expected_vi}, ví dụ: {example}",
        "“{key}” must be {expected_en}, for example: {example}",
    ),
    "problem.month_mismatch": (
        'Dòng month = "{value}" không khớp với tên tệp. Hãy sửa thành month = "{expected}" hoặc đổi tên tệp.',
        'month = "{value}" does not match the file name. Change it to month = "{expected}" or rename the file.',
    ),
    "problem.bad_month_text": (
        '“{key}” = "{value}" không phải một tháng. Hãy viết dạng "2020-05".',
        '“{key}” = "{value}" is not a month. Write it as "2020-05".',
    ),
    "problem.tasks_not_list": (
        "“tasks” phải là danh sách nhiệm vụ, mỗi nhiệm vụ bắt đầu bằng một dòng [[tasks]].",
        "“tasks” must be a list of tasks, each starting with a line [[tasks]].",
    ),
    "problem.task_not_table": (
        "Nhiệm vụ thứ {number} không đúng dạng: mỗi nhiệm vụ bắt đầu bằng một dòng [[tasks]].",
        "Task {number} is not written as a task: each task starts with a line [[tasks]].",
    ),
    "problem.missing_title": (
        'Nhiệm vụ thứ {number} chưa có tên. Hãy thêm một dòng title = "…".',
        'Task {number} has no title. Add a line title = "…".',
    ),
    "problem.empty_id": (
        "Nhiệm vụ thứ {number} có mã (id) rỗng. Hãy xóa dòng id hoặc điền một mã.",
        "Task {number} has an empty id. Remove the id line or fill it in.",
    ),
    "problem.inline_tasks": (
        "Nhiệm vụ được viết theo kiểu tasks = [{{…}}]: xem được nhưng dithub không sửa được. Hãy viết mỗi nhiệm vụ bắt đầu bằng một dòng [[tasks]].",
        "Tasks are written as tasks = [{{…}}]: they can be read, but dithub cannot change them. Write each task starting with a line [[tasks]].",
    ),
    "problem.unknown_status": (
        "Trạng thái “{value}” không hợp lệ. Chỉ dùng: open (đang làm), done (xong), carried (chuyển tháng sau), dropped (bỏ).",
        "Status “{value}” is not allowed. Use one of: open, done, carried, dropped.",
    ),
    "problem.duplicate_id": (
        "Mã (id) “{id}” đã dùng cho nhiệm vụ thứ {first}. Mỗi nhiệm vụ trong tháng cần một mã riêng.",
        "The id “{id}” is already used by task {first}. Each task of a month needs its own id.",
    ),
    "problem.unknown_category": (
        "Nhóm “{value}” không có trong danh sách nhóm của sổ (dithub.toml); nhiệm vụ được xếp theo tên.",
        "Category “{value}” is not one of the book's categories (dithub.toml); the task is grouped by its title.",
    ),
    "problem.misnamed": (
        "Tệp này có vẻ là một tháng nhưng tên không đúng dạng nên bị bỏ qua. Hãy đổi tên thành {example}.",
        "This file looks like a month but is misnamed, so it is ignored. Rename it to {example}.",
    ),
    "problem.unknown_language": (
        'Ngôn ngữ “{value}” không có; dùng "vi" hoặc "en". Tạm dùng tiếng Việt.',
        'Language “{value}” is not available; use "vi" or "en". Using Vietnamese.',
    ),
    "problem.categories_not_list": (
        "“categories” phải là danh sách, mỗi nhóm bắt đầu bằng [[categories]]. Tạm dùng các nhóm mặc định.",
        "“categories” must be a list, each starting with [[categories]]. Using the default categories.",
    ),
    "problem.category_without_id": (
        'Nhóm thứ {number} thiếu mã: thêm dòng id = "…".',
        'Category {number} has no id: add a line id = "…".',
    ),
    "problem.category_keywords": (
        'Từ khóa của nhóm “{id}” phải là danh sách chữ, ví dụ keywords = ["thanh tra"].',
        'The keywords of category “{id}” must be a list of text, e.g. keywords = ["thanh tra"].',
    ),
    "problem.duplicate_category": ("Nhóm “{id}” được khai báo hai lần.", "Category “{id}” is declared twice."),
    "expected.text": ("chữ trong ngoặc kép", "text in quotes"),
    "expected.date": ("một ngày viết không có ngoặc kép", "a date written without quotes"),
    "expected.count": ("một số nguyên không âm", "a whole number, 0 or more"),
    "expected.list": ("một danh sách trong ngoặc vuông", "a list in square brackets"),
    "where.line": ("dòng {line}", "line {line}"),
    "where.column": ("cột {column}", "column {column}"),
    "where.task": ("nhiệm vụ thứ {number}", "task {number}"),
    "severity.error": ("lỗi", "error"),
    "severity.warning": ("lưu ý", "warning"),
    # --- storage failures ---
    "save.disk_full": ("Đĩa đã đầy", "The disk is full"),
    "save.read_only": ("Thư mục chỉ cho đọc", "The folder is read-only"),
    "save.permission": ("Không có quyền ghi", "No permission to write"),
    "save.folder_missing": ("Thư mục của sổ không còn", "The book's folder is gone"),
    "save.broken": ("Tệp đang lỗi nên không được ghi", "The file is broken, so it is not written"),
    "save.changed": ("Tệp vừa được người khác sửa", "Someone else just changed the file"),
    "save.other": ("Không ghi được", "Could not write"),
    "save.inline_tasks": (
        "Tệp viết nhiệm vụ theo kiểu tasks = [{{…}}], dithub không sửa được kiểu này. Hãy viết mỗi nhiệm vụ bắt đầu bằng một dòng [[tasks]]",
        "The file writes its tasks as tasks = [{{…}}], which dithub cannot change. Write each task starting with a line [[tasks]]",
    ),
    "save.failed": (
        "{reason} — chưa lưu được {file}. Thay đổi vẫn được giữ và sẽ lưu lại khi có thể.",
        "{reason} — {file} is not saved yet. The change is kept and will be saved when possible.",
    ),
    "save.recovered": ("Đã lưu {file}.", "Saved {file}."),
    # --- changes (undo/redo labels) ---
    "change.done": ("đánh dấu xong", "marked done"),
    "change.reopened": ("mở lại", "reopened"),
    "change.carried": ("chuyển {count} nhiệm vụ sang {month}", "carried {count} {count:task|tasks} to {month}"),
    "change.added": ("thêm nhiệm vụ", "added a task"),
    "change.edited": ("sửa nhiệm vụ", "edited a task"),
    "change.deleted": ("xóa nhiệm vụ", "deleted a task"),
    "file.header": (
        "Nhiệm vụ tháng {month} — dithub tạo khi chuyển tiếp nhiệm vụ chưa xong của tháng {source}.",
        "Tasks of {month} — created by dithub when carrying over the unfinished tasks of {source}.",
    ),
    # --- statuses and fields ---
    "status.open": ("đang làm", "open"),
    "status.done": ("xong", "done"),
    "status.carried": ("đã chuyển", "carried"),
    "status.dropped": ("bỏ", "dropped"),
    "field.id": ("Mã", "Id"),
    "field.title": ("Nhiệm vụ", "Task"),
    "field.category": ("Nhóm", "Category"),
    "field.owner": ("Chủ trì", "Owner"),
    "field.due": ("Hạn", "Due"),
    "field.status": ("Trạng thái", "Status"),
    "field.done_on": ("Xong ngày", "Done on"),
    "field.carried_from": ("Chuyển từ", "Carried from"),
    "field.times_carried": ("Số lần chuyển", "Times carried"),
    "field.refs": ("Căn cứ", "References"),
    "field.note": ("Ghi chú", "Note"),
    "month.label": ("Tháng {month}/{year}", "{month_name} {year}"),
    # --- keys (footer, help, palette) ---
    "key.tick": ("Xong", "Done"),
    "key.carry": ("Chuyển", "Carry"),
    "key.carry_all": ("Chuyển hết", "Carry all"),
    "key.previous_month": ("Tháng trước", "Previous month"),
    "key.next_month": ("Tháng sau", "Next month"),
    "key.search": ("Tìm", "Search"),
    "key.clear_search": ("Bỏ tìm", "Clear search"),
    "key.filter": ("Lọc", "Filter"),
    "key.add": ("Thêm", "Add"),
    "key.edit": ("Sửa", "Edit"),
    "key.delete": ("Xóa", "Delete"),
    "key.undo": ("Hoàn tác", "Undo"),
    "key.redo": ("Làm lại", "Redo"),
    "key.help": ("Trợ giúp", "Help"),
    "key.quit": ("Thoát", "Quit"),
    "key.down": ("Xuống", "Down"),
    "key.up": ("Lên", "Up"),
    "key.move": ("Lên, xuống", "Move up and down"),
    "key.first": ("Về đầu danh sách", "First row"),
    "key.last": ("Về cuối danh sách", "Last row"),
    "key.page_down": ("Xuống một trang", "Page down"),
    "key.page_up": ("Lên một trang", "Page up"),
    "key.next_group": ("Nhóm sau", "Next group"),
    "key.previous_group": ("Nhóm trước", "Previous group"),
    "key.palette": ("Bảng lệnh (có “đi tới tháng”)", "Command palette (with “go to month”)"),
    "key.palette_short": ("Bảng lệnh", "Commands"),
    "key.yes": ("Đồng ý", "Yes"),
    "key.no": ("Thôi", "No"),
    "key.cancel": ("Hủy", "Cancel"),
    "key.save": ("Lưu", "Save"),
    "key.close": ("Đóng", "Close"),
    "key.take_theirs": ("Tải bản trên đĩa", "Reload theirs"),
    "key.keep_mine": ("Giữ bản của tôi", "Keep mine"),
    "filter.all": ("tất cả", "all"),
    "filter.open": ("đang làm", "open"),
    "filter.carried": ("đã chuyển ít nhất một lần", "carried at least once"),
    "filter.overdue": ("quá hạn", "overdue"),
    # --- dashboard ---
    "ui.column.carried": ("Chuyển", "Carried"),
    "ui.carried_times": ("chuyển x{count}", "carried x{count}"),
    "ui.times": ("{count} lần", "{count} {count:time|times}"),
    "ui.details_empty": ("Chọn một nhiệm vụ để xem chi tiết.", "Select a task to see its details."),
    "ui.month_broken": (
        "Tháng này chưa mở được vì tệp có lỗi. Sửa tệp rồi dithub sẽ tự tải lại:",
        "This month cannot open because its file is broken. Fix the file and dithub reloads it:",
    ),
    "ui.meeting_on": ("Giao ban ngày", "Meeting on"),
    "ui.chair": ("Chủ trì", "Chair"),
    "ui.done_of": ("Xong {done}/{total}", "Done {done}/{total}"),
    "ui.showing": ("Đang xem", "Showing"),
    "ui.unsaved": ("chưa lưu", "not saved"),
    "ui.loading": ("đang tải…", "loading…"),
    "ui.search_placeholder": (
        "Tìm nhiệm vụ (gõ không dấu cũng được) — Enter: về danh sách, Esc: bỏ tìm",
        "Search tasks (diacritics optional) — Enter: back to the list, Esc: clear",
    ),
    "ui.not_tickable": (
        "Nhiệm vụ đã chuyển hoặc đã bỏ thì không đánh dấu xong được.",
        "A carried or dropped task cannot be ticked.",
    ),
    "ui.nothing_to_carry": ("Không còn nhiệm vụ nào cần chuyển sang {month}.", "Nothing is left to carry over to {month}."),
    "ui.confirm_carry_all": (
        "Chuyển {count} nhiệm vụ chưa xong sang {month} (tệp {file})?",
        "Carry {count} unfinished {count:task|tasks} over to {month} (file {file})?",
    ),
    "ui.confirm_keys": ("Enter hoặc y: đồng ý  ·  Esc hoặc n: thôi", "Enter or y: yes  ·  Escape or n: no"),
    "ui.confirm_delete": ("Xóa nhiệm vụ “{title}”? (Có thể hoàn tác bằng u.)", "Delete the task “{title}”? (u undoes it.)"),
    "ui.confirm_quit_unsaved": (
        "{reason}: thay đổi chưa lưu được. Thoát bây giờ sẽ mất các thay đổi đó. Vẫn thoát?",
        "{reason}: changes could not be saved. Quitting now loses them. Quit anyway?",
    ),
    "ui.carry_target_broken": (
        "Tệp {file} đang lỗi nên chưa chuyển được. Hãy sửa tệp đó trước.",
        "{file} is broken, so nothing can be carried into it. Fix that file first.",
    ),
    "ui.carried_one": ("Đã chuyển “{title}” sang {month}.", "Carried “{title}” over to {month}."),
    "ui.carried_many": ("Đã chuyển {count} nhiệm vụ sang {month}.", "Carried {count} {count:task|tasks} over to {month}."),
    "ui.already_there": (
        "{count} nhiệm vụ đã có sẵn ở {month}, để nguyên: {titles}",
        "{count} {count:task is|tasks are} already in {month} and {count:was|were} left alone: {titles}",
    ),
    "ui.how_to_quit": (
        "Nhấn q (hoặc Ctrl+Q) để thoát; mọi thay đổi đã được lưu.",
        "Press q (or Ctrl+Q) to quit; every change is already saved.",
    ),
    "ui.month_changed": (
        "Tháng này vừa thay đổi (tệp bị lỗi hoặc nhiệm vụ không còn) nên chưa làm được. Hãy xem lại rồi thử lại.",
        "This month changed meanwhile (its file broke or the task is gone), so nothing was done. Check it and try again.",
    ),
    "ui.not_carriable": (
        "Chỉ chuyển được nhiệm vụ đang làm; nhiệm vụ này {status}.",
        "Only open tasks can be carried; this one is {status}.",
    ),
    "ui.undo_month_closed": (
        "Không hoàn tác được: tệp {file} đang lỗi. Sửa tệp rồi thử lại.",
        "Cannot undo: {file} is broken. Fix the file and try again.",
    ),
    "ui.filter_now": ("Đang xem: {name}", "Showing: {name}"),
    "ui.undone": ("Đã hoàn tác: {label}", "Undone: {label}"),
    "ui.redone": ("Đã làm lại: {label}", "Redone: {label}"),
    "ui.undo_conflict": (
        "Không hoàn tác được vì người khác đã sửa chính nhiệm vụ đó: {titles}",
        "Cannot undo: someone else has changed the same task: {titles}",
    ),
    "ui.merged": (
        "{file} vừa được người khác sửa; đã gộp thay đổi của hai bên.",
        "Someone else changed {file}; both sets of changes were kept.",
    ),
    "ui.reloaded": ("{file} vừa được thay đổi bên ngoài; đã tải lại.", "{file} changed on disk; reloaded."),
    "ui.kept_copy": ("Bản còn lại được giữ trong tệp {file}.", "The other version is kept as {file}."),
    "ui.conflict_title": (
        "Tệp {file} vừa được người khác sửa trong lúc bạn cũng sửa.",
        "Someone else changed {file} while you were changing it too.",
    ),
    "ui.conflict_broken": ("Bản trên đĩa hiện đang lỗi hoặc đã bị xóa.", "The file on disk is now broken or deleted."),
    "ui.conflict_tasks": ("Hai bên cùng sửa các nhiệm vụ:", "Both changed these tasks:"),
    "ui.conflict_theirs": (
        "r — Tải bản trên đĩa (bản của bạn được lưu thành một tệp bên cạnh)",
        "r — Reload the file on disk (your version is saved as a copy beside it)",
    ),
    "ui.conflict_mine": (
        "k — Giữ bản của bạn (bản trên đĩa được lưu thành một tệp bên cạnh)",
        "k — Keep your version (the one on disk is saved as a copy beside it)",
    ),
    "ui.add_task": ("Thêm nhiệm vụ", "Add a task"),
    "ui.edit_task": ("Sửa nhiệm vụ", "Edit the task"),
    "ui.category_auto": ("(tự xếp theo tên nhiệm vụ)", "(from the task's title)"),
    "ui.due_hint": ("Hạn (ngày/tháng/năm, có thể để trống)", "Due (day/month/year, may be empty)"),
    "ui.save": ("Lưu", "Save"),
    "ui.cancel": ("Hủy", "Cancel"),
    "ui.error_title": ("Hãy nhập tên nhiệm vụ.", "Please enter the task's title."),
    "ui.error_due": (
        "Hạn không đúng. Viết dạng 30/06/2020 hoặc để trống.",
        "The due date is not valid. Write it as 30/06/2020 or leave it empty.",
    ),
    "ui.help_title": ("Các phím tắt", "Keys"),
    "ui.help_close": ("Esc, q hoặc ?: đóng", "Escape, q or ?: close"),
    "ui.palette_key": ("phím {key}", "key {key}"),
    "ui.palette_theme": ("Đổi giao diện màu", "Change the colour theme"),
    "ui.go_to_month": ("Đi tới {month}", "Go to {month}"),
    # --- command line ---
    "cli.description": (
        "dithub — sổ giao ban: theo dõi nhiệm vụ trọng tâm hằng tháng trên các tệp TOML.",
        "dithub — the briefing book: monthly key tasks kept in plain TOML files.",
    ),
    "cli.not_a_folder": ("Không tìm thấy thư mục sổ “{path}”.", "There is no book folder “{path}”."),
    "cli.no_months": (
        "Thư mục “{path}” chưa có tệp tháng nào (dạng 2020-06.toml).",
        "The folder “{path}” has no month files yet (named like 2020-06.toml).",
    ),
    "cli.bad_month_arg": ("“{value}” không phải một tháng; viết dạng 2020-06.", "“{value}” is not a month; write it as 2020-06."),
    "cli.month_not_in_book": ("Sổ không có tháng {month}.", "The book has no month {month}."),
    "cli.month_broken": ("{month} đang lỗi, chưa dùng được:", "{month} is broken and cannot be used:"),
    "cli.check_ok": (
        "Sổ ổn: {months} tháng, {tasks} nhiệm vụ, không có lỗi.",
        "The book is fine: {months} {months:month|months}, {tasks} {tasks:task|tasks}, no errors.",
    ),
    "cli.check_failed": (
        "Có {errors} lỗi cần sửa trong {files} tệp.",
        "{errors} {errors:error|errors} to fix in {files} {files:file|files}.",
    ),
    "cli.unknown_task": ("Tháng {month} không có nhiệm vụ mã “{id}”.", "Month {month} has no task with id “{id}”."),
    "cli.carried": ("Đã chuyển sang {month} ({file}):", "Carried to {month} ({file}):"),
    "cli.already_there": ("Đã có sẵn ở {month}, để nguyên:", "Already in {month}, left alone:"),
    "cli.not_open": ("Không chuyển vì không còn đang làm:", "Not carried, as they are not open:"),
    "cli.nothing_to_carry": ("Không có nhiệm vụ nào cần chuyển.", "There is nothing to carry over."),
    "cli.interrupted": ("Đã dừng.", "Stopped."),
    "report.total": ("Tổng cộng", "Total"),
    "report.done_total": ("xong {done}/{total}", "{done}/{total} done"),
    "report.carried_times": ("chuyển x{count}", "carried x{count}"),
}

MESSAGES.update(collect(MESSAGES))  # each feature's words, from dithub/messages/

_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# tomli's syntax messages, in words a secretary can act on
_TOML_REASONS: tuple[tuple[str, str, str], ...] = (
    ("unterminated string", "thiếu dấu ngoặc kép đóng", "a quote is not closed"),
    # tomli's words when a quoted text runs into the end of its line
    ("illegal character '\\n'", "thiếu dấu ngoặc kép đóng ở cuối dòng", "a quote is not closed before the end of the line"),
    ("expected '=' after a key", "thiếu dấu = sau tên khóa", "a key is not followed by ="),
    ("cannot overwrite a value", "một khóa được ghi hai lần", "a key is written twice"),
    ("cannot declare", "một bảng được khai báo hai lần", "a table is declared twice"),
    ("invalid value", "giá trị không hợp lệ (chữ phải nằm trong ngoặc kép)", "a value is not valid (text needs quotes)"),
    ("unclosed array", "thiếu dấu ] đóng danh sách", "a list is missing its closing ]"),
    ("unclosed inline table", "thiếu dấu }} đóng bảng", "a table is missing its closing }}"),
    ("invalid date", "ngày không hợp lệ (dạng đúng: 2020-06-30)", "a date is not valid (write it as 2020-06-30)"),
    ("expected newline", "có chữ thừa ở cuối dòng", "there is something extra at the end of a line"),
    ("invalid statement", "dòng này không phải dạng khóa = giá trị", "the line is not of the form key = value"),
    ("illegal character", "có ký tự không được phép", "there is a character that is not allowed"),
)


class _Count(int):
    """A number that also picks a word: "{files:file|files}" -> "file" for 1, "files" otherwise."""

    def __format__(self, spec: str) -> str:
        if "|" in spec:
            one, many = spec.split("|", 1)
            return one if self == 1 else many
        return super().__format__(spec)


def t(key: str, language: Language, /, **params: Any) -> str:
    vi, en = MESSAGES[key]
    counts = {name: _Count(value) for name, value in params.items() if type(value) is int}
    return (en if language == "en" else vi).format(**{**params, **counts})


def month_label(key: YearMonth, language: Language) -> str:
    """ "Tháng 6/2020" or "June 2020"."""
    return t("month.label", language, month=key.month, year=key.year, month_name=_MONTH_NAMES[key.month - 1])


def short_month_label(key: YearMonth, language: Language) -> str:
    return f"{key.month}/{key.year}" if language == "vi" else f"{_MONTH_NAMES[key.month - 1][:3]} {key.year}"


def _toml_reason(reason: str) -> tuple[str, str]:
    lowered = reason.lower()
    for needle, vi, en in _TOML_REASONS:
        if needle in lowered:
            return vi, en  # tomli's own English words stay out of the Vietnamese sentence
    return "có chỗ viết không đúng quy tắc", reason


def describe(problem: Problem, language: Language) -> str:
    """A problem as one sentence, without the file and place (see `where`)."""
    details = dict(problem.details)
    if problem.code == "toml_syntax":
        details["reason_vi"], details["reason_en"] = _toml_reason(str(details.get("reason", "")))
    if problem.code == "wrong_type":
        vi, en = MESSAGES[f"expected.{details['expected']}"]
        details["expected_vi"], details["expected_en"] = vi, en
    text = t(f"problem.{problem.code}", language, **details)
    if "number" in details and problem.code not in ("task_not_table", "missing_title", "empty_id", "category_without_id"):
        text = f"{t('where.task', language, number=details['number']).capitalize()}: {text}"
    return text


def where(problem: Problem, language: Language) -> str:
    """ "2020-06.toml, dòng 14, cột 9" — the parts the file gives."""
    parts = [problem.file]
    if problem.line:
        parts.append(t("where.line", language, line=problem.line))
    if problem.column:
        parts.append(t("where.column", language, column=problem.column))
    return ", ".join(parts)


def problem_line(problem: Problem, language: Language) -> str:
    severity = t("severity.warning" if problem.is_warning else "severity.error", language)
    return f"{where(problem, language)}: {severity}: {describe(problem, language)}"
