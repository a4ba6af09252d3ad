"""A sentence that opens on a government by its common noun: "The government submitted it to Parliament on May 30",
"Last week the cabinet approved the plan" (rules-2.26), or names it by its head anywhere: "the strategy that the
government of Fredrik Reinfeldt adopted in 2011" (carried90).

Naming no place, the decision is made at the seat of government (the settled annotation convention) of the state the
story is in. :func:`.seats.national_act` reads a state's body only when the body is itself a party mention; "the
government" is none when another party is named in the sentence (the office reader adds it only to a sentence
without parties): "The government submitted it to Parliament", "the government closed Canadian airspace to Russian
aircraft" name Finland's parliament and Russia's aircraft.
"""

from __future__ import annotations

import re

from .default_places import STATE_CODES

__all__ = ["governing_subject", "named_government"]

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


# A government named by its head, then its act: "since the Stoltenberg government presented its High North paper in
# 2011", "when the government of Prime Minister Juha Sipilä reached an agreement", "the strategy that the government of
# Fredrik Reinfeldt adopted in 2011". A past government's act, told as background in a story set in a town, was done
# at the seat of government.
_NAMED_GOVERNMENT = re.compile(
    r"\b(?:[Tt]he\s+[A-Z][\w'’-]+(?:['’]s)?\s+(?:coalition\s+)?government|[Tt]he\s+government\s+of\s+"
    r"(?:(?:Prime\s+Minister|Chancellor|President)\s+)?(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)"
    r"(?:\s+(?:had|has|also|first|then|later|\w+ly)){0,2}\s+"
    r"(?P<verb>presented|adopted|approved|proposed|decided|reached|signed|launched|introduced|announced|agreed|"
    r"published|submitted|set\s+up|appointed|issued|granted|rejected|withdrew|imposed|banned|lifted|cut|raised)\b"
)
# States whose provinces or regions have governments named by their heads too ("the Pillai government" in Yukon).
_REGIONAL_GOVERNMENTS = frozenset({"CAN", "RUS", "USA"})


def named_government(text: str, story_state: str) -> str:
    """``story_state`` when a government named by its head acts in ``text`` ("the Stoltenberg government presented");
    "" otherwise, and in a state whose regions have governments named by their heads."""
    if "government" not in text or story_state not in STATE_CODES or story_state in _REGIONAL_GOVERNMENTS:
        return ""
    return story_state if _NAMED_GOVERNMENT.search(text) else ""
