"""The import key (issue 10): open the import dialog, then record what the person agreed to as ONE
change through the screen's change() (apply -> tell -> redraw -> save), so `u` undoes it on disk too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import month_label, t
from ..importer import Applied, Proposal, apply
from ..model import YearMonth
from . import dialogs

if TYPE_CHECKING:
    from ..book import Change
    from .book_screen import BookScreen


def candidates(screen: BookScreen) -> list[YearMonth]:
    """The month on screen and the next: a notice sets the tasks of the month its meeting opens."""
    here = screen.current or YearMonth(screen.today.year, screen.today.month)
    return [here, here.next()]


async def import_tasks(screen: BookScreen) -> None:
    lang = screen.language
    proposal = await dialogs.import_dialog(screen.app, screen.book, candidates(screen), lang)
    if proposal is None:
        screen.say(t("import.ui.cancelled", lang), timeout=3)
        return
    done = screen.change(
        lambda: _record(screen, proposal), closed="import.ui.month_broken", redraw=lambda _: screen.go_to(proposal.month)
    )
    if done is None:
        return
    applied, _ = done
    for title in applied.skipped[:3]:
        screen.say(t("import.skipped", lang, title=title), severity="warning")
    if applied.added:
        file = f"{proposal.month}.toml"
        screen.say(t("import.written", lang, count=len(applied.added), file=file, continued=len(applied.continued)))
    else:
        screen.say(t("import.nothing_new", lang, month=month_label(proposal.month, lang)))


def _record(screen: BookScreen, proposal: Proposal) -> tuple[Applied, Change | None]:
    """Apply the proposal to the months as they are now (an outside edit may have come in meanwhile)."""
    book, key = screen.book, proposal.month
    current = book.editable(key)  # MonthNotOpen when it broke meanwhile: change() says so
    previous_key = key.previous()
    previous = None if book.read_only(previous_key) else book.month(previous_key)
    applied = apply(proposal, book.settings, previous, current)
    if not applied.added:
        return applied, None
    return applied, book.import_tasks(key, applied.months)
