"""A sentence's word n-grams that name a gazetteer place, found by their keys.

A text is read as words (:data:`TOKEN`: letters and digits joined by apostrophes, full stops
and hyphens, "Russia's", "U.S", "Ust-Kut"); a word's key is its accent-folded lower case
without a possessive "'s" (:func:`token_key`). A name is an n-gram whose joined keys the
gazetteer lists, starting with a capitalised word and ending with one or a joining word.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import compress, islice
from typing import TypeVar

from geodata.gazetteer import fold_name

__all__ = ["LOWER_OK", "TOKEN", "capitalised", "name_ngrams", "token_key"]

Place = TypeVar("Place")

TOKEN = re.compile(r"\w+(?:['’.-]\w+)*")
# A word of TOKEN's that may open a name: where TOKEN's left-to-right scan starts a word (no
# word character before it, nor one joined to it by an apostrophe, a full stop or a hyphen) and
# not an ASCII lower-case letter or "_" (neither capitalised nor a digit). Its words are the
# scan's words from that start on. Written r"(?<!\w)(?<!\w['’.-])(?![a-z_])\w+(?:['’.-]\w+)*" with
# the first character consumed first and the lookbehinds tested after it (the same matches), so
# that re skips fast to the characters a name may start with instead of testing both lookbehinds
# at every character (speed). The first character, a word character other than a-z and "_", is written as an ASCII
# capital, a digit or any other character, then tested as a word character behind: most characters of a text are
# dismissed by comparing it with ranges, where r"[^\Wa-z_]" asked Unicode's tables whether each is a word character.
_NAME_START = re.compile(r"[0-9A-Z\x80-\U0010ffff](?<=\w)(?<!\w.)(?<!\w['’.-].)\w*(?:['’.-]\w+)*")
# Lower-case words a name may end with: joining words, and the generic nouns news writes
# in lower case after a name the gazetteer lists ("the Willow oil project", "the Arctic refuge").
LOWER_OK = {"of", "the", "de", "la", "and", "du", "des", "le", "on", "upon", "i", "project", "refuge", "mine"}


@lru_cache(maxsize=65536)
def token_key(token: str) -> str:
    """A word's lookup key: folded as the gazetteer folds names, a possessive "'s" dropped."""
    key = fold_name(token)
    return key[:-2] if key.endswith("'s") else key


def capitalised(token: str) -> bool:
    return token[:1].isupper() or token[:1].isdigit()


@lru_cache(maxsize=4096)
def _folds_to_space(character: str) -> bool:
    """Whether folding ``character`` gives white space (a compatibility form such as "ﹰ")."""
    return any(c.isspace() for c in fold_name(f"x{character}x"))


def name_ngrams(
    text: str,
    lookup: Callable[[str], Place | None],
    lengths: dict[str, tuple[int, ...]],
    lower_ends: frozenset[str] = frozenset(LOWER_OK),
) -> list[tuple[int, int, int, Place]]:
    """Every n-gram of ``text``'s words that ``lookup`` finds by its joined keys, as (words, start,
    end, place), longest first, then in text order. ``lengths`` maps a key to the word counts of
    the names starting with it (most first): only those n-grams are looked up. A name's last word
    is capitalised or one of ``lower_ends`` (the gazetteer's own lower-case name endings: "the
    Greenland ice sheet", "the Goliat field")."""
    if not text.isascii() and any(map(_folds_to_space, [c for c in set(text) if not c.isascii()])):
        return _every_length(text, lookup, lengths, lower_ends)
    found = []
    # Speed: only the words that may open a name are read (one scan of the sentence), and the
    # words after such a word only when some name starts with its key.
    for first in _NAME_START.finditer(text):
        key = token_key(word := first.group())
        sizes = lengths.get(key)
        if sizes is None or not capitalised(word):
            continue  # a place name starts with a capital, and with a word some name starts with
        # The first word is TOKEN's match at that start (the same pattern from a word start): only the words after it
        # are scanned, and none for a name of one word (speed).
        words = [first, *islice(TOKEN.finditer(text, first.end()), sizes[0] - 1)] if sizes[0] > 1 else [first]
        keys = [key, *(token_key(w.group()) for w in words[1:])]
        for size in sizes:
            if size <= len(words) and (place := lookup(" ".join(keys[:size]))) is not None:
                last = words[size - 1].group()
                if capitalised(last) or last.lower() in lower_ends:
                    found.append((size, first.start(), words[size - 1].end(), place))
    return sorted(found, key=lambda c: (-c[0], c[1]))


def _every_length(
    text: str, lookup: Callable[[str], Place | None], lengths: dict[str, tuple[int, ...]], lower_ends: frozenset[str]
) -> list[tuple[int, int, int, Place]]:
    """:func:`name_ngrams` for a text some word of which may fold into two: its keys are read
    for every word, and if one holds a space (the n-gram then has more words than tokens), every
    length up to the longest is looked up."""
    tokens = list(TOKEN.finditer(text))
    words = list(map(re.Match.group, tokens))  # speed: map, not a comprehension, over every word
    keys = list(map(token_key, words))
    spaced = " ".join(keys).count(" ") >= len(keys)
    candidates = []
    starting = list(map(lengths.get, keys))  # a sizes tuple is never empty, so it is true
    for i in compress(range(len(words)), starting):
        word, sizes = words[i], starting[i]
        if not capitalised(word):
            continue
        for j in [i + size for size in (range(sizes[0], 0, -1) if spaced else sizes) if i + size <= len(tokens)]:
            place = lookup(" ".join(keys[i:j]))
            if place is not None:
                last = words[j - 1]
                if capitalised(last) or last.lower() in lower_ends:
                    candidates.append((j - i, tokens[i].start(), tokens[j - 1].end(), place))
    return sorted(candidates, key=lambda c: (-c[0], c[1]))
