"""The presenter view's bottom line: the month and group, how many groups remain, and the clock
(time since the view opened, and the time now)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from rich.text import Text
from textual.widgets import Static

from ..i18n import Language, t


def elapsed_text(seconds: float) -> str:
    """1:05:09, 12:34: hours only once the meeting has run that long."""
    minutes, second = divmod(max(0, int(seconds)), 60)
    hours, minute = divmod(minutes, 60)
    return f"{hours}:{minute:02d}:{second:02d}" if hours else f"{minute:02d}:{second:02d}"


class MeetingClock(Static):
    COMPONENT_CLASSES = {"meeting-clock--where", "meeting-clock--time"}
    clock: Callable[[], datetime] = datetime.now  # tests put a clock of their own here

    def __init__(self, language: Language, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.language = language
        self.opened = type(self).clock()
        self.where = ""

    def on_mount(self) -> None:
        self.set_interval(1.0, self.refresh)

    def show(self, where: str) -> None:
        self.where = where
        self.refresh()

    def render(self) -> Text:
        now = type(self).clock()
        time = t("wall.clock", self.language, elapsed=elapsed_text((now - self.opened).total_seconds()), now=f"{now:%H:%M}")
        line = Text(no_wrap=True, overflow="ellipsis", justify="left")
        line.append(self.where, style=self.get_component_rich_style("meeting-clock--where"))
        room = self.size.width - len(self.where) - len(time)
        line.append(" " * max(2, room))
        line.append(time, style=self.get_component_rich_style("meeting-clock--time"))
        return line
