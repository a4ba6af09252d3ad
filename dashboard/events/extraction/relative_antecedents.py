"""The place a relative clause is about: "Finland, which joined NATO in 2023, ..." is about Finland.

A "which" clause put right after a place name tells something that happened to or at that place,
wherever the rest of the sentence is set: "Greenland, which gained home rule in 1979, has taken
over more of its affairs from Copenhagen" gained home rule in Greenland, not in Copenhagen.
"""

from __future__ import annotations

import re

from .places import Gazetteer

__all__ = ["antecedent_first", "antecedent_places"]

# A place's relative aside up to the date it holds, with no clause break before the date: ", which joined NATO in ".
_WHICH_ASIDE = re.compile(r",\s*which\s[^,;:()]*$")

# A place at the tail of a noun phrase, which the "which" may be about instead: "Russia's invasion of Ukraine, which
# began on February 24", "the fisheries agreement with Russia, which was renewed for 2023".
_INSIDE_A_PHRASE = re.compile(r"\b(?:of|with|against|over|between|and|or|from|to)\s+(?:the\s+)?$")


def antecedent_places(text: str, start: int, dated_at: int, gazetteer: Gazetteer) -> list:
    """The place (a country too) whose "which" aside holds the date at ``dated_at``, when the clause opening at
    ``start`` names it or opens with the aside: "Finland, which joined NATO in April 2023, sent ..." has Finland
    for its 2023 clause. A one-item list, or empty."""
    if "which" not in text[max(0, start - 2) : dated_at]:  # speed: the word test before the gazetteer's scan
        return []
    return [
        p
        for p in gazetteer.find(text)
        if start - 2 <= p.end <= dated_at
        and _WHICH_ASIDE.fullmatch(text, p.end, dated_at)
        and not _INSIDE_A_PHRASE.search(text, 0, p.start)
    ][-1:]


def antecedent_first(text: str, ranked: list, when, gazetteer: Gazetteer) -> list:
    """``ranked`` with the place first whose "which" aside holds the date ``when`` of the sentence's event, when the
    aside names no place of its own: "Greenland, which gained home rule in 1979, has taken over more of its affairs
    from Copenhagen" gained it in Greenland; "Norway, which hosted the talks in Tromso in 2019" keeps Tromso."""
    if not when.explicit or when.start < 0:
        return ranked
    about = antecedent_places(text, 0, when.start, gazetteer)
    if not about or any(about[0].end <= p.start < when.start for p in ranked):
        return ranked
    same = [p for p in ranked if (p.start, p.end) == (about[0].start, about[0].end)]
    return [*(same or about), *(p for p in ranked if p not in same)]
