"""Issue 12, defect 8: a mistake in one category of dithub.toml is told as that category's, and
the other categories (and the rest of the settings) are kept."""

from __future__ import annotations

from pathlib import Path

from dithub.i18n import problem_line
from dithub.reading import read_settings


def test_a_category_with_bad_keywords_is_named_as_a_category_not_a_task(book_dir: Path) -> None:
    path = book_dir / "dithub.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('keywords = ["thanh tra"', 'keywords = [1, "thanh tra"', 1), encoding="utf-8"
    )
    settings, problems = read_settings(book_dir)
    lines = [problem_line(p, "vi") for p in problems]
    assert lines and all("Nhiệm vụ thứ" not in line for line in lines), lines
    assert any("“inspection”" in line for line in lines)
    assert settings.category("inspection") is not None and len(settings.categories) > 3


def test_a_syntax_error_inside_one_category_keeps_the_others(book_dir: Path) -> None:
    path = book_dir / "dithub.toml"
    text = path.read_text(encoding="utf-8")
    broken = text.replace('label = "Thanh tra, kiểm tra"', "label = Thanh tra, kiểm tra", 1)  # quotes forgotten
    path.write_text(broken, encoding="utf-8")
    good, _ = read_settings(_original(book_dir, text))
    settings, problems = read_settings(book_dir)
    assert [p.code for p in problems if not p.is_warning] == ["toml_syntax"]
    assert problems[0].line == broken.splitlines().index("label = Thanh tra, kiểm tra") + 1
    kept = [c.id for c in settings.categories]
    assert "inspection" not in kept  # the broken one
    assert kept == [c.id for c in good.categories if c.id != "inspection"]  # every other one, in order
    assert settings.unit == good.unit and settings.notice == good.notice


def _original(book_dir: Path, text: str) -> Path:
    folder = book_dir.parent / "nguyen-ban"
    folder.mkdir()
    (folder / "dithub.toml").write_text(text, encoding="utf-8")
    return folder
