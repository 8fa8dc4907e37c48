"""`dithub git-setup`: the book's month files merge through dithub on this laptop.

Two halves. The .gitattributes line travels with the book (it is committed). The driver itself
lives in the repository's local git config, which git never shares: each laptop runs the setup
once. Both are written only when missing, so running it again changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .git import ATTRIBUTE, DRIVER_NAME, attribute_applies, configured_driver, driver_command, driver_works, git, repository_root

STATE_FOLDER = ".dithub"
PROBE = "2020-01.toml"  # any month name: check-attr needs no such file


@dataclass
class SetupState:
    """What this laptop has; `done` lists what a setup just did (message keys)."""

    repository: Path | None
    attribute: bool = False
    driver: str | None = None
    driver_ok: bool = False
    done: list[str] = field(default_factory=list)
    commit_failed: str = ""

    @property
    def ready(self) -> bool:
        return self.repository is not None and self.attribute and self.driver is not None and self.driver_ok


def check(book: Path) -> SetupState:
    root = repository_root(book)
    if root is None:
        return SetupState(None)
    driver = configured_driver(book)
    return SetupState(root, attribute_applies(book, PROBE), driver, driver is not None and driver_works(driver))


def ignore_state_folder(book: Path) -> bool:
    """`.dithub/` (backups, lock, cache) is never committed: a .gitignore of `*` inside it."""
    ignore = book / STATE_FOLDER / ".gitignore"
    if ignore.exists():
        return False
    ignore.parent.mkdir(exist_ok=True)
    ignore.write_text("# dithub's own files (backups, lock, cache): never committed\n*\n", encoding="utf-8")
    return True


def setup(book: Path) -> SetupState:
    """Register the driver for the book's repository; idempotent. OSError when the folder is not writable."""
    state = check(book)
    if state.repository is None:
        return state
    if ignore_state_folder(book):
        state.done.append("gitshare.setup_ignored")
    attributes = book / ".gitattributes"
    if not state.attribute:
        text = attributes.read_text(encoding="utf-8") if attributes.exists() else ""
        if ATTRIBUTE not in text.splitlines():
            attributes.write_text(text + ("" if not text or text.endswith("\n") else "\n") + ATTRIBUTE + "\n", encoding="utf-8")
        state.done.append("gitshare.setup_attribute")
    if git(book, "status", "--porcelain", "--", ".gitattributes").out.strip():
        # Committed with the book, so every laptop's git sends month files to dithub.
        git(book, "add", "--", ".gitattributes")
        committed = git(book, "commit", "-q", "-m", "dithub: gộp tệp tháng bằng dithub (git-setup)", "--", ".gitattributes")
        if committed.ok:
            state.done.append("gitshare.setup_committed")
        else:
            state.commit_failed = (committed.err or committed.out).strip()
    command = driver_command()
    if state.driver != command:
        git(book, "config", "--local", "merge.dithub.name", DRIVER_NAME)
        git(book, "config", "--local", "merge.dithub.driver", command)
        state.done.append("gitshare.setup_driver")
    final = check(book)
    final.done, final.commit_failed = state.done, state.commit_failed
    return final
