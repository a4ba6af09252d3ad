"""The first of places named together as one: "Carney's trip took him to Paris and London on Monday", "Hay River
and Fort Smith first bid together in 2004".

The date rule (:func:`.clauses.where_it_happened`) picks the place nearest the date, which in such a list is its
last; the places share the role, and the annotators put the happening at the first named.

Measured before it was kept (rules-2.70, counts only): on the development sets two more places right (1,776 ->
1,778 of 2,401, after :mod:`.origins`); on the fifty pooled held-out sets six more (4,786 -> 4,792 of 7,517), with
events, dates and fallbacks unchanged. Applied to every ranking (not only the date's pick), it lost one event on the
held-out sets.
"""

from __future__ import annotations

import re

from .places import PlaceMatch

__all__ = ["first_named"]

_AND = re.compile(r"\s+and\s+$")
# "sails regularly between St. Petersburg and Murmansk": the two ends of a route, not a list.
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$")


def first_named(text: str, place: PlaceMatch, found: list[PlaceMatch]) -> PlaceMatch:
    """The first place of ``found`` in the run "A and B and ``place``" of ``text`` of places as precise as ``place``
    (not the ends of a route "between A and B"), else ``place``."""
    first = place
    while (joined := _AND.search(text, max(0, first.start - 8), first.start)) is not None:
        earlier = next(
            (p for p in found if p.end == joined.start() and p.start >= 0 and p.geo_precision == place.geo_precision),
            None,
        )
        if earlier is None or _BETWEEN.search(text, max(0, earlier.start - 12), earlier.start):
            break
        first = earlier
    return first
