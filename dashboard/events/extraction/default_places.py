"""Where an event goes when its sentence does not say: a state's seat of government, its own area
(a country-level place), an organisation's headquarters or the Arctic; and the area of a state's
election. Coordinates in degrees (EPSG:4326)."""

from __future__ import annotations

import re

from .actor_names import ACTORS
from .companies import is_company
from .demonyms import is_demonym
from .home_rule import home_rule_territory
from .named_again import PlacesNamedBefore
from .officials import names_an_international_body
from .places import Gazetteer, PlaceMatch
from .state_acts import staging_state
from .text import lower_for_cues

__all__ = [
    "DECISION_VERBS",
    "STATE_CODES",
    "statewide_area",
    "country_level_held",
    "fallback_place",
    "governed_at_seat",
    "acting_at_home",
    "seat_of",
    "state_of_place",
]

#: The actor codes that are states (not organisations or the Arctic Council).
STATE_CODES = frozenset(code for code in ACTORS if len(code) == 3 and code not in ("ARC",))


def fallback_place(codes: list[str], gazetteer: Gazetteer, category: str) -> PlaceMatch:
    """Where an event goes when its sentence names no place: the first state's own area
    (the gazetteer's country point, drawn as country-level, not at the capital), an
    organisation's headquarters, or the Arctic."""
    if category == "China presence":  # China's presence is in the Arctic, not in Beijing
        return gazetteer.arctic
    for code in codes:
        if code in ACTORS:
            state = gazetteer.lookup(ACTORS[code].name) if code in STATE_CODES else None
            if state is not None:
                return PlaceMatch(ACTORS[code].name, state.lat, state.lon, "country")
            home, lat, lon = ACTORS[code].home
            return PlaceMatch(home, lat, lon, "country")
    return gazetteer.arctic


# A state's own election: "won Saturday's parliamentary election", "after Tuesday's election".
_ELECTION = re.compile(
    r"(?i)\b(?:parliamentary|general|legislative|presidential|national|last|latest|early|snap)\s+election\b|"
    r"'s\s+election\b|"
    # "the election of 11 March", "the election of April 6", "won the Greenlandic election": the state's own
    r"\belection\s+of\s+(?:\d|(?-i:[A-Z])[a-z]+\.?\s+\d)|(?-i:\b[A-Z]\w+(?:ic|ish|ese|ian|an))\s+election\b"
)
# An election told by its seats: "Inuit Ataqatigiit won 12 seats", "the two parties tied with eight seats each",
# "had taken the seat for the NDP in October 2019", "was first elected in 2017": the vote, over the state's area.
# Every match holds "seat" or "elected" (the word test before the scan).
_SEATS = re.compile(
    r"(?i)\bwon\s+\d+\s+(?:of\s+the\s+\d+\s+)?seats\b|\bseats\s+each\b|\b(?:taken|took|won)\s+the\s+seat\b|"
    r"\b(?:first|re-?)\s*elected\s+in\s+\d{4}\b"
)


# An election of the whole state, not of one of its territories or provinces.
_NATIONAL = re.compile(r"(?i)\b(?:federal|national|presidential|parliamentary)\b")


# A state joining an alliance, named as the one joining: "Finland joined NATO last year", "Sweden became a
# member in March".
_JOINS = (
    r"(?:,\s+which)?\s+(?:(?:formally|officially|finally|then|also)\s+)?(?:joined|became\s+(?:a\s+|the\s+\w+\s+)?"
    r"(?:full\s+)?member)\b"
)


# A second state's accession told in the same sentence: "Finland joined last year and Sweden in March", "... and
# Sweden followed on 7 March": each on its own date, so the sentence's is no one state's.
_SECOND_ACCESSION = re.compile(r"\band\s+(?:then\s+)?[A-Z]\w+\s+(?:in|on|followed|joined|did|became|last|this)\b")


