"""`dithub sync` and the dashboard's share key: commit the book, bring in the others', send ours.

Pulling merges (`git fetch` then `git merge`, which is what `git pull` does), never rebases:
a conflict then stops in one place, on the user's own branch, with both versions in the file and
their own commit kept whole; finishing it is one `git add` and `git commit`, which the next sync
does itself. A rebase would stop once per commit replayed, in the middle of history, with
"ours" and "theirs" swapped, which is no place to leave a department head. Every step is the git
command line; when one fails, what was done stays done (a commit is kept locally) and nothing
in the book's files is touched.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

import tomli

from ..i18n import Language, t
from ..model import Month, YearMonth
from ..reading import SETTINGS_FILE, read_month
from ..schema import month_from_data
from ..storage import BookStore
from . import markers
from .git import (
    NETWORK_SECONDS,
    GitMissing,
    Ran,
    attribute_applies,
    conflicted_files,
    driver_command,
    git,
    merging,
    repository_root,
)
from .setup import ignore_state_folder
from .summary import commit_message, month_changes

_MONTH_FILE = re.compile(r"(\d{4})-(\d{2})\.toml")


@dataclass
class SyncOutcome:
    """What a sync did. `state`: shared, committed, up_to_date, no_remote, offline, conflict,
    broken, not_repository, no_git, failed. `summary` is in words, the interface's language."""

    state: str
    ok: bool
    summary: str
    commit: str = ""  # the commit message made, if any
    conflicts: list[str] = field(default_factory=list)  # files left with conflict markers
    lines: list[str] = field(default_factory=list)
    pulled: bool = False  # the others' changes came in: the book's files changed on disk


class _Stop(Exception):
    def __init__(self, state: str, message: str, conflicts: list[str] | None = None) -> None:
        super().__init__(message)
        self.state, self.message, self.conflicts = state, message, conflicts or []


def _book_files(book: Path) -> list[str]:
    """The book's files git should carry: month files and dithub.toml, present or deleted, and .gitattributes."""
    names = {entry.name for entry in book.iterdir() if entry.is_file() and _MONTH_FILE.fullmatch(entry.name)}
    tracked = git(book, "ls-files", "-z", "--", ".").out.split("\0")
    names |= {name for name in tracked if _MONTH_FILE.fullmatch(name)}
    for extra in (SETTINGS_FILE, ".gitattributes"):
        if (book / extra).exists() or extra in tracked:
            names.add(extra)
    return sorted(names)


def _key(name: str) -> YearMonth | None:
    match = _MONTH_FILE.fullmatch(name)
    return YearMonth.parse(f"{match[1]}-{match[2]}") if match else None


def _committed_month(book: Path, name: str, key: YearMonth) -> Month | None:
    shown = git(book, "show", f"HEAD:./{name}")
    if not shown.ok:
        return None
    try:
        return month_from_data(tomli.loads(shown.out.removeprefix("\ufeff")), key, name, shown.out)[0]
    except (tomli.TOMLDecodeError, RecursionError):  # a committed file that did not read: counted as new
        return None


def _changed(book: Path, names: list[str]) -> list[str]:
    ran = git(book, "diff", "--cached", "--name-only", "--relative", "-z", "--", *names)
    return [name for name in ran.out.split("\0") if name]


def _describe(book: Path, changed: list[str], language: Language) -> str:
    changes: list[tuple[YearMonth | None, list[str]]] = []
    settings = False
    for name in changed:
        key = _key(name)
        if key is None:
            settings = settings or name == SETTINGS_FILE
            continue
        path = book / name
        after = read_month(path, key).month if path.exists() else None
        changes.append((key, month_changes(_committed_month(book, name, key), after, language)))
    if settings:
        changes.append((None, []))
    return commit_message(changes, language) or t("gitshare.summary.other", language)


def _refuse_unreadable(book: Path, names: list[str], language: Language) -> None:
    """A broken or conflicted month is never shared: it would break every other laptop's book."""
    for name in names:
        key = _key(name)
        if key is None or not (book / name).exists():
            continue
        file = read_month(book / name, key)
        if any(problem.code == "git_conflict" for problem in file.problems):
            raise _Stop("conflict", t("gitshare.sync.still_conflicted", language, file=name), [name])
        if file.is_broken:
            raise _Stop("broken", t("gitshare.sync.broken", language, file=name))


