"""The words of dates: month and weekday names, and the patterns :mod:`.dates` resolves.

Each pattern in :data:`PATTERNS` has a kind that :func:`.dates._resolve` knows how to turn into a
date and a precision; :data:`NEEDS` says which cheap cue (a digit, a month name, a word) every
match of a pattern contains, so that most sentences skip most patterns.
"""

from __future__ import annotations

import re
from datetime import date

from .regex_forms import any_substring, first_letter_cased, starts_with
from .text import lower_for_cues

__all__ = [
    "MAY_HAVE_DATE",
    "MONTHS",
    "MONTH_CUE",
    "NEEDS",
    "NUMBERS",
    "PATTERNS",
    "WEEKDAYS",
    "cues",
    "may_have_date",
    "season_so_far",
]

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS: dict[str, int] = {
    name: i for i, name in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}


# Capitalised month names only: "may" and "march" are also verbs.
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# r"\b{_MONTH}" with the word boundary tested after each name's first letter, "(?<!\w[\s\S])" (the
# same condition, that letter being a word character), so that the scan starts with a literal and
# the re module skips fast to the capitals (speed).
_MONTH_AT_WORD_START = re.sub(r"(?<=[>|])([A-Z])", r"\1(?<!\\w[\\s\\S])", _MONTH)
_YEAR = r"(?P<year>1[89]\d\d|2[01]\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# r"\b{_DAY}" starting with the digit the day always starts with, the word boundary tested after it
# ("(?<!\w\d)", the same condition) and the second digit taken only after a first of 0-3 (the same
# matches, tried in the same order), so that the scan starts with a digit and the re module skips
# fast to the digits instead of trying the pattern at every character (speed).
_DAY_AT_WORD_START = r"(?P<day>\d(?<!\w\d)(?:(?<=[0-3])\d)?)(?:st|nd|rd|th)?"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_BARE_DATE = (
    # "on Saturday, July 7th" as well as "on Tuesday, March 3".
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+[0-3]?\d(?:st|nd|rd|th)?\b|[0-3]?\d(?:st|nd|rd|th)?\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
)


def _at_start(*words: str) -> str:
    """r"\b(?:{words})" under re.IGNORECASE, for a pattern compiled without it (see regex_forms)."""
    return first_letter_cased(list(words), word_start=True)


