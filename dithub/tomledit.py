"""The full TOML editor, for the changes the line-level path (textpatch) leaves alone.

A pure text transform like textpatch: text, the month it reads as and the month wanted in; text
and tomlkit document out. Storage keeps the document for the next save; nothing here touches a
file. tomlkit keeps comments, key order and spacing, but parsing a large file with it is slow, so
it is imported only when a save needs it: deleted tasks, header fields, lists, the first save
that writes missing ids.
"""

from __future__ import annotations

from typing import Any

import tomlkit
from tomlkit.items import AoT, Comment, Table, Trivia, Whitespace
from tomlkit.toml_document import TOMLDocument

from .model import TASK_FIELDS, Month, Task
from .textpatch import is_absent as _absent
from .textpatch import plain_value


def _plain(value: Any) -> Any:
    value = plain_value(value)
    return list(value) if isinstance(value, tuple) else value


def _insert_key(table: Table, name: str, value: Any) -> None:
    """Add a key where a person would put it: after the known key that comes before it."""
    container = table.value
    earlier = TASK_FIELDS[: TASK_FIELDS.index(name)] if name in TASK_FIELDS else TASK_FIELDS
    anchor = next((k for k in reversed(earlier) if k in container), None)
    if anchor is None:
        anchor = next((k for k in reversed(list(container)) if k in container), None)
    if anchor is None:
        table[name] = value
    else:
        container._insert_after(anchor, name, value)  # tomlkit's own placement; see tests
        _sync(table, name)


def _update_table(table: Table, old: Task, new: Task) -> None:
    if "id" not in table:
        _insert_key(table, "id", new.id) if len(table.value) else table.add("id", new.id)
        if list(table.value)[0] != "id":
            _move_first(table, "id")
    for name in TASK_FIELDS:
        if name in ("extra",):
            continue
        before, after = getattr(old, name), getattr(new, name)
        if before == after and not (name == "id" and "id" not in table):
            continue
        if _absent(name, after):
            if name in table:
                del table[name]
        elif name in table:
            table[name] = _plain(after)
        else:
            _insert_key(table, name, _plain(after))
    for name in set(old.extra) | set(new.extra):
        if old.extra.get(name) != new.extra.get(name):
            if name in new.extra:
                table[name] = new.extra[name]
            elif name in table:
                del table[name]


def _move_first(table: Table, name: str) -> None:
    container = table.value
    value = container[name]
    del container[name]
    container._insert_at(0, name, value) if len(container._body) else container.append(name, value)
    _sync(table, name)


def _sync(table: Table, name: str) -> None:
    """A Table mirrors its container's keys in a dict of its own, which tomlkit's private insert
    methods do not update: without this, deleting the key later (reopen after a tick, within one
    session) raises KeyError."""
    dict.__setitem__(table, name, table.value.item(name))


def _new_table(task: Task) -> Table:
    table = tomlkit.table()
    for name in TASK_FIELDS:
        value = getattr(task, name)
        if name == "extra":
            for key, extra in value.items():
                table[key] = extra
        elif name == "status" or not _absent(name, value):
            table[name] = _plain(value)
    table.trivia.indent = "\n"  # a blank line before [[tasks]], as people write it
    return table


def _is_blank(item: Any) -> bool:
    return isinstance(item, Whitespace) and item.as_string().strip() == ""


