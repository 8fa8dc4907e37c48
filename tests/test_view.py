"""The plain functions behind the table's rows: grouping, headings, what a filter keeps."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from dithub.model import Status, YearMonth, tick
from dithub.reading import read_month, read_settings
from dithub.view import grouped, heading, heading_after

SAMPLE = Path(__file__).resolve().parents[1] / "sample_data" / "hai-duong"


def june_and_settings():
    """Read in place, never written: no Book, so no cache lands in the sample."""
    book_settings, _ = read_settings(SAMPLE)
    month = read_month(SAMPLE / "2020-06.toml", YearMonth(2020, 6), book_settings).month
    assert month is not None
    return month, book_settings


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=200), min_size=1, max_size=12))
def test_a_heading_counted_from_each_tick_agrees_with_counting_the_group(picks: list[int]) -> None:
    month, book_settings = june_and_settings()
    headings = {c.id: heading(c, tasks) for c, tasks in zip(book_settings.categories, grouped(month, book_settings).values())}
    for pick in picks:
        before = month.tasks[pick % len(month.tasks)]
        if before.status not in (Status.OPEN, Status.DONE):
            continue
        month = tick(month, before.id, date(2020, 6, 20))
        after = month.task(before.id)
        category = book_settings.category_of(after)
        headings[category] = heading_after(headings[category], before, after)
    recounted = grouped(month, book_settings)
    for category in book_settings.categories:
        assert headings[category.id] == heading(category, recounted[category.id])


def test_the_done_count_is_the_month_s_own() -> None:
    month, _ = june_and_settings()
    assert month.done_count == sum(t.status is Status.DONE for t in month.tasks)
    first_open = next(t for t in month.tasks if t.status is Status.OPEN)
    assert tick(month, first_open.id, date(2020, 6, 20)).done_count == month.done_count + 1
