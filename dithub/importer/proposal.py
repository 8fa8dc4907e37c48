"""The proposal a person looks at before anything is written, and writing it into a month."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from ..carry import carry_over
from ..model import Month, Settings, Status, Task, YearMonth, add_task, infer_category
from ..text import fold
from . import continuity
from .details import due, owner, references
from .reading import read_source
from .section import paragraphs, task_part
from .splitting import clean, pieces, starts_with_verb


@dataclass
class ProposedTask:
    """One task as proposed; the dashboard and the command line may change any field before writing."""

    title: str
    category: str
    source: str  # the sentence it came from
    refs: list[str] = field(default_factory=list)
    owner: str | None = None
    due: date | None = None
    continues: str | None = None  # id of last month's unfinished task it carries on
    confidence: float | None = None  # how sure that match is, 0..1
    selected: bool = True
    already_there: bool = False  # the month holds it already (same id or same title): never written twice

    def as_json(self) -> dict[str, object]:
        return {
            "title": self.title,
            "category": self.category,
            "refs": list(self.refs),
            "owner": self.owner,
            "due": self.due.isoformat() if self.due else None,
            "continues": self.continues,
            "confidence": self.confidence,
            "source": self.source,
            "selected": self.selected,
        }


@dataclass
class Proposal:
    month: YearMonth
    tasks: list[ProposedTask]
    cued: bool  # a cue phrase announced the task part (else the whole text was read as a list)

    def as_json(self) -> dict[str, object]:
        return {"month": str(self.month), "tasks": [task.as_json() for task in self.tasks]}

    @property
    def selected(self) -> list[ProposedTask]:
        return [task for task in self.tasks if task.selected and not task.already_there]


def _same_title(a: str, b: str) -> bool:
    return " ".join(continuity.FOLDED_WORD.findall(fold(a))) == " ".join(continuity.FOLDED_WORD.findall(fold(b)))


def propose(text: str, month: YearMonth, settings: Settings, previous: Month | None, current: Month | None) -> Proposal:
    """Read the tasks `text` sets for `month`; `previous` is last month (for continuations),
    `current` what the month already holds (for duplicates)."""
    lines, cued = task_part(paragraphs(text), month)
    found = pieces(lines)
    tasks: list[ProposedTask] = []
    for piece in found:
        who, title = owner(piece.text)
        when, title = due(title, month)
        title = clean(title)
        if len(title.split()) < 2:  # "(Thanh tra Sở)" alone says who, not what
            continue
        refs = list(dict.fromkeys([*piece.lead_refs, *references(piece.text)]))
        tasks.append(
            ProposedTask(
                title=title,
                category=infer_category(title, settings.categories),
                source=piece.source,
                refs=refs,
                owner=who or piece.owner,
                due=when,
            )
        )
    unfinished = [t for t in previous.tasks if t.is_open] if previous is not None and previous.key == month.previous() else []
    for index, (task_id, confidence) in continuity.match([t.title for t in tasks], unfinished).items():
        before = previous.task(task_id)  # type: ignore[union-attr]
        proposed = tasks[index]
        proposed.continues, proposed.confidence = task_id, confidence
        proposed.refs = list(dict.fromkeys([*before.refs, *proposed.refs]))
        proposed.owner = proposed.owner or before.owner
        if before.category and before.category != infer_category(before.title, settings.categories):
            proposed.category = before.category  # someone chose it by hand last month: keep the choice
    for proposed in tasks:
        proposed.already_there = current is not None and any(
            (proposed.continues and t.id == proposed.continues) or _same_title(t.title, proposed.title) for t in current.tasks
        )
        # Without a cue the whole text was read: only what starts like a task (with a verb) is ticked.
        proposed.selected = cued or starts_with_verb(proposed.title)
    return Proposal(month, tasks, cued)


def propose_from_file(
    path: Path, month: YearMonth, settings: Settings, previous: Month | None, current: Month | None
) -> Proposal:
    """The same, from a .txt or .docx file; raises reading.SourceError."""
    return propose(read_source(path), month, settings, previous, current)


@dataclass(frozen=True)
class Applied:
    months: dict[YearMonth, Month]  # the months after the import: the target, and last month when tasks continue
    added: tuple[str, ...]  # ids of the tasks written (new or continued)
    continued: tuple[str, ...]
    skipped: tuple[str, ...]  # titles already in the month


def apply(proposal: Proposal, settings: Settings, previous: Month | None, current: Month | None) -> Applied:
    """Write the selected tasks into the month: a continuation exactly as carry-over writes it
    (same id, carried_from, times_carried + 1, last month's task marked carried), the rest as new
    tasks; a task the month holds already (same id or same folded title) is skipped."""
    target = current if current is not None else Month(proposal.month)
    source = previous if previous is not None and previous.key == proposal.month.previous() else None
    added: list[str] = []
    continued: list[str] = []
    skipped: list[str] = []
    for proposed in proposal.tasks:
        if not proposed.selected:
            continue
        title = " ".join(proposed.title.split())
        if not title:
            continue
        if any(_same_title(t.title, title) for t in target.tasks) or (proposed.continues and target.has_task(proposed.continues)):
            skipped.append(title)
            continue
        category = proposed.category if proposed.category != infer_category(title, settings.categories) else None
        fields = {
            "title": title,
            "refs": tuple(proposed.refs),
            "owner": proposed.owner or None,
            "due": proposed.due,
            "category": category,
        }
        carried_from = proposed.continues if source is not None and proposed.continues else None
        if carried_from and source.has_task(carried_from) and source.task(carried_from).status is Status.OPEN:  # type: ignore[union-attr]
            outcome = carry_over(source, target, [carried_from])  # type: ignore[arg-type]
            copy = outcome.target.task(carried_from)
            if category is None and copy.category and copy.category != infer_category(copy.title, settings.categories):
                fields["category"] = copy.category
            source, target = outcome.source, outcome.target.with_task(replace(copy, **fields))
            continued.append(carried_from)
            added.append(carried_from)
        else:
            target = add_task(target, Task(id="", **fields))  # type: ignore[arg-type]
            added.append(target.tasks[-1].id)
    months = {proposal.month: target}
    if source is not None and source is not previous:
        months[source.key] = source
    return Applied(months, tuple(added), tuple(continued), tuple(skipped))
