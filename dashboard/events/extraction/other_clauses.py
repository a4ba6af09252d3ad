"""A sentence's further dated clauses as events of their own.

News packs a sequence into one sentence: "The submarine was laid down in 2009 and launched in
March 2017". :func:`dated_clauses` cuts it; each clause other than the one the sentence's
event was dated by becomes an event with its own date, and its own place and parties where it
names them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from ..model import Event, event_id_of, is_storable_date, validate_event
from .anchored_clauses import anchored_clauses
from .clauses import outside_asides, taken_spans
from .dates import DateMatch, find_dates
from .dates_of_things import date_of_a_thing, period_of_a_thing
from .lexicon import choose_trigger, trie_alternation
from .places import Gazetteer
from .relative_antecedents import antecedent_places
from .reported_scenes import reported_scene
from .seats import acts_as_state
from .story import with_next_day
from .summary import summarise
from .tense import IRREGULAR_PAST
from .text import lower_for_cues

__all__ = ["dated_clauses", "named_happenings", "other_happenings", "own_clause_places"]


# Where one dated happening ends and the next begins: "laid down in 2009 and launched in March
# 2017", "Yukon took over its lands in 2003, and the Northwest Territories did so in 2014", "ruled on Friday that Trump
# had exceeded his authority when he signed an order in April 2017", "announced on Friday that it will suspend ... on
# August 1", "an Osprey that went down ... on Friday". Not "until", which bounds a span ("run until April 1").
_CLAUSE_JOIN = re.compile(
    r";|,\s*(?:and|but|while|whereas|then)?\s*"
    r"|\s+(?:and|while|whereas|but|then|when|after|before|since)\s+"
    r"|\s+that\s+|\s+(?=(?:which|who)\s)"
)
# What joins a place to the "where" clause after it: ", ".
_WHERE_JOINT = re.compile(r",\s*")
# The start of a record named as a yardstick: "since records began in", "since record-keeping started in".
_RECORDS_BEGAN = re.compile(r"\brecords?(?:[\s-]keeping)?\s+(?:began|started|begun)\s+(?:in\s+)?$", re.I)
# A verb of saying between two dates with no clause joint: the later date is of what was said.
_SAYING = re.compile(r"\b(?:said|says|told|announced|warned|promised|pledged)\b")
# A count of happenings before a list of their dates: "erupted three times, in ...", "has flooded twice, in ...",
# "Three of those times have come in the past decade: in July 2012, ..., in July 2019, and now".
_COUNTED = re.compile(
    r"\b(?:twice|(?:two|three|four|five|six|several)\s+(?:of\s+(?:those|these|the)\s+)?times)\b", re.I
)
_PAST_FORMS = (*IRREGULAR_PAST, "will", "would", "got", "kept", "grew", "withdrew", "overtook", "undertook", "swept",
               "tore", "shook", "knew", "heard", "dealt", "sworn")  # fmt: skip
# Only ever searched for whether it is there, so the irregular forms are one trie (the same words, several times
# faster than trying each in turn at every word; speed).
# (Every match starts with a lower-case letter: the lookahead dismisses other characters at once, speed.)
_PAST_OR_PLAN = re.compile(
    rf"(?=[a-z])\b(?:[a-z]{{2,}}ed|{trie_alternation(list(_PAST_FORMS))}|"
    # A plan with its own date is a happening ahead: "Construction began in 2019, and the runway is due to open
    # in 2026"; "expects to take the decision in 2019 and to start the first train in 2023".
    r"due|expects?|expected|plans?|scheduled|set\s+to|(?:is|are)\s+to|aims?\s+to|intends?\s+to)\b"
)


def dated_clauses(sentence: str, dates: list[DateMatch]) -> list[tuple[int, int, DateMatch]]:
    """The clauses of ``sentence`` that each tell a happening of their own date, as (start,
    end, date); empty unless there are two or more.

    News packs a sequence into one sentence: "The submarine was laid down in 2009 and
    launched in March 2017", "Finland joined in 2023, and Sweden followed in 2024". The
    sentence is cut between consecutive dates at the last clause joint (a semicolon, a comma,
    "and", "while", "but") between them; a range ("from 2019 to 2021", "in 2019 and 2020")
    stays one happening because one of its pieces has no verb of its own. A verbless piece right
    after a told one is a happening too when its verb was left out (:func:`_gapped`).
    """
    # A deadline ("a target of 80 million tonnes by 2024") dates no happening of its own.
    dates = [d for d in dates if not sentence[: d.start].endswith("by ")]
    # Nor does the start of a record ("the warmest since records began in 1900"): a yardstick, not a happening.
    # (Speed: the scan, which tries every word start before the date, only when the sentence says "record".)
    if "record" in lower_for_cues(sentence):
        dates = [d for d in dates if not _RECORDS_BEGAN.search(sentence, 0, d.start)]
    if len(dates) < 2 or len({(d.date, d.precision) for d in dates}) < 2:
        return []
    pieces, start, current = [], 0, dates[0]
    for before, after in zip(dates, dates[1:]):
        joints = list(_CLAUSE_JOIN.finditer(sentence, before.start + len(before.text), after.start))
        if not joints and _SAYING.search(sentence, before.start + len(before.text), after.start):
            # "on March 14 he said Norway would reach the target already this year": the second date is of what
            # was said, and the clause is one happening; a clause before or after it may still be another.
            continue
        if not joints and current is before and period_of_a_thing(sentence, before):
            # "This year's race opened ... on March 2, and the restart took place the following day": a period in the
            # possessive says which race is meant; the clause is dated by the date after it.
            current = after
            continue
        if not joints:
            return []  # "from 2019 to 2021", "said on Tuesday that the 2019 agreement": one happening
        # The last joint after which a verb comes in the next date's clause: "released the names on Sunday of an
        # Osprey that went down in northern Norway, north of the Arctic Circle, on Friday night" cuts before "that",
        # "Last year, only 15,000 chinook made it past Eagle, and 2022 was worse" before "and".
        clause_end = _CLAUSE_JOIN.search(sentence, after.start + len(after.text))
        end = clause_end.start() if clause_end else len(sentence)
        joint = next((j for j in reversed(joints) if _PAST_OR_PLAN.search(sentence, j.end(), end)), joints[-1])
        pieces.append((start, joint.start(), current))
        start, current = joint.end(), after
    pieces.append((start, len(sentence), current))
    if _COUNTED.search(sentence, 0, dates[0].start):
        # "the area has erupted three times, in March 2021, August 2022 and July 2023": one happening each.
        return pieces
    told: list[tuple[int, int, DateMatch]] = []
    for index, piece in enumerate(pieces):
        after_told = index > 0 and bool(told) and told[-1] is pieces[index - 1]
        if _PAST_OR_PLAN.search(sentence, piece[0], piece[1]) or (after_told and _gapped(sentence, piece)):
            told.append(piece)
    return told if len(told) >= 2 else []


# Words that give a verbless piece no happening of its own: "2020" in "in 2019 and 2020", "7 million
# in 2020" in a list of figures.
_FRAME_WORDS = frozenset(("in", "on", "at", "the", "a", "an", "of", "by", "from", "to", "during", "since", "until",
                         "for", "and", "early", "late", "mid", "then", "again", "also", "about", "some", "around",
                         "over", "under", "more", "than", "less", "per", "cent", "percent", "million", "billion",
                         "thousand", "tonnes"))  # fmt: skip
# A verb of the present: a piece with one says something of its own ("its language is sharper
# than that of the 2015 version"), it does not repeat the told verb.
_PRESENT_VERBS = frozenset(("is", "are", "has", "have", "does", "do", "can", "may", "might", "must", "remains",
                           "remain", "says", "say", "seems"))  # fmt: skip
_GAPPED_MAX_WORDS = 6  # a gapped piece is short: "and wider self-government in 2009"
# How a gapped piece opens: after "and" ("and Sweden in March"), or as an item of a list of places
# ("after those in Vienna in 1993, in Strasbourg in 1997").
_GAPPED_OPENING = re.compile(r"(?:in|at|to|from)\s+[A-Z]")
_AND_JOINT = re.compile(r"\band\s*$")
# "and in", "and again in" before a date: the happening told a second time ("Eruptions followed there in August 2022
# and in July this year"), not a span of one ("in 2019 and 2020").
_AND_IN_AGAIN = re.compile(r"\band\s+(?:again\s+)?in\s+$")


def _gapped(sentence: str, piece: tuple[int, int, DateMatch]) -> bool:
    """Whether a verbless ``piece`` after a told one tells a happening of its own, its verb left out
    ("gained home rule in 1979 and wider self-government in 2009", "Finland joined last year and
    Sweden in March", "in Vienna in 1993, in Strasbourg in 1997"): a few words besides its date, up
    to the next comma, joined by "and" or opening as an item of a list of places; or its date alone after "and in"
    ("followed there in August 2022 and in July this year")."""
    start, end, dated = piece
    if not (_AND_JOINT.search(sentence, max(0, start - 6), start) or _GAPPED_OPENING.match(sentence, start)):
        return False
    after = dated.start + len(dated.text)
    stop = re.compile(r"[,;:]").search(sentence, after, end)
    rest = sentence[start : dated.start] + " " + sentence[after : stop.start() if stop else end]
    words = re.findall(r"[a-z]{2,}", rest.lower())
    own = [word for word in words if word not in _FRAME_WORDS]
    if not own and _AND_IN_AGAIN.search(sentence, max(0, start - 6), dated.start):
        return True  # "in August 2022 and in July this year": the same verb, a second time
    return 0 < len(own) <= _GAPPED_MAX_WORDS and not _PRESENT_VERBS.intersection(words)


# Nouns that name a happening: "the general election", "its invasion of Ukraine", "a confrontation".
_HAPPENING_NOUN = (
    r"(?:elections?|votes?|referendum|earthquake|eruption|invasion|attack|summit|meeting|visit|storm|flood|landslide|"
    r"crash|collision|spill|explosion|agreement|treaty|accord|ruling|strategy|declaration|launch|test|confrontation|"
    r"clash|incident|accident|collapse|arrest|sale|talks|exercise|drills?|deployment|tsunami|fire|blaze|shutdown)"
)
# A happening named by a noun and dated by "of", "on" or "in": "the general election of Aug. 31", "the Good Friday
# earthquake of March 27, 1964", "its invasion of Ukraine on Feb. 24". The phrase opens at its determiner or possessive.
_NAMED_HAPPENING = re.compile(
    r"(?:\b(?:the|its|their|his|her|an?)|[A-Z][\w.-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?"
    + _HAPPENING_NOUN
    # ... with what it befell: "of Ukraine", "on the Zaporizhzhia plant", "in the Southern Ocean".
    + r"(?:\s+(?:of|on|in|at|against)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[\w-]+){0,2}?)?\s+(?:of|on|in)\s+$"
)
# ... or by its date before the noun (:func:`.dates_of_things.date_of_a_thing`): "the Nov. 5 election".
_NOUN_AFTER_DATE = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?" + _HAPPENING_NOUN + r"\b")


def named_happenings(sentence: str, dates: list[DateMatch]) -> list[tuple[int, int, DateMatch]]:
    """The happenings ``sentence`` names by a noun with a date of their own, as (start, end, date): "The Løgting
    appointed Nielsen on Saturday, two weeks after voters threw out the coalition in the general election of Aug.
    31" tells the election too, and "certified the results of the Nov. 5 election on Saturday" the vote. Only beside
    another date of the sentence (the sentence's own happening's)."""
    if len({(d.date, d.precision) for d in dates}) < 2:
        return []
    found = []
    for dated in dates:
        end = dated.start + len(dated.text)
        m = _NAMED_HAPPENING.search(sentence, max(0, dated.start - 90), dated.start)
        if m is not None and m.end() == dated.start:
            found.append((m.start(), end, dated))
        elif date_of_a_thing(sentence, dated) and (noun := _NOUN_AFTER_DATE.match(sentence, end)):
            found.append((dated.start, noun.end(), dated))
    return found


@lru_cache(maxsize=256)
def _clauses_of(text: str, published: date) -> tuple[tuple[int, int, DateMatch], ...]:
    """:func:`dated_clauses` of a sentence with its own dates, cached: the event pass reads each sentence's
    clauses twice (:func:`own_clause_places`, then :func:`other_happenings`)."""
    return tuple(dated_clauses(text, with_next_day(text, find_dates(text, published))))


def own_clause_places(text: str, ranked: list, when: DateMatch, published: date, mentions) -> list:
    """``ranked`` (the sentence's places, best first) with those of the clause ``when`` dates first: "Frederiksen
    announced it at a press conference in Copenhagen on 19 December, and two days later the minister signed it in
    Washington" was announced in Copenhagen. Without the places of its other dated clauses when the clause names
    one who acts for a state (a person, a government or parliament among ``mentions``) but no place of its own:
    "The Folketing held the first reading only in April, and ... at the end of March, Vance visited Pituffik" was
    not at Pituffik."""
    if not when.explicit or when.start < 0 or not ranked:
        return ranked
    for start, end, dated in _clauses_of(text, published):
        if dated.start == when.start:
            acting = any(start <= m.start < end and acts_as_state(text, m) for m in mentions)
            inside = [p for p in ranked if start <= p.start < end]
            if inside:
                return [*inside, *(p for p in ranked if p not in inside)]
            return ranked if not acting else []
    return ranked


def other_happenings(
    text: str, masked: str, when, event: Event, mentions, spans, published: date, gazetteer: Gazetteer
) -> list[Event]:
    """Events for the sentence's other dated clauses ("... laid down in 2009 and launched in
    March 2017") and for the clauses it dates by their distance from its own date ("On March 3, a
    week after Russia invaded Ukraine", :func:`.anchored_clauses.anchored_clauses`): each with its
    clause's date, its clause's place and parties when it names them (the sentence event's
    otherwise; a land invaded is the place of its clause), and the whole sentence as evidence."""
    # "In Beijing, the ministry said its bombers flew over the Chukchi Sea": the flight, at its own scene.
    scenes = reported_scene(text, masked, event, spans, gazetteer)
    if not when.explicit or when.start < 0:
        return scenes
    found = []
    # A land invaded or annexed is named as a party and is the place of its clause's happening ("On March 3,
    # a week after Russia invaded Ukraine, ..."); the sentence's own event does not take it (where_land_was_taken).
    taken = taken_spans(masked, spans)
    clauses = [*_clauses_of(text, published), *anchored_clauses(text, when)]
    clauses += [
        c for c in named_happenings(text, list(find_dates(text, published))) if c[2] not in {d for *_, d in clauses}
    ]
    for start, end, dated in clauses:
        if dated.start == when.start or (dated.date, dated.precision) == (event.event_date, event.date_precision):
            continue
        if not is_storable_date(dated.date):
            continue
        inside = [s for s in spans if start <= s[0] < end]
        named = [
            p
            for p in gazetteer.find(masked, exclude=[s for s in spans if s not in taken])
            if p.geo_precision not in ("country", "arctic") or any(p.start == s[0] for s in taken)
        ]
        # Not a home town ("a woman from Oslo was killed by a bear on Platåfjellet") nor a relative aside.
        places = gazetteer.rank(masked, outside_asides(masked, [p for p in named if start <= p.start < end], dated))
        own = [m for m in mentions if start <= m.start < end]
        codes = list(dict.fromkeys(m.code for m in own)) or list(event.actors)
        if own and all((m.start, m.end) in taken for m in own):
            # "measures against Moscow over its invasion of Ukraine on Feb. 24": the land taken is one party, the
            # taker the party named last before the clause.
            taker = next((m.code for m in reversed(mentions) if m.start < start and (m.start, m.end) not in taken), "")
            codes = list(dict.fromkeys([taker, *codes])) if taker else codes
        category = choose_trigger(text[start:end])[0] or event.category
        # A clause naming no place of its own, after an event placed off the sentence (at a seat), is
        # where the clause before it was ("In April the administration offered aid, and in June the United
        # States opened a consulate in Nuuk, its first post there since the old one closed in 1953").
        before = [p for p in named if p.start < start] if all(p.name != event.place for p in named) else []
        # "... before the order was moved to St Petersburg, where the vessel was launched in 2010": the place the
        # "where" clause is about.
        where = (
            [p for p in named if _WHERE_JOINT.fullmatch(text, p.end, start)] if text.startswith("where ", start) else []
        )
        # "Finland, which joined NATO in April 2023, sent a delegation to Washington on Monday": a "which" clause
        # naming no place of its own tells a happening of the place it is about (a country too), not the main scene.
        about = [] if places else antecedent_places(text, start, dated.start, gazetteer)
        place = places[0] if places else (where or about or before or [None])[-1]
        other = replace(
            event,
            event_id=event_id_of(event.source, event.evidence, category, dated.date, tuple(codes)),
            event_date=dated.date,
            date_precision=dated.precision,
            category=category,
            actors=tuple(codes),
            summary=summarise(text[start:end], codes, [(a - start, b - start) for a, b in inside]),
            place=place.name if place else event.place,
            lat=round(place.lat, 5) if place else event.lat,
            lon=round(place.lon, 5) if place else event.lon,
            geo_precision=place.geo_precision if place else event.geo_precision,
            places=(),
            place_mention=text[place.start : place.end] if place else event.place_mention,
        )
        found.append(validate_event(other))
    return found + [s for s in scenes if s.place not in {f.place for f in found}]
