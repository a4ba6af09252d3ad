"""Resolve the date a sentence speaks of against the article's publication date.

"July 16, 2018" and "16 July 2018" are exact days; "February 27" takes the publication
year (the previous year when that would put it more than ~6 months after publication);
"on Tuesday" is the last Tuesday on or before publication ("next Tuesday" the one after);
"yesterday"/"today"/"tomorrow" are days; "last month"/"in March 2022" are months; "in 2018",
"last year", "next year" are years. A week ("last week", "this week") is reported with
precision ``month``: the dashboard has no week precision and ``day`` would overclaim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .date_words import MONTHS, NEEDS, NUMBERS, PATTERNS, WEEKDAYS, cues, may_have_date, season_so_far
from .datelines import filed_on
from .dates_of_things import date_of_a_thing, period_of_a_thing, planned_for
from .days_soon_after import month_soon_after_publication, soon_after_publication
from .happening_dates import bounds_or_files, clause_of, end_of_a_change, until_before
from .month_turns import last_week, month_so_far, week_so_far
from .tense import clause_tense
from .years_in_sentence import in_year_named, of_that_year

__all__ = ["DateMatch", "MONTHS", "WEEKDAYS", "resolve_date", "find_dates"]

_RANK = {"day": 3, "month": 2, "year": 1}


@dataclass(frozen=True)
class DateMatch:
    """A resolved date: the date, its precision, the words it came from and where they start.

    ``explicit`` is False when nothing in the sentence named a date and the publication
    date was used instead (the extractor lowers its confidence then).
    """

    date: date
    precision: str
    text: str = ""
    start: int = -1
    explicit: bool = True


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


# The kinds whose date depends on the tense of their clause (speed: the tense is read only for
# them; a test checks that the other kinds resolve alike in every tense).
READS_TENSE = frozenset(
    {
        "md",
        "dm",
        "weekday",
        "inmonth",
        "season",
        "inseason",
        "holiday",
        "dayof",
        "ordday",
        "weekend",
        "relweek",
        "relmonth",
    }
)


# A span put off to a later date: "the hearing was postponed until September" (the past verb is the putting off).
_PUT_OFF = re.compile(
    r"(?i)\b(?:postponed|delayed|deferred|adjourned|extended|prolonged|pushed\s+back|put\s+off)\s+(?:[\w-]+\s+){0,3}?until\s+$"
)
_UNTIL_BEFORE = re.compile(r"(?i)\buntil\s+$")


# The words before a month a plan is made for ("in", "early", "late", "mid-"), not a span's ends.
_PLAN_MONTH_WORDS = frozenset({"in", "early", "late", "mid", "mid-", "by"})


def _runs_on(m: re.Match[str], tense: str) -> bool:
    """Whether the date of ``m`` ends a span that runs on from publication: "until" in a clause not told in the
    past ("The fishing ban lasts until June", "runs until 14 April"), or after a putting off ("was postponed until
    September")."""
    lead = m.string[max(0, m.start() - 60) : m.start()]
    if m.group(0).lower().startswith("until"):
        lead += "until "
    if not _UNTIL_BEFORE.search(lead):
        return False
    return tense != "past" or _PUT_OFF.search(lead) is not None


def _resolve(kind: str, m: re.Match[str], published: date, tense: str) -> tuple[date, str] | None:
    groups = m.groupdict()
    future = tense == "future"
    month = MONTHS.get(groups["month"].lower().rstrip(".")) if groups.get("month") else None
    if kind == "iso":
        return date(int(groups["year"]), int(groups["m"]), int(groups["d"])), "day"
    if kind in ("mdy", "dmy"):
        return date(int(groups["year"]), month, int(groups["day"])), "day"
    if kind == "my":
        return date(int(groups["year"]), month, 1), "month"
    if kind in ("mdrel", "dmrel", "mrel"):
        year = published.year + {"last": -1, "next": 1}.get(groups["dir"].lower(), 0)
        return (date(year, month, int(groups["day"])), "day") if groups.get("day") else (date(year, month, 1), "month")
    if kind in ("md", "dm"):
        candidate = date(published.year, month, int(groups["day"]))
        # "December 30" in a January article means last December; a day told in the past
        # tense ("the meeting on 11 May ended ...") cannot lie after publication, but one in
        # the present ("who takes office on Jan. 20") may.
        ahead = (candidate - published).days
        # A day told ahead or ending a span that runs on may lie up to a year after publication: "the elections
        # will be held on 14 September" in a March article is this September, as is "postponed until 14 September".
        future = future or _runs_on(m, tense)
        if (ahead > 183 and not (future and ahead < 350)) or (
            not future and tense in ("past", "planned") and ahead > 1 and not soon_after_publication(m, ahead)
        ):
            candidate = date(published.year - 1, month, int(groups["day"]))
        elif future and (published - candidate).days > 183:
            # ... and one told ahead cannot lie more than ~6 months behind it: "who will take office on
            # Jan. 20" in a December article is next January.
            candidate = date(published.year + 1, month, int(groups["day"]))
        return candidate, "day"
    if kind == "relday":
        rel = " ".join(groups["rel"].lower().split())
        offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(rel, 0)  # today, tonight, this morning
        return published + timedelta(days=offset), "day"
    if kind == "weekday":
        target = WEEKDAYS[groups["weekday"].lower()]
        direction = (groups.get("dir") or "").lower()
        if direction == "next" or (future and direction not in ("last", "since")):
            # "later on Thursday" in a Thursday article is that day; "next Thursday" a week on.
            ahead = (target - published.weekday()) % 7 or (7 if direction == "next" else 0)
            return published + timedelta(days=ahead), "day"
        if tense == "planned" and direction in ("", "on") and (target - published.weekday()) % 7 == 1:
            # "He was scheduled to meet Akeeagok again on Friday" in a Thursday article: the report of
            # the evening before; a plan six days back would be told as done or called off.
            return published + timedelta(days=1), "day"
        back = (published.weekday() - target) % 7
        if direction == "last" and back == 0:
            back = 7
        return published - timedelta(days=back), "day"
    if kind == "relweek":
        direction = " ".join(groups["dir"].lower().split())
        offset = {"last": -7, "next": 7}.get(direction, 0)
        if direction == "last" and m.group(0).lower().endswith("week"):
            return last_week(published), "month"  # "last week" in a Monday, August 5 story: August's (month_turns)
        # "declared this week" in a Thursday, August 1 story: a week mostly in July (month_turns).
        return (published + timedelta(days=offset) if offset else week_so_far(published, direction, tense)), "month"
    if kind == "relmonth":
        direction = " ".join(groups["dir"].lower().split())
        offset = {"last": -1, "next": 1}.get(direction, 0)
        return (_shift_months(published, offset) if offset else month_so_far(published, direction, tense)), "month"
    if kind == "relyear":
        if groups["dir"].lower() == "next" and m.string.startswith("'s", m.end()):
            return None  # "next year's budget" names what the budget is for, not when this happened
        offset = {"last": -1, "next": 1}.get(groups["dir"].lower(), 0)
        return date(published.year + offset, 1, 1), "year"
    if kind == "inmonth":
        direction = groups["dir"].lower()
        if direction.endswith(" of"):  # "at the end of July" is in July
            direction = "in"
        year = published.year
        if direction == "next":
            year += month <= published.month
        elif (future and direction in ("in", "by", "until", "from", "during", "early", "late")) or (
            direction == "until" and _runs_on(m, tense)
        ):
            # "The fishing ban lasts until June": a span told in the present runs on to the next such month.
            year += month < published.month
        elif direction == "last":
            year -= month >= published.month
        elif tense == "planned" and 0 < month - published.month <= 3 and direction in _PLAN_MONTH_WORDS:
            # A plan told in the past for a month just ahead is this year's: "the repair was expected to start
            # in February" in a January article, "the meeting had been planned for late May" in a March one.
            pass
        elif month_soon_after_publication(m, (date(year, month, 1) - published).days):
            pass  # "preparations were under way for a summit in June" in a May story (.days_soon_after)
        else:  # past tense: the most recent such month
            year -= month > published.month
        return date(year, month, 1), "month"
    if kind == "season":
        if groups.get("year"):
            return date(int(groups["year"]), 1, 1), "year"
        direction = groups["dir"].lower()
        if tense == "past" and season_so_far(m, published):
            return date(published.year, published.month, 1), "month"
        offset = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(direction, 0)
        return date(published.year + offset, 1, 1), "year"
    if kind == "inseason":
        starts = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}[groups["season"].lower()]
        if future:  # "will sail in the summer": the next one
            return date(published.year + (starts <= published.month), 1, 1), "year"
        return date(published.year - (starts > published.month), 1, 1), "year"
    if kind == "ago":
        n = groups["n"].lower()
        count = int(n) if n.isdigit() else NUMBERS.get(n, 1)
        unit = groups["unit"].lower().rstrip("s")
        if unit == "day":
            return published - timedelta(days=count), "day"
        if unit in ("week", "month"):
            return _shift_months(published, -count if unit == "month" else -round(count / 4.3)), "month"
        year = published.year - count * (10 if unit == "decade" else 1)
        if this := (groups.get("this") or "").lower():
            if this.endswith("month"):
                return date(year, published.month, 1), "month"
            leap_day = (published.month, published.day) == (2, 29)  # "a year ago today" on 29 February
            return published.replace(year=year, day=28 if leap_day else published.day), "day"
        if unit == "year" and count == 1:
            # "The church closed a year ago": about this time last year, the publication's month a year back
            # (two or more years ago are told as years).
            return date(year, published.month, 1), "month"
        return date(year, 1, 1), "year"
    if kind == "year":
        return date(int(groups["year"]), 1, 1), "year"
    return _resolve_period(kind, groups, published, future)


