"""High-contrast themes for the meeting room's wall: a projector or a TV read from the back.

Every colour is the theme's own (no ANSI colours, which each terminal paints its own way), so the
wall looks the same in any terminal and in the browser. Dark for a dim room; light for projectors
that wash dark backgrounds out into grey.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.theme import Theme

if TYPE_CHECKING:
    from .app import DithubApp

WALL_DARK = Theme(
    name="wall-dark",
    primary="#FFD60A",  # a warm yellow: the brightest colour a projector keeps
    secondary="#66B2FF",
    accent="#FFD60A",
    warning="#FF9F1C",
    error="#FF5C5C",
    success="#5CFF8A",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1F1F1F",
    boost="#262626",
    dark=True,
    text_alpha=1.0,  # muted text is blended towards the background, not left to the terminal
    variables={
        "block-cursor-background": "#FFD60A",
        "block-cursor-foreground": "#000000",
        "footer-background": "#1F1F1F",
        "footer-key-foreground": "#FFD60A",
        "footer-description-foreground": "#FFFFFF",
        "text-muted": "#C8C8C8",
    },
)

WALL_LIGHT = Theme(
    name="wall-light",
    primary="#0033B3",  # deep blue on white survives a washed-out projector
    secondary="#5A00A3",
    accent="#0033B3",
    warning="#9A4A00",
    error="#B00020",
    success="#006B24",
    foreground="#000000",
    background="#FFFFFF",
    surface="#FFFFFF",
    panel="#E3E3E3",
    boost="#D6D6D6",
    dark=False,
    text_alpha=1.0,
    variables={
        "block-cursor-background": "#0033B3",
        "block-cursor-foreground": "#FFFFFF",
        "footer-background": "#E3E3E3",
        "footer-key-foreground": "#0033B3",
        "footer-description-foreground": "#000000",
        "text-muted": "#3A3A3A",
    },
)

WALL_THEMES = (WALL_DARK, WALL_LIGHT)
NAMES = tuple(theme.name for theme in WALL_THEMES)


def register(app: DithubApp, start: str | None) -> None:
    """Make the wall themes known to `app` and, when asked (--theme), start in one."""
    for theme in WALL_THEMES:
        app.register_theme(theme)
    if start is not None:
        app.theme = start


def next_theme(app: DithubApp) -> str:
    """Go round the usual theme, the dark wall and the light wall; the name now in use."""
    if app.theme not in NAMES:
        app.usual_theme = app.theme  # one chosen in the palette is the usual one from now on
    order = [app.usual_theme, *NAMES]
    app.theme = order[(order.index(app.theme) + 1) % len(order)]
    return app.theme