def _remove_table(tasks: AoT, index: int) -> str:
    """Delete a task, keeping the comments at its end: in TOML they sit above the next task."""
    table = tasks[index]
    body = table.value._body
    trailing: list[tuple[Any, Any]] = []
    for key, item in reversed(body):
        if key is None and isinstance(item, (Comment, Whitespace)):
            trailing.insert(0, (key, item))
        else:
            break
    # Comments above a first task that an earlier delete put there (see below) stay too.
    above = table.trivia.indent if "#" in table.trivia.indent else ""
    del tasks[index]
    if not any(isinstance(item, Comment) for _, item in trailing):
        trailing = []
    if index > 0:
        previous = tasks[index - 1].value._body
        if trailing and _is_blank(trailing[0][1]) and previous and _is_blank(previous[-1][1]):
            # The blank line that set it apart from the task before goes with it: the comments
            # that follow (the next group's heading) keep the one blank line they had before it.
            previous.pop()
        if index == len(tasks) and not trailing:
            # It was the last task: the blank line that set it apart is no longer needed.
            while (
                len(previous) > 1
                and previous[-1][0] is None
                and isinstance(previous[-1][1], Whitespace)
                and previous[-1][1].as_string().strip() == ""
            ):
                previous.pop()
        previous.extend(trailing)
    elif len(tasks) and (above or trailing):  # no task before it: the comments go above the next header
        following = tasks[0].trivia
        following.indent = above + "".join(item.as_string() for _, item in trailing) + following.indent
    else:  # the last task went: the caller keeps its comments
        return above + "".join(item.as_string() for _, item in trailing)
    return ""


def apply_month(doc: TOMLDocument, old: Month, new: Month) -> None:
    """Change `doc`, which reads as `old`, so that it reads as `new`, touching nothing else."""
    for name in ("title", "date", "chair"):
        before, after = getattr(old, name), getattr(new, name)
        if before != after:
            if after is None:
                doc.pop(name, None)
            else:
                doc[name] = after
    if "month" not in doc and not old.tasks:
        doc["month"] = str(new.key)
    tasks = doc.get("tasks")
    wanted = {t.id: t for t in new.tasks}
    leftover = ""  # comments of the last task deleted
    if isinstance(tasks, AoT):
        for index in reversed(range(len(old.tasks))):
            if old.tasks[index].id not in wanted:
                leftover += _remove_table(tasks, index)
        remaining = [t for t in old.tasks if t.id in wanted]
        for table, before in zip(tasks, remaining):
            _update_table(table, before, wanted[before.id])
    known = {t.id for t in old.tasks}
    if any(t.id not in known for t in new.tasks):
        if not isinstance(tasks, AoT):
            tasks = tomlkit.aot()
            doc["tasks"] = tasks
        # A task comes back where it stood (undo of a delete); new ones go after their predecessor.
        for index, task in enumerate(new.tasks):
            if task.id not in known:
                table = _new_table(task)
                if index < len(tasks):  # the blank line before the next task is ours to keep
                    table.trivia.indent = ""
                    table.add(tomlkit.nl())
                    tasks.insert(index, table)
                else:
                    tasks.append(table)
    if isinstance(tasks, AoT) and leftover:
        if len(tasks):
            tasks[0].trivia.indent = leftover + tasks[0].trivia.indent
        else:  # every task went: an empty list would be written as `tasks = []` at the top
            del doc["tasks"]
            for line in leftover.splitlines():
                doc.add(Comment(Trivia(comment=line, trail="\n")) if line.strip() else tomlkit.nl())
    elif isinstance(tasks, AoT) and not len(tasks):
        del doc["tasks"]


def edit(text: str, old: Month | None, new: Month, header: str = "", doc: TOMLDocument | None = None) -> tuple[str, TOMLDocument]:
    """The text that reads as `new`, made from `text` (which reads as `old`) by the fewest edits.

    `old` None: a new file, opening with `header` as comments. `doc`, when given, is `text`
    already parsed (kept from the previous save); it is changed in place and returned.
    """
    if old is not None:
        doc = doc if doc is not None else tomlkit.parse(text)
    else:
        doc = tomlkit.document()
        if header:
            for line in header.splitlines():
                doc.add(tomlkit.comment(line))
        doc["month"] = str(new.key)
        old = Month(new.key)
    apply_month(doc, old, new)
    result = doc.as_string()
    if "\r\n" in text:
        result = result.replace("\r\n", "\n").replace("\n", "\r\n")
    return result, doc
