"""What a sentence's clauses say about its event, for :mod:`.extract`.

News states a happening in its main clause and wraps it in context: where a statement was
made ("said in Oslo"), what the date sits next to ("launched in Ottawa on Friday") and what
an aside only describes ("Arktikugol, which is headquartered in Moscow, owns ..."). These rules
read those wrappings from the sentence's words. How things stand ("the border runs for 1,340 km")
and who commented ("..., the minister said") are read by :mod:`.happening_verbs`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .dates import DateMatch
from .finer_places import more_specific
from .launch_sites import launch_site_first
from .locatives import describes_earlier
from .place_lists import first_named
from .places import PlaceMatch
from .regex_forms import at_word_start
from .text import lower_for_cues
from .voyages import FROM, bounds_last, journey_start, patrolled, route_first, voyage_first

__all__ = [
    "outside_asides",
    "where_it_happened",
]


# "said in Oslo", "told reporters in Nuuk", "launched in Ottawa": a statement's own place.
_STATED_AT = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?|announced|declared|launched|unveiled|presented|signed|"
    r"met|spoke|speaking|addressed|opened|held)\s+(?:\w+\s+){0,3}?(?:in|at)\s+(?:the\s+)?$"
    # ... or names where the hearer is: "told a Moscow radio station that ...".
    r"|\b(?:told|tells)\s+(?:a|an|the)\s+$"
)
# A place that opens the sentence, before its comma: "In Washington, the State Department confirmed ...", "Speaking
# during a visit to the Faroe Islands, he said he would call in the ambassador" (not to the ministry in Copenhagen).
_VISIT_TO = r"(?:Speaking\s+)?(?:[Oo]n|[Dd]uring)\s+(?:a|an|his|her|their)\s+(?:\w+\s+)?(?:visit|trip|tour)\s+to"
_OPENS = re.compile(rf"\s*(?:In|At|{_VISIT_TO})\s+(?:the\s+)?$")
_NEAR_DATE = 40  # characters between a date and a place for both to state one happening
# "arrived from Seoul, where he had met his counterparts on Thursday", "flown in from Magadan, on Russia's Pacific coast,
# where he had stopped earlier on Friday": a relative clause after a place, up to its first comma or semicolon.
_WHERE_CLAUSE = re.compile(r",\s*(?:[^,;()]{1,40},\s*)?where\s[^,;]*")


def _dated_where(text: str, place: PlaceMatch, when: DateMatch | None) -> bool:
    """Whether ``place`` is followed by a "where" clause that holds the sentence's date: the dated happening is there,
    wherever the rest of the sentence goes ("Putin arrived in Helsinki from Moscow, where Russia had hosted the World
    Cup final on Sunday")."""
    if when is None or not when.explicit or when.start < 0 or not text.startswith(",", place.end):
        return False
    if not FROM.search(text, max(0, place.start - 30), place.start):
        return False  # only a journey's start: "Norway, where the vote was held in September" is no reason to pass over
    clause = _WHERE_CLAUSE.match(text, place.end)
    return clause is not None and clause.start() < when.start < clause.end()


# An aside that describes a party or a thing rather than tells the sentence's happening, from its comma to the next
# comma, semicolon or the sentence's end: a relative clause ("Arktikugol, which is headquartered in Moscow, owns ...",
# "Dorough, who had led the council since the assembly in Utqiagvik", "the inspector from Kirkenes who was convicted
# in Moscow, was released ...") or a participle ("The case, followed closely in Riga and Brussels, turned on ...",
# "the camp, built on a drifting floe in the Beaufort Sea, ...").
_RELATIVE_ASIDE = re.compile(
    r",\s*(?:which|who|whose)\b[^,;]*"
    # ... with a list that continues it: ", which opens 15 areas, including Rissala air base outside Kuopio".
    r"(?:,\s*(?:including|such\s+as|among\s+them|notably)\b[^,;]*)*"
    r"|(?<=[\w.])\s+(?:who|whose)\s[^,;]*(?=,)"
)
# A party described between commas by what it does: "an application from Trust Arktikugol, the Russian state
# company that runs the coal mine in Barentsburg, on June 15" was not turned down in Barentsburg (nor "members of
# Siumut, the party that leads the government in Nuuk," re-elected there, rules-2.75).
_DESCRIBED_PARTY = re.compile(
    r",\s*(?:the|a|an)\s+(?:[\w'’-]+\s+){0,5}?(?:company|firm|group|operator|owner|carrier|body|agency|party|"
    r"organi[sz]ation|corporation|subsidiary|contractor|utility|producer|miner|airline|shipowner)\s+that\s[^,;]*,"
)
_PARTICIPLE_ASIDE = re.compile(
    r",\s*(?:[a-z]+ly\s+)?(?:[a-z]+ed|built|founded|known|born|run|held|made)\b[^,;]*"
    # Quoted words: "Barentsburg is Russia's outpost", "from Chukotka to Nuuk".
    r'|"[^"]{1,400}"|“[^”]{1,400}”'
)

# Where help was brought from is not where it works: "Specialists brought in from Moscow have placed booms".
_BROUGHT_FROM = re.compile(r"\b(?:brought|flown|sent|called)\s+in\s+from\s+(?:the\s+)?$")
# Where people come from is not where they act: "hunters from Pond Inlet and Arctic Bay
# blockaded the mine's airstrip", "the border inspector from Kirkenes was released".
_HOMETOWN = re.compile(
    at_word_start(
        [
            "inspectors?",
            "m[ae]n",
            "wom[ae]n",
            "fishermen",
            "residents?",
            "delegates?",
            "delegations?",
            "hunters?",
            "activists?",
            "journalists?",
            "citizens?",
            "people",
            "students?",
            "scientists?",
            "researchers?",
            "sailors?",
            "workers?",
            "families",
            "locals",
            "villagers",
            "leaders?",
            "politicians?",
            "lawmakers?",
            "representatives?",
            "officials?",
            "elders?",
            "youth",
            "athletes?",
            "teams?",
            "crews?",
        ]  # fmt: skip
    )
    + r"\s+from\s+"
    r"(?:the\s+)?(?:(?:town|village|city|hamlet|community|region)\s+of\s+)?"
    r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:\s*,\s*|\s+and\s+))*$"
)

