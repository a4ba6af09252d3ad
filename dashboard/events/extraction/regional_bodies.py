"""What a region's own government does happens at its seat: "the Nunavut government withdrew" at
Iqaluit, "Gov. Mike Dunleavy has asked the president for a disaster declaration" in an Alaska story at
Juneau, as a state's parliament or government acts at the state's capital (:mod:`.seats`).

The seats are ``geodata.regional_seats`` (read through :meth:`.places.Gazetteer.seat_of_region`): the
territories, provinces, states, counties and federal subjects of the Arctic states with a government of
their own. On the development sets before rules-2.23 the annotators put such acts at the seat.
"""

from __future__ import annotations

import re

from .places import Gazetteer, PlaceMatch

__all__ = ["regional_seat"]

# A region's own body right after its name: "Nunavut's legislature", "the Yukon government", "Alaska's
# governor", "Nunavut lawmakers".
_OWN_BODY = re.compile(
    r"(?:['’]s)?\s+(?:territorial\s+|provincial\s+|state\s+)?(?:government|legislature|[Ll]egislative\s+[Aa]ssembly|"
    r"assembly|cabinet|premier|governor|[Ll]egislators|lawmakers)\b"
)
# A region's body or office acting where the sentence names no region: "Gov. Mike Dunleavy", "the
# premier", "Legislative leaders said", "MLAs", "the territory's government", "was sworn in".
_UNNAMED_BODY = re.compile(
    r"\b(?:Gov\.|Governor|[Ll]t\.\s+Gov\.|[Pp]remier|[Ll]egislat(?:ure|ive\s+leaders|ive\s+assembly|ors)|MLAs?|"
    r"territorial\s+government|the\s+territory['’]s\s+(?:government|premier|legislature|cabinet)|sworn\s+in)(?!\w)"
)


def regional_seat(
    text: str, ranked: list[PlaceMatch], latest: PlaceMatch | None, gazetteer: Gazetteer
) -> PlaceMatch | None:
    """The seat of the region whose own government acts in ``text``, or None.

    With places named (``ranked``, best first), the first must be the region, named as the body's
    owner ("the Nunavut government withdrew"); with none, a regional office or body acting ("Gov.
    Mike Dunleavy has asked ...") belongs to the region the article named last (``latest``)."""
    if ranked:
        first = ranked[0]
        return gazetteer.seat_of_region(first) if _OWN_BODY.match(text, first.end) else None
    if latest is not None and _UNNAMED_BODY.search(text):
        return gazetteer.seat_of_region(latest)
    return None
