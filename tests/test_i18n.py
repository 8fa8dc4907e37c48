"""Every word exists in Vietnamese and English, with the same blanks to fill in."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from dithub.i18n import MESSAGES

PACKAGE = Path(__file__).resolve().parents[1] / "dithub"


def blanks(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_both_languages_say_it_with_the_same_blanks(key: str) -> None:
    vi, en = MESSAGES[key]
    assert vi.strip() and en.strip()
    assert vi != en or key in {"field.id", "key.tick"} or vi.isascii()
    assert (
        blanks(vi) - {"reason_vi", "expected_vi", "month_name"} == blanks(en) - {"reason_en", "expected_en", "month_name"}
        or key == "month.label"
    )


def test_every_key_the_code_asks_for_exists() -> None:
    """Literal keys passed to t(...) and Binding(...) descriptions are all in the catalogue."""
    asked: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if name == "t" and isinstance(node.args[0].value, str):
                    asked.add(node.args[0].value)
                if name == "Binding" and len(node.args) >= 3 and isinstance(node.args[2], ast.Constant):
                    asked.add(node.args[2].value)
    assert len(asked) > 60
    assert sorted(asked - set(MESSAGES)) == []
