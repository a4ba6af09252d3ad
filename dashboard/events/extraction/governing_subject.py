"""A sentence that opens on a government by its common noun: "The government submitted it to Parliament on May 30",
"Last week the cabinet approved the plan" (rules-2.26).

Naming no place, the decision is made at the seat of government (the settled annotation convention) of the state the
story is in. :func:`.seats.national_act` reads a state's body only when the body is itself a party mention; "the
government" is none when another party is named in the sentence (the office reader adds it only to a sentence
without parties): "The government submitted it to Parliament", "the government closed Canadian airspace to Russian
aircraft" name Finland's parliament and Russia's aircraft.
"""

from __future__ import annotations

import re

from .default_places import STATE_CODES

__all__ = ["governing_subject"]

# "The government submitted", "In May the federal government has approved", "Last week the cabinet decided".
_OPENS_ON_GOVERNMENT = re.compile(
    r"(?:(?:On|In|Last|Earlier|Later|This)\b[^,.;]{0,30}?,?\s+)?[Tt]he\s+(?:(?:federal|national|new|coalition)\s+)?"
    r"(?:government|cabinet)\s+(?:(?:has|had|also|then|later|formally|officially|\w+ly)\s+){0,2}"
    r"(?P<verb>[a-z]+ed|decided|approved|submitted|said|told|made|sent|set|put|cut|chose|gave|took|sought|withdrew)\b"
)
# A journey or presence is where the story is, not at the seat: "The government moved to Tromsø".
_ON_THE_SPOT = re.compile(r"(?:visited|arrived|travelled|traveled|moved|hosted|held|stayed|landed|sailed|flew)$")


def governing_subject(text: str, story_state: str) -> str:
    """``story_state`` (the ISO code of the state the story's main place lies in) when its government, by the
    common noun, opens ``text`` deciding or speaking; "" otherwise."""
    if story_state not in STATE_CODES:
        return ""
    m = _OPENS_ON_GOVERNMENT.match(text)
    return "" if m is None or _ON_THE_SPOT.match(m.group("verb")) else story_state
