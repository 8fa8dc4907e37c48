"""The notice key (issue 11): confirm the file, ask before writing over one, write it in a thread,
and say where it went or why not."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import month_label, t
from ..notice import NoticeError, write_notice
from . import dialogs

if TYPE_CHECKING:
    from ..model import YearMonth
    from .book_screen import BookScreen


async def write_the_notice(screen: BookScreen) -> None:
    key, lang, book = screen.current, screen.language, screen.book
    if key is None:
        screen.say(NoticeError("no_months").message(lang), severity="warning")
        return
    answer = await dialogs.notice_form(screen.app, key, book.language, lang)
    if answer is None:
        return
    fmt, name = answer
    path = Path(name).expanduser()
    path = (path if path.is_absolute() else book.folder / path).absolute()  # the full path, in the question and after
    if path.exists() and not await dialogs.confirm(screen.app, t("notice.ui.overwrite", lang, path=path), lang):
        screen.say(t("notice.ui.not_written", lang))
        return
    screen.say(t("notice.ui.writing", lang), timeout=2)
    worker = screen.run_worker(lambda: _write(screen, key, fmt, path), thread=True, group="notice")
    await worker.wait()
    outcome = worker.result
    if isinstance(outcome, NoticeError):
        screen.say(outcome.message(lang), severity="error", timeout=15)
    elif outcome is not None:
        screen.say(t("notice.cli.written", lang, month=month_label(key, lang), path=outcome), timeout=15)


def _write(screen: BookScreen, key: YearMonth, fmt: str, path: Path) -> Path | NoticeError:
    """In a thread: read the months it needs that are not read yet (taken in on the screen's thread),
    then build and write the file atomically."""
    book = screen.book
    for month_key in (key, key.previous()):
        if month_key in book.keys and month_key not in book.files:
            file = book.read(month_key)
            screen.app.call_from_thread(lambda file=file: file.key in book.files or book.adopt(file))
    try:
        return write_notice(book, key, fmt, path)
    except NoticeError as error:
        return error
    except Exception as error:  # noqa: BLE001 - never a traceback: say it as a failed write
        return NoticeError("write", {"path": path, "reason": repr(error)})
