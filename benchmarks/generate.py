"""Generate synthetic dithub briefing books (SPEC.md format) for benchmarks.

Titles are assembled from fragments of real Hải Dương briefing reports so that
widths, diacritics and lengths look like production data. Output is written
with plain string formatting (not tomlkit) so that 12,000 tasks take well
under a second, and it is fully deterministic for a given seed.

CLI:  python benchmarks/generate.py OUT_DIR --months N --tasks N [--seed S] [--last 2024-12]
      python benchmarks/generate.py OUT_DIR --rollup 20 --months 120 --tasks 40   (a folder of 20 books)
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import unicodedata
from pathlib import Path

UNIT = "Sở Thông tin và Truyền thông tỉnh Hải Dương"
CHAIR = "Nguyễn Cao Thắng, Giám đốc Sở"

# Short, ASCII-led and open: Textual writes a contiguous ASCII run in one piece,
# so the measurer can look for "BENCH-FIRST-PAINT" in the raw byte stream.
# Category "inspection" is first in the default display order, the id sorts
# early and the due date is the earliest of the month, so whatever order the
# dashboard uses, this row is on the first screen.
MARKER_TITLE = "BENCH-FIRST-PAINT Kiểm tra IPv6 tại Sở"
MARKER_ID = "bench-first-paint"

DISTRICTS = [
    "thành phố Chí Linh",
    "thị xã Kinh Môn",
    "huyện Nam Sách",
    "huyện Thanh Hà",
    "huyện Kim Thành",
    "huyện Gia Lộc",
    "huyện Tứ Kỳ",
    "huyện Ninh Giang",
    "huyện Thanh Miện",
    "huyện Bình Giang",
    "huyện Cẩm Giàng",
    "thành phố Hải Dương",
]

COMPANIES = [
    "Công ty Cổ phần Giao Hàng Tiết Kiệm - Chi nhánh Hải Dương",
    "Công ty Cổ phần Dịch vụ Giao Hàng Nhanh - Chi nhánh Hải Dương",
    "Chi nhánh Hải Dương Công ty Cổ phần Du lịch dịch vụ Nam Cường",
    "Công ty TNHH UNIDEN VIỆT NAM",
    "Doanh nghiệp sản xuất và dịch vụ Hương Nguyên",
    "Công ty Cổ phần Đầu tư và phát triển Hà Thành",
    "Công ty Cổ phần thương mại dịch vụ Thuận Hải",
    "Công ty Cổ phần Đức Việt 568",
    "Viettel Hải Dương",
    "VNPT Hải Dương",
    "Bưu điện tỉnh Hải Dương",
]

# Per category: (verbs, objects). Objects may contain {district} / {company}.
FRAGMENTS: dict[str, tuple[list[str], list[str]]] = {
    "inspection": (
        [
            "Thanh tra",
            "Kiểm tra",
            "Tham mưu ban hành Quyết định và tiến hành kiểm tra",
            "Thông báo kết luận kiểm tra đối với",
            "Xây dựng kế hoạch kiểm tra",
        ],
        [
            "quy định pháp luật về hoạt động in trên địa bàn {district}",
            "việc chấp hành quy định pháp luật về bưu chính của {company}",
            "các đài truyền thanh cơ sở được UBND tỉnh đầu tư nâng cấp năm 2019-2020",
            "quy định về bưu chính công ích, kiểm tra KT1 theo hướng dẫn của BTTTT",
            "việc cung cấp dịch vụ viễn thông, Internet của {company}",
            "hoạt động quảng cáo trên báo chí và mạng xã hội tại {district}",
        ],
    ),
    "press": (
        ["Triển khai", "Tiếp tục triển khai", "Phối hợp", "Hướng dẫn báo cáo", "Tham mưu"],
        [
            "Cổng thông tin đối ngoại tỉnh",
            "cập nhật thông tin trên Fanpage “Trang tin Hải Dương” và trang Zalo Chính quyền điện tử tỉnh",
            "điểm tin báo chí toàn quốc viết về Hải Dương hằng ngày gửi lãnh đạo tỉnh",
            "Quy hoạch phát triển và quản lý báo chí toàn quốc đến năm 2025 đối với các cơ quan báo chí thuộc tỉnh",
            "gặp mặt, trao giải báo chí nhân Ngày Báo chí Cách mạng Việt Nam cùng Hội Nhà báo tỉnh",
            "tuyên truyền phòng chống dịch Covid-19 tại {district}",
        ],
    ),
    "ipv6": (
        ["Triển khai", "Tiếp tục triển khai", "Phối hợp triển khai", "Xây dựng kế hoạch", "Kiểm tra"],
        [
            "chuyển đổi địa chỉ Internet thế hệ 6 (IPv6) trong các cơ quan nhà nước",
            "chuyển đổi IPv6 cho Cổng thông tin điện tử tỉnh",
            "IPv6 cho hệ thống mạng WAN của UBND {district}",
            "đánh giá mức độ sẵn sàng IPv6 của {company}",
        ],
    ),
    "broadcasting": (
        ["Xây dựng kế hoạch", "Triển khai", "Tiếp tục triển khai", "Kiểm tra", "Tham mưu ban hành"],
        [
            "truyền thanh cơ sở sử dụng công nghệ mới giai đoạn 2020-2025",
            "nâng cấp đài truyền thanh cơ sở tại {district}",
            "quản lý hoạt động phát thanh, truyền hình trên địa bàn tỉnh",
            "hệ thống truyền thanh thông minh ứng dụng CNTT - viễn thông tại {district}",
        ],
    ),
    "other": (
        ["Triển khai", "Tiếp tục triển khai", "Phối hợp triển khai", "Tham mưu UBND tỉnh về", "Hoàn thiện"],
        [
            "Kiến trúc Chính quyền điện tử tỉnh Hải Dương phiên bản 2.0",
            "giải pháp thanh toán không dùng tiền mặt trong thủ tục hành chính công",
            "khảo sát địa điểm lắp đặt Wifi công cộng tại {district}",
            "Kế hoạch tổ chức Hội thảo Hợp tác và Phát triển CNTT-TT Việt Nam lần thứ 24",
            "Chương trình “Xây dựng chính quyền điện tử và đô thị thông minh tỉnh Hải Dương giai đoạn 2020-2025 và định hướng 2030”",
            "Phòng họp báo, Phòng họp trực tuyến tại Trung tâm Văn hóa Xứ Đông",
        ],
    ),
}
CATEGORIES = list(FRAGMENTS)

SUFFIXES = [
    "",
    "",
    "",
    " trên địa bàn tỉnh",
    " năm {year}",
    " trên địa bàn {district}",
    " theo Kế hoạch số {n}/KH-UBND ngày {d}/{m}/{year} của UBND tỉnh",
    " theo Quyết định {n}/QĐ-TTg ngày {d}/{m}/{year} của Thủ tướng Chính phủ",
    "; báo cáo kết quả về Sở trước ngày {d}/{m}/{year}",
]

OWNERS = [
    "Phòng Bưu chính, Viễn thông",
    "Phòng Thông tin - Báo chí - Xuất bản",
    "Thanh tra Sở",
    "Phòng Công nghệ thông tin",
    "Văn phòng Sở",
    "Trung tâm Công nghệ thông tin và Truyền thông",
    "Phòng Kế hoạch - Tài chính",
]

NOTES = [
    "Đã làm việc với đơn vị, chờ báo cáo bổ sung.",
    'Lãnh đạo Sở chỉ đạo: "hoàn thành trước kỳ giao ban sau".',
    "Vướng kinh phí; đề nghị Sở Tài chính xem xét.",
    "Hồ sơ lưu tại \\\\may-chu\\giao-ban\\{year}; xem biên bản kèm theo.",
    "Phối hợp với UBND {district}.",
]


def _fill(text: str, rng: random.Random, year: int) -> str:
    return text.format(
        district=rng.choice(DISTRICTS),
        company=rng.choice(COMPANIES),
        year=year,
        n=rng.randint(10, 250),
        d=f"{rng.randint(1, 28):02d}",
        m=f"{rng.randint(1, 12):02d}",
    )


def make_title(rng: random.Random, category: str, year: int) -> str:
    """A realistic task title; most come out 80–160 characters long, as in real reports."""
    verbs, objects = FRAGMENTS[category]
    title = f"{rng.choice(verbs)} {_fill(rng.choice(objects), rng, year)}"
    suffix = rng.choice(SUFFIXES)
    if "địa bàn" in suffix and ("địa bàn" in title or " tại " in title):
        suffix = ""  # never name two places
    return unicodedata.normalize("NFC", title + _fill(suffix, rng, year))


def continued(title: str) -> str:
    """Carried tasks read "Tiếp tục …" as in the real reports."""
    if title.startswith("Tiếp tục"):
        return title
    return "Tiếp tục " + title[0].lower() + title[1:]


def cap(title: str, limit: int = 160) -> str:
    """Keep within the 80–160 character band the UI has to handle."""
    return title if len(title) <= limit else title[: limit - 1].rstrip(" ,;-") + "…"


def toml_str(text: str) -> str:
    """A TOML basic string: escape backslash, quote and control characters."""
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = ascii_text.encode("ascii", "ignore").decode().lower()
    words = "".join(c if c.isalnum() else " " for c in ascii_text).split()
    return "-".join(words[:6])


def month_names(months: int, last_month: str) -> list[str]:
    year, month = (int(part) for part in last_month.split("-"))
    index = year * 12 + (month - 1)
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(index - months + 1, index + 1)]


def _month_text(rng: random.Random, name: str, prev: str | None, tasks: int, latest: bool) -> str:
    year, month = (int(part) for part in name.split("-"))
    first_day = dt.date(year, month, 1)
    last_day = (first_day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    lines = [
        f"# Giao ban quản lý nhà nước — {UNIT}",
        f'month = "{name}"',
        f"title = {toml_str(f'Giao ban quản lý nhà nước tháng {month}/{year}')}",
        f"date = {first_day.replace(day=2).isoformat()}",
        f"chair = {toml_str(CHAIR)}",
        "",
    ]
    used_ids: set[str] = set()
    for i in range(tasks):
        if i and i % 17 == 0:
            lines.append(f"# --- {rng.choice(OWNERS)}: nhóm nhiệm vụ {i // 17} ---")
        category = rng.choice(CATEGORIES)
        title = make_title(rng, category, year)
        carried = prev is not None and rng.random() < 0.2
        if carried:
            title = continued(title)
        title = cap(title)
        if latest and i == 0:
            title, category, carried = MARKER_TITLE, "inspection", False
        task_id = MARKER_ID if latest and i == 0 else f"{slug(title)}-{i + 1}"
        assert task_id not in used_ids
        used_ids.add(task_id)

        # The first task gets the earliest due date (it is the marker in the latest month).
        due = dt.date(year, month, rng.randint(5, last_day.day)) if i else first_day
        roll = rng.random()
        if latest:
            status = "open" if i == 0 or roll < 0.65 else "done" if roll < 0.92 else "dropped"
        else:
            status = "done" if roll < 0.6 else "carried" if roll < 0.85 else "open" if roll < 0.95 else "dropped"

        lines.append("[[tasks]]")
        lines.append(f'id = "{task_id}"')
        lines.append(f"title = {toml_str(title)}")
        if i == 0 and latest or rng.random() >= 0.3:  # ~30% rely on inference
            lines.append(f'category = "{category}"')
        lines.append(f"owner = {toml_str(rng.choice(OWNERS))}")
        lines.append(f"due = {due.isoformat()}")
        lines.append(f'status = "{status}"')
        if status == "done":
            lines.append(f"done_on = {min(due, last_day - dt.timedelta(days=rng.randint(0, 3))).isoformat()}")
        if carried:
            lines.append(f'carried_from = "{prev}"')
            lines.append(f"times_carried = {rng.choice((1, 1, 1, 2, 3))}")
        if rng.random() < 0.25:
            refs = ", ".join(
                toml_str(_fill(r, rng, year))
                for r in rng.sample(
                    [
                        "Kế hoạch số {n}/KH-UBND ngày {d}/{m}/{year}",
                        "Công văn số {n}/STTTT-BCVT ngày {d}/{m}/{year}",
                        "Quyết định {n}/QĐ-TTg ngày {d}/{m}/{year} của Thủ tướng Chính phủ",
                    ],
                    rng.randint(1, 2),
                )
            )
            lines.append(f"refs = [{refs}]")
        if rng.random() < 0.15:
            lines.append(f"note = {toml_str(_fill(rng.choice(NOTES), rng, year))}")
        lines.append("")
    return "\n".join(lines)


# The suite's books: name -> (months, tasks per month). run.py writes them to TMP/book-NAME,
# where model_bench.py can find them too (see book_dir).
SUITE_BOOKS: dict[str, tuple[int, int]] = {
    "1x40": (1, 40),
    "60x200": (60, 200),
    "1x2000": (1, 2000),
    "1x10000": (1, 10000),
}


def book_dir(tmp: Path, name: str) -> Path:
    return tmp / f"book-{name}"


def make_book(
    folder: Path, months: int, tasks_per_month: int, seed: int | str = 0, last_month: str = "2024-12", unit: str = UNIT
) -> str:
    """Write a book into `folder`; return the marker title (first task of the latest month)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "dithub.toml").write_text(
        f'# Sổ giao ban dùng cho benchmark\nunit = {toml_str(unit)}\nlanguage = "vi"\n', encoding="utf-8"
    )
    names = month_names(months, last_month)
    for index, name in enumerate(names):
        # One RNG per month: a month's content does not depend on how many came before it.
        rng = random.Random(f"{seed}:{name}:{tasks_per_month}")
        prev = names[index - 1] if index else None
        text = _month_text(rng, name, prev, tasks_per_month, latest=index == len(names) - 1)
        (folder / f"{name}.toml").write_text(text, encoding="utf-8")
    return MARKER_TITLE


