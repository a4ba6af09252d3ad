"""A lede filed from the town where a body sits, telling that body's act: the act happened in the dateline's town.

A dateline says where the reporter filed from, and :func:`.story.past_the_dateline` sets it aside. But a
legislature, a court, an election office or a town's own government acts where it sits, and a reporter covering it
files from there: "IQALUIT - The members of Nunavut's legislative assembly chose John Main as the territory's next
premier" (rules-2.25), "ANCHORAGE -- A federal judge in Alaska on Wednesday vacated the permit", "WHITEHORSE --
Ranj Pillai was sworn in as premier of Yukon on Saturday", "JUNEAU -- Alaska's Division of Elections rejected the
application". The territory or state the lede names beside the town is only whose body it is, and the town lies in
it; a town named elsewhere in the lede says where something else is.
"""

from __future__ import annotations

import re

from .datelines import dateline_end
from .places import PlaceMatch

__all__ = ["decided_at_capital", "sits_at_dateline"]

# A legislature's own act: "The members of Nunavut's legislative assembly chose John Main as the territory's next
# premier", "its parliament, Inatsisartut, voted on Tuesday", "the territory's newly elected legislators chose her".
_LEGISLATURE_ACTS = re.compile(
    r"\b(?:legislative\s+assembly|legislators|legislature|MLAs|[Pp]arliament|Inatsisartut|Løgting|Lagting)\b"
    r"[^.;]{0,80}?\b(?:chose|elected|voted|removed|passed|approved|adopted|rejected|appointed|ratified)\b"
)
# A court's, an election office's or a government's act, or an office-holder sworn in or elected, where the body
# sits: "A federal judge in Alaska on Wednesday vacated", "Alaska's Division of Elections on Monday rejected the
# application", "was sworn in as premier of Yukon", "won the election for governor of the Arkhangelsk region",
# "The government adopted a new Arctic policy strategy".
_SEATED_ACTS = re.compile(
    r"\b(?:(?:court|judges?|Division\s+of\s+Elections|government|cabinet|council|assembly)\b[^.;]{0,60}?\b"
    r"(?:ruled|vacated|rejected|dismissed|upheld|overturned|adopted|approved|decided|voted)\b|"
    r"sworn\s+in\b|won\s+the\s+(?:\w+\s+)?election\b|(?:re-)?elected\b)"
)


def sits_at_dateline(text: str, dateline: PlaceMatch, ranked: list[PlaceMatch]) -> bool:
    """Whether ``text`` tells a seated body's act filed from the town it sits in: a dateline town ("IQALUIT -")
    and, ranked first after it, no more specific place than a territory, state or country, of the town's own state
    when the town's state is known ("the MLA for Arviat North-Whale Cove" further on names a riding, not where the
    vote was)."""
    if dateline.geo_precision != "city":
        return False
    others = [p for p in ranked if p is not dateline]
    if others and (
        others[0].geo_precision not in ("region", "country", "arctic")
        or (dateline.iso3 and others[0].iso3 and others[0].iso3 != dateline.iso3)
    ):
        return False
    if _LEGISLATURE_ACTS.search(text):
        return True
    # Another body's act needs the town's own territory, state or country named as whose body it is: "TALLINN -- The
    # Finnish government decided" was filed from abroad.
    return bool(others) and bool(dateline.iso3) and others[0].iso3 == dateline.iso3 and bool(_SEATED_ACTS.search(text))


# A state's head, government or highest court opening a lede, then its decision: "MOSCOW -- President Vladimir Putin
# declared a state of emergency on Wednesday after diesel leaked at Norilsk", "STOCKHOLM -- Sweden's government on
# Tuesday gave the go-ahead for a mine near Jokkmokk", "OSLO -- Norway's Supreme Court on Tuesday rejected a challenge
# to licences in the Barents Sea".
_STATE_DECIDES = re.compile(
    r"(?:(?:The|the)\s+)?(?:[A-Z]\w+['’]s\s+|[A-Z]\w+(?:ian|ish|ese|ic|an|ch)\s+)?"
    r"(?:government|[Cc]abinet|Supreme\s+Court|(?:President|Prime\s+Minister)\s+(?:[A-Z][\w.-]*\s+){1,3})"
    r"[^.;]{0,40}?\b(?:declared|approved|rejected|ruled|adopted|decided|gave\s+the\s+go-ahead)\b"
)


def decided_at_capital(text: str, dateline: PlaceMatch, ranked: list[PlaceMatch]) -> bool:
    """Whether ``text``, a lede filed from a capital, opens with its state's head, government or highest court deciding,
    every other place it names coming after the decision and lying in that state or in no state (a sea): what the
    decision is about, not where it was made."""
    if dateline.kind != "capital" or not dateline.iso3:
        return False
    decides = _STATE_DECIDES.match(text, dateline_end(text))
    others = [p for p in ranked if p is not dateline]
    return (
        decides is not None
        and bool(others)
        and all(p.start >= decides.end() and p.iso3 in ("", dateline.iso3) for p in others)
    )