def statewide_area(
    sentence: str,
    codes: list[str],
    place: PlaceMatch,
    gazetteer: Gazetteer,
    named: bool,
    earlier: PlacesNamedBefore | None = None,
) -> PlaceMatch | None:
    """The country-level place of a state-wide happening that is no decision made somewhere (the
    settled annotation convention): the state whose election ``sentence`` tells, when the event's
    ``place`` lies in that state (its capital, a town) rather than somewhere the election is not; the
    state that joined an alliance, when the sentence names no place (``named`` False).

    An election that is not a national one, in an article whose latest region (``earlier``) lies in that
    state (a territory, a province), is that region's: "the election of Oct. 30" in a story on Nunavut."""
    region = earlier.latest_region() if earlier is not None else None
    lower = lower_for_cues(sentence)  # speed: word tests before the scans
    # The first state named as joining ("Finland joined NATO in April 2023, after Russia's invasion of Ukraine",
    # "cooperation with Finland, which joined NATO in 2023"). "Finland joined last year and Sweden in March" are two
    # states' accessions, each on its own date: the sentence's is the first's.
    if not named and ("joined" in lower or "member" in lower) and not _SECOND_ACCESSION.search(sentence):
        for code in codes:
            if code in STATE_CODES and re.search(rf"\b{re.escape(ACTORS[code].name)}{_JOINS}", sentence):
                area = gazetteer.lookup(ACTORS[code].name)
                return None if area is None else PlaceMatch(area.name, area.lat, area.lon, "country")
    # "It gained home rule in 1979": the territory's status, over its area (.home_rule).
    if not named and (code := home_rule_territory(sentence, codes)):
        area = gazetteer.lookup(ACTORS[code].name)
        return None if area is None else PlaceMatch(area.name, area.lat, area.lon, "country")
    # "Russia on Tuesday began a naval exercise": a state staging a happening of its own, over its area (.state_acts).
    if not named and (code := staging_state(sentence, [c for c in codes if c in STATE_CODES])):
        area = gazetteer.lookup(ACTORS[code].name)
        return None if area is None else PlaceMatch(area.name, area.lat, area.lon, "country")
    if not ("election" in lower and _ELECTION.search(sentence)) and not (
        ("seat" in lower or "elected" in lower) and _SEATS.search(sentence)
    ):
        return None
    # No party named ("Qaqqaq had taken the seat for the NDP" in a story on Nunavut): the state the event's place lies
    # in holds the vote, over the story's territory only (a state's own vote is told with its party, or not at all).
    for code in codes or ([place.iso3] if place.iso3 in STATE_CODES else []):
        if code in STATE_CODES and (area := gazetteer.lookup(ACTORS[code].name)) is not None:
            home = ACTORS[code].home[0]
            # A region the story is about, not named here, does not hold a national election: "OSLO -- ... in
            # Monday's parliamentary election" in a story that names Finnmark's results further down.
            regional = place.kind == "region" and (named or not _NATIONAL.search(sentence))
            if place.name in (home, area.name) or (place.iso3 and place.iso3 == area.iso3 and not regional):
                if region is not None and region.iso3 == area.iso3 and not _NATIONAL.search(sentence):
                    return PlaceMatch(region.name, region.lat, region.lon, region.geo_precision)
                return PlaceMatch(area.name, area.lat, area.lon, "country") if codes else None
            return None
    return None


def country_level_held(events: list, fallbacks: list[bool]) -> bool:
    """Whether the article's one country-level event is taken: an earlier event (``events``, with ``fallbacks``
    saying which fell back) sits at a country or the Arctic only because its sentence named no place. A placeless
    sentence put at the story's place (a town, a sea) counts as the article's fallback for folding what follows,
    but leaves the country free for a state-wide happening: "Much attention is on cooperation with Finland, which
    joined NATO in April 2023" after such a sentence in a story at Finnsnes is Finland's accession."""
    return any(
        fell_back and event.geo_precision in ("country", "arctic") for event, fell_back in zip(events, fallbacks)
    )


def state_of_place(place: PlaceMatch, category: str, sentence: str) -> str:
    """The party of a happening whose ``sentence`` names none, at ``place``: the state the place lies
    in ("The community of Sanikiluaq recorded its first case on Friday": Canada's). Not for Denmark's
    realm, whose places may be Greenland's or the Faroes' as much as Denmark's, nor for a natural
    happening (an eruption, a melt), which nobody does, nor for an international body's act ("The
    International Energy Agency praised the plan in Oslo"). "" otherwise."""
    if (
        place.iso3 in STATE_CODES
        and place.iso3 != "DNK"
        and category != "research & environment"
        and not names_an_international_body(sentence)
    ):
        return place.iso3
    return ""


