"""The roll-up and the cache are core: usable without textual or rich (so is their command line)."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from tests.conftest import ROOT

MODULES = ("dithub/rollup.py", "dithub/rollup_figures.py", "dithub/cache.py", "dithub/commands/_rollup.py")


@pytest.mark.parametrize("path", MODULES)
def test_no_ui_library_is_imported_anywhere_in_the_module(path: str) -> None:
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    roots = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    roots |= {
        node.module.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module
    }
    assert not roots & {"textual", "rich"}


def test_importing_them_loads_neither_textual_nor_rich() -> None:
    check = (
        "import dithub.rollup, dithub.rollup_figures, dithub.cache, dithub.commands._rollup, sys; "
        "bad=[m for m in sys.modules if m.split('.')[0] in ('textual','rich')]; print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "[]", result.stdout + result.stderr
