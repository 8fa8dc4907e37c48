"""Issue 12, defect 10: right-to-left overrides and zero-width characters never reach a terminal."""

from __future__ import annotations

from pathlib import Path

from dithub.cli import main


def test_report_shows_a_direction_override_instead_of_obeying_it(book_dir: Path, capsys) -> None:
    path = book_dir / "2020-06.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("Kiểm tra Công ty TNHH UNIDEN VIỆT NAM", "Kiểm tra Công ty \u202eMAN TEIV NEDINU\u202c\u200b")
    path.write_text(text, encoding="utf-8")
    assert main(["report", str(book_dir), "--month", "2020-06"]) == 0
    out = capsys.readouterr().out
    assert "\u202e" not in out and "\u202c" not in out and "\u200b" not in out
    assert "Kiểm tra Công ty ⟨U+202E⟩MAN TEIV NEDINU⟨U+202C⟩⟨U+200B⟩" in out
