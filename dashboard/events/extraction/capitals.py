"""Capitals in a sentence: one named by its state's adjective ("the Icelandic capital"), and a capital
or seated institution deciding about an area ("Ottawa announced a moratorium ... in Canada's Arctic waters").

"Blinken had sat down with Sergei Lavrov at the Harpa concert hall in the Icelandic capital" happened
in Reykjavík, but "Icelandic" is read as a party (Iceland), never as a place, so the sentence names no
place at all. The state's seat of government (``ACTORS``' home, looked up in the gazetteer so that the
place has its kind and state) is the capital the words name. "Greenland's capital" and "the Nunavut
capital" name a place before "capital" and are the gazetteer's (:meth:`.places.Gazetteer.find`).
"""

from __future__ import annotations

import re

from .actor_names import ACTORS
from .actors import speaks_from_seat
from .places import THE_BEFORE, Gazetteer, PlaceMatch

_CAPITAL = re.compile(r"\s+capital(?:\s+city)?\b")


def with_capitals_named_by_adjective(
    text: str, found: list[PlaceMatch], mentions, gazetteer: Gazetteer
) -> list[PlaceMatch]:
    """``found`` (the places ``text`` names, in text order) with the capital each "the <state's
    adjective> capital" names, spanning those words; coordinates in degrees, EPSG:4326."""
    if " capital" not in text:  # speed: a substring test before the scans
        return found
    capitals = []
    for mention in mentions:
        said = _CAPITAL.match(text, mention.end)
        if (
            said is None
            or mention.code not in ACTORS
            or not THE_BEFORE.search(text, max(0, mention.start - 5), mention.start)
        ):
            continue
        if any(p.start < said.end() and mention.start < p.end for p in found):
            continue
        seat = gazetteer.lookup(ACTORS[mention.code].home[0])
        if seat is not None and seat.kind == "capital":
            capitals.append(seat.spanning(mention.start, said.end()))
    return sorted([*found, *capitals], key=lambda p: p.start) if capitals else found


# A decision or statement of the capital or institution just named: "Ottawa announced", "Reykjavík said".
_DECIDES = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:announced|said|imposed|decided|approved|ordered|banned|issued|declared|rejected|"
    r"expelled|summoned|protested|warned|accused)\b"
)


def seat_deciding_for_an_area(text: str, mentions, ranked: list[PlaceMatch]) -> str:
    """The state whose capital or seated institution (``mentions``, :func:`.actors.speaks_from_seat`)
    decides or speaks in ``text`` before naming only a country or region as its first place (``ranked``):
    "Ottawa announced a moratorium on new oil and gas licences in Canada's Arctic waters" is done in
    Ottawa, not across Canada. "" otherwise."""
    if not ranked or ranked[0].geo_precision not in ("country", "region"):
        return ""
    for mention in mentions:
        if mention.start < ranked[0].start and speaks_from_seat(mention) and _DECIDES.match(text, mention.end):
            return mention.code
    return ""
