"""Category triggers: the words that make a sentence an event of a category.

Each entry is a regex fragment matched case-insensitively on word boundaries. A
sentence's category is the one with the most trigger hits (weighted); ties go to the
earlier category in :data:`TRIGGERS`, which lists the more specific categories first.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["TRIGGERS", "VERB_TRIGGERS", "choose_category"]

# (category, weight, fragments). Weight 2 marks phrases that decide the category alone.
TRIGGERS: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("China presence", 3, (r"near-arctic", r"polar silk road", r"xue long(?: 2)?", r"snow dragon", r"ice silk road")),
    (
        "military",
        2,
        (
            r"military",
            r"exercises?",
            r"drills?",
            r"troops",
            r"soldiers",
            r"navy",
            r"naval",
            r"warships?",
            r"submarines?",
            r"bombers?",
            r"fighter jets?",
            r"fighters",
            r"intercept\w*",
            r"missiles?",
            r"air base",
            r"space base",
            r"deploy\w*",
            r"defen[cs]e",
            r"armed forces",
            r"readiness",
            r"frigates?",
            r"destroyers?",
            r"aircraft",
            r"patrol\w*",
            r"nuclear-powered",
            r"air defense identification zone",
            r"ADIZ",
            r"security",
            r"northern fleet",
            r"invasion",
            r"invaded",
            r"countermeasures",
            r"airspace",
            r"landings?",
        ),
    ),
    (
        "shipping",
        2,
        (
            r"shipping",
            r"ships?",
            r"vessels?",
            r"cargo",
            r"transits?",
            r"transited",
            r"northern sea route",
            r"northwest passage",
            r"trade routes?",
            r"shipping routes?",
            r"container",
            r"tankers?",
            r"voyages?",
            r"navigation",
            r"freight",
            r"sailed",
            r"sail",
            r"icebreakers?",
            r"escort\w*",
            r"tonnes",
            r"port",
        ),
    ),
    (
        "energy & resources",
        2,
        (
            r"oil",
            r"gas",
            r"LNG",
            r"energy",
            r"drilling",
            r"mining",
            r"mines?",
            r"minerals?",
            r"rare earths?",
            r"uranium",
            r"natural resources?",
            r"pipelines?",
            r"reserves",
            r"exploration",
            r"liquefaction",
            r"liquefied",
            r"oilfield",
            r"field",
            r"production",
            r"fisher(?:y|ies)",
        ),
    ),
    (
        "claims & law",
        2,
        (
            r"claims?",
            r"claimed",
            r"continental shelf",
            r"sovereignty",
            r"boundary",
            r"border",
            r"treaty",
            r"UNCLOS",
            r"court",
            r"ruling",
            r"dispute\w*",
            r"territorial",
            r"annex\w*",
            r"legislation",
            r"law",
            r"sanction\w*",
            r"ban",
            r"banned",
            r"renamed",
            r"seabed",
            r"purchase",
            r"buy(?:ing)?",
        ),
    ),
    (
        "politics",
        2,
        (
            r"elections?",
            r"vot(?:e|ed|ers|ing)",
            r"referendum",
            r"parliament\w*",
            r"premier",
            r"coalition",
            r"independence",
            r"party",
            r"campaign\w*",
            r"won",
            r"prime minister",
        ),
    ),
    (
        "infrastructure",
        2,
        (
            r"cables?",
            r"fib(?:re|er)",
            r"satellites?",
            r"airport",
            r"railway",
            r"power line",
            r"consulate",
            r"damaged?",
            r"outage",
            r"infrastructure",
        ),
    ),
    (
        "research & environment",
        2,
        (
            r"research",
            r"scientific",
            r"scientists?",
            r"expedition",
            r"climate",
            r"melting",
            r"warming",
            r"environment\w*",
            r"pollution",
            r"spill",
            r"wildlife",
            r"survey",
            r"glaciers?",
            r"sea ice",
            r"permafrost",
        ),
    ),
    (
        "diplomacy",
        1,
        (
            r"talks",
            r"talked",
            r"meetings?",
            r"met",
            r"meet",
            r"summit",
            r"visit\w*",
            r"discuss\w*",
            r"negotiat\w*",
            r"embassy",
            r"ambassadors?",
            r"diplomat\w*",
            r"cooperation",
            r"cooperate",
            r"relations",
            r"news conference",
            r"press conference",
            r"signed",
            r"sign",
            r"agreements?",
            r"envoy",
            r"foreign ministers?",
            r"rapprochement",
            r"thaw",
            r"engagement",
            r"dialogue",
            r"joined",
            r"join",
            r"accession",
            r"membership",
            r"members?",
            r"chair\w*",
            r"statement",
            r"shake hands",
            r"strategy",
            r"partnership",
            r"declared",
            r"announced",
            r"paused?",
            r"suspend\w*",
            r"allies",
            r"invest\w*",
            r"travel\w*",
            r"trip",
        ),
    ),
)

#: Trigger words that are verbs: where a normalised summary's predicate may start.
VERB_TRIGGERS = re.compile(
    r"\b(?:discussed|discuss|met|meet|signed|sign|joined|join|declared|announced|paused|suspended|"
    r"intercepted|deployed|launched|claimed|renamed|sanctioned|banned|won|voted|visited|sailed|"
    r"transited|damaged|shake|agreed|held|opened|reached|completed|warns?|aims?|seeks?|see|sees|"
    r"explore|exploring|increased|raised|plans?|planned|are planned|are|is|was|were|has|have|had|will)\b",
    re.I,
)


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[str, int, re.Pattern[str]], ...]:
    return tuple(
        (category, weight, re.compile(rf"(?<![\w-])(?:{'|'.join(fragments)})(?![\w])", re.I))
        for category, weight, fragments in TRIGGERS
    )


def choose_category(sentence: str) -> tuple[str | None, int]:
    """The sentence's category and its trigger score, or ``(None, 0)`` without a trigger."""
    best, best_score = None, 0
    for category, weight, pattern in _compiled():
        score = weight * len(pattern.findall(sentence))
        if score > best_score:
            best, best_score = category, score
    return best, best_score