# A person by name, then "of" and where the person is from: "Senator Lisa Murkowski of Alaska", "musher John Baker of
# Kotzebue", "Governor Alexander Uss of Krasnoyarsk region": where the party belongs, not where it acts.
# Not a body or a place named with "of" ("the Geological Survey of Denmark", "the Gulf of Alaska", "the Minister of").
_AFFILIATION_OF = re.compile(
    r"(?<![\w'’.-])(?!(?:The|A|An|In|At|On|Of|For|From|To|By|With|And|But|Its|His|Her|Their|Our|This|That)\s)"
    r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+"
    r"(?!(?:Gulf|Bay|Sea|Strait|Port|University|College|Institute|Department|Ministry|Government|Bank|Republic|Kingdom|"
    r"City|Town|County|District|Province|State|Island|Islands|Cape|Lake|Council|Court|Office|Agency|Museum|Assembly|"
    r"Minister|Secretary|Chamber|Federation|Union|Parliament|Commission|Committee|Church|Centre|Center|Academy|Service|"
    r"Board|Authority|Administration|Affairs|Corps|Fleet|Command|Forces|Guard|Association|Society|Foundation|School|"
    r"Station|Zone|Coast|Peninsula|River|Mountains|Range|Territories|Sound|Area|Region|Basin|Survey|Division|Bureau|"
    r"Directorate|Hospital|Journal|Friends|Nation|Tribes|Party|Offices|Policy|Principles|Hall|Chief|Commissioner|"
    r"Governor|Mayor|President|Premier|Head|Director|People|Prince|Princess|King|Queen|Duke|Lord|"
    # A firm with its home town is where its works or yards are: "awarded VT Halter Marine of Pascagoula a contract".
    r"Marine|Shipyards?|Shipbuilding|Industries|Company|Corporation|Group|Energy|Mining|Resources|Holdings)\s)"
    r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+of\s+$"
)