# The words an "inmonth" date opens with ("in May", "mid-June", "the end of July").
_IN_MONTH_WORDS = _at_start(
    "in", "since", "by", "until", "early", "late", "mid-?", "last", "next", "this", "from", "during",
    r"the\s+(?:end|start|beginning|middle)\s+of", r"end\s+of", r"start\s+of", r"beginning\s+of", r"middle\s+of",
    r"the\s+(?:first|second|latter)\s+half\s+of", r"first\s+half\s+of", r"second\s+half\s+of",
    # "in the first week of March", "over the last days of June": within that month.
    r"the\s+(?:first|second|third|last|final)\s+(?:week|weekend|days|few\s+days)\s+of",
)  # fmt: skip
_NOT_QUANTITY = r"(?!\d|,\d|\s*(?:km|kilomet|mile|tonne|ton|metre|meter|nautical|barrel|people|troops|soldiers|ships|vessels|%|per\s?cent))"

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "on the first day of August", "the last day of June 2024": that day.
    ("dayof", re.compile(rf"(?P<which>{_at_start('first', 'last')})\s+day\s+of\s+{_MONTH}(?:,?\s+{_YEAR})?\b")),
    # "\b2024-05-01": the word boundary before the year is tested after it, "(?<!\w\d{4})" (the same
    # condition), so that the scan starts with the year's first digit and the re module skips fast
    # to the digits 1 and 2 (speed).
    ("iso", re.compile(rf"{_YEAR}(?<!\w\d{{4}})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    # "15-16 May 2024", "between 3 and 5 May", "May 15-16, 2024": a span of days starts on its first.
    (
        "dmy",
        re.compile(
            rf"{_DAY_AT_WORD_START}\s*(?:-|–|and|to)\s*[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b"
        ),
    ),
    ("mdy", re.compile(rf"{_MONTH_AT_WORD_START}\s+{_DAY}\s*(?:-|–)\s*[0-3]?\d,?\s+{_YEAR}\b")),
    # "the first quarter of 2025", "Q3 2024": the quarter's first month. A pattern that opens with "\b" and words
    # re cannot skip to (optional ones, case-insensitive ones) is led by regex_forms.starts_with: the letters a match
    # can start with, so that re dismisses every other character at once (speed; the same matches).
    (
        "quarter",
        re.compile(
            rf"{starts_with('fstq')}\b(?:(?P<q>(?i:first|second|third|fourth))\s+quarter|Q(?P<qn>[1-4]))"
            rf"(?:(?:\s+of)?\s+{_YEAR}|\s+of\s+(?P<dir>(?i:this|next|last))\s+year)?\b"
        ),
    ),
    # "on Christmas Day 2019", "on New Year's Eve": the day, the latest before publication without a year.
    (
        "holiday",
        re.compile(
            rf"\b(?P<holiday>Christmas\s+(?:Day|Eve)|New\s+Year['’]s\s+(?:Day|Eve)|Boxing\s+Day)(?:,?\s+{_YEAR})?"
        ),
    ),
    ("mdy", re.compile(rf"{_MONTH_AT_WORD_START}\s+{_DAY},?\s+{_YEAR}\b")),
    ("dmy", re.compile(rf"{_DAY_AT_WORD_START}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b")),
    ("my", re.compile(rf"{_MONTH_AT_WORD_START},?\s+(?:of\s+)?{_YEAR}\b")),
    # "Sept. 20 last year", "February last year": the day or month of a year named relatively.
    ("mdrel", re.compile(rf"{_MONTH_AT_WORD_START}\s+{_DAY}\b,?\s+(?P<dir>(?i:last|this|next))\s+year\b")),
    ("dmrel", re.compile(rf"{_DAY_AT_WORD_START}\s+(?:of\s+)?{_MONTH},?\s+(?P<dir>(?i:last|this|next))\s+year\b")),
    ("mrel", re.compile(rf"{_MONTH_AT_WORD_START},?\s+(?:of\s+)?(?P<dir>(?i:last|this|next))\s+year\b")),
    ("md", re.compile(rf"{_MONTH_AT_WORD_START}\s+{_DAY}\b(?!,?\s+\d)")),
    (
        "dm",
        re.compile(
            rf"{_DAY_AT_WORD_START}\s*(?:(?:-|–|and|to)\s*[0-3]?\d(?:st|nd|rd|th)?\s+)?(?:of\s+)?{_MONTH}\b(?!,?\s+\d)"
        ),
    ),
    # "on the 12th": that day of the publication's month (of the month before when still ahead).
    # (The word boundary before "on" tested after it, "(?<!\won)": a fast start at the letter o.)
    ("ordday", re.compile(rf"on(?<!\won)\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{_MONTH})")),
    # The case-insensitive patterns below are written with their words' first letters in every case
    # (regex_forms.first_letter_cased): re skips to those letters instead of trying every character.
    # Before "today" and "this month": "ten years ago this month" is one expression.
    (
        "ago",
        re.compile(
            rf"{starts_with('aotfsne', digit=True)}\b"
            r"(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+"
            r"(?P<unit>days?|weeks?|months?|years?|decades?)\s+ago\b"
            # "ten years ago this month", "50 years ago today": that month or day, so many years back
            r"(?:\s+(?P<this>this\s+month|today|to\s+the\s+day)\b)?",
            re.I,
        ),
    ),
    # "this evening", "last night": the publication day's parts, and the night before it.
    (
        "relday",
        re.compile(
            rf"{starts_with('ytl')}(?P<rel>{_at_start('yesterday', 'today', 'tomorrow', 'tonight', 'last night')}|"
            r"(?i:this\s+(?:morning|afternoon|evening)))\b"
        ),
    ),
    # "on Tuesday, March 3" is March 3: the weekday only names its day.
    (
        "weekday",
        re.compile(
            rf"{starts_with('lntosbumwf')}\b(?:(?P<dir>(?i:last|next|this|on|since|by|until))\s+)?{_WEEKDAY}\b"
            rf"(?!,?\s+{_BARE_DATE})"
        ),
    ),
    (
        "relweek",
        re.compile(
            rf"(?P<dir>{_at_start('last', 'next', 'this', 'earlier this', 'later this', 'earlier in the', 'later in the')})"
            r"(?i:\s+week(?:end)?\b)(?!\s+of\b)"  # not "the last week of the campaign", a week of its own
        ),
    ),
    # "over the weekend": its Saturday, at day precision since rules-2.37 (annotators give the Saturday; up to
    # rules-2.36 the Saturday's month, as "the weekend" names no one day).
    (
        "weekend",
        re.compile(
            _at_start(r"over\s+the", r"on\s+the", r"at\s+the", r"during\s+the", r"this\s+past", "this")
            + r"(?i:\s+weekend\b)"
        ),
    ),
    # "by the end of the year", "at the start of the year": this year.
    (
        "yearpart",
        re.compile(
            "(?P<part>"
            + _at_start("end", "start", "beginning", "middle", "close", "turn")
            + r")(?i:\s+of\s+(?P<dir>the|this|last|next)\s+year\b)"
        ),
    ),
    # "at the end of 2022", "by the start of 2024": that December or January, as "the end of last year".
    ("yearend", re.compile("(?P<part>" + _at_start("end", "start", "beginning", "close") + rf")\s+of\s+{_YEAR}\b")),
    (
        "relmonth",
        re.compile(rf"(?P<dir>{_at_start('last', 'next', 'this', 'earlier this', 'later this')})(?i:\s+month\b)"),
    ),
    (
        "relyear",
        re.compile(rf"(?P<dir>{_at_start('last', 'next', 'this', 'earlier this', 'later this')})(?i:\s+year\b)"),
    ),
    (
        "inmonth",
        # Not "in May 12" nor "in May, 2019" (other kinds), but "Since December, 52 bears have been seen" and "By July,
        # 25 buildings had been moved" (a number after the comma counts what follows, it is no day).
        # A short month name without its point before a capitalised word is a name: "in Jan Mayen", "by Jan Egil".
        re.compile(
            rf"(?P<dir>{_IN_MONTH_WORDS})(?:\s+|(?<=-)){_MONTH}\b(?!\s+[0-3]?\d\b|,?\s+\d{{4}}\b)"
            r"(?!(?:(?<=Jan|Feb|Mar|Apr|Aug|Sep|Oct|Nov|Dec)|(?<=Sept))\s+[A-Z])"
        ),
    ),
    (
        "season",
        re.compile(
            rf"{starts_with('ltnpcidesafw')}\b(?:(?P<dir>(?i:last|this|next|past|coming))\s+|(?:(?:in|during)\s+)?(?:the\s+)?)"
            rf"(?:early\s+|late\s+)?(?P<season>(?i:spring|summer|autumn|fall|winter))(?:'s|’s)?"
            rf"(?(dir)|(?:\s+of|,)?\s+{_YEAR})"
        ),
    ),
    # "In the spring", "during the summer": the latest such season (year precision).
    (
        "inseason",
        re.compile(
            rf"{starts_with('ido')}\b(?i:in|during|over)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?"
            r"(?P<season>(?i:spring|summer|autumn|fall))\b"
            # "in the autumn of next year" is dated by "next year", not by the season alone.
            r"(?!\s+(?:of\s+)?(?:\d|(?i:next|last|this)\s+year))"
        ),
    ),
    # "sued in 2016 ... ruled two years later", "collided on January 29 and a jet crashed two days later",
    # "begun in 2007 and dropped the following year", "bought it in 2018, after its owner went bankrupt the year
    # before": counted from the date named before it in the sentence (:func:`dates._counted_from_before`).
    (
        "later",
        re.compile(
            rf"{starts_with('aotfsne', digit=True)}\b(?:(?P<n>\d{{1,2}}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
            r"(?P<unit>day|week|month|year)s?\s+later|the\s+following\s+(?P<following>day|week|month|year)|"
            r"the\s+(?P<after>day|year)\s+(?:after\b(?!\s+(?:the|its|his|her|their|that)\b)|"
            # "the year before" closing its clause; "the day before Biden took office" names the date it follows.
            r"(?P<side>before)(?=\s*[,.;:]|\s+and\b|\s*$)))\b",
            re.I,
        ),
    ),
    # A year not after a digit, a decimal point, a currency or a dash ("mid-2024" excepted), tested
    # after the year ("(?<![\d.,$€£-]\d{4})" is "(?<![\d.,$€£-])" before it) for the same fast start.
    ("year", re.compile(rf"{_YEAR}(?:(?<![\d.,$€£-]\d{{4}})|(?<=mid-\d{{4}})){_NOT_QUANTITY}\b")),
)
# Every pattern above needs a digit or one of these words; a sentence without any has no date.
MAY_HAVE_DATE = re.compile(
    r"\d|(?i:yesterday|today|tomorrow|tonight|night|morning|afternoon|evening|week|month|year|spring|summer|autumn|fall|"
    r"winter|ago|quarter)|Christmas|Boxing|"
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)
# MAY_HAVE_DATE by substring tests (the same answer, several times faster than the scan): a decimal
# digit (what \d matches), a word of its case-insensitive part, a name of its case-sensitive part.
_DATE_WORDS = ("yesterday", "today", "tomorrow", "tonight", "night", "morning", "afternoon", "evening", "week", "month",
               "year", "spring", "summer", "autumn", "fall", "winter", "ago", "quarter")  # fmt: skip
_DATE_NAMES = ("Christmas", "Boxing", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
               "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")  # fmt: skip
_ANY_DATE_NAME = any_substring(list(_DATE_NAMES))  # one scan for all the names (speed)


# A decimal digit (what str.isdecimal accepts): one scan, faster than a test of every character.
_DECIMAL = re.compile(r"\d")


def may_have_date(sentence: str) -> bool:
    """Whether :data:`MAY_HAVE_DATE` finds anything in ``sentence`` (without scanning it)."""
    if _DECIMAL.search(sentence) or _ANY_DATE_NAME.search(sentence):
        return True
    lower = lower_for_cues(sentence)
    return any(word in lower for word in _DATE_WORDS)


NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
NUMBERS |= {"eight": 8, "nine": 9, "ten": 10, "several": 3, "a few": 3}


# What each pattern's matches always contain, so a sentence without it skips the pattern.
NEEDS: dict[str, frozenset[str]] = {
    "iso": frozenset({"digit"}),
    "mdy": frozenset({"digit", "month"}),
    "dmy": frozenset({"digit", "month"}),
    "my": frozenset({"digit", "month"}),
    "mdrel": frozenset({"digit", "month", "year"}),
    "dmrel": frozenset({"digit", "month", "year"}),
    "mrel": frozenset({"month", "year"}),
    "md": frozenset({"digit", "month"}),
    "dm": frozenset({"digit", "month"}),
    "relday": frozenset({"relday"}),
    "weekday": frozenset({"weekday"}),
    "relweek": frozenset({"week"}),
    "weekend": frozenset({"week"}),
    "yearpart": frozenset({"year"}),
    "yearend": frozenset({"digit"}),
    "quarter": frozenset({"quarter"}),  # "first quarter" or "Q3 2024"
    "holiday": frozenset({"holiday"}),
    "dayof": frozenset({"month", "day"}),
    "ordday": frozenset({"digit"}),
    "relmonth": frozenset({"monthword"}),
    "relyear": frozenset({"year"}),
    "inmonth": frozenset({"month", "in month"}),
    "season": frozenset({"season"}),
    "inseason": frozenset({"season"}),
    "ago": frozenset({"ago"}),
    "later": frozenset({"later"}),
    "year": frozenset({"digit"}),
}
# A month name's start at a word start, r"\b(?:Jan|...|Dec)": the word boundary is tested after the three
# letters (no word character before them, the same condition) so that `re` skips fast to the capitals.
MONTH_CUE = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?<!\w[\s\S]{3})")
_SUBSTRING_CUES = {
    "relday": ("yesterday", "today", "tomorrow", "tonight", "night", "morning", "afternoon", "evening"),
    "day": ("day",),
    # The "weekday" pattern's names (case-sensitive there; "day" alone is also in "today" and "holiday").
    "weekday": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "week": ("week",),
    "monthword": ("month",),
    "year": ("year",),
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "ago": ("ago",),
    "later": ("later", "following", "day after", "year after", "day before", "year before"),
    "holiday": ("christmas", "new year", "boxing day"),
    "quarter": ("quarter", "q1", "q2", "q3", "q4"),
}
# The words an "inmonth" match may end with before its month, spaces stripped ("mid-May", "in\tMay").
_IN_MONTH_ENDS = ("in", "since", "by", "until", "early", "late", "mid", "mid-", "last", "next", "this", "from",
                  "during", "of")  # fmt: skip
