"""`dithub merge-file O A B P`: the merge driver git runs for month files (see dithub git-setup)."""

from __future__ import annotations

import argparse
import sys

NAME = "merge-file"
HELP = (
    "gộp ba bản của một tệp tháng (git gọi lệnh này; cài bằng dithub git-setup)",
    "merge three versions of a month file (git runs this; set up with dithub git-setup)",
)


def add_arguments(parser: argparse.ArgumentParser, h) -> None:  # noqa: ANN001 - h picks a language
    parser.add_argument("base", help=h(("bản chung gốc (%%O)", "the common ancestor (%%O)")))
    parser.add_argument("ours", help=h(("bản của mình, nhận kết quả (%%A)", "our version, receives the result (%%A)")))
    parser.add_argument("theirs", help=h(("bản của máy khác (%%B)", "their version (%%B)")))
    parser.add_argument("path", help=h(("tên tệp trong kho (%%P)", "the file's path in the repository (%%P)")))
    parser.add_argument(
        "--ours-label", default="ours", help=h(("tên bản của mình trong dấu xung đột", "our side's name in conflict markers"))
    )
    parser.add_argument("--theirs-label", default="theirs", help=h(("tên bản của máy khác", "their side's name")))


def run(args: argparse.Namespace, language: str | None) -> int:
    from pathlib import Path

    from ..gitshare.driver import merge_files
    from ..i18n import t
    from ..reading import read_settings

    path = Path(args.path)
    if language is None:
        language = read_settings(path.parent if path.parent.is_dir() else Path("."))[0].language
    try:
        result = merge_files(Path(args.base), Path(args.ours), Path(args.theirs), args.path, (args.ours_label, args.theirs_label))
    except OSError as error:
        print(t("gitshare.merge_unreadable", language, reason=error.strerror or str(error)), file=sys.stderr)
        return 2
    if result.clean:
        return 0
    if result.titles:
        print(t("gitshare.merge_conflict", language, file=path.name, tasks="; ".join(result.titles)), file=sys.stderr)
    else:
        print(t("gitshare.merge_failed", language, file=path.name, reason=result.reason), file=sys.stderr)
    return 1
