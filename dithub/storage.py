"""Reading and writing the book's files: tomli to read, tomlkit to write, always atomically.

A save never rewrites a file from scratch: it applies the difference between the month as it was
read and the month as it is now to the file's own TOML document, so comments, key order and
spacing stay and `git diff` shows only what changed. When the file changed on disk since it was
read, the two sets of changes are merged field by field, or a conflict is raised.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import secrets
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import tomli
import tomlkit
from tomlkit.items import AoT, Comment, Table, Trivia, Whitespace
from tomlkit.toml_document import TOMLDocument

from .model import TASK_FIELDS, Month, MergeConflict, Settings, Status, Task, YearMonth, merge
from .problems import Problem
from .schema import month_from_data, settings_from_data
from .textpatch import patch

try:  # Locks keep two dithub processes on one machine from saving the same file at once.
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

SETTINGS_FILE = "dithub.toml"
STATE_FOLDER = ".dithub"
BACKUPS_KEPT = 10
TEMP_SUFFIX = ".dithub-tmp"
STALE_TEMP_SECONDS = 600
_MONTH_NAME = re.compile(r"(\d{4})-(\d{2})\.toml")
# Names a person probably meant as a month: 2020-6.toml, 06-2020.toml, 2020_06.toml, 2020-13.toml
_LOOKS_LIKE_MONTH = re.compile(r"\d{1,4}[-_. ]\d{1,4}\.toml", re.IGNORECASE)
_BOM = "\ufeff"


@dataclass(frozen=True)
class Fingerprint:
    """How we recognise that a file is still the one we read."""

    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, data: bytes, stat: os.stat_result | None) -> Fingerprint:
        return cls(len(data), stat.st_mtime_ns if stat else 0, hashlib.sha256(data).hexdigest())

    def same_content(self, other: Fingerprint | None) -> bool:
        return other is not None and self.sha256 == other.sha256


@dataclass
class MonthFile:
    """One month file as last read or written: its Month, or the problems that keep it closed."""

    key: YearMonth
    path: Path
    month: Month | None
    problems: list[Problem] = field(default_factory=list)
    text: str = ""
    fingerprint: Fingerprint | None = None
    # The tomlkit document matching `text`, kept after our own save so the next save skips a parse.
    doc: TOMLDocument | None = field(default=None, repr=False, compare=False)

    @property
    def is_broken(self) -> bool:
        return self.month is None

    @property
    def exists(self) -> bool:
        return self.fingerprint is not None


# --- Errors the dashboard and the command line act on ---


class StorageError(Exception):
    """A save that did not happen. The file on disk is as it was; nothing was half-written."""

    def __init__(self, path: Path, reason: str, detail: str = "") -> None:
        super().__init__(f"{path}: {reason} {detail}".strip())
        self.path = path
        self.reason = reason  # disk_full | read_only | permission | folder_missing | broken | other
        self.detail = detail


class FileChangedError(StorageError):
    """The file changed on disk since it was read, and we could not merge: the user must choose.

    `theirs` is the file as it is now on disk (maybe broken); `titles` the tasks both sides changed.
    """

    def __init__(self, path: Path, theirs: MonthFile, titles: list[str]) -> None:
        super().__init__(path, "changed", ", ".join(titles))
        self.theirs = theirs
        self.titles = titles


def _reason(error: OSError) -> str:
    return {
        errno.ENOSPC: "disk_full",
        errno.EDQUOT: "disk_full",
        errno.EROFS: "read_only",
        errno.EACCES: "permission",
        errno.EPERM: "permission",
        errno.ENOENT: "folder_missing",
    }.get(error.errno or 0, "other")


# --- Reading ---


def read_month(path: Path, key: YearMonth, settings: Settings | None = None) -> MonthFile:
    """Read and check one month file. Never raises: problems are returned as data."""
    name = path.name
    try:
        data = path.read_bytes()
        stat = path.stat()
    except FileNotFoundError:
        return MonthFile(key, path, None, [Problem(name, "missing")])
    except OSError as error:
        return MonthFile(key, path, None, [Problem(name, "unreadable", details={"reason": error.strerror or str(error)})])
    fingerprint = Fingerprint.of(data.removeprefix(b"\xef\xbb\xbf"), stat)
    text, problem = _decode(data, name)
    if problem:
        return MonthFile(key, path, None, [problem], "", fingerprint)
    try:
        parsed = tomli.loads(text)
    except tomli.TOMLDecodeError as error:
        return MonthFile(key, path, None, [_syntax_problem(error, name)], text, fingerprint)
    except RecursionError:  # absurdly deep nesting: tomli gives up, so do we, politely
        return MonthFile(key, path, None, [Problem(name, "too_deep")], text, fingerprint)
    month, problems = month_from_data(parsed, key, name, text)
    if month is not None and settings is not None:
        problems += _unknown_categories(month, settings, name, text)
    return MonthFile(key, path, month, problems, text, fingerprint)


def _decode(data: bytes, name: str) -> tuple[str, Problem | None]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        return "", Problem(name, "not_utf8", line, column)
    return text.removeprefix(_BOM), None


def _syntax_problem(error: tomli.TOMLDecodeError, name: str) -> Problem:
    message = getattr(error, "msg", str(error))
    return Problem(name, "toml_syntax", getattr(error, "lineno", None), getattr(error, "colno", None), {"reason": message})


def _unknown_categories(month: Month, settings: Settings, name: str, text: str) -> list[Problem]:
    from .schema import Locator

    locator = Locator(text)
    return [
        Problem(name, "unknown_category", locator.key_line("category", i), None, {"value": t.category, "number": i + 1}, True)
        for i, t in enumerate(month.tasks)
        if t.category and settings.category(t.category) is None
    ]


def read_settings(folder: Path) -> tuple[Settings, list[Problem]]:
    path = folder / SETTINGS_FILE
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Settings(), []
    except OSError as error:
        return Settings(), [Problem(SETTINGS_FILE, "unreadable", details={"reason": error.strerror or str(error)})]
    text, problem = _decode(data, SETTINGS_FILE)
    if problem:
        return Settings(), [problem]
    try:
        parsed = tomli.loads(text)
    except tomli.TOMLDecodeError as error:
        return Settings(), [_syntax_problem(error, SETTINGS_FILE)]
    return settings_from_data(parsed, SETTINGS_FILE, text)


def scan_folder(folder: Path) -> tuple[list[YearMonth], list[Problem]]:
    """The months a book folder holds, oldest first, and warnings for misnamed month files."""
    keys: list[YearMonth] = []
    warnings: list[Problem] = []
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        if not entry.name.lower().endswith(".toml") or entry.name == SETTINGS_FILE or entry.name.startswith("."):
            continue
        match = _MONTH_NAME.fullmatch(entry.name)
        key = YearMonth.parse(f"{match[1]}-{match[2]}") if match else None
        if key is not None:
            keys.append(key)
        elif _LOOKS_LIKE_MONTH.fullmatch(entry.name):
            warnings.append(Problem(entry.name, "misnamed", details={"example": _suggest_name(entry.name)}, is_warning=True))
    return keys, warnings


def _suggest_name(name: str) -> str:
    numbers = [int(n) for n in re.findall(r"\d+", name)]
    year = next((n for n in numbers if n > 12), None)
    month = next((n for n in numbers if n != year and 1 <= n <= 12), None)
    return f"{year:04d}-{month:02d}.toml" if year and month else "YYYY-MM.toml"


def month_path(folder: Path, key: YearMonth) -> Path:
    return folder / f"{key}.toml"


# --- Writing ---


def _plain(value: Any) -> Any:
    """A model value as TOML wants it."""
    if isinstance(value, Status):
        return value.value
    if isinstance(value, YearMonth):
        return str(value)
    if isinstance(value, tuple):
        return list(value)
    return value


def _absent(name: str, value: Any) -> bool:
    """Values that are written as no key at all."""
    return value is None or (name == "times_carried" and value == 0) or (name == "refs" and not value)


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
        if index == len(tasks) and not trailing:
            # It was the last task: the blank line that set it apart is no longer needed.
            while len(previous) > 1 and previous[-1][0] is None and isinstance(previous[-1][1], Whitespace) and previous[-1][1].as_string().strip() == "":
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


def render(base: MonthFile, new: Month, header: str = "") -> str:
    """The text `base`'s file should hold so that it reads as `new`."""
    if base.exists and base.month is not None:
        doc = base.doc if base.doc is not None else tomlkit.parse(base.text)
        old = base.month
    else:
        doc = tomlkit.document()
        if header:
            for line in header.splitlines():
                doc.add(tomlkit.comment(line))
        doc["month"] = str(new.key)
        old = Month(new.key)
    apply_month(doc, old, new)
    text = doc.as_string()
    if "\r\n" in base.text:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    base.doc = doc
    return text