@lru_cache(maxsize=1024)
def _aside_spans(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """The spans of ``text``'s relative-clause and participle asides (and quotations). Cached for
    as many texts as an article has sentences: the story pass reads every sentence's asides before
    the event pass reads each one's twice. The scans run only when the text holds what each needs
    ("which", "who", a comma or a quotation mark)."""
    relative = participle = ()
    if "which" in text or "who" in text:
        relative = tuple(m.span() for m in _RELATIVE_ASIDE.finditer(text))
    if "," in text or '"' in text or "“" in text:
        participle = tuple(m.span() for m in _PARTICIPLE_ASIDE.finditer(text))
    if " that " in text and "," in text:
        relative += tuple(m.span() for m in _DESCRIBED_PARTY.finditer(text))
    if "war " in text or "invasion" in text:
        relative += tuple(m.span() for m in _BACKGROUND_WAR.finditer(text))
    if "ccording to" in text:
        relative += tuple(m.span() for m in _ACCORDING_TO.finditer(text))
    return relative, participle


# The source a sentence opens with, and where it sits: "According to the National Snow and Ice Data Center in
# Boulder, Colorado, surface melting peaked on September 3" did not happen in Boulder. (Not a closing
# "..., according to a White House official": on the development sets that moved more than it mended.)
_ACCORDING_TO = re.compile(r"^According to\b.*?,(?=\s+[a-z])")


# A war told as the background of what a state did: "closed its ports to Russian ships over the war in
# Ukraine", "stopped issuing visas after the full-scale invasion of Ukraine": not where it was done.
_BACKGROUND_WAR = re.compile(
    r"\b(?:over|after|since|following|amid|during|to|against|because\s+of|in\s+response\s+to)\s+(?:the\s+|Russia['’]s\s+)?"
    r"(?:full-scale\s+)?(?:war\s+in|invasion\s+of|war\s+against|war\s+on)\s+[A-Z][\w'’-]*"
)


def outside_asides(
    text: str, places: list[PlaceMatch], when: DateMatch | None = None, *, keep_participles: bool = True
) -> list[PlaceMatch]:
    """``places`` without those named in a relative-clause aside of ``text``, as people's home
    towns ("hunters from Pond Inlet") or in a war told as background ("... over the war in
    Ukraine"): where a party sits, what it owns, where it comes from or the war behind a
    decision is not where the sentence's event happened. Places in a participle aside or a
    quotation come last (``keep_participles``) or go too: "the camp, built on a floe in the
    Beaufort Sea" may be all a sentence says of where. An aside that holds the event's own
    date (``when``) tells the happening ("the Yamal LNG project, whose first cargo left the
    port of Sabetta in December"), so its places stay where they are."""

    found_asides = _aside_spans(text)
    if found_asides == ((), ()) and "from" not in text and " of " not in text:
        return list(places)  # speed: no aside and no home town, so nothing moves (most sentences)

    def spans(found: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
        if when is not None and when.explicit and when.start >= 0:
            found = tuple((s, e) for s, e in found if not s <= when.start < e)
        return found

    relative, participle = map(spans, found_asides)

    def within(place: PlaceMatch, asides: list[tuple[int, int]]) -> bool:
        return any(s <= place.start < e for s, e in asides)

    hometowns = "from" in text  # what every _HOMETOWN match holds
    affiliations = " of " in text  # what every _AFFILIATION_OF match is followed by
    kept = [
        p
        for p in places
        if not within(p, relative)
        and not (
            affiliations
            and text.endswith(" of ", 0, p.start)  # speed: the scan only right after "of"
            and _AFFILIATION_OF.search(text, max(0, p.start - 50), p.start)
        )
        and not (
            hometowns
            and not _dated_where(text, p, when)
            and (
                _HOMETOWN.search(text, max(0, p.start - 80), p.start)
                or _BROUGHT_FROM.search(text, max(0, p.start - 40), p.start)
            )
        )
    ]
    aside = [p for p in kept if within(p, participle)]
    main = [p for p in kept if p not in aside]
    return [*main, *aside] if keep_participles else main


# Where one clause of a sentence ends and another, with a subject of its own, begins: "Xue Long
# became the first ... to sail through the Northwest Passage, and a second icebreaker is under
# construction in Shanghai". A bare "and" or comma joins lists of places, not clauses.
_NEW_CLAUSE = re.compile(r";|,\s*(?:and|but|while|whereas|although|though)\s+|\s+(?:while|whereas|although)\s+")


def _own_clause_first(text: str, ranked: list[PlaceMatch], anchor: int) -> list[PlaceMatch]:
    """``ranked`` with the specific places of the clause that holds ``anchor`` (the event's
    date or trigger) first, when that clause names one."""
    start, end = 0, len(text)
    for joint in _NEW_CLAUSE.finditer(text):
        if joint.end() <= anchor:
            start = joint.end()
        elif joint.start() >= anchor:
            end = joint.start()
            break
    own = [p for p in ranked if start <= p.start < end and p.geo_precision not in ("country", "arctic")]
    if not own or len(own) == len(ranked):
        return ranked
    return [*own, *(p for p in ranked if p not in own)]


def where_it_happened(
    text: str, ranked: list[PlaceMatch], when: DateMatch, anchor: int | None = None
) -> list[PlaceMatch]:
    """``ranked`` with the place of the dated or stated happening first.

    A sentence often names where something is and, beside its date, where it happened:
    "Canada will open consulates in Anchorage ... under a policy Joly launched in Ottawa on
    Friday". A specific place right after a statement verb ("said in Oslo"), or next to the
    sentence's date expression in the same clause, is the event's place; otherwise the places
    of the clause that holds the date (or, undated, ``anchor``: the trigger word's position)
    come before those of the sentence's other clauses. A firing is at its launch site, not at its target
    (:func:`.launch_sites.launch_site_first`).
    """
    specific = [p for p in ranked if p.geo_precision not in ("country", "arctic")]
    if len(specific) < 2:
        return ranked
    stated = [p for p in specific if _STATED_AT.search(text[max(0, p.start - 60) : p.start])]
    # "In Washington, the State Department confirmed the package ... its consulate in Nuuk": the place that
    # opens the sentence sets the scene for what it tells.
    opening = [p for p in specific if _OPENS.match(text[: p.start]) and text.startswith(",", p.end)]
    chosen = opening[0] if opening else stated[0] if stated else None
    if chosen is None:
        chosen = next((p for p in specific if _dated_where(text, p, when)), None)
    if chosen is None and when.explicit and when.start >= 0:
        date_end = when.start + len(when.text)

        def gap(p: PlaceMatch) -> int:
            between = text[p.end : when.start] if p.end <= when.start else text[date_end : p.start]
            if p.end <= when.start and "," in text[p.start : p.end]:
                # "in Norfolk, Va., in 2018": the comma closes the town's state, not the town's clause.
                between = between.removeprefix(".").removeprefix(",")
            return len(between) if not re.search(r"[,;:()—–]", between) else _NEAR_DATE + 1

        # A journey's start beside the date ("In 1996 an airliner flying from Moscow to Longyearbyen crashed") is not
        # where it happened; a departure is ("left Vladivostok on August 23").
        onward = [p for p in specific if not journey_start(text, p) and not patrolled(text, p)] or specific
        near = min(onward, key=gap)
        chosen = first_named(text, near, specific) if gap(near) <= _NEAR_DATE else None
    if chosen is None:
        if anchor is not None:
            ranked = _own_clause_first(text, ranked, when.start if when.explicit and when.start >= 0 else anchor)
        return launch_site_first(text, route_first(text, voyage_first(text, bounds_last(text, ranked))))
    chosen = _pinned_down(text, chosen, specific)
    return launch_site_first(text, route_first(text, [chosen, *(p for p in ranked if p is not chosen)]))


# A sea or a region made exact by the place right after it: "broke in the Beaufort Sea off Oliktok Point".
_OFF = re.compile(r",?\s+(?:off|near)\s+(?:the\s+)?(?:coast\s+of\s+)?")


def _pinned_down(text: str, chosen: PlaceMatch, specific: list[PlaceMatch]) -> PlaceMatch:
    """The place ``chosen`` only says where lies ("after Petermann Glacier in northwest Greenland lost ice in 2010":
    the glacier), else the more specific place right after ``chosen`` with "off" or "near", else ``chosen``."""
    described = [p for p in specific if p.end <= chosen.start and not more_specific(chosen, p)]
    if (earlier := next((p for p in described if describes_earlier(text, chosen.start, [p.end])), None)) is not None:
        return earlier
    return next(
        (
            p
            for p in specific
            if p.start >= chosen.end and more_specific(p, chosen) and _OFF.fullmatch(text, chosen.end, p.start)
        ),
        chosen,
    )


# "Russia's invasion of Ukraine", "invaded Ukraine", "the annexation of Crimea": the land taken is
# where that happened, though its state is also a party to it.
_TAKEN = re.compile(
    r"\b(?:invasion\s+of|invaded|invading|invades?|annexation\s+of|annexed|annexing|annexes|occupation\s+of|"
    r"occupied|occupying)\s+(?:the\s+)?$",
    re.I,
)
_TAKEN_CUES = ("invad", "invasion", "annex", "occup")  # what every _TAKEN match holds
# "Russia's invasion of Ukraine, which began on February 24": the date the relative clause gives is the invasion's.
_WHICH_BEGAN = re.compile(r",\s+(?:which|that)\s+(?:began|started|was\s+launched)\s+(?:on\s+|in\s+)?$")
_TAKEN_NEAR_DATE = 40  # characters between the land taken and the sentence's date, within one clause


def taken_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The actor ``spans`` of ``text`` that name a land invaded, annexed or occupied."""
    lower = lower_for_cues(text)
    if not any(cue in lower for cue in _TAKEN_CUES):
        return []  # no verb or noun of taking land: most sentences, without a scan before each span
    return [(s, e) for s, e in spans if _TAKEN.search(text, max(0, s - 40), s)]


def where_land_was_taken(
    text: str, ranked: list[PlaceMatch], lands: list[PlaceMatch], when: DateMatch
) -> list[PlaceMatch]:
    """``ranked`` with the first of ``lands`` (lands invaded, annexed or occupied) first when the
    sentence's date is the invasion's ("after Russia's invasion of Ukraine in February", "invaded
    Ukraine on Feb. 24"), else without them: named as a party, a state is no place of the sentence's
    other happenings."""
    rest = [p for p in ranked if all(p.start != land.start for land in lands)]
    if not lands or not when.explicit or when.start < 0:
        return rest
    date_end = when.start + len(when.text)
    land = lands[0]
    between = text[land.end : when.start] if land.end <= when.start else text[date_end : land.start]
    verb = _TAKEN.search(text, max(0, land.start - 40), land.start)
    if land.end > when.start and verb is not None and date_end <= verb.start():
        between = text[date_end : verb.start()]  # "In February Russia invaded Ukraine": from the date to the verb
    if (len(between) > _TAKEN_NEAR_DATE or re.search(r"[,;:()—–]", between)) and not _WHICH_BEGAN.match(between):
        return rest
    return [land, *rest]