# Fixed-date holidays news dates by name: (month, day).
_HOLIDAYS = {
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
}


def _resolve_period(kind: str, groups: dict, published: date, future: bool) -> tuple[date, str] | None:
    """The kinds :func:`_resolve` leaves: quarters, holidays, "on the 12th", weekends, parts of the year."""
    if kind == "quarter":
        quarter = (
            int(groups["qn"])
            if groups.get("qn")
            else ["first", "second", "third", "fourth"].index(groups["q"].lower()) + 1
        )
        year = int(groups["year"]) if groups.get("year") else published.year
        year += {"last": -1, "next": 1}.get((groups.get("dir") or "").lower(), 0)
        return date(year, 3 * quarter - 2, 1), "month"
    if kind == "holiday":
        month, day = _HOLIDAYS[re.sub(r"\s+", " ", groups["holiday"].lower().replace("’", "'"))]
        if groups.get("year"):
            return date(int(groups["year"]), month, day), "day"
        this_year = date(published.year, month, day)
        ahead = this_year > published
        if future:  # "will speak on New Year's Day": the next one
            return (this_year if ahead or this_year == published else date(published.year + 1, month, day)), "day"
        return (date(published.year - 1, month, day) if ahead else this_year), "day"
    if kind == "dayof":
        month = MONTHS[groups["month"].lower().rstrip(".")]
        year = int(groups["year"]) if groups.get("year") else published.year
        if not groups.get("year") and not future and date(year, month, 1) > published:
            year -= 1  # told in the past: the latest such month
        first = date(year, month, 1)
        day = first if groups["which"].lower() == "first" else _shift_months(first, 1) - timedelta(days=1)
        return day, "day"
    if kind == "ordday":
        day = int(groups["day"])
        candidate = published.replace(day=day) if day <= 28 or _fits(published, day) else None
        if candidate is None or (candidate > published and not future):
            earlier = _shift_months(published, -1)
            candidate = earlier.replace(day=day) if _fits(earlier, day) else None
        return (candidate, "day") if candidate else None
    if kind == "weekend":
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
        return (saturday + timedelta(days=7) if future and saturday < published else saturday), "day"
    if kind in ("yearpart", "yearend"):
        # "at the end of last year" is last December ("the end of 2022" that year's); "the turn of the year" a year.
        year = int(groups.get("year") or published.year + {"last": -1, "next": 1}.get(groups["dir"].lower(), 0))
        part = groups["part"].lower()
        if part in ("end", "close"):
            return date(year, 12, 1), "month"
        return (date(year, 1, 1), "month") if part in ("start", "beginning") else (date(year, 1, 1), "year")
    return None  # pragma: no cover - every kind is handled above


