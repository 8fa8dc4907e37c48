"""argparse speaking the book's language: usage, help titles and every parsing error are ours.

argparse words its errors in English inside `error(message)`; the shapes of those messages are
stable, so each known shape is said again in the interface's language, and anything else gets a
plain "not written right" with the usage: never a word of argparse's English.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from .i18n import Language, t

USAGE_ERROR = 2

# Placeholders in usage lines, by the argument's dest.
METAVARS: dict[str, tuple[str, str]] = {
    "book": ("SỔ", "BOOK"),
    "month": ("YYYY-MM", "YYYY-MM"),
    "source": ("YYYY-MM", "YYYY-MM"),
    "tasks": ("MÃ", "ID"),
    "due": ("NGÀY|keep|clear", "DATE|keep|clear"),
    "unit": ("TÊN", "NAME"),
    "first": ("YYYY-MM", "YYYY-MM"),
    "last": ("YYYY-MM", "YYYY-MM"),
    "period": ("KỲ", "PERIOD"),
    "output": ("TỆP", "FILE"),
    "file": ("TỆP", "FILE"),
}


def pick(pair: tuple[str, str], language: Language) -> str:
    return pair[1] if language == "en" else pair[0]


def nearest(word: str, choices: Sequence[str]) -> str | None:
    """The choice `word` was probably meant to be (a typo away), if any."""
    close = difflib.get_close_matches(word.lower(), list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


class Formatter(argparse.RawDescriptionHelpFormatter):
    language: Language = "vi"

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, t("args.usage", self.language) if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose every word is in `language`, exiting with code 2 on a usage error."""

    def __init__(self, *args: Any, language: Language = "vi", **kwargs: Any) -> None:
        self.language = language
        formatter = type("Formatter", (Formatter,), {"language": language})
        super().__init__(*args, add_help=False, formatter_class=formatter, **kwargs)
        self._positionals.title = t("args.positionals", language)
        self._optionals.title = t("args.options", language)
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=t("args.help", language))

    def add_subparsers(self, **kwargs: Any) -> Any:
        language = self.language

        def sub_parser(**sub_kwargs: Any) -> Parser:
            return Parser(language=language, **sub_kwargs)

        kwargs.setdefault("parser_class", sub_parser)
        return super().add_subparsers(**kwargs)

    def localize_metavars(self) -> None:
        """Placeholders of known arguments in the interface's language (commands of every module)."""
        for action in self._actions:
            if action.metavar is None and action.dest in METAVARS and not action.choices:
                action.metavar = pick(METAVARS[action.dest], self.language)

    def parse_args(self, args: Any = None, namespace: Any = None) -> argparse.Namespace:  # type: ignore[override]
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:  # told by the command's own parser, with that command's usage
            command = getattr(parsed, "command", None)
            subcommands = next((a.choices for a in self._actions if isinstance(a, argparse._SubParsersAction)), {})
            teller = subcommands.get(command, self) if isinstance(subcommands, dict) else self
            teller.fail(t("args.unrecognized", self.language, prog=teller.prog, words=" ".join(extras)))
        return parsed

    def error(self, message: str) -> NoReturn:
        self.fail(self._said_again(message))

    def fail(self, text: str) -> NoReturn:
        """Tell a usage error: what is wrong, how the command is written, where the help is."""
        lines = [text, self.format_usage().strip(), t("args.more", self.language, prog=self.prog)]
        self.exit(USAGE_ERROR, "\n".join(lines) + "\n")

    def _said_again(self, message: str) -> str:
        lang, prog = self.language, self.prog
        for pattern, say in _SHAPES:
            match = re.fullmatch(pattern, message.strip(), re.DOTALL)
            if match:
                return say(self, lang, prog, *match.groups())
        return t("args.wrong", lang, prog=prog)

    def _describe(self, name: str) -> str:
        """An argument's name with what it is for: `--from (tháng nguồn, dạng 2020-05)`."""
        for action in self._actions:
            names = [*action.option_strings, action.metavar or "", action.dest]
            if name in names or name == "/".join(action.option_strings):
                shown = action.option_strings[-1] if action.option_strings else (action.metavar or action.dest)
                return f"{shown} ({action.help})" if action.help and action.help != argparse.SUPPRESS else str(shown)
        return name


def _choices(text: str) -> list[str]:
    return [c.strip(" '\"") for c in text.split(",") if c.strip(" '\"")]


def _missing(parser: Parser, lang: Language, prog: str, names: str) -> str:
    described = ", ".join(parser._describe(name.strip()) for name in names.split(", "))
    return t("args.missing", lang, prog=prog, names=described)


def _invalid_choice(parser: Parser, lang: Language, prog: str, name: str, value: str, choices: str) -> str:
    value, options = value.strip("'\""), _choices(choices)
    text = t("args.invalid_choice", lang, prog=prog, name=name, value=value, choices=", ".join(options))
    guess = nearest(value, options)
    return f"{text} {t('args.did_you_mean', lang, suggestion=guess)}" if guess else text


_Say = Any  # (parser, language, prog, *groups) -> str
_SHAPES: tuple[tuple[str, _Say], ...] = (
    (r"the following arguments are required: (.+)", _missing),
    (r"unrecognized arguments: (.+)", lambda p, lang, prog, words: t("args.unrecognized", lang, prog=prog, words=words)),
    (r"argument (.+?): invalid choice: (.+?) \(choose from (.+)\)", _invalid_choice),
    (r"argument (.+?): expected .*argument.*", lambda p, lang, prog, name: t("args.expects_value", lang, prog=prog, name=name)),
    (
        r"argument (.+?): not allowed with argument (.+)",
        lambda p, lang, prog, name, other: t("args.not_allowed_with", lang, prog=prog, name=name, other=other),
    ),
    (
        r"ambiguous option: (\S+) could match (.+)",
        lambda p, lang, prog, option, matches: t("args.ambiguous", lang, prog=prog, option=option, matches=matches),
    ),
    (r"argument (.+?): ignored explicit argument .+", lambda p, lang, prog, name: t("args.no_value", lang, prog=prog, name=name)),
    (
        r"one of the arguments (.+) is required",
        lambda p, lang, prog, names: t("args.one_required", lang, prog=prog, names=names),
    ),
)


def unknown_command(word: str, commands: Sequence[str], language: Language) -> NoReturn:
    """`dithub chek BOOK`: there is no such command; say the nearest one (exit code 2)."""
    text = t("args.unknown_command", language, command=word)
    guess = nearest(word, commands)
    text += " " + (
        t("args.did_you_mean", language, suggestion=guess)
        if guess
        else t("args.commands", language, commands=", ".join(commands))
    )
    print(text, file=sys.stderr)
    print(t("args.more", language, prog="dithub"), file=sys.stderr)
    raise SystemExit(USAGE_ERROR)
