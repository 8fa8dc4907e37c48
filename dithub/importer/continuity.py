"""Which of last month's unfinished tasks a new one continues, and how sure that is."""

from __future__ import annotations

from ..model import Task
from ..text import fold
from .vocabulary import FOLDED_WORD, VERBS

THRESHOLD = 0.6


def core(title: str) -> list[str]:
    """The folded words after the leading verbs: "Triển khai khảo sát địa điểm ..." -> "dia diem ..."."""
    words = FOLDED_WORD.findall(fold(title))
    stripped = True
    while stripped and words:
        stripped = False
        for size in (3, 2, 1):
            if len(words) > size and " ".join(words[:size]) in VERBS:
                words, stripped = words[size:], True
                break
    return words


def _pairs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + 2]) for i in range(len(words) - 1)} or {tuple(words)}


def similarity(a: str, b: str) -> float:
    """0..1 from word pairs: how much of the shorter title the longer one holds, and their overlap."""
    x, y = _pairs(core(a)), _pairs(core(b))
    if not x or not y:
        return 0.0
    common = len(x & y)
    return 0.5 * common / min(len(x), len(y)) + 0.5 * 2 * common / (len(x) + len(y))


def match(titles: list[str], unfinished: list[Task]) -> dict[int, tuple[str, float]]:
    """{index in titles: (id of last month's task, confidence)}, each old task taken once, best first."""
    scored = sorted(
        ((similarity(title, task.title), index, task.id) for index, title in enumerate(titles) for task in unfinished),
        reverse=True,
    )
    taken: dict[int, tuple[str, float]] = {}
    used: set[str] = set()
    for score, index, task_id in scored:
        if score < THRESHOLD:
            break
        if index not in taken and task_id not in used:
            taken[index] = (task_id, round(score, 2))
            used.add(task_id)
    return taken
