"""The command palette in the interface's language, matching as search does ("thang" finds "Tháng").

Textual's palette (textual/command.py) matches with its fuzzy Matcher, which knows case but not
diacritics, and writes "Search for commands…" and "No matches found" in English. Here the
system-commands provider hands out a Matcher that folds both sides (dithub.text.fold, letter by
letter so the highlighted offsets stay those of the original text), and the palette takes its
placeholder and its "no matches" line from the catalogue.
"""

from __future__ import annotations

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette
from textual.content import Content
from textual.fuzzy import Matcher
from textual.system_commands import SystemCommandsProvider
from textual.widgets.option_list import Option

from ..i18n import Language, t
from ..text import fold


def folded(text: str) -> str:
    """fold() letter by letter: the same length as `text`, so a match's offsets point into it."""
    return "".join((fold(char) or char)[:1] for char in text)


class FoldingMatcher(Matcher):
    def match(self, candidate: str) -> float:
        return self.fuzzy_search.match(folded(self.query), folded(candidate))[0]

    def highlight(self, candidate: str) -> Content:
        content = Content.from_markup(candidate)
        score, offsets = self.fuzzy_search.match(folded(self.query), folded(candidate))
        if not score:
            return content
        for offset in offsets:
            if not candidate[offset].isspace():
                content = content.stylize(self.match_style, offset, offset + 1)
        return content


class FoldingCommands(SystemCommandsProvider):
    """The app's commands (DithubApp.get_system_commands), found without diacritics."""

    def matcher(self, user_input: str, case_sensitive: bool = False) -> Matcher:
        return FoldingMatcher(user_input, match_style=self.match_style, case_sensitive=case_sensitive)


class Palette(CommandPalette):
    def __init__(self, language: Language) -> None:
        super().__init__(placeholder=t("ui.palette_placeholder", language), id="--command-palette")
        self.language = language

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """As Textual's, with its words in the interface's language (they are a literal there)."""
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                words = Align.center(Text(t("ui.palette_no_matches", self.language), style="not bold"))
                self.query_one(CommandList).add_option(Option(words, disabled=True, id=self._NO_MATCHES))
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
