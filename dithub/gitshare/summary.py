"""A commit message in words: what changed in each month, from the committed and working versions."""

from __future__ import annotations

from ..i18n import Language, month_label, t
from ..model import Month, Status, YearMonth

_MONTH_NAMES_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def other_month(key: YearMonth, beside: YearMonth, language: Language) -> str:
    """ "tháng 7" (or "tháng 1/2021" across a year), "July" (or "January 2021")."""
    same_year = key.year == beside.year
    if language == "en":
        name = _MONTH_NAMES_EN[key.month - 1]
        return name if same_year else f"{name} {key.year}"
    return f"tháng {key.month}" if same_year else f"tháng {key.month}/{key.year}"


def month_changes(before: Month | None, after: Month | None, language: Language) -> list[str]:
    """The changes one month file holds, as short phrases ("3 việc xong")."""
    key = (after or before).key  # type: ignore[union-attr]
    if after is None:
        return [t("gitshare.summary.file_removed", language)]
    old = {task.id: task for task in before.tasks} if before else {}
    counts = dict.fromkeys(("done", "carried", "received", "added", "reopened", "dropped", "edited"), 0)
    for task in after.tasks:
        was = old.get(task.id)
        if was is None:
            counts["received" if task.carried_from == key.previous() else "added"] += 1
        elif task == was:
            continue
        elif task.status is not was.status and task.status in (Status.DONE, Status.CARRIED, Status.DROPPED):
            counts[{Status.DONE: "done", Status.CARRIED: "carried", Status.DROPPED: "dropped"}[task.status]] += 1
        elif task.status is Status.OPEN and was.status is not Status.OPEN:
            counts["reopened"] += 1
        else:
            counts["edited"] += 1
    removed = sum(1 for task_id in old if not after.has_task(task_id))
    parts = [] if before is not None else [t("gitshare.summary.new_file", language)]
    for name, count in counts.items():
        if count:
            parts.append(
                t(
                    f"gitshare.summary.{name}",
                    language,
                    count=count,
                    next=other_month(key.next(), key, language),
                    previous=other_month(key.previous(), key, language),
                )
            )
    if removed:
        parts.append(t("gitshare.summary.removed", language, count=removed))
    if (
        len(parts) == (0 if before is not None else 1)
        and before is not None
        and (before.title, before.date, before.chair)
        != (
            after.title,
            after.date,
            after.chair,
        )
    ):
        parts.append(t("gitshare.summary.header", language))
    if not parts:
        parts.append(t("gitshare.summary.layout", language))
    return parts


def commit_message(changes: list[tuple[YearMonth | None, list[str]]], language: Language) -> str:
    """ "Tháng 6/2020: 3 việc xong, 19 việc chuyển sang tháng 7" (months joined by "; ")."""
    pieces = []
    for key, parts in changes:
        label = month_label(key, language) if key is not None else t("gitshare.summary.settings", language)
        pieces.append(f"{label}: {', '.join(parts)}" if parts else label)
    return "; ".join(pieces)
