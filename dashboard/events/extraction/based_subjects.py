"""A body named by its home town as the subject of a statement, in a sentence that names no place of its own:
"Houston-based ConocoPhillips said on Wednesday that it was disappointed", "The Copenhagen-based group announced the
trial in August", "A panel of the San Francisco-based 9th Circuit ruled that ...". A company speaks, and a court rules,
from its seat: the statement is at the town the sentence names it by, not at the story's place nor the last one named.
A sentence that names a place of its own keeps it ("Quintillion, the Anchorage-based company, said the break happened
off Oliktok Point")."""

from __future__ import annotations

import re

from .places import Gazetteer, PlaceMatch

__all__ = ["home_of_speaking_body"]

# The home town and the statement's verb, with at most one comma-free stretch of the subject between them.
_BASED_SUBJECT = re.compile(
    r"^(?:[^,]{0,60}?\s)?(?P<town>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})-based\s+[^,;]{0,80}?\s"
    r"(?:said|says|announced|ruled|reported|confirmed|stated|decided|told)\b"
)


def home_of_speaking_body(sentence: str, gazetteer: Gazetteer) -> PlaceMatch | None:
    """The home town (a gazetteer place, spanned in ``sentence``) of the "X-based" body that is the subject of
    ``sentence``'s statement; None when there is none."""
    if "-based" not in sentence:  # speed: the word test before the scan
        return None
    said = _BASED_SUBJECT.match(sentence)
    if said is None:
        return None
    town = gazetteer.lookup(said.group("town"))
    if town is None or town.geo_precision in ("country", "arctic"):
        return None
    return town.spanning(said.start("town"), said.end("town"))
