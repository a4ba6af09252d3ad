"""Where a voyage or a span happened: not at its ends, its port of departure or a destination still ahead.

"between Jan Mayen and Svalbard" names an area's ends; "sailed from Murmansk through the Kara Sea to the Laptev Sea"
happened on the route; "the LNG carrier Boris Davydov has already entered the Ob Bay on its way to Sabetta" is in the
Ob Bay. These readers reorder a sentence's places, best first; none drops a place.
"""

from __future__ import annotations

import re

from .places import PlaceMatch

__all__ = ["FROM", "ON_ITS_WAY", "bounds_last", "voyage_first"]

# "between Jan Mayen and Svalbard", "between Shanghai and St. Petersburg": the ends of an area
# or a route, not where it lies.
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:[^,;.]{0,40}\s+and\s+(?:the\s+)?)?$")


# "the LNG carrier Boris Davydov has already entered the Ob Bay on its way to Sabetta": a destination still ahead.
ON_ITS_WAY = re.compile(
    r"\b(?:(?:on\s+(?:its|their|his|her)\s+way|en\s+route)\s+to|bound\s+for|head(?:ing|ed)\s+(?:to|for))\s+(?:the\s+)?$"
)


def bounds_last(text: str, ranked: list[PlaceMatch]) -> list[PlaceMatch]:
    """``ranked`` with places named as the ends of a span ("between A and B") or as a destination still ahead
    ("on its way to Sabetta") after the others."""
    inside = [
        p
        for p in ranked
        if not _BETWEEN.search(text[max(0, p.start - 60) : p.start])
        and not ON_ITS_WAY.search(text, max(0, p.start - 40), p.start)
    ]
    if not inside or len(inside) == len(ranked) or inside[0].geo_precision in ("country", "arctic"):
        return ranked
    return [*inside, *(p for p in ranked if p not in inside)]


# "sailed from Murmansk", "left Tianjin", "departs Shanghai": where a voyage starts.
_ORIGIN = re.compile(
    r"\b(?:from|left|leaving|leaves|departed|departing|departs|out\s+of)\s+(?:the\s+(?:port\s+of\s+)?)?$", re.I
)
FROM = re.compile(r"\bfrom\s+(?:the\s+(?:port\s+of\s+)?)?$", re.I)  # "From Berlin she went on to Paris"
_WATERS = ("sea", "strait", "route", "passage", "bay", "gulf", "ocean", "basin")


# "... from Moscow to Longyearbyen": the place a journey named from its start is bound for.
_DESTINATION_OF_ORIGIN = re.compile(r"\b(?:to|towards|for)\s+(?:the\s+(?:port\s+of\s+)?)?$")


def voyage_first(text: str, ranked: list[PlaceMatch]) -> list[PlaceMatch]:
    """A voyage's waters, else its destination, before its port of departure: "sailed from
    Murmansk through the Kara Sea to the Laptev Sea" happened on the route, "a charter flying
    miners from Moscow to Longyearbyen struck a mountain" at its end, not in Moscow (the port
    of departure stays listed)."""
    if not ranked or not _ORIGIN.search(text[max(0, ranked[0].start - 30) : ranked[0].start]):
        return ranked
    onward = [
        p
        for p in ranked[1:]
        if p.geo_precision not in ("country", "arctic")
        and p.start > ranked[0].start
        and not _ORIGIN.search(text[max(0, p.start - 30) : p.start])
    ]
    waters = next((p for p in onward if p.kind in _WATERS or any(w in p.name.lower() for w in _WATERS)), None)
    if waters is None:
        waters = next((p for p in onward if _DESTINATION_OF_ORIGIN.search(text[max(0, p.start - 30) : p.start])), None)
    return ranked if waters is None else [waters, *(p for p in ranked if p is not waters)]
