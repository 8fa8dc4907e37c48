"""A month file git left conflicted: choose mine or theirs for each clashing task, then write it.

Reading and writing run in thread workers that report by message; no key waits for the disk.
The file is written only when every clash has a side, the result reads as the right month and
the file is still as read (gitshare.resolution checks all three); git takes it from there.
Dismissed with the Written outcome of a write, or None when closed without writing.
"""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static

from ..gitshare.resolution import ConflictedMonth, Written, open_conflicted, write_resolution
from ..i18n import Language, month_label, t
from ..model import YearMonth
from ..text import printable
from .bindings import translate_bindings
from .clash_card import ClashCard
from .key_bar import KeyBar


class ConflictRead(Message):
    def __init__(self, conflicted: ConflictedMonth | None) -> None:
        super().__init__()
        self.conflicted = conflicted


class ResolutionWritten(Message):
    def __init__(self, written: Written) -> None:
        super().__init__()
        self.written = written


class GitConflictScreen(Screen[Written | None]):
    CSS_PATH = "git_conflict_screen.tcss"
    BINDINGS = [
        Binding("left,1", "choose('ours')", "key.git_mine"),
        Binding("right,2", "choose('theirs')", "key.git_theirs"),
        Binding("left_square_bracket", "choose_all('ours')", "key.git_all_mine"),
        Binding("right_square_bracket", "choose_all('theirs')", "key.git_all_theirs"),
        Binding("down,j", "move(1)", "key.git_next", show=False),
        Binding("up,k", "move(-1)", "key.git_previous", show=False),
        Binding("w,ctrl+s", "write", "key.git_write"),
        Binding("escape", "close", "key.close"),
    ]

    def __init__(self, path: Path, key: YearMonth, language: Language) -> None:
        super().__init__()
        self.path = path
        self.key = key
        self.language = language
        self.conflicted: ConflictedMonth | None = None
        self.choices: list[str | None] = []
        self.cursor = 0
        self.writing = False
        translate_bindings(self, language)

    def compose(self) -> ComposeResult:
        lang = self.language
        yield Static(
            t("git_ui.title", lang, file=self.path.name, month=month_label(self.key, lang)), id="git-title", markup=False
        )
        yield Static(t("git_ui.loading", lang, file=self.path.name), id="git-explain", markup=False)
        yield VerticalScroll(id="clashes", can_focus=False)  # the screen moves between cards, not the scroll
        yield Static("", id="git-progress", markup=False)
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        self.read_conflict()

    # --- reading and writing (threads) ---

    @work(thread=True, group="git-conflict", exclusive=True)
    def read_conflict(self) -> None:
        self.post_message(ConflictRead(open_conflicted(self.path, self.key)))

    async def on_conflict_read(self, message: ConflictRead) -> None:
        conflicted = message.conflicted
        if conflicted is None:
            self.notify(t("git_ui.no_conflict", self.language, file=self.path.name), markup=False, timeout=8)
            self.dismiss(None)
            return
        self.conflicted = conflicted
        self.choices = [None] * len(conflicted.clashes)
        self.cursor = 0
        labels = (conflicted.ours_label, conflicted.theirs_label)
        explain = t("git_ui.explain", self.language, ours=printable(labels[0]), theirs=printable(labels[1]))
        self.query_one("#git-explain", Static).update(explain)
        box = self.query_one("#clashes", VerticalScroll)
        await box.remove_children()
        await box.mount_all(
            ClashCard(view, number, labels, self.language) for number, view in enumerate(conflicted.clashes, start=1)
        )
        self.show_choices()

    @work(thread=True, group="git-conflict", exclusive=True)
    def write_file(self, conflicted: ConflictedMonth, choices: list[str]) -> None:
        self.post_message(ResolutionWritten(write_resolution(conflicted, choices)))

    def on_resolution_written(self, message: ResolutionWritten) -> None:
        self.writing = False
        written, lang, name = message.written, self.language, self.path.name
        if written.state == "written":
            self.notify(t("git_ui.written", lang, file=name), markup=False, timeout=15)
            self.dismiss(written)
            return
        if written.state == "changed":
            self.notify(t("git_ui.changed", lang, file=name), markup=False, severity="warning", timeout=10)
            self.read_conflict()
        elif written.state == "not_month":
            self.notify(t("git_ui.not_month", lang), markup=False, severity="error", timeout=12)
        else:
            reason = t(f"save.{written.reason}", lang)
            self.notify(t("git_ui.failed", lang, file=name, reason=reason), markup=False, severity="error", timeout=12)
        self.show_choices()

    # --- keys ---

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("choose", "choose_all", "move"):
            return bool(self.choices) and not self.writing
        if action == "write":
            return bool(self.choices) and None not in self.choices and not self.writing
        return True

    def action_choose(self, side: str) -> None:
        if self.choices:
            self.choices[self.cursor] = side
            if self.cursor + 1 < len(self.choices):
                self.cursor += 1  # on to the next clash, as a person works down the list
            self.show_choices()

    def action_choose_all(self, side: str) -> None:
        self.choices = [side] * len(self.choices)
        self.show_choices()

    def action_move(self, step: int) -> None:
        if self.choices:
            self.cursor = max(0, min(len(self.choices) - 1, self.cursor + step))
            self.show_choices()

    def action_write(self) -> None:
        if self.conflicted is None or self.writing:
            return
        left = self.choices.count(None)
        if left:
            self.notify(t("git_ui.choose_all_first", self.language, left=left), markup=False, severity="warning")
            return
        self.writing = True
        self.show_choices()
        self.write_file(self.conflicted, [side for side in self.choices if side is not None])

    def action_close(self) -> None:
        self.dismiss(None)

    # --- what is shown ---

    def show_choices(self) -> None:
        cards = list(self.query(ClashCard))
        for number, card in enumerate(cards):
            if card.choice != self.choices[number]:
                card.choose(self.choices[number])
            card.set_class(number == self.cursor, "-current")
        if cards:
            cards[self.cursor].scroll_visible()
        write_key = self.app.get_key_display(Binding("w", ""))
        chosen = len(self.choices) - self.choices.count(None)
        progress = t("git_ui.progress", self.language, chosen=chosen, count=len(self.choices), key=write_key)
        self.query_one("#git-progress", Static).update(progress)
        self.refresh_bindings()
