"""Category triggers: the words that make a sentence an event of a category.

Each entry is a regex fragment matched case-insensitively on word boundaries. A
sentence's category is the one with the most trigger hits (weighted); ties go to the
earlier category in :data:`TRIGGERS`, which lists the more specific categories first.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["TRIGGERS", "VERB_TRIGGERS", "choose_category", "choose_trigger"]

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
            r"warplanes?",
            r"jets?",
            r"escorted",
            r"shadow\w*",
            r"maneuvers?",
            r"manoeuvres?",
            r"jamm\w*",
            r"GPS interference",
            r"spy\w*",
            r"espionage",
            r"weapons?",
            r"test(?:ed|ing)? (?:launch|fire|firing)",
            r"explosion",
            r"blast",
            r"radiation",
            r"surfaced",
            r"fired",
            r"garrison",
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
            r"port calls?",
            r"docked",
            r"berthed",
            r"moored",
            r"ran aground",
            r"aground",
            r"grounding",
            r"grounded",
            r"stranded",
            r"passengers",
            r"cruise",
            r"crossed",
            r"crossing",
            r"arrived",
            r"departed",
            r"delivered",
            r"route",
            r"convoy",
            r"rescue\w*",
            r"towed",
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
            r"lease sale",
            r"leases?",
            r"licen[cs]es?",
            r"licensed",
            r"wells?",
            r"refinery",
            r"terminal",
            r"iron ore",
            r"nickel",
            r"smelter",
            r"mine expansion",
            r"quota",
            r"diesel",
            r"fuel",
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
            r"lawsuits?",
            r"sued",
            r"sues?",
            r"judge",
            r"fined?",
            r"penalty",
            r"damages",
            r"convicted",
            r"sentenced",
            r"arrested",
            r"detained",
            r"pardon\w*",
            r"released",
            r"prosecut\w*",
            r"trial",
            r"verdict",
            r"approv\w*",
            r"permits?",
            r"devolution",
            r"jurisdiction",
            r"expelled",
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
            r"government",
            r"resign\w*",
            r"protest\w*",
            r"elected",
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
            r"runway",
            r"construction",
            r"built",
            r"opened",
            r"inaugurat\w*",
            r"water supply",
            r"drinking water",
            r"contaminat\w*",
            r"power plant",
            r"floating nuclear",
            r"reactor",
            r"broadband",
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
            r"wildfires?",
            r"fires?",
            r"evacuat\w*",
            r"drift\w*",
            r"ice floe",
            r"measurements",
            r"samples",
            r"leaked",
            r"leak",
            r"emissions",
            r"eruption",
            r"fissure",
            r"volcan\w*",
            r"polar bears?",
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
            r"ministerial",
            r"declaration",
            r"hosted",
            r"host",
            r"welcomed",
            r"toured",
            r"protested",
            r"condemn\w*",
            r"warned",
            r"criticis\w*",
            r"criticiz\w*",
            r"policy",
            r"white paper",
            r"handed over",
            r"transfer\w*",
            r"centenary",
            r"anniversary",
            r"ceremony",
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


_LITERAL_HEAD = re.compile(r"[^\\\[\](){}?*+|.]*")
_WORD_START = re.compile(r"(?<![\w-])\w")


def _head(fragment: str) -> str:
    """The lower-cased letters every match of ``fragment`` starts with ("" when unknown)."""
    head = _LITERAL_HEAD.match(fragment).group(0)
    if fragment[len(head) : len(head) + 1] in ("?", "*", "{"):
        head = head[:-1]  # "bans?" promises "ban", not "bans"
    return head.lower()


@lru_cache(maxsize=1)
def _by_head() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Which categories (indexes into :data:`TRIGGERS`) may match at a word starting with
    given three letters, and the categories with a fragment too short to index (tried at
    every word)."""
    heads: dict[str, set[int]] = {}
    always: set[int] = set()
    for index, (_, _, fragments) in enumerate(TRIGGERS):
        for fragment in fragments:
            head = _head(fragment)
            if len(head) >= 3:
                heads.setdefault(head[:3], set()).add(index)
            else:
                always.add(index)
    return {key: tuple(sorted(v)) for key, v in heads.items()}, tuple(sorted(always))


def _trigger_hits(sentence: str) -> list[list[re.Match[str]]]:
    """Each category's trigger matches in ``sentence``, as ``pattern.finditer`` gives them,
    but trying a category's pattern only at words whose first three letters start one of
    its fragments: one cheap scan for word starts instead of one large scan per category."""
    compiled = _compiled()
    heads, always = _by_head()
    hits: list[list[re.Match[str]]] = [[] for _ in compiled]
    ends = [0] * len(compiled)
    for word in _WORD_START.finditer(sentence):
        start = word.start()
        candidates = heads.get(sentence[start : start + 3].lower(), ())
        for index in (*candidates, *always):
            if start < ends[index]:
                continue  # inside this category's previous match, as finditer would skip it
            m = compiled[index][2].match(sentence, start)
            if m:
                hits[index].append(m)
                ends[index] = m.end()
    return hits


def choose_category(sentence: str) -> tuple[str | None, int]:
    """The sentence's category and its trigger score, or ``(None, 0)`` without a trigger."""
    category, score, _, _ = choose_trigger(sentence)
    return category, score


def choose_trigger(sentence: str) -> tuple[str | None, int, re.Match[str] | None, int | None]:
    """The sentence's category, its trigger score, the first trigger of that category, and
    where the first trigger of any category starts (None without a trigger)."""
    best, best_score, best_hits, first = None, 0, None, None
    for (category, weight, _), found in zip(_compiled(), _trigger_hits(sentence), strict=True):
        if not found:
            continue
        first = found[0].start() if first is None else min(first, found[0].start())
        if weight * len(found) > best_score:
            best, best_score, best_hits = category, weight * len(found), found
    return best, best_score, (best_hits[0] if best_hits else None), first