def _finish_merge(root: Path, book: Path, language: Language, said: list[str]) -> None:
    """A merge stopped on a conflict earlier: once the files are resolved, conclude it."""
    waiting = conflicted_files(root)
    for name in waiting:
        path = root / name
        if path.exists() and markers.conflict_in(path.read_text(encoding="utf-8", errors="replace")) is not None:
            raise _Stop("conflict", t("gitshare.sync.still_conflicted", language, file=name), [name])
    in_book = [str((root / name).resolve().relative_to(book.resolve())) for name in waiting if _inside(root / name, book)]
    if len(in_book) != len(waiting):
        raise _Stop("failed", t("gitshare.sync.outside_conflict", language, files=", ".join(waiting)))
    _refuse_unreadable(book, in_book, language)
    if in_book:
        git(book, "add", "-A", "--", *in_book)
    done = git(root, "commit", "--no-edit", "-q")
    if not done.ok:
        raise _Stop("failed", t("gitshare.sync.commit_failed", language, reason=_reason(done, language)))
    said.append(t("gitshare.sync.merge_finished", language))


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def _reason(ran: Ran, language: Language) -> str:
    text = (ran.err or ran.out).strip().splitlines()
    if any("tell me who you are" in line.lower() or "user.email" in line for line in text):
        return t("gitshare.no_identity", language)
    return text[-1] if text else f"git {ran.code}"


def _commit(book: Path, language: Language, said: list[str]) -> str:
    names = _book_files(book)
    if not names:
        return ""
    git(book, "add", "-A", "--", *names)
    changed = _changed(book, names)
    if not changed:
        return ""
    try:
        _refuse_unreadable(book, changed, language)
    except _Stop:
        git(book, "reset", "-q", "--", *changed)  # unstage again: the index is as it was
        raise
    message = _describe(book, changed, language)
    done = git(book, "commit", "-q", "-m", message, "--", *changed)
    if not done.ok:
        git(book, "reset", "-q", "--", *changed)
        raise _Stop("failed", t("gitshare.sync.commit_failed", language, reason=_reason(done, language)))
    said.append(t("gitshare.sync.committed", language, message=message))
    return message


def _upstream(book: Path) -> tuple[str, str] | None:
    """(remote, branch) to share with: the branch's upstream, else origin (or the only remote)."""
    remotes = git(book, "remote").out.split()
    if not remotes:
        return None
    upstream = git(book, "rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{u}")
    if upstream.ok and "/" in upstream.out.strip():
        remote, _, branch = upstream.out.strip().partition("/")
        if remote in remotes:
            return remote, branch
    branch = git(book, "symbolic-ref", "--short", "-q", "HEAD").out.strip()
    return ("origin" if "origin" in remotes else remotes[0]), branch


def _labels_driver(theirs: str) -> str:
    """The driver line for this merge, with the names of the two sides for the markers."""
    return f"{driver_command()} --ours-label HEAD --theirs-label {shlex.quote(theirs)}"


def _pull(book: Path, root: Path, remote: str, branch: str, language: Language, said: list[str]) -> bool:
    """Fetch (the slow, network part, with saves free to run), then merge under the save lock."""
    fetched = git(book, "fetch", "-q", remote, timeout=NETWORK_SECONDS)
    if not fetched.ok:
        raise _Stop("offline", t("gitshare.sync.offline", language, remote=remote))
    theirs = f"{remote}/{branch}"
    if not git(book, "rev-parse", "-q", "--verify", f"refs/remotes/{theirs}").ok:
        return False  # nobody has sent this branch yet: ours goes first
    before = git(book, "rev-parse", "-q", "--verify", "HEAD").out.strip()
    # The driver is given here too, so a laptop that never ran git-setup still merges field by field.
    with BookStore(book).locked():
        merged = git(book, "-c", f"merge.dithub.driver={_labels_driver(theirs)}", "merge", "--no-edit", "-q", theirs)
    if not merged.ok:
        waiting = conflicted_files(root)
        if waiting:
            raise _Stop("conflict", _conflict_words(root, waiting, language), waiting)
        raise _Stop("failed", t("gitshare.sync.merge_failed", language, reason=_reason(merged, language)))
    if git(book, "rev-parse", "HEAD").out.strip() == before:
        return False
    said.append(t("gitshare.sync.pulled", language, remote=remote))
    return True


