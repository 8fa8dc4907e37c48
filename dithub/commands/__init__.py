"""Command-line commands that live in a module of their own (`dithub notice`, `dithub stats`, ...).

Each module here defines:

    NAME: str                                  the word after `dithub`
    HELP: tuple[str, str]                      one line of help, Vietnamese and English
    def add_arguments(parser, h) -> None       h((vi, en)) picks the interface's language
    def run(args, language) -> int             the exit code; never raises for bad input

Shared helpers (opening a month, saying a save failed) are in `_shared.py`. A module imports only the standard library at its top, so `dithub --help` stays quick; what
the command needs is imported inside `run`.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def plugged() -> list[ModuleType]:
    modules = [
        importlib.import_module(f"{__name__}.{info.name}")
        for info in pkgutil.iter_modules(__path__)
        if not info.name.startswith("_")
    ]
    return sorted(modules, key=lambda module: module.NAME)
