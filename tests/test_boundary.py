"""The domain, storage and command line must work without textual or rich loaded."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest
from conftest import ROOT

PACKAGE = ROOT / "dithub"
UI_FREE_MODULES = (
    *("model", "merging", "storage", "schema", "text", "problems", "book", "i18n", "view", "textpatch", "tomledit"),
    *("span", "history", "stats", "stats_report", "review", "review_report", "review_docx"),
    *("dates", "typos", "labels", "book_setup", "cli_parser", "commands/init"),
    *("monthfile", "save_queue", "agenda", "disk", "reading", "carry", "outside"),
)
FORBIDDEN = ("textual", "rich")

IMPORT_CHECK = (
    "import dithub.model, dithub.storage, dithub.schema, dithub.book, dithub.text, dithub.i18n, "
    "dithub.cli, dithub.report, dithub.span, dithub.history, dithub.stats, dithub.stats_report, dithub.review, "
    "dithub.review_report, dithub.review_docx, dithub.commands.stats, dithub.commands.review, dithub.commands.init, "
    "dithub.book_setup, dithub.labels, dithub.save_queue; import sys; "
    "bad=[m for m in sys.modules if m.split('.')[0] in ('textual','rich')]; "
    "print(bad); sys.exit(1 if bad else 0)"
)


def test_importing_the_core_loads_neither_textual_nor_rich() -> None:
    result = subprocess.run([sys.executable, "-c", IMPORT_CHECK], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "[]"


def _imported_roots(source: str) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


def test_import_scanner_sees_nested_imports() -> None:
    """The static check below must notice an import hidden inside a function."""
    source = "def show():\n    from rich.console import Console\n    import textual.app\n"
    assert _imported_roots(source) == {"rich", "textual"}


@pytest.mark.parametrize("module", UI_FREE_MODULES)
def test_core_module_has_no_ui_import_anywhere(module: str) -> None:
    path = PACKAGE / f"{module}.py"
    assert path.is_file(), path
    roots = _imported_roots(path.read_text(encoding="utf-8"))
    assert not roots & set(FORBIDDEN), f"{path.name} imports {sorted(roots & set(FORBIDDEN))}"
