"""Which month a text sets tasks for, among the few a person would import into.

The dashboard offers the month on screen and the one after it: a notice written right after the
June meeting sets June's tasks, yet the secretary may still be looking at May when it comes in.
The announcing sentence names its month ("nhiệm vụ trọng tâm tháng 6/2020"), so the month whose
best cue scores highest is the one the text sets; a tie (no month named) decides nothing.
"""

from __future__ import annotations

from ..model import YearMonth
from .section import _cue_split, cue_score, inline_cue, paragraphs


def best_cue(lines: list[str], month: YearMonth) -> int:
    """The highest score any line's lead gets as the announcement of `month`'s tasks."""
    best = 0
    for line in lines:
        for split in (_cue_split(line), inline_cue(line)):
            if split is not None:
                best = max(best, cue_score(split[0], month))
    return best


def month_set_by(text: str, candidates: list[YearMonth]) -> YearMonth | None:
    """The candidate the text announces tasks for, or None when it does not tell them apart."""
    lines = paragraphs(text)
    scores = sorted(((best_cue(lines, month), month) for month in candidates), reverse=True)
    if not scores or scores[0][0] < 2 or (len(scores) > 1 and scores[0][0] == scores[1][0]):
        return None
    return scores[0][1]
