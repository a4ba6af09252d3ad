"""Where a decision told with no place of its own was made: at the seat of whoever made it.

The sentence may name places, but only as what the decision is about: "The decree, which Putin signed on
Monday, ... the Arctic", "India released its first Arctic Policy" in a story at Svalbard, "The UN Human
Rights Committee found that Finland had violated ...", "Ottawa announced a moratorium on new oil and gas
licences in Canada's Arctic waters", "the Storting voted by 74 to 23 to divide Troms og Finnmark", "The BLM
also finalized a rule that ... on the western North Slope". Each reader says whose seat; this module asks them in
order.
"""

from __future__ import annotations

import re

from geodata.regional_capitals import load_regional_capitals

from .actor_names import ACTORS
from .capitals import seat_deciding_for_an_area
from .default_places import STATE_CODES, seat_of
from .international_seats import seat_of_acting_body
from .places import Gazetteer, PlaceMatch
from .seats import made_at_seat

# A national legislature or high court by name, then its decision: "the Storting voted by 74 to 23 to divide
# the county", "The Supreme Court ruled on Monday that the licences ... on Fosen were granted in violation"; a court
# also with its nationality or in the possessive: "The Norwegian Supreme Court on Monday stripped", "Norway's Supreme
# Court ruled" (rules-2.55). A legislature also opens, creates or designates an area: "Congress opened the coastal plain to
# drilling in December 2017" in a story at Kodiak was done at Washington (carried90).
_HIGH_BODY = re.compile(
    r"\b(?:(?:the\s+|The\s+)?(?:Storting(?:et)?|Riksdag(?:en)?|Folketing(?:et)?|Althing(?:i)?|Eduskunta|State\s+Duma|Duma|"
    r"U\.S\.\s+Senate|U\.S\.\s+House|Congress|House\s+of\s+Commons)|"
    r"(?:(?:the|The)\s+(?:[A-Z][a-z]+(?:ian|ish|ese|ic|an|ch)\s+)?|[A-Z][a-z]+['’]s\s+)"
    r"(?:Supreme(?:\s+Administrative)?|Constitutional)\s+Court)"
    r"(?:,[^,;.]{1,80},)?(?:\s+(?:on\s+\w+|last\s+\w+|in\s+\w+|also|then|later|unanimously|narrowly|has|have|had))*"
    r"\s+(?:voted|ruled|passed|approved|adopted|ratified|decided|rejected|upheld|overturned|annulled|struck\s+down|"
    r"stripped|dismissed|found|ordered|sided|opened|created|established|designated|drew|set\s+aside|authori[sz]ed)\b"
)
# A national executive department or agency, or a head's administration, by name, then its decision: "the U.S.
# Department of the Interior and the Bureau of Land Management announced Friday that two major projects in Alaska's
# western Arctic will not go forward", "The Biden administration on Wednesday wiped out the last oil and gas leases in
# the Arctic National Wildlife Refuge". Agencies that act on the spot (a coast guard, a navy) are not among them.
_EXECUTIVE = re.compile(
    r"\b(?:(?:the\s+|The\s+)?(?:U\.S\.\s+)?(?:(?:Interior|Energy|Commerce|Transportation)\s+Department|"
    r"Department\s+of\s+(?:the\s+)?(?:Interior|Energy|Commerce|Transportation)|Bureau\s+of\s+(?:Land|Ocean\s+Energy)\s+"
    r"Management|BLM|BOEM)|(?:the|The)\s+(?:[A-Z]\w+\s+)?administration)"
    r"(?:\s+and\s+(?:the\s+)?[A-Z][\w.]*(?:\s+(?:of\s+)?[A-Z][\w.]*){0,4})?"
    r"(?:,[^,;.]{1,80},)?(?:\s+(?:on\s+\w+|last\s+\w+|in\s+\w+|also|then|later|has|have|had|\w+day))*"
    r"\s+(?:announced|approved|issued|finali[sz]ed|selected|signed|withdrew|rejected|cancel+ed|revoked|suspended|"
    r"granted|wiped\s+out|opened|closed|decided|ordered|adopted|sold|offered|designated|removed|reinstated)\b"
)
# What a regional government, legislature, court or office-holder does: decides or speaks.
_REGIONAL_ACTS = (
    r"(?:said|says|announced|approved|decided|rejected|withdrew|confirmed|ordered|issued|declared|asked|signed|passed|"
    r"voted|adopted|ruled|granted|refused|suspended|banned|imposed|lifted|appointed|extended|launched|introduced)"
)