# The same as (word, cue) pairs: one flat loop of substring tests (speed: no generator per cue). A word that holds
# one of _CUE_GATES ("yesterday", "Monday" and "boxing day" hold "day") is tested only when the sentence holds that
# gate, which most sentences lack: one test instead of a dozen (speed; a sentence without the gate has none of them).
_CUE_GATES = ("day", "year", "night", "q")
_CUE_PAIRS = [(word, cue) for cue, words in _SUBSTRING_CUES.items() for word in words]


def _gate_of(word: str) -> str:
    """The first of :data:`_CUE_GATES` that ``word`` holds ("" when it holds none)."""
    return next((gate for gate in _CUE_GATES if gate in word), "")


_CUE_OF_WORD = tuple((word, cue) for word, cue in _CUE_PAIRS if not _gate_of(word))
_GATED_CUES = tuple((gate, tuple(pair for pair in _CUE_PAIRS if _gate_of(pair[0]) == gate)) for gate in _CUE_GATES)


def cues(sentence: str) -> set[str]:
    """Which of the cues in :data:`NEEDS` ``sentence`` has (substring tests, no full scans)."""
    lower = sentence.lower()
    present = {cue for word, cue in _CUE_OF_WORD if word in lower}
    for gate, pairs in _GATED_CUES:
        if gate in lower:
            present.update(cue for word, cue in pairs if word in lower)
    # Any digit (str.isdigit: a decimal one, or a superscript "²" only outside ASCII); speed: the scan first.
    if _DECIMAL.search(sentence) or (not sentence.isascii() and any(map(str.isdigit, sentence))):
        present.add("digit")
    months = [m.start() for m in MONTH_CUE.finditer(sentence)]
    if months:
        present.add("month")
        # "in May", "mid-June", "the end of July": a month right after a word the "inmonth" pattern
        # puts before it (speed: that pattern tries every word start of the sentence otherwise).
        if any(lower_for_cues(sentence[:start].rstrip()[-6:]).endswith(_IN_MONTH_ENDS) for start in months):
            present.add("in month")
    return present


_SEASON_MONTHS = {
    "spring": (3, 4, 5),
    "summer": (6, 7, 8),
    "autumn": (9, 10, 11),
    "fall": (9, 10, 11),
    "winter": (12, 1, 2),
}


def season_so_far(m: re.Match[str], published: date) -> bool:
    """Whether the "season" match ``m`` is "this <season>" and ``published`` falls in that season: told in the past
    ("have found 200 dead reindeer on Svalbard this summer" in a July article) it is the season so far, the
    publication's month, not only its year. Not "this autumn's exercise", which names a thing."""
    return (
        (m.group("dir") or "").lower() == "this"
        and published.month in _SEASON_MONTHS[m.group("season").lower()]
        and not m.group(0).endswith(("'s", "’s"))
    )
