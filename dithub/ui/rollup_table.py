"""The roll-up's rows: one per unit, what needs attention first (dithub.rollup_figures)."""

from __future__ import annotations

from rich.text import Text

from ..i18n import Language, problem_line, t
from ..rollup_figures import Figures, State
from ..text import printable
from .line_list import Line, LineList
from .table_layout import progress_bar

_BAR = 10


_DONE = _BAR + 10  # "██░░░░░░░░ 8/40 20%"; wider when a total needs it (show_figures)


def columns(language: Language) -> list[tuple[str, int]]:
    names = ("unit", "done", "carried", "carried_often", "overdue", "meeting")
    widths = (0, _DONE, 11, 13, 8, 10)
    return [(t(f"rollup.column_{name}", language), width) for name, width in zip(names, widths)]


def unit_line(figures: Figures, language: Language) -> Line:
    """A unit counted: bar and figures; one that cannot be: why, across the figures."""
    name = Text(printable(figures.unit.name if figures.unit else t("rollup.total", language)))
    if figures.state is not State.OK:
        why = t(f"rollup.state_{figures.state.value}", language)
        if figures.problems:  # the first problem says which file and what to fix
            why += ": " + problem_line(figures.problems[0], language)
        style = "line-list--muted" if figures.state in (State.NO_MONTH, State.LOADING) else "line-list--problem"
        return Line(figures.unit, (name, Text(printable(why))), style)
    share = f"{round(100 * figures.share_done)}%" if figures.total else "—"
    cells = (
        name,
        Text(f"{progress_bar(figures.done, figures.total, _BAR)} {figures.done}/{figures.total} {share}"),
        Text(str(figures.carried).rjust(5)),
        Text(str(figures.carried_often).rjust(5)),
        Text(str(figures.overdue).rjust(5)),
        Text(f"{figures.meeting:%d/%m/%Y}" if figures.meeting else ""),
    )
    return Line(figures.unit, cells, "line-list--group" if figures.unit is None else "")


class RollupTable(LineList):
    """Keys are the units (None: the total row at the foot)."""

    def show_figures(self, figures: list[Figures], summed: Figures, language: Language) -> None:
        lines = [unit_line(f, language) for f in figures] + [unit_line(summed, language)]
        # A province's total ("211/800 26%") is wider than a unit's: the column fits it whole.
        done = max((line.cells[1].cell_len for line in lines if len(line.cells) > 2), default=0)
        self.columns[1] = (self.columns[1][0], max(_DONE, done))
        self.show(lines)
