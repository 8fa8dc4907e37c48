"""What a category is called on screen: the defaults speak the interface's language, a book's own
categories keep the words the book wrote."""

from __future__ import annotations

from .i18n import Language, t
from .model import DEFAULT_CATEGORIES, OTHER, Category

_BUILT_IN = {category.id: category for category in (*DEFAULT_CATEGORIES, OTHER)}


def category_label(category: Category, language: Language) -> str:
    # Compared whole (label and keywords too): a book that declares "inspection" itself, even with
    # the default's label, wrote its own words; the defaults and the `other` dithub adds did not.
    if _BUILT_IN.get(category.id) == category:
        return t(f"category.{category.id}", language)
    return category.label
