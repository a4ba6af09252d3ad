"""A plan or a statement about areas, made at the seat: "Denmark will spend 14.6 billion crowns on its forces in
the Arctic and the North Atlantic, the minister said" was said in Copenhagen, not at sea. The places such a sentence
names are what the plan or the words are about, not where they were made.
"""

from __future__ import annotations

import re

from .places import PlaceMatch

__all__ = ["only_areas_or_abroad", "plans_for_areas"]


_AREA_KINDS = frozenset({"sea", "ocean", "region", "part"})
_WILL = re.compile(
    r"\b(?:will|plans? to|intends? to|"
    # "the Folketing agreed on Thursday to spend 1.5 billion kroner on ... the North Atlantic"
    r"(?:agreed|decided|voted)\s+(?:\w+\s+){0,3}?to\s+(?:spend|invest|buy|build|send|deploy|station))\b"
)


def plans_for_areas(sentence: str, places: list[PlaceMatch], speaker: str) -> bool:
    """Whether ``sentence`` tells a plan ("will spend", "plans to") or a statement whose places all lie
    in what was said ("A State Department spokesperson said the US government does not control what
    Americans do in Greenland"), the places being all seas, oceans, the Arctic, or regions and states
    other than the ``speaker``'s own: areas the plan or the words are about, not where they were made
    ("the Alaska Gasline Development Corp. will ..." stays in Alaska)."""
    said = _SAYS.search(sentence)
    # Words about what is or will be, not a report of what happened there ("said Russian jets had flown
    # over the Barents Sea" happened at sea).
    spoken = (
        said is not None
        and all(p.start >= said.end() for p in places)
        and not _PAST_IN_WORDS.search(sentence, said.end())
    )
    return (spoken or bool(_WILL.search(sentence))) and only_areas_or_abroad(places, speaker)


# A statement's verb, with what was said after it: "said the US government ...", "confirmed on Sunday that".
_SAYS = re.compile(r"\b(?:said|says|confirmed|announced|told\s+\w+)\b")
_PAST_IN_WORDS = re.compile(r"\b(?:had|was|were|[a-z]{3,}ed)\b")


def only_areas_or_abroad(places: list[PlaceMatch], state: str) -> bool:
    """Whether every one of ``places`` is an area (a sea, an ocean, a region, a country, the Arctic)
    outside ``state``: what a plan, law or policy made at the seat is for, not where it was made."""
    return all((p.kind in _AREA_KINDS or p.geo_precision in ("country", "arctic")) and p.iso3 != state for p in places)