def _fits(month_start: date, day: int) -> bool:
    """Whether the month of ``month_start`` has a day ``day``."""
    try:
        month_start.replace(day=day)
    except ValueError:
        return False
    return True


def find_dates(sentence: str, published: date) -> list[DateMatch]:
    """Every date expression in ``sentence``, resolved against ``published``, in text order.

    Overlapping expressions keep the most specific (a "16 July 2018" is not also "2018").
    Cached: the event pass reads a sentence's dates once for its event and once for its clauses.
    """
    return list(_find_dates_cached(sentence, published))


@lru_cache(maxsize=1024)
def _patterns_for(present: frozenset[str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The :data:`PATTERNS` a sentence with the cues ``present`` may match, in their order: those
    whose every needed word or digit it has (speed: one lookup per set of cues, which recur, instead
    of a test per pattern and sentence)."""
    return tuple((kind, pattern) for kind, pattern in PATTERNS if NEEDS[kind] <= present)


@lru_cache(maxsize=1024)
def _find_dates_cached(sentence: str, published: date) -> tuple[DateMatch, ...]:
    found: list[DateMatch] = []
    if not may_have_date(sentence):
        return ()  # most sentences: one scan instead of one per pattern
    taken: list[tuple[int, int]] = []
    later: list[re.Match[str]] = []
    for kind, pattern in _patterns_for(frozenset(cues(sentence))):
        for m in pattern.finditer(sentence):
            span = m.span()
            if taken and any(span[0] < end and start < span[1] for start, end in taken):
                continue
            if kind == "later":  # counted once every other date of the sentence is known
                later.append(m)
                taken.append(span)
                continue
            try:
                tense = clause_tense(sentence, m.start(), m.end()) if kind in READS_TENSE else ""
                resolved = _resolve(kind, m, published, tense)
            except ValueError:  # "February 30"
                continue
            if resolved is None:
                continue
            taken.append(span)
            found.append(DateMatch(resolved[0], resolved[1], m.group(0), span[0]))
    found = of_that_year(sentence, in_year_named(sentence, sorted(found, key=lambda d: d.start)))
    return tuple(_counted_from_before(found, later))


def _counted_from_before(found: list[DateMatch], later: list[re.Match[str]]) -> list[DateMatch]:
    """Each "two years later", "two days later", "the following year" in ``later``: so long after the
    date named before it in the sentence ("The court sided with them in 2016, but the appeal court
    ruled two years later" is 2018; "the year before" so long before it), never finer than that date. Without a date before it, it dates
    nothing here (the article's last date may, see :func:`story.date_referred_back`)."""
    counted = list(found)
    for m in later:
        before = [d for d in found if d.start < m.start()]
        if not before:
            continue
        base = before[-1]
        groups = m.groupdict()
        unit = (groups["unit"] or groups["following"] or groups["after"]).lower()
        n = (groups["n"] or "one").lower()
        count = int(n) if n.isdigit() else NUMBERS.get(n, 1)
        count = -count if groups["side"] else count  # "the year before": back from it
        if unit == "year":
            when, precision = date(base.date.year + count, 1, 1), "year"
        elif unit == "month" or (unit == "week" and count >= 4):
            when, precision = _shift_months(base.date, count if unit == "month" else round(count / 4.3)), "month"
        else:
            when = base.date + timedelta(days=count * (7 if unit == "week" else 1))
            precision = "day" if unit == "day" else "month"
        # Never finer than the date counted from: "in 2016 ... two days later" is a year.
        if _RANK[precision] > _RANK[base.precision]:
            precision = base.precision
            when = date(when.year, when.month if precision == "month" else 1, 1)
        counted.append(DateMatch(when, precision, m.group(0), m.start()))
    return sorted(counted, key=lambda d: d.start)


def resolve_date(sentence: str, published: date, anchor: int | None = None) -> DateMatch:
    """The date ``sentence`` speaks of.

    With ``anchor`` (the character offset of the event's trigger word), a date in the
    trigger's own clause wins ("Finland, which applied in May 2022, joined on Tuesday"
    dates the joining by "on Tuesday" when the trigger is "joined"); otherwise, or on a
    tie, the most specific expression, the first on a tie. Falls back to ``published``
    (precision ``day``, ``explicit=False``) when the sentence names no date.
    """
    found = [d for d in find_dates(sentence, published) if not period_of_a_thing(sentence, d)]
    if not found:
        return DateMatch(published, "day", "", -1, explicit=False)
    bounds = [d for d in found if bounds_or_files(sentence, d)]
    if len(bounds) == len(found) and all(until_before(sentence[: d.start]) for d in bounds):
        # "has suspended the hunt until the end of August": the end of a span, not the day of the
        # happening, which the sentence leaves undated.
        return DateMatch(published, "day", "", -1, explicit=False)
    found = [d for d in found if d not in bounds] or found
    found = [d for d in found if not date_of_a_thing(sentence, d) and not filed_on(sentence, d)] or found
    found = [d for d in found if not planned_for(sentence, d)] or found
    if anchor is not None and len(found) > 1:
        clause = clause_of(sentence, anchor)
        local = [d for d in found if clause[0] <= d.start < clause[1]]
        found = local or found
    best = max(_RANK[d.precision] for d in found)
    chosen = next(d for d in found if _RANK[d.precision] == best)
    return end_of_a_change(sentence, chosen, found)
