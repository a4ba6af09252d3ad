"""Abbreviations an article defines for itself, which may spell a place's name.

"The Norwegian Sámi Association (NSR) is again the largest party": the article's NSR is a
party, not the Northern Sea Route the gazetteer knows as NSR. Every later "NSR" in that
article means the party, so the name is not read as a place anywhere in it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .places import Gazetteer
from .text import Sentence

__all__ = ["abbreviations_not_places", "without_own_abbreviations"]

# A capitalised name of two to eight words, then its abbreviation in capitals in brackets: "the
# Norwegian Sámi Association (NSR)". Not a name's qualifier: "BP Exploration (Alaska)".
_DEFINED = re.compile(
    r"\b((?:[A-Z][\w'’.-]*)(?:\s+(?:of|for|and|the|on|[A-Z][\w'’.-]*)){1,7})\s+\(([A-Z][A-Z0-9]{1,7})\)"
)
# The bracketed abbreviation every _DEFINED match ends with: most articles have none, and this scan skips fast to
# the brackets where _DEFINED tries its name at every word (speed).
_BRACKETED = re.compile(r"\([A-Z][A-Z0-9]{1,7}\)")


def abbreviations_not_places(text: str, is_place: Callable[[str], bool]) -> frozenset[str]:
    """The abbreviations ``text`` defines for a name that is not a place, of those the gazetteer
    reads as a place (``is_place``): "the Norwegian Sámi Association (NSR)" gives {"NSR"}, "the
    Northern Sea Route (NSR)" nothing, since that name is the place."""
    found = set()
    for long_name, abbreviation in _DEFINED.findall(text) if _BRACKETED.search(text) else ():
        words = long_name.split()
        # "Along the Northern Sea Route (NSR)": any tail of the name being a place is the place.
        if is_place(abbreviation) and not any(is_place(" ".join(words[i:])) for i in range(len(words))):
            found.add(abbreviation)
    return frozenset(found)


def without_own_abbreviations(gazetteer: Gazetteer, sentences: list[Sentence]) -> Gazetteer:
    """``gazetteer`` less the abbreviations an article (its ``sentences``) defines for a party, for
    reading that article: its "NSR" is the Norwegian Sámi Association throughout."""
    text = " ".join(sentence.text for sentence in sentences)
    return gazetteer.without(abbreviations_not_places(text, gazetteer.names_a_place))
