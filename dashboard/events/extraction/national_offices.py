"""A state's office taken up or left: "Carney was sworn in as prime minister on 14 March", "AKUREYRI -- X resigned as
Iceland's minister of education on Thursday".

Naming no place of its own, a minister's or head of government's swearing-in or resignation is done at the seat of
government (the annotation convention, also for a story filed from or set in a town of the state: the town is where
the minister lives or the story is, not where the office is handed over). Only a national office counts: a premier, a
governor, a mayor, or a minister of a territory ("Nunavut's minister of health") is sworn in at its own seat, which
the dateline and regional rules already give.
"""

from __future__ import annotations

import re

from .default_places import STATE_CODES

__all__ = ["office_changed"]

# "sworn in as prime minister", "resigned as Finland's minister of economic affairs", "stepped down as prime
# minister", "took office as Denmark's prime minister", "was appointed Norway's foreign minister", "became minister of
# research in October 2021". The state, if named, is the possessive before the office (group "state"); a minister
# "of"/"for" something without it is group "bare".
_OFFICE_CHANGE = re.compile(
    r"\b(?:sworn\s+in|resigned|stepped\s+down|took\s+office|became|(?:was|been)\s+(?:appointed|named))\s+(?:as\s+)?"
    r"(?:(?P<state>[A-Z][\w.]*(?:\s+[A-Z]\w*)?)['’]s\s+(?:new\s+|first\s+female\s+)?"
    r"(?:(?:deputy\s+)?prime\s+minister|(?:[a-z]+\s+)?minister\b|president\b(?!\s+of\b))"
    r"|(?:the\s+)?(?:new\s+)?(?:deputy\s+)?prime\s+minister\b|(?P<bare>(?:[a-z]+\s+)?minister\s+(?:of|for)\b))"
)
# States whose provinces, territories or regions have ministers of their own: "was sworn in as minister of health" in a
# story at Whitehorse or Arkhangelsk may be the territory's or region's, so a minister there needs the state named.
_REGIONAL_MINISTERS = frozenset({"CAN", "RUS"})
# Words every match holds (speed: substring tests before the scan).
_CUES = ("sworn", "resigned", "stepped", "took office", "appointed", "named", "became")


def office_changed(text: str, mentions, states: list[str], story_state: str) -> str:
    """The state (an ISO 3166 alpha-3 code) whose national office someone takes up or leaves in ``text``: the state
    named in the possessive before the office (one of ``mentions``), else the sentence's first state (``states``),
    else the story's (``story_state``); "" when the sentence tells no such change, or its possessive names no
    state ("Nunavut's minister")."""
    if "minister" not in text and "president" not in text:
        return ""
    if not any(cue in text for cue in _CUES) or (m := _OFFICE_CHANGE.search(text)) is None:
        return ""
    if m.group("state"):
        start, end = m.span("state")
        named = [x.code for x in mentions if x.start < end and start < x.end and x.code in STATE_CODES]
        return named[0] if named else ""
    state = states[0] if states else story_state
    if m.group("bare") and state in _REGIONAL_MINISTERS:
        return ""
    return state if state in STATE_CODES else ""
