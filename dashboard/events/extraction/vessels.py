"""What names a ship, and whose it is. A vessel noun before a name ("the icebreaker Xue Long 2", "the submarine Kazan")
or a hull prefix ("USS Alaska", "KV Svalbard") names one; the prefix also tells whose navy or coast guard it is, and
otherwise the party named just before the vessel noun ("the Chinese research vessel") or after the name ("the cargo
ship Tian En, operated by China's COSCO Shipping") does. In "Inspectors from the coast guard vessel KV Svalbard boarded
a Latvian trawler", Svalbard is Norway's ship, not the archipelago. :class:`.document.ArticleMemory` learns an
article's ships with these, and :func:`names_a_ship` tells :mod:`.story` a ship's name before that.
"""

from __future__ import annotations

import re

from .actors import ActorMention
from .proper_names import NAME
from .regex_forms import any_substring

__all__ = [
    "ANY_HULL",
    "ANY_HULL_PREFIX",
    "HULLS",
    "VESSEL_NAME",
    "VESSEL_NOUNS",
    "names_a_ship",
    "operator_after",
    "owner_before",
]

VESSEL_NOUNS = ("ship", "vessel", "icebreaker", "submarine", "sub", "frigate", "destroyer", "cruiser", "corvette",
                "tanker", "carrier", "cutter", "trawler", "freighter", "boat", "warship", "containership", "liner",
                "barge", "platform", "rig")  # fmt: skip
_VESSEL = rf"(?:{'|'.join(VESSEL_NOUNS)})s?"
# Hull prefixes and the navy or coast guard they denote.
_HULL_PREFIXES = {
    "USS": "USA",
    "USCGC": "USA",
    "HMS": "GBR",
    "HDMS": "DNK",
    "KNM": "NOR",
    "HNoMS": "NOR",
    "HMCS": "CAN",
    "CCGS": "CAN",
    # Coast guards' and navies' prefixes, their ships often named after places ("KV Svalbard", "ICGV Thor").
    "KV": "NOR",
    "NoCGV": "NOR",
    "ICGV": "ISL",
    "HSwMS": "SWE",
    "RV": "",
    "R/V": "",
    "MV": "",
    "M/V": "",
}
HULLS = [(re.compile(rf"(?<![\w/]){re.escape(prefix)}\s+{NAME}"), code) for prefix, code in _HULL_PREFIXES.items()]
_HULL_PREFIX = rf"(?<![\w/])(?:{'|'.join(map(re.escape, _HULL_PREFIXES))})"
ANY_HULL = re.compile(rf"{_HULL_PREFIX}\s")
ANY_HULL_PREFIX = any_substring(list(_HULL_PREFIXES))  # one scan for all the prefixes (speed)
VESSEL_NAME = re.compile(rf"\b{_VESSEL}\s+(?:of\s+)?{NAME}")
# A hull prefix just before a name: "KV Svalbard", "USS Alaska" (how far back to look: the longest prefix and a space).
_HULL_BEFORE = re.compile(rf"{_HULL_PREFIX}\s+$")
_HULL_REACH = max(map(len, _HULL_PREFIXES)) + 2


def names_a_ship(text: str, start: int) -> bool:
    """Whether the name at ``start`` of ``text`` follows a hull prefix ("KV Svalbard", "USS Alaska"): a ship's name,
    even before the article memory has read the sentence that introduces it."""
    return _HULL_BEFORE.search(text, max(0, start - _HULL_REACH), start) is not None


# What ties a vessel named just before to the party after it: ", operated by China's COSCO".
_OPERATED_BY = re.compile(r",?\s+(?:which\s+is\s+)?(?:operated|owned|run|managed|chartered|crewed)\s+by\s+(?:the\s+)?")


def owner_before(start: int, mentions: list[ActorMention], text: str) -> str:
    """The actor named in the noun phrase just before a vessel noun ("the Chinese research ...")."""
    for mention in reversed(mentions):
        if mention.end <= start and start - mention.end <= 40 and not re.search(r"[,;.:]", text[mention.end : start]):
            return mention.code
    return ""


def operator_after(end: int, mentions: list[ActorMention], text: str) -> str:
    """The actor that operates or owns a vessel, named right after its name ("the cargo ship Tian
    En, operated by China's COSCO Shipping", "the trawler Onega, owned by a Murmansk company")."""
    m = _OPERATED_BY.match(text, end)
    if m is None:
        return ""
    return next((o.code for o in mentions if m.end() <= o.start <= m.end() + 12), "")
