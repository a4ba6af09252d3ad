"""What a whole article is about, read before its sentences become events.

A news story happens somewhere: the ice camp in the Beaufort Sea, the spill at Norilsk, the
ministerial in Reykjavík. Sentences that name no place of their own ("The Interior
Department approved the project on Monday", "Putin declared a federal state of emergency on
June 3") belong there rather than at a country's middle or its capital. The story's *main
place* is the specific place the article names most often (its title counting once more),
read ahead of the sentences so the lede, which often names only "the Arctic", gets it too.

A dateline ("WASHINGTON -", "MOSCOW (Reuters) -") says where the reporter filed from, not
where the happening was: it places a sentence only when the story has no main place.

Dates can point back too: "That year an oxygen candle exploded" and "On the same day, the
parties signed" take the date the article named last.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

from .actors import find_actors, mask_outlets
from .clauses import outside_asides
from .dateline_seats import decided_at_capital, sits_at_dateline
from .datelines import CAPITALS_DATELINE, DATELINE_QUALIFIER, is_dateline
from .dates import DateMatch
from .documents import without_documents
from .event_comments import told_with_the_happening
from .happening_verbs import reported_in_the_past
from .later_within import later_within
from .places import Gazetteer, PlaceMatch
from .regex_forms import starts_with
from .tense import names_a_past_happening, told_as_of_now
from .text import Sentence, lower_for_cues
from .vessels import names_a_ship
from .years_in_sentence import names_past_year

__all__ = [
    "date_referred_back",
    "home_state",
    "main_place",
    "moves_story_day",
    "with_next_day",
]

_SPECIFIC = ("country", "arctic")


def _is_spot(place: PlaceMatch) -> bool:
    """A town, or a place of the same size news tells a story at (an oil field, a mine, a refuge, a fjord)."""
    return place.kind in ("city", "capital", "settlement", "port", "base") or place.geo_precision in ("city", "point")


# Two or more capitalised words, not opening the sentence, then "in": a name and where it is.
# (Its first capital is consumed before the lookbehind is tested, so that re skips fast to the capitals.)
_WHERE_A_NAME_IS = re.compile(r"[A-Z](?<=[a-z,] [A-Z])[\w&.'’-]*\s+(?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*\s+in\s+$")


def past_the_dateline(text: str, ranked: list[PlaceMatch], main: PlaceMatch | None) -> list[PlaceMatch]:
    """``ranked`` (the places of ``text``, best first) without its dateline and the region or state that
    qualifies it ("GJOA HAVEN, Nunavut -"): where the reporter filed from places the sentence only when
    nothing else does, and the story has no main place. A legislature's act filed from the town it sits in
    is there ("IQALUIT - The members of Nunavut's legislative assembly chose John Main as the territory's
    next premier"; rules-2.25)."""
    dateline = next((p for p in ranked if is_dateline(text, p)), None)
    if dateline is None:
        # "HAINES, Alaska - Searchers ...": a dateline town the gazetteer does not read in capitals still has its
        # state or region after it, which says only where the town is.
        after_caps = [p for p in ranked if CAPITALS_DATELINE.fullmatch(text, 0, p.start)]
        return [p for p in ranked if p not in after_caps] or ([] if main else ranked)
    if sits_at_dateline(text, dateline, ranked) or decided_at_capital(text, dateline, ranked):
        return [dateline]
    tail = DATELINE_QUALIFIER.match(text, dateline.end)
    end = tail.end() if tail else dateline.end
    return [p for p in ranked if p is not dateline and p.start >= end] or ([] if main else ranked)


def main_place(sentences: list[Sentence], gazetteer: Gazetteer, published: date, title: str = "") -> PlaceMatch | None:
    """The specific place (not a country, not the Arctic) the article names most often, its
    title and its first sentence that names one counting once more; unless some place is named at least twice, the
    capital the story is filed from, else None. Ties go to the place named first. Actor mentions ("Moscow said") and
    capitals as datelines are not places here."""
    counts: Counter[str] = Counter()
    first: dict[str, PlaceMatch] = {}
    body = [s.text for s in sentences if s.kind not in ("byline", "title", "heading")]
    filed_from = None  # a capital the article is filed from, when nothing else says where the story is
    lede_counted = False
    paragraphs = [-1, *(s.paragraph for s in sentences if s.kind not in ("byline", "title", "heading"))]  # title: -1
    for index, text in enumerate([title, *body]):
        masked = mask_outlets(text)
        spans = [(m.start, m.end) for m in find_actors(text, on=published)]
        found = outside_asides(masked, without_documents(masked, gazetteer.find(masked, exclude=spans)))
        if index == 1:
            filed_from = next((p for p in found if p.kind == "capital" and is_dateline(text, p)), None)
        places = [
            p
            for p in found
            # A dateline counts unless it is a capital: reporters file from capitals, but
            # "ROVANIEMI, Finland -" means the reporter went where the story is.
            if p.geo_precision not in _SPECIFIC
            and not (p.kind == "capital" and is_dateline(text, p))
            # A US state or a province (a region read strictly) says where one thing happened, not where
            # the story is; nor does a part of a state ("in northern Norway", "the Canadian Arctic").
            and not (p.rule_made and p.kind == "region")
            and p.kind != "part"
            # "the contract went to VT Halter Marine in Pascagoula": where a named company is (a body
            # in a capital, "the State Council Information Office in Beijing", is where the story is).
            and not (p.kind != "capital" and _WHERE_A_NAME_IS.search(masked, max(0, p.start - 80), p.start))
            and not names_a_ship(masked, p.start)  # "the coast guard vessel KV Svalbard": a ship, not a place
        ]
        # The title and the lede (the first sentence naming a place) count twice: they say
        # where the story is. Filed from a capital, a place first named further down in a sentence of a past year
        # ("OSLO -- ... The minister said much had changed since Russia annexed Crimea in 2014") is named in passing.
        in_lede = filed_from is None or paragraphs[index] == paragraphs[1] or not names_past_year(text, published)
        weight = 2 if index == 0 or (places and not lede_counted and in_lede) else 1
        lede_counted = lede_counted or (index > 0 and bool(places))
        for place in places:
            counts[place.name] += weight
            if place.name not in first:
                first[place.name] = place.spanning(-1, -1)
    if not counts:
        # "HELSINKI - Stubb won Finland's presidential election": when the story names no other
        # place, the capital it is filed from is where it is.
        return filed_from.spanning(-1, -1) if filed_from else None
    # An ocean is where the story is only when no other place is named twice ("tracked two submarines in the North
    # Atlantic"): a story that names one beside its towns and bases ("Denmark's defence of the North Atlantic",
    # "the North Atlantic Treaty") happens at them.
    on_land = {n: c for n, c in counts.items() if first[n].kind != "ocean"}
    if on_land and max(on_land.values()) >= 2:
        counts = Counter(on_land)
    name, count = max(counts.items(), key=lambda item: item[1])  # max keeps the first on a tie
    if first[name].kind == "region" and first[name].iso3:
        # "a heatwave in Siberia ... the station at Verkhoyansk": a town of the region's state named
        # twice or more is where the story is, more exactly than the region.
        towns = [
            (n, c)
            for n, c in counts.items()
            if c >= max(2, count / 2) and _is_spot(first[n]) and first[n].iso3 == first[name].iso3
        ]
        if towns:
            name, count = max(towns, key=lambda item: item[1])
    # No place stands out: the capital the story is filed from, if any, is where it is.
    return first[name] if count >= 2 else filed_from.spanning(-1, -1) if filed_from else None


def home_state(sentences: list[Sentence], published: date, states: frozenset[str]) -> str:
    """The state the article is about: the one named in at least half of the sentences that
    name a state ("" when none dominates). A local story names its government's officials by
    title alone ("the minister", "Premier P.J. Akeeagok"): they are that state's."""
    counts: Counter[str] = Counter()
    naming = 0
    for sentence in sentences:
        if sentence.kind in ("byline", "heading"):
            continue
        # In order of mention, so that a tie goes to the state named first, whatever the hash seed.
        codes = list(dict.fromkeys(m.code for m in find_actors(sentence.text, on=published) if m.code in states))
        naming += bool(codes)
        counts.update(codes)
    if not counts:
        return ""
    code, count = counts.most_common(1)[0]
    return code if count * 2 >= naming and count >= 2 else ""


# "that year", "the same day", "that month": the date the article named last.
_BACK_REFERENCE = re.compile(r"\b(?:that|the same)\s+(?P<unit>day|month|year)\b", re.I)
# "the next day", "a day later": the day after the day named last.
_NEXT_DAY = re.compile(r"\b(?:(?:the\s+)?(?:next|following)\s+day|a\s+day\s+later)\b", re.I)


def _next_day(sentence: str, lower: str) -> re.Match[str] | None:
    """``_NEXT_DAY.search(sentence)``, not scanned when ``lower`` (the sentence's :func:`.text.lower_for_cues`) lacks
    "day" or each of "next", "following" and "later", one of which every match holds (speed: most sentences)."""
    if "day" in lower and ("next" in lower or "following" in lower or "later" in lower):
        return _NEXT_DAY.search(sentence)
    return None


# "two years later", "three weeks earlier", "the day before", "the evening before", "the previous year": a span
# from the date named last.
_SPAN_AWAY = re.compile(
    rf"{starts_with('aotfsen', digit=True)}"  # the first letters of its words (speed: others dismissed at once)
    r"\b(?:(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>day|week|month|year)s?"
    r"\s+(?P<direction>later|afterwards|earlier)|the\s+(?:(?:previous|preceding)\s+(?P<previous>day|week|month|year)|"
    r"(?P<before>day|week|month|year)\s+(?:before|earlier)(?!\s+last)|(?P<eve>evening|night|morning)\s+before(?!\s+last)|"
    r"(?:following|next)\s+(?P<following>week|month|year)))\b",
    re.I,
)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}  # fmt: skip
# "shortly after", "hours later": the happening just told, the same date.
# "Skaale said at the time that it was the right thing to do": a statement made then, at the date named last (not
# "at the time of writing"; nor any act "at the time", which gold seldom takes for an event of its own). Not
# explicit: a follow-up so dated still folds into the event it follows up (splitting them cost event precision).
_SOON_AFTER = re.compile(
    r"\b(?:(?:shortly|soon|hours|minutes|moments)\s+(?:after|later)|within\s+hours|"
    r"(?:said|told(?:\s+\w+){0,2}|wrote|added)\s+at\s+the\s+time(?!\s+of))\b",
    re.I,
)
# "A few weeks later, in October": a date after the one named last.
# Not a bare "later" ("later on Thursday" is later than now, not than the date named last).
_LATER = re.compile(r"\b(?:days|weeks|months|a\s+(?:week|month))\s+(?:later|afterwards)\b", re.I)
_UNIT_RANK = {"year": 0, "month": 1, "day": 2}
_BACK_CUES = ("day", "week", "month", "year", "after", "later", "within", "evening", "night", "morning", "afternoon",
              "time")  # fmt: skip


