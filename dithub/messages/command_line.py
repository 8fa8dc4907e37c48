"""Words of the command line's parsing (usage, help, usage errors), `dithub init`, and the book's folder."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- usage and help (what argparse would say in English) ---
    "args.usage": ("Cách dùng: ", "Usage: "),
    "args.positionals": ("Tham số", "Arguments"),
    "args.options": ("Tùy chọn", "Options"),
    "args.commands_title": ("Các lệnh", "Commands"),
    "args.help": ("hiện trợ giúp này rồi thoát", "show this help and exit"),
    "args.more": ("Xem hướng dẫn: {prog} --help", "For help: {prog} --help"),
    "args.missing": ("{prog} còn thiếu {names}.", "{prog} needs {names}."),
    "args.unrecognized": ("{prog}: không hiểu “{words}”.", "{prog}: “{words}” is not understood."),
    "args.invalid_choice": (
        "{prog}: {name} không nhận “{value}”; chọn một trong: {choices}.",
        "{prog}: {name} does not take “{value}”; choose one of: {choices}.",
    ),
    "args.did_you_mean": ("Có phải ý bạn là “{suggestion}”?", "Did you mean “{suggestion}”?"),
    "args.unknown_command": ("Không có lệnh “{command}”.", "There is no command “{command}”."),
    "args.commands": ("Các lệnh: {commands}.", "The commands are: {commands}."),
    "args.expects_value": ("{prog}: sau {name} cần ghi một giá trị.", "{prog}: {name} needs a value after it."),
    "args.not_allowed_with": ("{prog}: {name} không dùng cùng {other}.", "{prog}: {name} cannot be used with {other}."),
    "args.ambiguous": (
        "{prog}: “{option}” có thể là {matches}; hãy viết đủ.",
        "{prog}: “{option}” could be {matches}; write it in full.",
    ),
    "args.no_value": ("{prog}: {name} không nhận giá trị đi kèm.", "{prog}: {name} takes no value."),
    "args.one_required": ("{prog}: cần một trong: {names}.", "{prog}: one of {names} must be given."),
    "args.wrong": ("{prog}: lệnh viết chưa đúng.", "{prog}: the command is not written right."),
    "args.bad_due": (
        "“{value}” không dùng được cho --due: hãy ghi một ngày (2020-07-31 hoặc 31/07/2020), keep hoặc clear.",
        "“{value}” does not fit --due: give a date (2020-07-31 or 31/07/2020), keep or clear.",
    ),
    # --- the book's folder ---
    "folder.is_a_file": (
        "“{path}” là một tệp, không phải thư mục sổ. Sổ chứa tệp này là thư mục “{folder}”.",
        "“{path}” is a file, not a book folder. The book holding it is the folder “{folder}”.",
    ),
    "folder.is_a_month_file": (
        "“{path}” là một tệp tháng, không phải thư mục sổ. Hãy ghi thư mục của nó, ví dụ: {command} {folder} --month {month}",
        "“{path}” is a month file, not a book folder. Give its folder instead, e.g. {command} {folder} --month {month}",
    ),
    "folder.no_such_month": (
        "Sổ không có tháng {month} (tệp {file}). Các tháng sổ đang có: {months}.",
        "The book has no month {month} (file {file}). The months it holds: {months}.",
    ),
    "folder.no_months_yet": ("chưa có tháng nào", "none yet"),
    "carry.nothing_left": (
        "Không còn nhiệm vụ nào cần chuyển: {count} nhiệm vụ đã được chuyển sang {month} từ trước.",
        "Nothing is left to carry: {count} {count:task was|tasks were} carried over to {month} earlier.",
    ),
    "carry.due_set": ("Hạn mới ở {month}: {due}.", "Their deadline in {month}: {due}."),
    "carry.due_cleared": ("Đã bỏ hạn của các nhiệm vụ chuyển sang {month}.", "The carried tasks have no deadline in {month}."),
    "check.warnings": ("Có {count} lưu ý nên xem ở trên.", "{count} {count:warning|warnings} above worth a look."),
    # --- dithub init ---
    "init.ask_unit": (
        "Tên đơn vị (ví dụ: Sở Thông tin và Truyền thông tỉnh Hải Dương): ",
        "The unit's name (e.g. Sở Thông tin và Truyền thông tỉnh Hải Dương): ",
    ),
    "init.ask_month": ("Tháng đầu tiên (dạng 2020-06; Enter: {month}): ", "The first month (as 2020-06; Enter: {month}): "),
    "init.bad_month_answer": (
        "“{value}” không phải một tháng; viết dạng 2020-06 hoặc 6/2020.",
        "“{value}” is not a month; write it as 2020-06 or 6/2020.",
    ),
    "init.no_unit": (
        'Chưa có tên đơn vị; có thể thêm sau bằng một dòng unit = "…" trong {file}.',
        'No unit name yet; add it later as a line unit = "…" in {file}.',
    ),
    "init.exists": (
        "“{folder}” đã là một sổ giao ban (có {files}); dithub init không ghi đè lên sổ có sẵn. Mở sổ: dithub {folder}",
        "“{folder}” is already a briefing book (it has {files}); dithub init does not write over a book. Open it: dithub {folder}",
    ),
    "init.cannot_create": ("Không tạo được thư mục “{folder}”: {reason}.", "The folder “{folder}” cannot be made: {reason}."),
    "init.done": ("Đã tạo sổ giao ban trong “{folder}”:", "Started a briefing book in “{folder}”:"),
    "init.file_settings": ("{file} — đơn vị: {unit}, ngôn ngữ: {language}", "{file} — unit: {unit}, language: {language}"),
    "init.file_month": ("{file} — {month}, chưa có nhiệm vụ", "{file} — {month}, no tasks yet"),
    "init.next": ("Mở sổ để ghi nhiệm vụ: dithub {folder}", "Open it to write down the tasks: dithub {folder}"),
    "init.unit_blank": ("(chưa có)", "(none yet)"),
    "setup.settings_header": (
        "Sổ giao ban — dithub đọc tệp này; sửa tên đơn vị và ngôn ngữ (vi hoặc en) tại đây.",
        "Briefing book — dithub reads this file; the unit's name and the language (vi or en) are set here.",
    ),
    "setup.month_header": (
        "Nhiệm vụ tháng {month} — dithub tạo để chuẩn bị cuộc họp giao ban.\nMỗi nhiệm vụ bắt đầu bằng một dòng [[tasks]].",
        "Tasks of {month} — created by dithub, ready for the meeting.\nEach task starts with a line [[tasks]].",
    ),
}