# Any of the regional capitals table's region names, longest first: a literal alternation, compiled with the module
# (the table is read once, with the gazetteer's other tables).
_REGION_NAMES = sorted((row["region"] for row in load_regional_capitals()), key=len, reverse=True)
_REGION_NAME = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, _REGION_NAMES)) + ")")
# Words every regional body holds (speed: substring tests before the scans; faster than one alternation here, whose
# words mostly start with common lower-case letters).
_REGIONAL_CUES = ("overnment", "abinet", "egislat", "remier", "overnor", "Gov.", "inister", "Court", "Board")


# A region's own body after the region's name, then what it does: "the Nunavut government withdrew", "Yukon's
# minister of energy, mines and resources, John Streicker, said". Not a region's departments and agencies, which act
# where the story is ("The Alaska Department of Fish and Game announced ... the fishery").
_BODY_AFTER_REGION = re.compile(
    r"(?:['’]s)?\s+(?:(?:territorial|state|provincial|regional)\s+)?(?:[Gg]overnment|[Cc]abinet|[Ll]egislature|"
    r"Legislative\s+Assembly|[Pp]remier|[Gg]overnor|Gov\.|[Mm]inister|Supreme\s+Court|County\s+Administrative\s+Board)"
    rf"\b[^.;]{{0,90}}?\b{_REGIONAL_ACTS}\b"
)
# ... or before it: "The County Administrative Board of Norrbotten confirmed its result".
_BODY_BEFORE_REGION = re.compile(
    r"\b(?:Government|Legislature|Legislative\s+Assembly|County\s+Administrative\s+Board|Premier|Governor)\s+of\s+"
    r"(?:the\s+)?$"
)
_ACTS_AFTER_REGION = re.compile(rf"\b[^.;]{{0,90}}?\b{_REGIONAL_ACTS}\b")
# A region's head by title and name, or "the governor", then what the head does, the region named elsewhere in the
# sentence or earlier in the article: "Gov. Mike Dunleavy issued a state disaster declaration on Saturday" in a story on
# western Alaska was issued at Juneau, not where the storm struck, nor in Washington.
_TITLED_HEAD = re.compile(r"\b(?:(?:Gov\.|Governor|Premier)\s+(?:[A-Z][\w'’.-]*\s+){1,3}|[Tt]he\s+governor\b)")


def _regional_body(text: str, story_region: PlaceMatch | None) -> str:
    """The region (a regional capitals table name) whose own government, legislature, court or office-holder,
    named with the region, decides or speaks in ``text``; the first such in the text, or "". Each body pattern is
    tried only where a region's name stands. A head named by title alone ("Gov. Mike Dunleavy") heads the region the
    sentence names, else ``story_region`` (the region the article named last)."""
    for name in _REGION_NAME.finditer(text):
        if _BODY_AFTER_REGION.match(text, name.end()) or (
            _BODY_BEFORE_REGION.search(text, max(0, name.start() - 50), name.start())
            and _ACTS_AFTER_REGION.match(text, name.end())
        ):
            return name.group(0)
    if (head := _TITLED_HEAD.search(text)) and _ACTS_AFTER_REGION.match(text, head.end()):
        return named.group(0) if (named := _REGION_NAME.search(text)) else story_region.name if story_region else ""
    return ""


def _regional_body_decides(
    text: str, ranked: list[PlaceMatch], gazetteer: Gazetteer, story_region: PlaceMatch | None
) -> PlaceMatch | None:
    """The seat of the region whose own government, legislature, court or office-holder decides or speaks in
    ``text`` about places that all lie in the region's state, none told as where it sat: "In May 2018 the Nunavut
    government withdrew as co-proponent" was decided in Iqaluit. None otherwise."""
    if not any(cue in text for cue in _REGIONAL_CUES) or not (region := _regional_body(text, story_region)):
        return None
    seat = gazetteer.regional_capital(region)
    if seat is None or any(p.iso3 != seat.iso3 or _LOCATIVE.search(text, max(0, p.start - 9), p.start) for p in ranked):
        return None
    return seat


# Courts below the highest and bodies of a part of a state: their own seats, not the capital's.
_NOT_NATIONAL = re.compile(r"\b(?:Alaska|state|State|territorial|Territorial|Sámi|Sami|Saami|European)\s+$")
# A body in a clause that tells something else's background: "the Willow project, ... that the administration
# approved in March 2023", "six months after the administration approved the project".
_SUBORDINATE_BEFORE = re.compile(r"\b(?:that|which|after|when|before|since|because|until|while)\s+$")
_LOCATIVE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
# Words every _HIGH_BODY match holds, and every _EXECUTIVE match: one scan in C before each pattern (speed).
_HIGH_BODY_CUE = re.compile(r"Storting|Riksdag|Folketing|Althing|Eduskunta|Duma|Senate|House|Congress|Court")
_EXECUTIVE_CUE = re.compile(r"Department|Bureau|BLM|BOEM|administration")


