"""A place named only as where someone or something came from.

"About a hundred paratroopers from Ivanovo jumped onto an ice floe near the North Pole": the place after "from" is
the soldiers' home, and the place the sentence puts after a locative ("near the North Pole") is where it happened.
The date and clause rules (:func:`.clauses.where_it_happened`) can leave such an origin first, for it is the place
nearest the date or the first of the sentence.

Measured before it was kept (rules-2.70, counts only): on the development sets one more place right (1,775 -> 1,776
of 2,401); on the fifty pooled held-out sets no change in events, places, dates or fallbacks. The place the sentence
opens with, when no place follows a locative (rules-2.72): on the development sets one more place right (1,781 ->
1,782); on the 54 pooled held-out sets no change. A place that only locates an origin ("from Ellsworth Air Force Base
in South Dakota", rules-2.77): no change on the development sets or on the 55 pooled held-out sets (kept as the
reading the locative rule already gives a bare "from" origin).
"""

from __future__ import annotations

import re

from .locatives import located_at
from .places import PlaceMatch
from .voyages import FROM, end_of_route

__all__ = ["origin_last"]

# "not far from Norilsk", "some 40 km from Longyearbyen": a distance, not an origin.
_FAR = re.compile(r"\b(?:far|away|distance|miles|kilometres|kilometers|km)\s+from\s+(?:the\s+)?$", re.I)
# "fired a missile from the White Sea at a target in the Barents Sea": the target is not where it happened
# (:mod:`.launch_sites`).
_TARGET = re.compile(r"\btargets?\b[^,;]{0,30}$")
# "B-1B bombers from Ellsworth Air Force Base in South Dakota flew over the Black Sea": a place that only says where
# an origin the gazetteer does not know (a base, a yard) lies is part of the origin.
_ORIGIN_IN = re.compile(r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w'.-]*\s+){1,6}in\s+(?:the\s+)?$")
# "coordinated by the rescue centre in Bodø", "the Joint Rescue Coordination Centre in Bodø": a body's seat.
_BODY_IN = re.compile(
    r"(?:\b[A-Z][\w'-]+|\b(?:centre|center|headquarters|office|ministry|command|institute|agency|court))\s+in\s+$"
)
# "Putin had flown in from Magadan, on Russia's Pacific coast, where he had stopped earlier": a happening there too.
_WHERE_AFTER = re.compile(r"(?:,[^,;]{0,40})?,\s+where\b")


def _origin(text: str, place: PlaceMatch) -> bool:
    """Whether ``text`` names ``place`` right after "from" (and not as a distance from it)."""
    window = max(0, place.start - 30)
    if _ORIGIN_IN.search(text, max(0, place.start - 80), place.start):
        return True
    return bool(FROM.search(text, window, place.start)) and not _FAR.search(text, window, place.start)


def origin_last(text: str, ranked: list[PlaceMatch]) -> list[PlaceMatch]:
    """``ranked`` (the places of ``text``, the event's first) with the first specific place ``text`` puts after a
    locative (else the place ``text`` opens with) moved ahead, when the first place is named only after "from";
    ``ranked`` itself otherwise."""
    if len(ranked) < 2 or not _origin(text, ranked[0]) or _WHERE_AFTER.match(text, ranked[0].end):
        return ranked
    first = ranked[0]
    other = next(
        (
            p
            for p in ranked[1:]
            if p.geo_precision not in ("country", "arctic")
            and located_at(text, p.start)
            and not _origin(text, p)
            and not end_of_route(text, p)
            and not _BODY_IN.search(text, max(0, p.start - 40), p.start)
            and not _TARGET.search(text, max(0, p.start - 50), p.start)
            # "... said Zinke from Washington" after a quote that names Alaska: the quote's place is not the event's.
            and text.count('"', 0, p.start) % 2 == 0
            # "rolled over after taking off from Talkeetna; it was one of four aircraft flying to Anchorage"
            and ";" not in text[min(p.end, first.end) : max(p.start, first.start)]
        ),
        None,
    )
    if other is None:
        # "Yukon and the Northwest Territories went through the same process years ago, leaving Nunavut the last
        # territory run from Ottawa": the place the sentence opens with is its subject, and what it did happened there.
        other = next((p for p in ranked[1:] if p.start == 0 and p.geo_precision != "arctic"), None)
    return ranked if other is None else [other, *(p for p in ranked if p is not other)]
