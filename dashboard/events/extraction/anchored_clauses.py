"""A happening a sentence dates by its distance from the sentence's own date: "a week after Russia invaded Ukraine".

News dates a second happening by the first: "On March 3, a week after Russia invaded Ukraine, the seven other
members said ...", "The leases were issued on Jan. 19, 2021, the day before Joe Biden took office". The clause
after "a week after" tells a happening of its own, a week before the sentence's date; "the day before" one a day
after it. :func:`anchored_clauses` finds such clauses and their dates; :func:`.other_clauses.other_happenings`
makes each an event (rules-2.25).

Only a distance set as an aside right after the sentence's date counts: "learned of the spill two days after it
happened" measures from the learning, which the sentence does not date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .date_words import NUMBERS
from .dates import DateMatch
from .lexicon import trie_alternation
from .tense import IRREGULAR_PAST
from .text import lower_for_cues

__all__ = ["anchored_clauses"]


# "a week after Russia invaded Ukraine", "three days after Russian troops crossed into Ukraine", "the day
# before Joe Biden took office": a distance, its direction, and the clause it is measured from.
_ANCHORED = re.compile(
    r"\b(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|the)\s+"
    r"(?P<unit>day|week|month|year)s?\s+(?P<direction>after|before)\s+(?P<clause>[^,;:.()—–]{6,120})",
    re.I,
)
# The clause tells a happening in the past: "Russia invaded Ukraine", "Ravn had cut its service", "the election
# brought the same parties to power" (any of the irregular pasts .tense knows, not a shorter list of its own).
_PAST_VERB = re.compile(rf"\b(?:[a-z]{{3,}}ed|{trie_alternation(list(IRREGULAR_PAST))})\b")
# The distance follows the sentence's date as an aside: "On March 3, a week after ...".
_RIGHT_AFTER_DATE = re.compile(r"\s*,\s*")
# "three weeks after it began its invasion": a pronoun's happening is one the article tells by name elsewhere.
_PRONOUN_SUBJECT = re.compile(r"(?i)(?:it|they|he|she|we|this|that)\b")
_UNIT_RANK = {"year": 0, "month": 1, "week": 2, "day": 2}
_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}


def anchored_clauses(sentence: str, when: DateMatch) -> list[tuple[int, int, DateMatch]]:
    """The clauses of ``sentence`` dated by their distance from the sentence's own explicit date ``when``
    ("On March 3, a week after Russia invaded Ukraine": a week before March 3), as (start, end, date) with
    character offsets into ``sentence``. Only a distance right after ``when``, a clause with a verb of the past
    and no pronoun for its subject, and a distance no finer than ``when``'s precision (a week from "in March"
    is no day). A distance in days or weeks gives a day; in months or years, a month or a year."""
    lower = lower_for_cues(sentence)
    if not when.explicit or when.start < 0 or (" after " not in lower and " before " not in lower):
        return []  # speed: most sentences have neither word
    found = []
    for m in _ANCHORED.finditer(sentence, when.start + len(when.text)):
        clause, unit = m.group("clause"), m.group("unit").lower()
        if not _RIGHT_AFTER_DATE.fullmatch(sentence, when.start + len(when.text), m.start()):
            continue
        if not _PAST_VERB.search(clause) or _PRONOUN_SUBJECT.match(clause):
            continue
        if _UNIT_RANK[unit] > _PRECISION_RANK[when.precision]:
            continue
        count = NUMBERS.get(m.group("count").lower()) or (int(m.group("count")) if m.group("count").isdigit() else 1)
        sign = -1 if m.group("direction").lower() == "after" else 1
        found.append((m.start("clause"), m.end("clause"), _moved(when, unit, sign * count, m)))
    return found


def _moved(when: DateMatch, unit: str, count: int, m: re.Match) -> DateMatch:
    """``when`` moved by ``count`` days, weeks, months or years, at the precision the distance gives."""
    if unit in ("day", "week"):
        return DateMatch(when.date + timedelta(days=count * (7 if unit == "week" else 1)), "day", m.group(0), m.start())
    months = when.date.year * 12 + when.date.month - 1 + (count if unit == "month" else 12 * count)
    year, month = divmod(months, 12)
    precision = min(unit, when.precision, key=_PRECISION_RANK.__getitem__)
    day = date(year, month + 1, 1) if precision == "month" else date(year, 1, 1)
    return DateMatch(day, precision, m.group(0), m.start())