class BookStore:
    """The book's folder: reads month files, and saves them safely."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._backed_up: set[Path] = set()

    @property
    def state_folder(self) -> Path:
        return self.folder / STATE_FOLDER

    def month_path(self, key: YearMonth) -> Path:
        return month_path(self.folder, key)

    def read(self, key: YearMonth, settings: Settings | None = None) -> MonthFile:
        path = self.month_path(key)
        if not path.exists():
            return MonthFile(key, path, Month(key))
        return read_month(path, key, settings)

    def sweep_temporary_files(self) -> list[Path]:
        """Remove what a crash mid-save left behind (never another live process's file)."""
        removed = []
        with contextlib.suppress(OSError):
            for path in self.folder.glob(f".*{TEMP_SUFFIX}"):
                parts = path.name.split(".")
                pid = int(parts[-3]) if len(parts) >= 4 and parts[-3].isdigit() else 0
                with contextlib.suppress(OSError):
                    if not _alive(pid) or time.time() - path.stat().st_mtime > STALE_TEMP_SECONDS:
                        path.unlink()
                        removed.append(path)
        return removed

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Serialise saves between dithub processes sharing this folder on one machine."""
        handle = None
        if fcntl is not None:
            with contextlib.suppress(OSError):
                self.state_folder.mkdir(exist_ok=True)
                handle = open(self.state_folder / "lock", "a+b")
                fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            if handle is not None:
                handle.close()

    def save(self, base: MonthFile, ours: Month, header: str = "", force: bool = False) -> MonthFile:
        """Write `ours` over the file `base` was read from; returns the file as now on disk.

        When someone changed the file since `base` was read, their changes and ours are merged
        field by field; FileChangedError when they clash or their file is broken.
        """
        if base.is_broken:
            raise StorageError(base.path, "broken")
        with self._locked():
            on_disk = _fingerprint(base.path)
            changed = on_disk is None if base.exists else on_disk is not None
            if base.exists and on_disk is not None:
                changed = not base.fingerprint.same_content(on_disk)
            # Parse what is on disk only when it is not what we read: the usual case costs a hash.
            now = base
            if changed:
                now = read_month(base.path, base.key) if on_disk is not None else MonthFile(base.key, base.path, Month(base.key))
            if changed and force:
                pass  # the user chose ours; theirs (or its deletion) was kept as a copy
            elif changed:
                if not now.exists:  # deleted under us: the user decides whether to write it back
                    raise FileChangedError(base.path, replace(now, problems=[Problem(base.path.name, "missing")], month=None), [])
                if now.is_broken:
                    raise FileChangedError(base.path, now, [])
                try:
                    ours = merge(base.month or Month(base.key), ours, now.month)
                except MergeConflict as conflict:
                    raise FileChangedError(base.path, now, conflict.titles) from None
                base = now
            try:
                quick = patch(base.text, base.month, ours) if base.exists and base.month is not None else None
                if quick is not None:
                    text, written = quick, MonthFile(base.key, base.path, ours, [], quick, Fingerprint.of(quick.encode("utf-8"), None))
                    base.doc = None  # the text moved on without it
                else:
                    text = render(base, ours, header)
                    written = self._checked(base.path, base.key, text, ours)
                self._backup(base)
                self._write(base.path, text, bom=_starts_with_bom(base))
            except BaseException:
                base.doc = None  # it may hold half-applied changes; parse afresh next time
                raise
            stat = base.path.stat()
            written.fingerprint = replace(written.fingerprint, mtime_ns=stat.st_mtime_ns)
            written.doc = base.doc
            return written

    def _checked(self, path: Path, key: YearMonth, text: str, expected: Month) -> MonthFile:
        """Read our own output back before writing it: never put a file on disk we cannot open."""
        data = text.encode("utf-8")
        parsed = tomli.loads(text)
        month, problems = month_from_data(parsed, key, path.name, text)
        if month != expected:
            raise StorageError(path, "other", "the file would not read back as saved")
        return MonthFile(key, path, month, problems, text, Fingerprint.of(data, None))

    def delete(self, base: MonthFile) -> None:
        """Remove a month file dithub created (undo of a carry), only if nobody changed it since."""
        if base.is_broken:  # a broken file is never written, nor removed
            raise StorageError(base.path, "broken")
        with self._locked():
            now = read_month(base.path, base.key)
            if not base.fingerprint or not base.fingerprint.same_content(now.fingerprint):
                raise FileChangedError(base.path, now, [])
            self._backup(base)
            try:
                base.path.unlink()
            except OSError as error:
                raise StorageError(base.path, _reason(error), error.strerror or "") from None

    def save_copy(self, path: Path, content: str | bytes, label: str) -> Path:
        """Keep a version beside the file (on a conflict), under a name that is not a month."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = path.with_name(f"{path.stem}.{label}-{stamp}.toml")
        self._write_bytes(copy, content.encode("utf-8") if isinstance(content, str) else content)
        return copy

    def _backup(self, base: MonthFile) -> None:
        """The first save of a file in a session keeps the version before it."""
        if not base.exists or base.path in self._backed_up or not base.path.exists():
            return
        folder = self.state_folder / "backup"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            shutil.copy2(base.path, folder / f"{base.path.name}.{stamp}")
            for old in sorted(folder.glob(f"{base.path.name}.*"))[:-BACKUPS_KEPT]:
                old.unlink()
        except OSError as error:
            raise StorageError(base.path, _reason(error), error.strerror or "") from None
        self._backed_up.add(base.path)

    def _write(self, path: Path, text: str, bom: bool) -> None:
        self._write_bytes(path, ((_BOM if bom else "") + text).encode("utf-8"))

    def _write_bytes(self, path: Path, data: bytes) -> None:
        """Atomic replace: a crash leaves the old file or the new one, never half of one."""
        temp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
        try:
            mode = path.stat().st_mode & 0o7777 if path.exists() else None
            with open(temp, "xb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            if mode is not None:
                os.chmod(temp, mode)
            os.replace(temp, path)
            _sync_folder(path.parent)
        except OSError as error:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise StorageError(path, _reason(error), error.strerror or str(error)) from None


def _fingerprint(path: Path) -> Fingerprint | None:
    try:
        data = path.read_bytes()
        stat = path.stat()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise StorageError(path, _reason(error), error.strerror or "") from None
    return Fingerprint.of(data.removeprefix(b"\xef\xbb\xbf"), stat)


def _starts_with_bom(base: MonthFile) -> bool:
    with contextlib.suppress(OSError):
        with open(base.path, "rb") as handle:
            return handle.read(3) == b"\xef\xbb\xbf"
    return False


def _sync_folder(folder: Path) -> None:
    """The rename itself must reach the disk, or a power cut may forget it."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