def date_referred_back(
    sentence: str,
    when: DateMatch,
    last: DateMatch | None,
    last_day: DateMatch | None = None,
    happened: DateMatch | None = None,
) -> DateMatch:
    """``when``, or the date it points back to.

    A sentence with no date of its own that points back to one ("That year ...", "On the
    same day ...", "Shortly after ...") takes the ``last`` explicit date the article named,
    at the precision the words ask for (never finer than what was named; "the same day"
    takes ``last_day``, the latest day named, when ``last`` is coarser); "the next day" the
    day after. A month or day without a year that comes "later" than ``last`` ("A few weeks
    later, in October") is the first such month or day after it, not the one before
    publication.
    """
    if last is None:
        return when
    if when.explicit and not _said_after_back_reference(sentence, when):
        # "A month later, on October 11": later than the last day or month named, not than a year named since
        # ("since records began in 1980").
        base = last_day if last.precision == "year" and last_day is not None else last
        return _after(sentence, _in_that_year(sentence, when, last), base)
    lower = lower_for_cues(sentence)
    if not any(cue in lower for cue in _BACK_CUES):
        return when  # speed: every pattern below needs one of these words
    if (m := _next_day(sentence, lower)) and (base := last if last.precision == "day" else last_day):
        return DateMatch(base.date + timedelta(days=1), "day", m.group(0), m.start())
    if (m := _SPAN_AWAY.search(sentence)) and (moved := _span_from(m, last, last_day)) is not None:
        return moved
    if m := _SOON_AFTER.search(sentence):
        # "said at the time" names no date of its own: a follow-up still goes on the event it follows up.
        explicit = not m.group(0).lower().endswith("time")
        return DateMatch(last.date, last.precision, m.group(0), m.start(), explicit)
    if (within := later_within(sentence, when, last, last_day, happened)) is not None:
        return within  # "Later in the month, a second event ...": within the last happening's month
    m = _BACK_REFERENCE.search(sentence)
    if m is None:
        return when
    unit = m.group("unit").lower()
    if unit == "day" and last.precision != "day" and last_day is not None:
        last = last_day
    precision = min(unit, last.precision, key=_UNIT_RANK.__getitem__)
    day = last.date
    day = day.replace(month=1, day=1) if precision == "year" else day.replace(day=1) if precision == "month" else day
    return DateMatch(day, precision, m.group(0), m.start())


