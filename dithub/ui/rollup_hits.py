"""Search hits across every unit, grouped under each unit's name (dithub.rollup_figures.RollupSearch)."""

from __future__ import annotations

from rich.text import Text

from ..i18n import Language, short_month_label, t
from ..rollup_figures import Hit, UnitHits
from ..text import printable
from .line_list import Line, LineList


def columns(language: Language) -> list[tuple[str, int]]:
    return [(t("field.title", language), 0), (t("rollup_view.column_month", language), 9), (t("field.owner", language), 24)]


def hit_lines(found: list[UnitHits], language: Language) -> list[Line]:
    """A heading per unit (its key: the unit), then its hits (key: (unit, hit)), newest month first."""
    lines: list[Line] = []
    for group in found:
        heading = t("rollup_view.unit_hits", language, name=printable(group.unit.name), count=len(group.hits))
        lines.append(Line(group.unit, (Text(heading),), "line-list--group"))
        lines.extend(_hit_line(group, hit, language) for hit in group.hits)
    return lines


def _hit_line(group: UnitHits, hit: Hit, language: Language) -> Line:
    cells = (
        Text("  " + printable(hit.task.title)),
        Text(short_month_label(hit.key, language)),
        Text(printable(hit.task.owner or "")),
    )
    return Line((group.unit, hit), cells)


class RollupHits(LineList):
    def show_hits(self, found: list[UnitHits], language: Language) -> None:
        self.show(hit_lines(found, language), keep=object())  # a new search starts at the top
        self.move_cursor(0)
