"""The low end of saving: what an OSError means for the user, reading a file with its fingerprint,
refusing a read-only file, making a rename reach the disk, telling a live process from a dead one.

Plain functions storage builds on (kept apart so storage stays about month files).
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from .monthfile import Fingerprint, StorageError


def _reason(error: OSError) -> str:
    return {
        errno.ENOSPC: "disk_full",
        errno.EDQUOT: "disk_full",
        errno.EROFS: "read_only",
        errno.EACCES: "permission",
        errno.EPERM: "permission",
        errno.ENOENT: "folder_missing",
    }.get(error.errno or 0, "other")


def _refuse_read_only(path: Path) -> os.stat_result | None:
    """The file's stat (None: no file yet); StorageError when nobody may write it (mode 444),
    which root could otherwise do without a word."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    if not stat.st_mode & 0o222:
        raise StorageError(path, "read_only_file")
    return stat


def _read_bytes(path: Path) -> tuple[bytes, Fingerprint | None]:
    try:
        data = path.read_bytes()
        stat = path.stat()
    except FileNotFoundError:
        return b"", None
    except OSError as error:
        raise StorageError(path, _reason(error), error.strerror or "") from None
    return data, Fingerprint.of(data.removeprefix(b"\xef\xbb\xbf"), stat)


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
