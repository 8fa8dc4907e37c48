"""Each feature's words, in a module of its own here; `dithub.i18n` merges them all.

A module holds `MESSAGES: dict[str, tuple[str, str]]` (key: Vietnamese, English), keyed with
its feature's prefix ("notice.", "import.", ...). Keeping them apart lets features grow without
all editing one catalogue; core.py holds what every feature shares.
"""

from __future__ import annotations

import importlib
import pkgutil


def collect() -> dict[str, tuple[str, str]]:
    """Every module's words; a key defined twice is a bug."""
    merged: dict[str, tuple[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        clash = set(merged) & set(module.MESSAGES)
        if clash:
            raise RuntimeError(f"message keys defined twice: {sorted(clash)}")
        merged.update(module.MESSAGES)
    return merged