# The roll-up's units: the province's departments, then its districts and towns (20 in all).
ROLLUP_UNITS = [
    UNIT,
    "Sở Y tế tỉnh Hải Dương",
    "Sở Giáo dục và Đào tạo tỉnh Hải Dương",
    "Sở Văn hóa, Thể thao và Du lịch tỉnh Hải Dương",
    "Sở Kế hoạch và Đầu tư tỉnh Hải Dương",
    "Sở Tài chính tỉnh Hải Dương",
    "Sở Nội vụ tỉnh Hải Dương",
    "Sở Công Thương tỉnh Hải Dương",
    *(f"UBND {district}" for district in DISTRICTS),
]
ROLLUP_SUITE = (20, 120, 40)  # units x months x tasks: a province's ten years, 96,000 tasks


def rollup_dir(tmp: Path) -> Path:
    return tmp / "rollup-{}x{}x{}".format(*ROLLUP_SUITE)


def make_rollup(
    folder: Path, units: int, months: int, tasks_per_month: int, seed: int = 0, last_month: str = "2024-12"
) -> list[Path]:
    """A folder of `units` books (a roll-up), each with its own tasks; returns the books' folders."""
    names = [
        ROLLUP_UNITS[i % len(ROLLUP_UNITS)] + (f" ({i // len(ROLLUP_UNITS) + 1})" if i >= len(ROLLUP_UNITS) else "")
        for i in range(units)
    ]
    books = []
    for index, name in enumerate(names):
        book = folder / f"don-vi-{index + 1:02d}-{slug(name)[:32]}"
        make_book(book, months, tasks_per_month, seed=f"{seed}:{index}", last_month=last_month, unit=name)
        books.append(book)
    return books


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--months", type=int, default=1)
    parser.add_argument("--tasks", type=int, default=40)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--last", default="2024-12", help="latest month, YYYY-MM")
    parser.add_argument("--rollup", type=int, metavar="UNITS", help="write a roll-up: a folder of UNITS books")
    args = parser.parse_args()
    if args.rollup:
        for book in make_rollup(args.out_dir, args.rollup, args.months, args.tasks, args.seed, args.last):
            print(book)
        return
    print(make_book(args.out_dir, args.months, args.tasks, args.seed, args.last))


if __name__ == "__main__":
    main()
