"""The wall's themes: registered, chosen with a key, the palette or --theme, and their own colours only."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.color import ColorType

from dithub.cli import main
from dithub.commands.serve import dashboard_command
from dithub.ui import wall_themes
from dithub.ui.app import DithubApp

from .conftest import dashboard, settle


def colours_on_screen(app: DithubApp) -> set[tuple[str, ColorType | None, str]]:
    """(where, colour type, text) of every cell's background and every letter's colour, as the terminal gets them.

    A blank's foreground is never seen, so only letters and lines count for it.
    """
    kinds: set[tuple[str, ColorType | None, str]] = set()
    for strip in app.screen._compositor.render_strips():  # noqa: SLF001 - the frame as it is sent
        for segment in strip:
            style = segment.style
            kind = style.bgcolor.type if style and style.bgcolor else None
            kinds.add(("bg", kind, "" if kind is ColorType.TRUECOLOR else segment.text))
            if segment.text.strip():
                kind = style.color.type if style and style.color else None
                kinds.add(("fg", kind, "" if kind is ColorType.TRUECOLOR else segment.text))
    return kinds


async def test_the_key_goes_round_usual_dark_wall_light_wall(make_app) -> None:
    async with dashboard(make_app) as (app, pilot, _screen):
        usual = app.theme
        assert {"wall-dark", "wall-light"} <= set(app.available_themes)
        seen = []
        for _ in range(3):
            await pilot.press("T")
            seen.append(app.theme)
        assert seen == ["wall-dark", "wall-light", usual]
        await pilot.press("p", "T")  # the same key on the wall
        await settle(pilot)
        assert app.theme == "wall-dark"


@pytest.mark.parametrize("name", wall_themes.NAMES)
async def test_only_the_themes_own_colours_reach_the_terminal(make_app, name: str) -> None:
    """No ANSI colours and no "terminal default": the wall looks the same in every terminal."""
    async with dashboard(make_app) as (app, pilot, _screen):
        app.theme = name
        app.clear_notifications()
        await settle(pilot)
        working = colours_on_screen(app)
        await pilot.press("p")
        await settle(pilot)
        app.clear_notifications()
        await settle(pilot)
        presenter = colours_on_screen(app)
    for kinds in (working, presenter):
        assert kinds <= {("fg", ColorType.TRUECOLOR, ""), ("bg", ColorType.TRUECOLOR, "")}, kinds


def test_every_wall_colour_is_given_by_the_theme() -> None:
    for theme in wall_themes.WALL_THEMES:
        assert not theme.ansi
        for colour in (theme.primary, theme.foreground, theme.background, theme.surface, theme.panel, theme.accent):
            assert colour and colour.startswith("#")
    dark, light = wall_themes.WALL_DARK, wall_themes.WALL_LIGHT
    assert (dark.background, dark.foreground) == ("#000000", "#FFFFFF") and dark.dark
    assert (light.background, light.foreground) == ("#FFFFFF", "#000000") and not light.dark


async def test_the_palette_offers_each_wall_theme_by_name(make_app) -> None:
    async with dashboard(make_app) as (app, pilot, screen):
        commands = {command.title: command for command in app.get_system_commands(screen)}
        commands["Màu màn chiếu: màn chiếu, nền trắng"].callback()
        assert app.theme == "wall-light"


@pytest.mark.parametrize("name", ["wall-dark", "wall-light"])
def test_theme_option_opens_the_dashboard_in_it(book_dir: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    started: list[str] = []
    monkeypatch.setattr(DithubApp, "run", lambda self: started.append(self.theme))
    assert main([str(book_dir), "--theme", name]) == 0
    assert main(["open", str(book_dir), "--theme", name, "--lang", "en"]) == 0
    assert started == [name, name]


def test_a_wrong_theme_is_told_in_words(book_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main([str(book_dir), "--theme", "projector"])
    assert stop.value.code == 2
    error = capsys.readouterr().err
    assert "projector" in error and "wall-dark" in error and "Traceback" not in error


def test_serve_passes_the_theme_to_each_tab(tmp_path: Path) -> None:
    assert dashboard_command(tmp_path, None, None, "wall-light").endswith("--theme wall-light")
    assert "--theme" not in dashboard_command(tmp_path, None, None)


def test_help_names_the_wall_themes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["open", "--help"])
    assert "wall-dark" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["serve", "--help", "--lang", "en"])
    assert "for a projector or TV" in capsys.readouterr().out


async def test_help_lists_the_wall_keys_and_t_stays_the_notices(make_app) -> None:
    from dithub.ui import keys

    async with dashboard(make_app, language="en") as (app, pilot, screen):
        listed = dict((description, key) for key, description in keys.key_help(screen))
        assert listed["Presenter view"] == "p" and listed["Wall colours"] == "T"
        usual = app.theme
        await pilot.press("T", "T", "T")
        assert app.theme == usual