_SAID = re.compile(r"\b(?:said|says|added|announced|confirmed)\b")


def _said_after_back_reference(sentence: str, when: DateMatch) -> bool:
    """Whether ``sentence`` dates its happening by "the same day" before it says what was said, and
    ``when`` is a date inside what was said: "the State Department confirmed the package the same day
    and said the United States would reopen its consulate this summer" happened on the same day."""
    m = _BACK_REFERENCE.search(sentence, 0, max(when.start, 0))
    return bool(m and m.group("unit").lower() == "day" and _SAID.search(sentence, m.end(), when.start))


def with_next_day(sentence: str, dates: list[DateMatch]) -> list[DateMatch]:
    """``dates`` (a sentence's, in text order) with "the next day" or "the following day" after a day
    of the same sentence as the day after it: "arrived on September 14 and left for the Central
    Arctic the next day" tells two days."""
    m = _next_day(sentence, lower_for_cues(sentence))
    days = [d for d in dates if m is not None and d.precision == "day" and 0 <= d.start < m.start()]
    if not days:
        return dates
    following = DateMatch(days[-1].date + timedelta(days=1), "day", m.group(0), m.start())
    # Once only: the words may already be among ``dates`` (read from the day before them by .dates).
    return sorted([*(d for d in dates if d.start != m.start()), following], key=lambda d: d.start)


