"""Writing the book's files, always atomically, through tomlkit (reading is in reading.py).

A save never rewrites a file from scratch: it applies the difference between the month as it was
read and the month as it is now to the file's own TOML document, so comments, key order and
spacing stay and `git diff` shows only what changed. When the file changed on disk since it was
read, the two sets of changes are merged field by field, or a conflict is raised.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import tomli

from .disk import _alive, _read_bytes, _reason, _refuse_read_only, _sync_folder
from .merging import MergeConflict, merge, same_month
from .model import Month, Settings, YearMonth
from .monthfile import FileChangedError, Fingerprint, MonthFile, StorageError
from .problems import Problem
from .reading import BOM, month_path, read_month
from .schema import month_from_data
from .textpatch import new_file, patch

try:  # Locks keep two dithub processes on one machine from saving the same file at once.
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

STATE_FOLDER = ".dithub"
BACKUPS_KEPT = 10
TEMP_SUFFIX = ".dithub-tmp"
STALE_TEMP_SECONDS = 600


# --- Writing ---


def render(base: MonthFile, new: Month, header: str = "") -> str:
    """The text `base`'s file should hold so that it reads as `new`, through tomlkit.

    The tomlkit document is kept on `base` (storage's cache) so the next save skips a parse.
    """
    from .tomledit import edit  # tomlkit is slow to import and rarely needed

    old = base.month if base.exists and base.month is not None else None
    text, base.doc = edit(base.text or "", old, new, header, base.doc)
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

    def _make_state_folder(self, saving: Path) -> None:
        """.dithub/ holds backups and the lock: its own .gitignore keeps `git add -A` off them.
        A failure is told as one of `saving`, the file the user is saving."""
        if self.state_folder.is_file():
            raise StorageError(saving, "state_not_folder")
        try:
            self.state_folder.mkdir(exist_ok=True)
            ignore = self.state_folder / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# dithub's backups and lock: not part of the book\n*\n", encoding="utf-8")
        except OSError as error:
            raise StorageError(saving, _reason(error), error.strerror or "") from None

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Serialise saves between dithub processes sharing this folder on one machine."""
        handle = None
        if fcntl is not None:
            with contextlib.suppress(OSError, StorageError):  # no lock is no reason not to save
                self._make_state_folder(self.state_folder)
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
        if any(problem.code == "inline_tasks" for problem in base.problems):
            raise StorageError(base.path, "inline_tasks")
        with self._locked():
            data, on_disk = _read_bytes(base.path)
            changed = on_disk is None if base.exists else on_disk is not None
            if base.exists and on_disk is not None:
                changed = not base.fingerprint.same_content(on_disk)
            # Parse what is on disk only when it is not what we read: the usual case costs a hash.
            now = base
            if changed:
                now = read_month(base.path, base.key) if on_disk is not None else MonthFile(base.key, base.path, Month(base.key))
            if changed and force:
                # The user chose ours over someone else's edit (kept as a copy): ours where the two
                # clash, theirs for everything else, over their file so their comments stay. A file
                # of theirs that does not read (or is gone) is written over the text we read.
                if now.exists and now.month is not None:
                    ours = merge(base.month or Month(base.key), ours, now.month, keep_ours=True)
                    base = now
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
            if base.text is None:  # kept compressed, or from the cache: the text a save edits
                base = replace(base, text=base.source())
            try:
                if base.exists and base.month is not None:
                    quick = patch(base.text, base.month, ours)
                else:
                    quick = new_file(ours, header)
                if quick is not None:
                    text, written = (
                        quick,
                        MonthFile(base.key, base.path, ours, [], quick, Fingerprint.of(quick.encode("utf-8"), None)),
                    )
                    base.doc = None  # the text moved on without it
                else:
                    text = render(base, ours, header)
                    written = self._checked(base.path, base.key, text, ours)
                _refuse_read_only(base.path)  # before its backup: nothing at all happens to it
                self._backup(base)
                self._write(base.path, text, bom=data.startswith(b"\xef\xbb\xbf"))
            except BaseException:
                base.doc = None  # it may hold half-applied changes; parse afresh next time
                raise
            stat = base.path.stat()
            written.fingerprint = written.fingerprint.stated(stat)
            written.doc = base.doc
            return written

    def _checked(self, path: Path, key: YearMonth, text: str, expected: Month) -> MonthFile:
        """Read our own output back before writing it: never put a file on disk we cannot open."""
        data = text.encode("utf-8")
        parsed = tomli.loads(text)
        month, problems = month_from_data(parsed, key, path.name, text)
        if not same_month(month, expected):
            raise StorageError(path, "other", "the file would not read back as saved")
        return MonthFile(key, path, month, problems, text, Fingerprint.of(data, None))

    def delete(self, base: MonthFile, force: bool = False) -> None:
        """Remove a month file dithub created (undo of a carry), only if nobody changed it since
        (or the user chose to, their version being kept as a copy: `force`)."""
        if base.is_broken:  # a broken file is never written, nor removed
            raise StorageError(base.path, "broken")
        with self._locked():
            now = read_month(base.path, base.key)
            if not force and (not base.fingerprint or not base.fingerprint.same_content(now.fingerprint)):
                raise FileChangedError(base.path, now, [])
            if not now.exists:
                return
            _refuse_read_only(base.path)
            self._backup(base)
            try:
                base.path.unlink()
            except OSError as error:
                raise StorageError(base.path, _reason(error), error.strerror or "") from None

    def text_for(self, base: MonthFile, month: Month, header: str = "") -> str:
        """The text `base`'s file would have holding `month`: our version, kept beside it on a
        conflict, with the file's comments."""
        if base.exists and base.month is not None:
            text = base.source()
            return patch(text, base.month, month) or render(replace(base, text=text, doc=None), month, header)
        return new_file(month, header) or render(MonthFile(month.key, base.path, Month(month.key)), month, header)

    def locked(self) -> contextlib.AbstractContextManager[None]:
        """The lock every save takes, for whatever else rewrites the book's files (a git sync's
        commit and merge): a save waits for it rather than writing under git's feet."""
        return self._locked()

    def replace_text(self, base: MonthFile, text: str, expected: Month) -> MonthFile:
        """Write `text` as the whole of `base`'s file (a git conflict resolved by the user).

        Only while the file is still as `base` read it (else FileChangedError), only when `text`
        reads back as `expected`, the version before kept in the backups, atomically.
        """
        with self._locked():
            data, on_disk = _read_bytes(base.path)
            if on_disk is None or not on_disk.same_content(base.fingerprint):
                now = read_month(base.path, base.key) if on_disk is not None else MonthFile(base.key, base.path, None)
                raise FileChangedError(base.path, now, [])
            try:
                written = self._checked(base.path, base.key, text, expected)
            except tomli.TOMLDecodeError:
                raise StorageError(base.path, "other", "the text is not a month file") from None
            self._backup(base)
            self._write(base.path, text, bom=data.startswith(b"\xef\xbb\xbf"))
            stat = base.path.stat()
            written.fingerprint = written.fingerprint.stated(stat)
            return written

    def save_copy(self, path: Path, content: str | bytes, label: str) -> Path:
        """Keep a version beside the file (on a conflict), under a name that is not a month."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = path.with_name(f"{path.stem}.{label}-{stamp}.toml")
        self._write_bytes(copy, content.encode("utf-8") if isinstance(content, str) else content)
        return copy

    def prepare(self, base: MonthFile) -> None:
        """What a save needs before it writes anything (its backup); StorageError if it cannot."""
        if base.exists and base.path.exists():
            _refuse_read_only(base.path)
        self._backup(base)

    def put_back(self, base: MonthFile) -> None:
        """Undo a save of `base` that another failed save made pointless: the file as it was read
        (removed, if there was none). Best effort: the backup keeps the old version too."""
        with contextlib.suppress(OSError, StorageError):
            if base.exists:
                self._write_bytes(base.path, base.source().encode("utf-8"))
            else:
                base.path.unlink(missing_ok=True)

    def _backup(self, base: MonthFile) -> None:
        """The first save of a file in a session keeps the version before it."""
        if not base.exists or base.path in self._backed_up or not base.path.exists():
            return
        folder = self.state_folder / "backup"
        self._make_state_folder(base.path)
        try:
            folder.mkdir(exist_ok=True)
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            shutil.copy2(base.path, folder / f"{base.path.name}.{stamp}")
            for old in sorted(folder.glob(f"{base.path.name}.*"))[:-BACKUPS_KEPT]:
                old.unlink()
        except OSError as error:
            raise StorageError(base.path, _reason(error), error.strerror or "") from None
        self._backed_up.add(base.path)

    def _write(self, path: Path, text: str, bom: bool) -> None:
        self._write_bytes(path, ((BOM if bom else "") + text).encode("utf-8"))

    def _write_bytes(self, path: Path, data: bytes) -> None:
        """Atomic replace: a crash leaves the old file or the new one, never half of one.

        A symlinked month is written through the link (beside its target), never cut off it; the
        file keeps its mode, owner and group; a read-only file is not written.
        """
        if path.is_symlink():
            path = Path(os.path.realpath(path))
        temp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
        try:
            stat = _refuse_read_only(path)
            with open(temp, "xb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            if stat is not None:
                os.chmod(temp, stat.st_mode & 0o7777)
                if (stat.st_uid, stat.st_gid) != (os.geteuid(), os.getegid()):
                    with contextlib.suppress(OSError):  # only root may give a file away: do what we may
                        os.chown(temp, stat.st_uid, stat.st_gid)
            os.replace(temp, path)
            _sync_folder(path.parent)
        except OSError as error:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise StorageError(path, _reason(error), error.strerror or str(error)) from None