def _national_body_decides(text: str, ranked: list[PlaceMatch], state: str) -> str:
    """``state`` when its legislature, highest court, or a federal department, agency or administration decides
    in ``text`` about places that all lie in it, none told as where it sat ("in Oslo"): "the Storting voted ... to
    divide the county", with Troms og Finnmark named, was voted in Oslo. "" otherwise."""
    if not state:
        return ""
    body = _HIGH_BODY.search(text) if _HIGH_BODY_CUE.search(text) else None
    if (
        body is None
        and _EXECUTIVE_CUE.search(text)
        and (body := _EXECUTIVE.search(text)) is not None
        and _SUBORDINATE_BEFORE.search(text, max(0, body.start() - 8), body.start())
    ):
        return ""
    if body is None or _NOT_NATIONAL.search(text, max(0, body.start() - 12), body.start()):
        return ""
    # Sat in a town ("in Anchorage"), not in an area the decision is about ("leases in the Arctic refuge").
    if any(
        p.iso3 != state or (p.geo_precision == "city" and _LOCATIVE.search(text, max(0, p.start - 9), p.start))
        for p in ranked
    ):
        return ""
    return state


def decided_at_seat(
    text: str,
    mentions,
    ranked: list[PlaceMatch],
    gazetteer: Gazetteer,
    story_state: str = "",
    story_region: PlaceMatch | None = None,
) -> PlaceMatch | None:
    """The seat (degrees, EPSG:4326) where the decision ``text`` tells was made, when ``ranked`` (its
    places, best first) name only what it is about: an international body's seat
    (:func:`.international_seats.seat_of_acting_body`), the seat of a state whose leader signs a law or
    which puts out a policy (:func:`.seats.made_at_seat`), of a state whose capital decides about an area
    (:func:`.capitals.seat_deciding_for_an_area`), or of a state (named first in ``mentions``, else
    ``story_state``, an ISO 3166 alpha-3 code) whose legislature or highest court decides about places that
    lie in it (rules-2.29), or whose federal department, agency or administration does (rules-2.31); or the seat
    of a region whose own government, legislature or office-holder decides about places in its state
    (:func:`_regional_body_decides`, rules-2.31). None otherwise."""
    if (body_seat := seat_of_acting_body(text, ranked, gazetteer)) is not None:
        return body_seat
    state = made_at_seat(text, mentions, ranked, STATE_CODES) or seat_deciding_for_an_area(text, mentions, ranked)
    if state in ACTORS:
        return seat_of(state)
    if (regional_seat := _regional_body_decides(text, ranked, gazetteer, story_region)) is not None:
        return regional_seat
    states = [m.code for m in mentions if m.code in STATE_CODES]
    if state := _national_body_decides(text, ranked, states[0] if states else story_state):
        # The gazetteer's capital, which knows its state: the party of "The Supreme Court ruled ..." when the
        # sentence names none (:func:`.default_places.state_of_place`).
        return gazetteer.lookup(ACTORS[state].home[0]) or seat_of(state)
    return None


# What makes a "politics" happening a state's politics: a vote, an election, a government, a law. "Won" alone also
# tells a design competition or a race won ("Dorte Mandrup won the international design competition in 2016").
_POLITICAL = re.compile(
    r"(?i)\b(?:vot(?:e|es|ed|ers?|ing)\b|elect(?:ion|ions|ed|oral|orate)?\b|coalition|bill\b|parliament|legislat|"
    r"government|minister|premier|part(?:y|ies)\b|referend|laws?\b|cabinet|mps?\b|seats?\b)"
)


def politics_at_seat(category: str, carried: PlaceMatch, story_state: str, text: str) -> PlaceMatch | None:
    """The seat of ``story_state`` (an ISO 3166 alpha-3 code) for a political happening (a vote, an election, a
    coalition) whose place was ``carried`` from the story and is a site, a point such as a mine: "Twelve members voted
    for the bill" in a story about Kvanefjeld is at Nuuk, not at the mine (degrees, EPSG:4326). Only when ``text`` (the
    sentence) names politics (rules-2.55): "won" alone in the politics category may be a prize. None otherwise."""
    if (
        category == "politics"
        and carried.geo_precision == "point"
        and story_state in ACTORS
        and _POLITICAL.search(text)
    ):
        return seat_of(story_state)
    return None
