"""What is wrong with a file, as data; i18n turns it into words for a non-programmer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Problem:
    file: str  # the file's name as the user sees it, e.g. "2020-06.toml"
    code: str  # a key of the i18n catalogue: "problem.<code>"
    line: int | None = None
    column: int | None = None
    details: dict[str, Any] = field(default_factory=dict)
    is_warning: bool = False  # warnings are told, but the file still opens and can be saved