def seat_of(code: str) -> PlaceMatch:
    """The seat of government of actor ``code``, as the place where it acted."""
    home, lat, lon = ACTORS[code].home
    return PlaceMatch(home, lat, lon, "city")


#: A government's decision: what a state, its government or its ministers do by deciding.
DECISION_VERBS = ("issued", "granted", "suspended", "banned", "approved", "adopted", "decided", "ordered", "imposed",
                  "lifted", "allowed", "appointed", "nominated", "ratified", "revoked", "extended", "announced",
                  "introduced", "recognised", "recognized", "expelled", "summoned", "closed", "reopened",
                  "sanctioned")  # fmt: skip
_GOVERNS = re.compile(rf"\b(?:{'|'.join(DECISION_VERBS)})\b")


def governed_at_seat(sentence: str, states: list[str]) -> str:
    """The state whose government decided what ``sentence`` tells when it names one state and no
    place ("Iceland suspended the fin whale hunt in June 2023"): the decision is made at its seat."""
    return states[0] if len(states) == 1 and _GOVERNS.search(sentence) else ""


def _leader_off_a_sea(story: PlaceMatch | None, states: list[str], mentions) -> str:
    """The state whose named leader acts in a sentence that names one state and no place, when the
    story's place (``story``) is a sea or an ocean: a leader acts at home, not on the sea the story
    is about ("Frederiksen called the election" in a story about the North Atlantic seats). "" otherwise."""
    if story is None or story.kind not in ("sea", "ocean") or len(states) != 1:
        return ""
    return states[0] if any(m.person and m.code == states[0] for m in mentions) else ""


def _state_off_a_wide_land(
    story: PlaceMatch | None, states: list[str], mentions, gazetteer: Gazetteer, companies: frozenset[str] | set[str]
) -> str:
    """The state that acts in a sentence naming no place when the story's place (``story``) is a land with a government
    of its own (a US state, a province, a territory, a county: a region the gazetteer gives a regional capital): a
    state's act in such a story is made at its seat of government, as the annotation conventions place a national
    decision ("the Interior Department cancelled the leases in 2023" in a story about Alaska, at Washington). The story
    place's own state first, else the first state named; "" when no state is named or the story's place is no such
    land (a refuge, a peninsula, a sea, a town). Only a state named as such counts: "the government" in a story about
    Yukon is the territory's. Nor does a company (one of ``companies``, the names the article learnt as a company's)
    or the town a company is introduced by: "ConocoPhillips announced the discovery in 2017", "Ravn bought PenAir, and
    it has a partnership with Seattle-based Alaska Airlines" tell a company's doings, not its state's."""
    if story is None or story.kind != "region" or gazetteer.regional_capital(story.name) is None:
        return ""
    named = [
        code for code in states if any(m.code == code and _for_the_state(m, gazetteer, companies) for m in mentions)
    ]
    state = story.iso3 if story.iso3 in named else next(iter(named), "")
    return state if state in ACTORS else ""


def _for_the_state(mention, gazetteer: Gazetteer, companies: frozenset[str] | set[str]) -> bool:
    """Whether ``mention`` may name its state acting: named as such (a capital letter: "the government" in a story
    about Yukon is the territory's), and no company nor a company's home town ("Seattle-based Alaska Airlines")."""
    if not mention.text[:1].isupper() or mention.text in companies or is_company(mention.text):
        return False
    if is_demonym(mention.text):
        return False
    town = gazetteer.lookup(mention.text)
    return town is None or town.kind not in ("city", "capital", "settlement", "port")


def acting_at_home(
    story: PlaceMatch | None, states: list[str], mentions, gazetteer: Gazetteer, companies: frozenset[str] | set[str]
) -> str:
    """The state that acts at its seat of government in a sentence naming no place, in a story whose place
    (``story``) is a sea (:func:`_leader_off_a_sea`) or a land with a government of its own
    (:func:`_state_off_a_wide_land`); "" otherwise."""
    return _leader_off_a_sea(story, states, mentions) or _state_off_a_wide_land(
        story, states, mentions, gazetteer, companies
    )