def _conflict_words(root: Path, files: list[str], language: Language) -> str:
    lines = [t("gitshare.sync.conflict", language, count=len(files))]
    for name in files:
        path = root / name
        clashes = markers.conflict_in(path.read_text(encoding="utf-8", errors="replace")) if path.exists() else None
        titles = list(dict.fromkeys(c.title for c in clashes or [] if c.title))
        lines.append(t("gitshare.sync.conflict_file", language, file=name, tasks="; ".join(titles) or "—"))
    lines.append(t("gitshare.sync.conflict_next", language))
    return "\n".join(lines)


def _push(book: Path, remote: str, branch: str, language: Language, said: list[str]) -> None:
    if not branch:
        raise _Stop("failed", t("gitshare.sync.detached", language))
    known = git(book, "rev-parse", "-q", "--verify", f"refs/remotes/{remote}/{branch}").ok
    if known and git(book, "rev-list", "--count", f"{remote}/{branch}..HEAD").out.strip() == "0":
        return
    if not git(book, "rev-parse", "-q", "--verify", "HEAD").ok:
        return  # nothing committed yet: nothing to send
    upstream = [] if git(book, "rev-parse", "-q", "--verify", "@{u}").ok else ["-u"]
    pushed = git(book, "push", "-q", *upstream, remote, f"HEAD:refs/heads/{branch}", timeout=NETWORK_SECONDS)
    if not pushed.ok:
        rejected = "rejected" in pushed.err or "non-fast-forward" in pushed.err or "fetch first" in pushed.err
        raise _Stop("offline", t("gitshare.sync.push_rejected" if rejected else "gitshare.sync.offline", language, remote=remote))
    said.append(t("gitshare.sync.pushed", language, remote=remote))


def sync(book_folder: Path, language: Language) -> SyncOutcome:
    """Commit the book's changes, pull (merging month files through dithub), push. Never raises."""
    book = Path(book_folder)
    said: list[str] = []
    commit = ""
    pulled = False
    try:
        root = repository_root(book)
        if root is None:
            raise _Stop("not_repository", t("gitshare.sync.not_repository", language, path=book))
        ignore_state_folder(book)
        # A dashboard saving meanwhile (this process or another on this laptop) waits for the
        # lock, so git never reads or rewrites a month file halfway through a save, nor after.
        with BookStore(book).locked():
            if merging(root):
                _finish_merge(root, book, language, said)
            commit = _commit(book, language, said)
        where = _upstream(book)
        if where is None:
            said.append(t("gitshare.sync.no_remote", language))
            state = "committed" if commit else "no_remote"
            return SyncOutcome(state, True, "\n".join(said), commit, lines=said)
        remote, branch = where
        if not attribute_applies(book, "2020-01.toml"):
            said.append(t("gitshare.sync.not_set_up", language))  # git alone merges line by line
        pulled = _pull(book, root, remote, branch, language, said)
        _push(book, remote, branch, language, said)
    except GitMissing:
        return SyncOutcome("no_git", False, t("gitshare.no_git", language))
    except OSError as error:
        return SyncOutcome("failed", False, t("gitshare.sync.os_error", language, reason=error.strerror or str(error)))
    except _Stop as stop:
        said.append(stop.message)
        if stop.state in ("offline", "conflict") and commit:
            said.append(t("gitshare.sync.kept_locally", language))
        return SyncOutcome(stop.state, False, "\n".join(said), commit, stop.conflicts, said, pulled)
    if not said:
        said.append(t("gitshare.sync.up_to_date", language))
        return SyncOutcome("up_to_date", True, "\n".join(said), commit, lines=said)
    return SyncOutcome("shared", True, "\n".join(said), commit, lines=said, pulled=pulled)
