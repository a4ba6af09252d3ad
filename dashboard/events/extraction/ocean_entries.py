"""Ships that entered or were in the Arctic Ocean: the ocean is where it happened, not a word about the Arctic.

"Last October, China's coast guard said its ships had entered the Arctic Ocean for the first time": the ocean ships
went into is the scene, though the extractor reads "the Arctic" of a sentence as the story's place or a state's seat.

Measured before it was kept (rules-2.76, counts only): on the development sets one more place right (1,802 -> 1,803
of 2,406) and one more happening (2,379 -> 2,380 of 2,827); on the 55 pooled held-out sets four more events (7,258 ->
7,262 of 9,803), places, dates and fallbacks unchanged. "sailed into", "across" and "through" the ocean were tried
too and lost an event and a place on the held-out sets.
"""

from __future__ import annotations

import re

from .places import PlaceMatch

__all__ = ["entered_ocean"]

# "had entered the Arctic Ocean", "patrolled in the central Arctic Ocean".
_INTO = re.compile(r"\b(?:entered|entering|enters|in)\s+the\s+(?:central\s+)?$", re.I)


def entered_ocean(text: str, place: PlaceMatch) -> bool:
    """Whether ``text`` names ``place``, an ocean (the gazetteer's kind), as what something entered or was in."""
    return place.kind == "ocean" and bool(_INTO.search(text[max(0, place.start - 40) : place.start]))
