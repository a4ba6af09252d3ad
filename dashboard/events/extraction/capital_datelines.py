"""A story filed from a capital about a sea or a region: its state's institutions act at the capital.

"OSLO -- Norway acted within the law when it opened new parts of the Barents Sea to oil exploration, a court ruled":
the story's main place is the sea (:func:`.story.main_place` skips a capital dateline, since reporters file from
capitals), but "The environmentalists went to court in October 2016" and "The ministry welcomed the judgment" happened
in Oslo, where the court and the ministry sit, not out at sea. A sentence carried to the story's sea or region is
put at the dateline's capital when it tells a court's, a ministry's, a parliament's or a government's act; one that tells
a ship's voyage or a drilling campaign stays at sea.
"""

from __future__ import annotations

import re

from .datelines import is_dateline
from .default_places import STATE_CODES
from .places import Gazetteer, PlaceMatch
from .text import Sentence

__all__ = ["capital_filed_from", "place_of_state_act"]

# Where a story can be that a capital is not at: a sea, an ocean, a region or an archipelago.
_OPEN_KINDS = ("sea", "ocean", "region", "archipelago")

# The acts of a state's institutions, done where they sit: "went to court", "the case was heard", "the ministry
# said", "the government awarded", "parliament voted", "on election night", "talks on forming a new government",
# "sued the state", "Thursday's deal follows ...", "the defence agreement was concluded by a broad majority", "told the
# Senate Armed Services Committee".
_STATE_ACT = re.compile(
    r"\b(?:court|courthouse|judges?|judgment|ruling|case\s+was\s+heard|ministry|ministers?|parliament|"
    r"government|cabinet|coalition|election|plaintiffs|lawsuit|appeal(?:ed)?|sued|legislation|bill|"
    r"agreements?|deal|committee|majority)\b",
    re.I,
)


def capital_filed_from(sentences: list[Sentence], gazetteer: Gazetteer) -> PlaceMatch | None:
    """The capital the article's lede is datelined at ("OSLO --", "HELSINKI -"), None if it has none."""
    body = [s.text for s in sentences if s.kind not in ("byline", "title", "heading")]
    if not body:
        return None
    lede = body[0]
    return next((p for p in gazetteer.find(lede[:40]) if p.kind == "capital" and is_dateline(lede, p)), None)


def place_of_state_act(
    text: str, codes: list[str], main: PlaceMatch | None, capital: PlaceMatch | None
) -> PlaceMatch | None:
    """The place a sentence carried to the story's ``main`` place goes to: the dateline's ``capital`` when ``main`` is
    a sea or a region of the capital's own state (or of none: a sea) and ``text`` tells a state institution's act,
    else ``main``. An international body among its parties (``codes``) acts at its own seat, not at the capital
    ("The European Commission said it had taken note of the judgment")."""
    if (
        main is not None
        and capital is not None
        and main.kind in _OPEN_KINDS
        and main.iso3 in ("", capital.iso3)
        and all(code in STATE_CODES for code in codes)
        and _STATE_ACT.search(text)
    ):
        return capital.spanning(-1, -1)
    return main
