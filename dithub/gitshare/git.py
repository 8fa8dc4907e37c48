"""Running the git command line: the office's git is the engine, dithub only drives it."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ATTRIBUTE = "[0-9][0-9][0-9][0-9]-[0-9][0-9].toml merge=dithub"
DRIVER_NAME = "dithub: gộp tệp tháng theo từng trường / field-level merge of month files"
NETWORK_SECONDS = 120  # a fetch or push that hangs longer is treated as offline


class GitMissing(Exception):
    """git is not installed (or not on PATH)."""


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str

    @property
    def ok(self) -> bool:
        return self.code == 0


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["GIT_TERMINAL_PROMPT"] = "0"  # never wait for a password nobody is there to type
    env["GIT_MERGE_AUTOEDIT"] = "no"  # never open an editor for a merge message
    env.setdefault("GIT_EDITOR", "true")
    env["LC_ALL"] = "C"  # git's own words are not shown; its output is read by the program
    return env


def git(folder: Path, *args: str, timeout: float = 60) -> Ran:
    """Run `git args` in `folder`. A timeout reads as failure (code 124), not as an exception."""
    if shutil.which("git") is None:
        raise GitMissing()
    try:
        result = subprocess.run(
            ["git", *args], cwd=folder, capture_output=True, env=_environment(), timeout=timeout, stdin=subprocess.DEVNULL
        )
    except subprocess.TimeoutExpired:
        return Ran(124, "", "timed out")
    except OSError as error:
        return Ran(127, "", str(error))
    decode = lambda data: data.decode("utf-8", errors="replace")  # noqa: E731
    return Ran(result.returncode, decode(result.stdout), decode(result.stderr))


def repository_root(folder: Path) -> Path | None:
    ran = git(folder, "rev-parse", "--show-toplevel")
    return Path(ran.out.strip()) if ran.ok and ran.out.strip() else None


def driver_command() -> str:
    """The driver line for git's config, naming this very dithub so it works from a venv.

    git runs it through the shell, so each part is quoted.
    """
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name in ("dithub", "dithub.exe") and script.exists():
        program = shlex.quote(str(script.resolve()))
    else:
        program = f"{shlex.quote(sys.executable)} -m dithub"
    return f"{program} merge-file %O %A %B %P"


def configured_driver(folder: Path) -> str | None:
    ran = git(folder, "config", "--local", "--get", "merge.dithub.driver")
    return ran.out.strip() if ran.ok and ran.out.strip() else None


def driver_works(command: str) -> bool:
    """Whether the program a driver line names is still there (a deleted venv breaks it)."""
    try:
        parts = shlex.split(command)
    except ValueError:
        return False
    return bool(parts) and (Path(parts[0]).exists() or shutil.which(parts[0]) is not None)


def attribute_applies(folder: Path, name: str) -> bool:
    """Whether git sends `name` (a month file of the book) to the dithub driver."""
    ran = git(folder, "check-attr", "merge", "--", name)
    return ran.ok and ran.out.strip().endswith(": merge: dithub")


def conflicted_files(root: Path) -> list[str]:
    ran = git(root, "diff", "--name-only", "--diff-filter=U", "-z")
    return [name for name in ran.out.split("\0") if name] if ran.ok else []


def merging(root: Path) -> bool:
    """A merge is under way (stopped on a conflict): MERGE_HEAD exists."""
    return git(root, "rev-parse", "-q", "--verify", "MERGE_HEAD").ok
