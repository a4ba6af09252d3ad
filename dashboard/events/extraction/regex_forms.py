"""Regular-expression forms that give the ``re`` module a first character to skip to.

A pattern opening with ``\\b`` or a lookbehind gives ``re`` nothing to search for: it tries the
whole pattern at every character of the text. The same words written letter first, with the
word boundary tested after that letter, match exactly where they did, but ``re`` skips straight
to the characters such a word can start with.

A case-insensitive pattern pays for ``re.IGNORECASE`` at every alternative it tries: each is
compared letter by letter, lower-cased, where a case-sensitive alternative whose first letter
differs from the text's is dismissed at once. :func:`first_letter_cased` writes the first letters
out in every case IGNORECASE matches, the rest staying case-insensitive.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = [
    "any_substring",
    "at_word_start",
    "either_case",
    "first_letter_cased",
    "letter_cases",
    "starts_with",
    "trie_alternation",
]

_QUANTIFIERS = ("?", "*", "+", "{")
# The characters re.IGNORECASE matches to an ASCII letter besides its two cases.
_FOLDED_INTO = {"i": "İı", "k": "\u212a", "s": "ſ"}


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


def letter_cases(letter: str) -> list[str]:
    """Every character ``re.IGNORECASE`` matches to ``letter`` (an ASCII letter or digit), lower case first."""
    if not (letter.isascii() and letter.isalnum() and len(letter) == 1):
        raise ValueError(f"{letter!r} is not an ASCII letter or digit")
    lower = letter.lower()
    return list(dict.fromkeys([lower, lower.upper(), *_FOLDED_INTO.get(lower, "")]))


def first_letter_cased(
    alternatives: list[str], join: Callable[[list[str]], str] = "|".join, *, word_start: bool = False
) -> str:
    """``(?i:(?:{alternatives}))`` for a pattern compiled without ``re.IGNORECASE``: the alternatives
    grouped by their first letter (an ASCII letter or digit no quantifier follows), that letter
    written out in each of its :func:`letter_cases`, the rest of each alternative case-insensitive
    (``join`` makes one pattern of the rests: ``trie_alternation`` for a trie). Alternatives
    of different first letters cannot match at one position: the same alternative wins.

    With ``word_start``, ``(?i:\\b(?:{alternatives}))`` with the word boundary tested after the first
    letter, as :func:`at_word_start` does: re skips to the letters the alternatives start with."""
    by_first: dict[str, list[str]] = {}
    for alternative in alternatives:
        if alternative[1:].startswith(_QUANTIFIERS):
            raise ValueError(f"{alternative!r}: a quantifier follows its first letter")
        by_first.setdefault(alternative[:1].lower(), []).append(alternative[1:])
    branches = []
    for first, rests in by_first.items():
        for case in letter_cases(first):
            letter = re.escape(case)
            boundary = f"(?<!\\w{letter})" if word_start else ""
            branches.append(f"{letter}{boundary}(?i:{join(rests)})")
    return f"(?:{'|'.join(branches)})"


def starts_with(letters: str, *, digit: bool = False) -> str:
    """A lookahead ``(?=[...])`` for a pattern whose every match starts with one of ``letters`` (ASCII
    letters, any case), or with a digit (``\\d``) if ``digit``: each letter in every case IGNORECASE
    matches to it. Put before a pattern that opens with ``\\b`` and optional words, which :func:`at_word_start`
    cannot write: re still tries it at every character, but dismisses a character no match starts with
    at once instead of entering every alternative there (speed)."""
    cases = re.escape("".join(case for letter in letters for case in letter_cases(letter)))
    digits = r"\d" if digit else ""
    return f"(?=[{cases}{digits}])"


def any_substring(substrings: list[str]) -> re.Pattern[str]:
    """A pattern whose ``search`` finds something exactly when some of ``substrings`` is in the text
    (the literal strings, case-sensitive): for many strings one scan, which re starts only at their
    first characters, is several times faster than a substring test for each. The strings as a trie
    (:func:`trie_alternation`): where one may start, re reads each letter once instead of trying every
    string (half the time of the plain alternation for twenty names)."""
    return re.compile(trie_alternation(substrings))


def trie_alternation(words: list[str]) -> str:
    """A pattern matching any of ``words`` (non-empty), branching letter by letter (a trie), so
    that ``re`` reads each letter once instead of trying every word in turn."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        by_first.setdefault(word[:1], []).append(word[1:])
    branches = [
        re.escape(first) + (trie_alternation(rests) if rests != [""] else "")
        for first, rests in by_first.items()
        if first
    ]
    optional = "" in by_first  # one word ends here, a longer one goes on
    return f"(?:{'|'.join(branches)}){'?' if optional else ''}"
