"""Paths over any shape of book: each appearance in one path, months rising, gaps only at the ends."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dithub.history import Appearance, Chains, Gap
from dithub.model import Month, Settings, Status, Task, YearMonth
from dithub.span import Span, months_between

FIRST, LAST = YearMonth(2019, 11), YearMonth(2020, 4)
MONTHS = months_between(FIRST, LAST)
IDS = ("kiem-tra-uniden", "ipv6-co-quan-nha-nuoc", "wifi-cong-cong")
TITLES = {
    "kiem-tra-uniden": "Kiểm tra Công ty TNHH UNIDEN VIỆT NAM",
    "ipv6-co-quan-nha-nuoc": "Triển khai chuyển đổi địa chỉ Internet thế hệ 6 (IPv6) trong các cơ quan nhà nước",
    "wifi-cong-cong": "Khảo sát địa điểm lắp đặt Wifi công cộng",
}


def span_of(months: dict[YearMonth, Month], broken: frozenset[YearMonth] = frozenset()) -> Span:
    missing = tuple(k for k in MONTHS if k not in months and k not in broken)
    return Span(FIRST, LAST, Settings(), months, missing, {k: () for k in broken})


@st.composite
def books(draw: st.DrawFn) -> tuple[dict[YearMonth, Month], frozenset[YearMonth]]:
    months: dict[YearMonth, Month] = {}
    broken = set()
    for key in MONTHS:
        state = draw(st.sampled_from(["read", "read", "read", "missing", "broken"]))
        if state == "broken":
            broken.add(key)
        if state != "read":
            continue
        tasks = []
        for task_id in draw(st.lists(st.sampled_from(IDS), unique=True)):
            source = draw(st.none() | st.sampled_from(MONTHS))
            status = draw(st.sampled_from(list(Status)))
            tasks.append(
                Task(task_id, TITLES[task_id], status=status, carried_from=source, times_carried=draw(st.integers(0, 4)))
            )
        months[key] = Month(key, tuple(tasks))
    return months, frozenset(broken)


@given(books())
def test_every_appearance_is_in_one_path_and_paths_run_forward(book: tuple[dict[YearMonth, Month], frozenset[YearMonth]]) -> None:
    months, broken = book
    chains = Chains(span_of(months, broken))
    seen = [(a.month, a.task.id) for path in chains.all() for a in path.appearances]
    assert sorted(seen) == sorted((k, t.id) for k, m in months.items() for t in m.tasks)
    for path in chains.all():
        keys = [step.month for step in path.steps]
        assert keys == sorted(set(keys))
        assert all(isinstance(step, Appearance) for step in path.steps[1:-1])
        assert len({a.task.id for a in path.appearances}) == 1
        for gap in (s for s in path.steps if isinstance(s, Gap)):
            if gap.reason == "broken":
                assert gap.month in broken
            if gap.reason == "missing":
                assert gap.month not in months and gap.month not in broken


@given(books())
def test_one_tasks_chains_give_the_path_the_whole_span_gives(book: tuple[dict[YearMonth, Month], frozenset[YearMonth]]) -> None:
    # Chains(span, only=id) is what a cursor move asks for: it must not differ from the full index.
    months, broken = book
    span = span_of(months, broken)
    whole = Chains(span)
    for key, month in months.items():
        for task in month.tasks:
            assert Chains(span, only=task.id).path(key, task.id) == whole.path(key, task.id)


def test_a_task_claimed_by_two_later_months_joins_the_first() -> None:
    """Carried into December, and copied by hand into January saying it came from November too."""
    nov, dec, jan = MONTHS[0], MONTHS[1], MONTHS[2]
    uniden = Task("kiem-tra-uniden", TITLES["kiem-tra-uniden"], owner="Thanh tra Sở", status=Status.CARRIED)
    months = {
        nov: Month(nov, (uniden,)),
        dec: Month(dec, (Task(uniden.id, uniden.title, carried_from=nov, times_carried=1),)),
        jan: Month(jan, (Task(uniden.id, uniden.title, carried_from=nov, times_carried=1),)),
    }
    chains = Chains(span_of(months))
    first = chains.path(nov, uniden.id)
    assert first is not None and [a.month for a in first.appearances] == [nov, dec]
    second = chains.path(jan, uniden.id)
    assert second is not None and second.steps[0] == Gap(nov, "elsewhere")


def test_a_worker_reading_the_book_is_told_at_most_so_often_and_can_stop(tmp_path) -> None:  # noqa: ANN001
    from conftest import JULY_2020, copy_sample_book, write_month

    from dithub.book import Book
    from dithub.span import load_span, load_span_telling

    book_dir = copy_sample_book(tmp_path)
    for month in range(7, 13):  # eight months in all
        write_month(book_dir, f"2020-{month:02d}.toml", JULY_2020.replace("2020-07", f"2020-{month:02d}"))
    now = [0.0]
    told: list[tuple[int, int]] = []

    def clock() -> float:
        now[0] += 0.02  # each month read takes 20 ms
        return now[0]

    span = load_span_telling(Book.open(book_dir), lambda d, t: told.append((d, t)), lambda: False, every=0.05, clock=clock)
    total = len(Book.open(book_dir).keys)
    assert span is not None and sorted(span.months) == sorted(load_span(Book.open(book_dir)).months)
    assert told[-1] == (total, total) and len(told) < total  # the end always, the rest thinned
    stop_after = iter([False, True])
    assert load_span_telling(Book.open(book_dir), lambda d, t: None, lambda: next(stop_after, True)) is None
