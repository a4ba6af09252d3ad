"""Where a decision told with no place of its own was made: at the seat of whoever made it.

The sentence may name places, but only as what the decision is about: "The decree, which Putin signed on
Monday, ... the Arctic", "India released its first Arctic Policy" in a story at Svalbard, "The UN Human
Rights Committee found that Finland had violated ...", "Ottawa announced a moratorium on new oil and gas
licences in Canada's Arctic waters". Each reader says whose seat; this module asks them in order.
"""

from __future__ import annotations

from .actor_names import ACTORS
from .capitals import seat_deciding_for_an_area
from .default_places import STATE_CODES, seat_of
from .international_seats import seat_of_acting_body
from .places import Gazetteer, PlaceMatch
from .seats import made_at_seat


def decided_at_seat(text: str, mentions, ranked: list[PlaceMatch], gazetteer: Gazetteer) -> PlaceMatch | None:
    """The seat (degrees, EPSG:4326) where the decision ``text`` tells was made, when ``ranked`` (its
    places, best first) name only what it is about: an international body's seat
    (:func:`.international_seats.seat_of_acting_body`), the seat of a state whose leader signs a law or
    which puts out a policy (:func:`.seats.made_at_seat`), or of a state whose capital decides about an
    area (:func:`.capitals.seat_deciding_for_an_area`). None otherwise."""
    if (body_seat := seat_of_acting_body(text, ranked, gazetteer)) is not None:
        return body_seat
    state = made_at_seat(text, mentions, ranked, STATE_CODES) or seat_deciding_for_an_area(text, mentions, ranked)
    return seat_of(state) if state in ACTORS else None
