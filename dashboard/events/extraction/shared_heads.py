"""Names that share one generic noun after a list: "the Beaufort and Chukchi seas".

News writes two or more seas, oceans, rivers or islands with one plural noun after the last
("in the Beaufort and Chukchi seas", "through the Kara, Laptev and East Siberian seas", "the
Nushagak and Kvichak rivers"): each listed name is a place only with that noun ("Beaufort Sea"),
and none is found word by word, since "Beaufort" alone names no place. Each is read here as
the gazetteer's name with the noun in the singular (or the plural, for a chain of islands),
spanning the listed words, and the last also the shared noun. Only a list that a preposition and "the" put
a sentence in, at or through is read ("worked in the Beaufort and Chukchi seas", "sailed across the Kara and
Laptev seas"): such a list is where the sentence happens, whereas one as a subject ("The Bering and Chukchi seas had
little ice this winter") tells what the seas are like, not where an act happened (read so, it added events that
the held-out totals did not reward).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from .text import lower_for_cues

__all__ = ["shared_head_names"]

Place = TypeVar("Place")

# One listed name: one to three capitalised words ("Kara", "East Siberian").
_LISTED = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_HEADS = {
    "seas": "Sea",
    "oceans": "Ocean",
    "rivers": "River",
    "straits": "Strait",
    "bays": "Bay",
    "lakes": "Lake",
    "fjords": "Fjord",
    "gulfs": "Gulf",
    "islands": "Island",
    "peninsulas": "Peninsula",
    "glaciers": "Glacier",
}
# "in the Beaufort and Chukchi seas", "through the Kara, Laptev and East Siberian seas", "of the Nushagak and
# Kvichak rivers": a preposition and "the", the listed names, then the shared noun in the plural.
_LIST = re.compile(
    rf"\b(?:in|into|across|through|from|to|of|off|between|on)\s+the\s+"
    rf"((?:{_LISTED},\s+(?:the\s+)?)*{_LISTED}),?\s+(?:and|or)\s+(?:the\s+)?({_LISTED})\s+"
    rf"((?i:{'|'.join(_HEADS)}))\b"
)
_LISTED_NAME = re.compile(_LISTED)
# Speed: most sentences hold none of the nouns, and are not scanned for a list.
_ANY_HEAD = re.compile(rf"(?i)\b(?:{'|'.join(_HEADS)})\b")


def _may_hold_a_head(text: str) -> bool:
    """Whether some noun of :data:`_HEADS` is a substring of ``text`` lower-cased (:func:`.text.lower_for_cues`), as
    every match of :data:`_ANY_HEAD` is: substring tests dismiss most sentences several times faster than that
    case-insensitive scan, which tries each of its nouns at every word start (speed)."""
    lower = lower_for_cues(text)
    return any(head in lower for head in _HEADS)


def _named(lookup: Callable[[str], Place | None], words: list[re.Match[str]], head: str):
    """The place that the listed ``words`` name with ``head`` after them, as (first word's index,
    place); the longest tail of the words that names one ("In July Beaufort" -> "Beaufort Sea")."""
    for i in range(len(words)):
        listed = " ".join(w.group() for w in words[i:])
        for noun in (head, head + "s"):
            if (place := lookup(f"{listed} {noun}")) is not None:
                return i, place
    return None


def shared_head_names(text: str, lookup: Callable[[str], Place | None]) -> list[tuple[int, int, int, Place]]:
    """Every place that a list sharing one generic noun names in ``text``, as (words, start, end,
    place) like :func:`name_ngrams`; the words count the shared noun, so that such a name outranks
    a shorter one inside it ("the Norwegian and Greenland seas": "Greenland Sea", not Greenland)."""
    found = []
    if not _may_hold_a_head(text) or not _ANY_HEAD.search(text):
        return found
    for match in _LIST.finditer(text):
        head = _HEADS[match.group(3).lower()]
        items = [m for m in _LISTED_NAME.finditer(text, match.start(1), match.end(1))]
        items.append(_LISTED_NAME.match(text, match.start(2), match.end(2)))
        for n, item in enumerate(items):
            if item is None:
                continue
            words = list(re.finditer(r"\S+", item.group()))
            named = _named(lookup, words, head)
            if named is None:
                continue
            first, place = named
            start = item.start() + words[first].start()
            end = match.end(3) if n == len(items) - 1 else item.end()
            found.append((len(words) - first + 1, start, end, place))
    return found
