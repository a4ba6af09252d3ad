"""Regular-expression forms that give the ``re`` module a first character to skip to.

A pattern opening with ``\\b`` or a lookbehind gives ``re`` nothing to search for: it tries the
whole pattern at every character of the text. The same words written letter first, with the
word boundary tested after that letter, match exactly where they did, but ``re`` skips straight
to the characters such a word can start with.
"""

from __future__ import annotations

import re

__all__ = ["at_word_start", "either_case"]

_QUANTIFIERS = ("?", "*", "+", "{")


def at_word_start(alternatives: list[str], not_after: tuple[str, ...] = ()) -> str:
    """``r"\\b(?:{alternatives})"`` with each lookbehind of ``not_after`` before it (a fixed-width
    ``(?<!...)`` body such as ``r"\\bhave "``), as a group of the alternatives by their first
    letter: that letter, the word boundary and the lookbehinds tested after it, then the rest of
    each alternative in its order. Each alternative must open with a word character that no
    quantifier follows ("m[ae]n" and "an?" do, "[Tt]he" must be written "The|the").

    Alternatives of different first letters cannot match at one position, so the group matches
    what the plain alternation matches, the same alternative winning.
    """
    by_first: dict[str, list[str]] = {}
    for alternative in alternatives:
        first, rest = alternative[:1], alternative[1:]
        if not re.fullmatch(r"\w", first) or rest.startswith(_QUANTIFIERS):
            raise ValueError(f"{alternative!r} does not open with a plain word character")
        by_first.setdefault(first, []).append(rest)
    branches = []
    for first, rests in by_first.items():
        letter = re.escape(first)
        guards = "".join(f"(?<!{before}{letter})" for before in not_after)
        branches.append(f"{letter}(?<!\\w{letter}){guards}(?:{'|'.join(rests)})")
    return f"(?:{'|'.join(branches)})"


def either_case(words: tuple[str, ...]) -> list[str]:
    """Each of ``words`` (lower case) capitalised, then as it is: ``"[Mm]inister"`` as two alternatives
    that :func:`at_word_start` can group by their first letters."""
    return [form for word in words for form in (word[:1].upper() + word[1:], word)]
