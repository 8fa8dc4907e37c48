"""Key descriptions are catalogue keys in BINDINGS; each node shows them in the book's language."""

from __future__ import annotations

from dataclasses import replace

from textual.binding import BindingsMap
from textual.dom import DOMNode

from ..i18n import Language, t


def translate_bindings(node: DOMNode, language: Language) -> None:
    """Replace "key.tick" and the like by the words, so footer and help say the same thing."""
    node._bindings = BindingsMap(  # noqa: SLF001 - Textual keeps a per-node copy for this purpose
        [
            replace(
                binding,
                description=t(binding.description, language) if binding.description.startswith("key.") else binding.description,
            )
            for _, binding in node._bindings
        ]
    )
