"""A place named as another's, by the possessive: "warships sailed near Alaska's Aleutian Islands", "landed in
Greenland's snowbound capital, Nuuk". The possessor only says whose the place is, as "Aleutian Islands, Alaska" would;
the event is at the place it owns, the finer of the two. "Russia's Arctic coast" is no such pair: "the Arctic" is no
finer than Russia."""

from __future__ import annotations

import re

from .places import PlaceMatch

__all__ = ["possessed_first"]

# Between the possessor and the place it owns: "'s", up to two lower-case words and "capital," ("Greenland's
# snowbound capital, Nuuk").
_OWNS = re.compile(r"(?:['’]s?)?\s+(?:[a-z][a-z-]*\s+){0,2}(?:capital(?:\s+city)?,\s+)?")
_POSSESSIVE = re.compile(r"['’]s?")


def possessed_first(text: str, ranked: list[PlaceMatch]) -> list[PlaceMatch]:
    """``ranked`` (the places of ``text``, the event's first) with the place that the first place owns, named right
    after it in the possessive, moved ahead of it; ``ranked`` itself otherwise."""
    if len(ranked) < 2 or "'" not in text and "’" not in text:  # speed: the word test before the scan
        return ranked
    first = ranked[0]
    said = _OWNS.match(text, first.end)
    # The gazetteer's span may hold the "'s" ("Alaska's") or stop before it.
    if said is None or not (_POSSESSIVE.match(text, first.end) or text[first.start : first.end].endswith(("'s", "’s"))):
        return ranked
    owned = next((p for p in ranked[1:] if p.start == said.end()), None)
    if owned is None or owned.geo_precision in ("country", "arctic") or owned.name == first.name:
        return ranked
    return [owned, *(p for p in ranked if p is not owned)]