def _span_from(m: re.Match, last: DateMatch, last_day: DateMatch | None) -> DateMatch | None:
    """The date ``m`` ("two years later", "three weeks earlier", "the day before") points to from
    the date named last, never finer than that date: years give a year, months a month, weeks
    and days a day when a day was named (else None: "a week later" than "in May" is unknown)."""
    unit = (m.group("unit") or m.group("previous") or m.group("before") or m.group("following") or "day").lower()
    count = _COUNTS.get((m.group("count") or "a").lower()) or int(m.group("count"))
    later = m.group("following") or (m.group("direction") or "").lower() in ("later", "afterwards")
    sign = 1 if later else -1
    if unit in ("day", "week"):
        base = last if last.precision == "day" else last_day
        if base is None:
            return None
        return DateMatch(
            base.date + sign * timedelta(days=count * (7 if unit == "week" else 1)), "day", m.group(0), m.start()
        )
    if unit == "month" and last.precision != "year":
        months = last.date.year * 12 + last.date.month - 1 + sign * count
        return DateMatch(date(months // 12, months % 12 + 1, 1), "month", m.group(0), m.start())
    return DateMatch(date(last.date.year + sign * count, 1, 1), "year", m.group(0), m.start())


_THAT_YEAR = re.compile(r"\b(?:that|the\s+same)\s+year\b", re.I)


def _in_that_year(sentence: str, when: DateMatch, last: DateMatch) -> DateMatch:
    """A month or day named without its year beside "that year" ("In October that year the
    freighter sank", after "in 1983") is in the year the article named last, not the latest
    such month before publication."""
    if when.precision == "year" or re.search(r"\d{4}", when.text) or not _THAT_YEAR.search(sentence):
        return when
    try:
        return replace(when, date=when.date.replace(year=last.date.year))
    except ValueError:  # 29 February
        return when


# "last November", "next May", "this spring": a month placed by its own words, against the publication date.
_OWN_DIRECTION = re.compile(r"(?i)^(?:last|next|this|past|coming)\b")


def _after(sentence: str, when: DateMatch, last: DateMatch) -> DateMatch:
    # "Icelandair agreed last November ... but dropped the plan weeks later": the "later" is the
    # sentence's own, and "last November" already says which November.
    if (
        when.precision == "year"
        or re.search(r"\d{4}", when.text)
        or _OWN_DIRECTION.match(when.text)
        or not _LATER.search(sentence)
    ):
        return when
    year = last.date.year + ((when.date.month, when.date.day) < (last.date.month, last.date.day))
    try:
        moved = when.date.replace(year=year)
    except ValueError:  # 29 February
        return when
    return replace(when, date=moved) if moved < when.date else when


# The day a span of days began, told after the day it ended: "The drills started on Tuesday" after "the forces
# finished three days of exercises on Thursday" is background to Thursday's launches, not the story's day.
_SPAN_BEGAN = re.compile(
    r"\b(?:started|began|opened|had\s+(?:begun|started))\s+(?:on|last)\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def moves_story_day(sentence: str, when: DateMatch, story_date: DateMatch | None) -> bool:
    """Whether ``when``, a recent explicit day of ``sentence``, becomes the story's day (the day that later
    sentences with no date of their own share): yes unless it is the earlier day a span began on, told after the
    story's day (``story_date``) (rules-2.57)."""
    return story_date is None or when.date >= story_date.date or not _SPAN_BEGAN.search(sentence)


# "Dunleavy said the decision was an attack on Alaska's economy": a reaction to the lede's ruling, made the day it came.
_ON_THE_RULING = re.compile(r"\bthe\s+(?:decision|ruling|judgment|judgement|verdict)\b")


def carried_date(
    sentence: str, when: DateMatch, story_date: DateMatch | None, last_date: DateMatch | None, published: date
) -> DateMatch | None:
    """The date a sentence with no date of its own (``when`` not explicit) takes from the story, not explicit; None
    when it keeps the publication day.

    - The lede's day, ``story_date`` (a day within a week of publication), carries over ("Finland joined on Tuesday.
      Its minister handed ..."), unless the sentence speaks as of now; a comment reported in the past days after that
      day is as of the report ("Senator Sullivan called the episode unacceptable"), unless it answers the ruling the
      story told ("Dunleavy said the decision was an attack"), which comes the day the ruling does, or belongs to the
      happening (:func:`.event_comments.told_with_the_happening`: "Greenland's minister told the ceremony that ...").
    - Without such a day, a happening told in the past continues the last date the article named, ``last_date``, when
      that date lies more than a week back ("The tsunami swept through the research station on Ella Ø" after "On
      September 16, 2023, a mountain collapsed into the fjord"), not a comment.
    """
    if when.explicit or told_as_of_now(sentence):
        return None
    if story_date is not None:
        if (
            reported_in_the_past(sentence)
            and (published - story_date.date).days >= 2
            and not _ON_THE_RULING.search(sentence)
            and not told_with_the_happening(sentence)
        ):
            return replace(story_date, date=published, explicit=False)
        return replace(story_date, explicit=False)
    if (
        last_date is not None
        and (published - last_date.date).days > 7
        and names_a_past_happening(sentence)
        and not reported_in_the_past(sentence)
    ):
        return replace(last_date, explicit=False)
    return None
