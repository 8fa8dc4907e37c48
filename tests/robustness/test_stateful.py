"""A Hypothesis state machine over Book: any sequence of meeting actions keeps the book whole.

Rules: add (titles mixing NFC, NFD and đ/Đ/Ð variants of real Vietnamese words), tick, untick,
edit a title, carry one, carry all, undo, redo, an edit made outside dithub (a comment appended
and another field changed by writing the file directly, which the next save must merge) and a
crash (the Book is dropped with an unsaved change and the folder opened afresh). Like the
dashboard, every rule but the crash saves at once.

Invariants after every step: every file parses; what the Book holds equals what a fresh Book
reads; every original and outside comment is still in its file; ids are unique; every carried
task of a month is exactly once in the next month; every task of a month carried from the
previous month exists there.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import unicodedata
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

import tomli
from hypothesis import event
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from dithub.book import Book, UndoConflict
from dithub.model import Month, Status, Task, YearMonth
from dithub.text import nfc

from .conftest import SAMPLE_COMMENTS, copy_sample, hypothesis_settings, scaled

WORDS = [
    "Kiểm tra", "đài truyền thanh", "cơ sở", "Đảng bộ", "đường truyền", "Ủy ban nhân dân", "tỉnh Hải Dương",
    "chuyển đổi số", "bưu chính", "công ích", "Hội Nhà báo", "điện tử", "Trung tâm", "Xứ Đông", "ĐÀI",
]  # fmt: skip


@st.composite
def vietnamese_title(draw: st.DrawFn) -> str:
    words = []
    for word in draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6)):
        variant = draw(st.sampled_from(["nfc", "nfd", "upper", "eth"]))
        if variant == "nfd":
            word = unicodedata.normalize("NFD", word)
        elif variant == "upper":
            word = word.upper()
        elif variant == "eth":  # Ð (U+00D0, Icelandic eth) looks like Đ (U+0110): people paste both
            word = word.replace("Đ", "\u00d0").replace("đ", "\u00f0")
        words.append(word)
    return " ".join(words)


TITLES = vietnamese_title()
JULY = YearMonth(2020, 7)
OUTSIDE_OWNER = "Phòng Bưu chính, Viễn thông (sửa ngoài)"


class BookMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = tempfile.mkdtemp(prefix="dithub-stateful-")
        self.folder = copy_sample(Path(self.tmp))
        self.book = self.open()
        self.extra_comments: dict[str, list[str]] = {}
        self.counts: Counter[str] = Counter()

    def open(self) -> Book:
        book = Book.open(self.folder)
        book.today = lambda: date(2020, 6, 20)
        book.load_all()
        return book

    def teardown(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)

    # --- helpers ---

    def months(self) -> list[YearMonth]:
        return [k for k in self.book.keys if self.book.months.get(k) is not None]

    def tasks(self, which) -> list[tuple[YearMonth, str]]:
        return [(k, t.id) for k in self.months() for t in self.book.months[k].tasks if which(t)]  # type: ignore[union-attr]

    def count(self, what: str) -> None:
        self.counts[what] += 1
        event(what)  # shown by --hypothesis-show-statistics

    def save(self) -> None:
        self.book.save_all()
        assert self.book.dirty_keys() == []

    def on_disk(self, key: YearMonth) -> Month:
        month = self.open().months.get(key)
        assert month is not None
        return month

    # --- rules ---

    @rule(data=st.data(), title=TITLES)
    def add(self, data: st.DataObject, title: str) -> None:
        key = data.draw(st.sampled_from(self.months()), label="month")
        task, _ = self.book.add(key, Task(id="", title=title))
        self.save()
        assert self.on_disk(key).task(task.id).title == nfc(title)
        self.count("add")

    def _toggle(self, data: st.DataObject, status: Status) -> None:
        key, task_id = data.draw(st.sampled_from(self.tasks(lambda t: t.status is status)), label="task")
        self.book.tick(key, task_id)
        self.save()
        assert self.on_disk(key).task(task_id).status is (Status.DONE if status is Status.OPEN else Status.OPEN)

    @precondition(lambda self: self.tasks(lambda t: t.status is Status.OPEN))
    @rule(data=st.data())
    def tick(self, data: st.DataObject) -> None:
        self._toggle(data, Status.OPEN)
        self.count("tick")

    @precondition(lambda self: self.tasks(lambda t: t.status is Status.DONE))
    @rule(data=st.data())
    def untick(self, data: st.DataObject) -> None:
        self._toggle(data, Status.DONE)
        self.count("untick")

    @rule(data=st.data(), title=TITLES)
    def edit_title(self, data: st.DataObject, title: str) -> None:
        key, task_id = data.draw(st.sampled_from(self.tasks(lambda t: True)), label="task")
        self.book.edit(key, replace(self.book.months[key].task(task_id), title=title))  # type: ignore[union-attr]
        self.save()
        assert self.on_disk(key).task(task_id).title == nfc(title)
        self.count("edit")

    @precondition(lambda self: self.tasks(lambda t: t.is_open))
    @rule(data=st.data())
    def carry_one(self, data: st.DataObject) -> None:
        key, task_id = data.draw(st.sampled_from(self.tasks(lambda t: t.is_open)), label="task")
        outcome, _ = self.book.carry(key, [task_id])
        self.save()
        assert self.on_disk(key.next()).has_task(task_id)
        self.count("carry one" if outcome.carried else "carry one (already there)")

    @rule(data=st.data())
    def carry_all(self, data: st.DataObject) -> None:
        key = data.draw(st.sampled_from(self.months()), label="month")
        outcome, _ = self.book.carry(key)
        self.save()
        if outcome.carried:
            after = self.on_disk(key.next())
            assert all(after.has_task(i) for i in outcome.carried)
        self.count("carry all (carried some)" if outcome.carried else "carry all (nothing)")

    @rule()
    def undo(self) -> None:
        try:
            change = self.book.undo()
        except UndoConflict:
            self.count("undo conflict")
            return
        self.save()
        self.count("undo" if change else "undo (nothing)")

    @rule()
    def redo(self) -> None:
        try:
            change = self.book.redo()
        except UndoConflict:
            self.count("redo conflict")
            return
        self.save()
        self.count("redo" if change else "redo (nothing)")

    @rule(data=st.data())
    def outside_edit(self, data: st.DataObject) -> None:
        """Someone edits a month in a text editor; our next change to it must merge, not clobber."""
        key = data.draw(st.sampled_from(self.months()), label="month")
        path = self.book.store.month_path(key)
        text = path.read_text(encoding="utf-8")
        month = self.book.months[key]
        assert month is not None and month.tasks
        comment = f"# Sửa ngoài dithub lần {sum(map(len, self.extra_comments.values())) + 1}: đã rà soát."
        self.extra_comments.setdefault(path.name, []).append(comment)
        edited = data.draw(st.sampled_from([t.id for t in month.tasks]), label="edited task")
        start = text.index(f'id = "{edited}"')
        end = text.find("[[tasks]]", start)
        end = len(text) if end < 0 else end
        block = text[start:end]
        if re.search(r"(?m)^owner = .*$", block):
            block = re.sub(r"(?m)^owner = .*$", f'owner = "{OUTSIDE_OWNER}"', block, count=1)
        else:
            block = block.replace(f'id = "{edited}"\n', f'id = "{edited}"\nowner = "{OUTSIDE_OWNER}"\n', 1)
        text = text[:start] + block + text[end:]
        path.write_text(text.rstrip("\n") + "\n" + comment + "\n", encoding="utf-8")
        others = [t.id for t in month.tasks if t.id != edited and t.status in (Status.OPEN, Status.DONE)]
        if others:  # our next change to this month, made on what we read before the edit
            ours = data.draw(st.sampled_from(others), label="our tick")
            before = month.task(ours).status
            self.book.tick(key, ours)
            self.save()
            now = self.on_disk(key)
            assert now.task(ours).status is not before  # ours
            assert now.task(edited).owner == OUTSIDE_OWNER  # theirs
            self.count("outside edit, merged")
        else:  # nothing of ours to save: the dashboard's watcher reloads it
            self.book.adopt(self.book.read(key))
            self.count("outside edit, reloaded")
        assert comment in self.book.store.month_path(key).read_text(encoding="utf-8")

    @rule(data=st.data())
    def crash(self, data: st.DataObject) -> None:
        """The laptop dies: an unsaved change is lost, everything saved is there."""
        saved = {k: f.month for k, f in self.book.files.items() if f.exists}
        open_tasks = self.tasks(lambda t: t.status in (Status.OPEN, Status.DONE))
        if open_tasks:
            key, task_id = data.draw(st.sampled_from(open_tasks), label="unsaved tick")
            self.book.tick(key, task_id)
        self.book = self.open()
        for key, month in saved.items():
            assert self.book.months.get(key) == month
        self.count("crash")

    # --- invariants ---

    @invariant()
    def disk_and_memory_agree(self) -> None:
        assert self.book.dirty_keys() == []
        fresh = self.open()
        assert fresh.keys == self.book.keys
        assert fresh.problems == self.book.problems
        for key in set(fresh.keys) | set(self.book.months):
            assert self.book.months.get(key) == fresh.months.get(key), key
            file = fresh.files.get(key)
            assert file is None or not file.is_broken, file.problems if file else None

    @invariant()
    def files_parse_and_keep_their_comments(self) -> None:
        for path in sorted(self.folder.glob("20*.toml")):
            text = path.read_text(encoding="utf-8")
            data = tomli.loads(text)
            ids = [task.get("id") for task in data.get("tasks", [])]
            assert len(ids) == len(set(ids)), f"{path.name}: duplicate ids"
            lines = text.splitlines()
            for comment in SAMPLE_COMMENTS.get(path.name, []) + self.extra_comments.get(path.name, []):
                assert comment in lines, f"{path.name}: lost {comment!r}"

    @invariant()
    def carried_tasks_are_next_month_once(self) -> None:
        fresh = self.open()
        for key in fresh.keys:
            month, following, previous = fresh.months.get(key), fresh.months.get(key.next()), fresh.months.get(key.previous())
            assert month is not None
            if following is not None:
                for task in month.tasks:
                    if task.status is Status.CARRIED:
                        assert sum(t.id == task.id for t in following.tasks) == 1, (key, task.id)
            if previous is not None:
                for task in month.tasks:
                    if task.carried_from == key.previous():
                        assert previous.has_task(task.id), (key, task.id)


BookMachine.TestCase.settings = hypothesis_settings(25, 300, stateful_step_count=scaled(20, 50))
TestBookMachine = BookMachine.TestCase
