"""A happening a sentence dates by its distance from its own: "a week after Russia invaded Ukraine".

News dates a second happening by the first: "The envoy was named on March 3, a week after Russia
invaded Ukraine", "The leases were issued the day before Joe Biden took office". The clause after
"a week after" tells a happening of its own, a week before the sentence's date; "the day before"
one a day after it. :func:`anchored_clauses` finds such clauses and their dates.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .dates import DateMatch
from .text import lower_for_cues

__all__ = ["anchored_clauses"]


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "the": 1}  # fmt: skip
# "a week after Russia invaded Ukraine", "three days after Russian troops crossed into Ukraine", "the day
# before Joe Biden took office": a span, its direction, and the clause it is measured from.
_ANCHORED = re.compile(
    r"\b(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|the)\s+"
    r"(?P<unit>day|week|month|year)s?\s+(?P<direction>after|before)\s+(?P<clause>[^,;:.()—–]{6,120})",
    re.I,
)
# The clause tells a happening in the past: "Russia invaded Ukraine", "Ravn had cut its service".
_PAST_VERB = re.compile(
    r"\b(?:[a-z]{3,}ed|took|began|came|went|won|lost|left|made|held|met|became|broke|fell|sank|struck|ran|"
    r"flew|sent|gave|shot|cut|hit|quit|spent|sold|bought|built|led|drew|wrote|spoke|chose|froze|rose)\b"
)
# The distance follows the sentence's date as an aside: "On March 3, a week after ...", "on Jan. 19, 2021, the day
# before ...".
_RIGHT_AFTER_DATE = re.compile(r"\s*,\s*")
_PRONOUN_SUBJECT = re.compile(r"(?i)(?:it|they|he|she|we|this|that)\b")
_UNIT_RANK = {"year": 0, "month": 1, "week": 2, "day": 2}
_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}


def anchored_clauses(sentence: str, when: DateMatch) -> list[tuple[int, int, DateMatch]]:
    """The clauses of ``sentence`` dated by their distance from the sentence's own date ``when``
    ("a week after Russia invaded Ukraine": a week before ``when``), as (start, end, date). Only a
    clause with a verb of the past, and only a distance no finer than ``when``'s precision (a week
    from "in March" is not a day)."""
    lower = lower_for_cues(sentence)
    if not when.explicit or (" after " not in lower and " before " not in lower):
        return []  # speed: most sentences have neither word
    found = []
    for m in _ANCHORED.finditer(sentence):
        clause = m.group("clause")
        unit = m.group("unit").lower()
        if not _PAST_VERB.search(clause) or _UNIT_RANK[unit] > _PRECISION_RANK[when.precision]:
            continue
        if not _RIGHT_AFTER_DATE.fullmatch(sentence, when.start + len(when.text), m.start()):
            continue  # measured from something else than the sentence's date: "learned of it two days after it happened"
        if _PRONOUN_SUBJECT.match(clause):
            continue  # "three weeks after it began its invasion": the happening is told elsewhere, by name
        if m.start() <= when.start < m.end():
            continue  # the sentence's own date lies inside: "two months before Finland joined NATO in April 2023"
        count = _COUNTS.get(m.group("count").lower()) or int(m.group("count"))
        sign = -1 if m.group("direction").lower() == "after" else 1
        moved = _moved(when.date, unit, sign * count)
        precision = "day" if unit in ("day", "week") else min(unit, when.precision, key=_PRECISION_RANK.__getitem__)
        if precision == "month":
            moved = moved.replace(day=1)
        elif precision == "year":
            moved = moved.replace(month=1, day=1)
        found.append((m.start("clause"), m.end("clause"), DateMatch(moved, precision, m.group(0), m.start())))
    return found


def _moved(day: date, unit: str, count: int) -> date:
    """``day`` moved by ``count`` days, weeks, months or years (a month's day kept within it)."""
    if unit in ("day", "week"):
        return day + timedelta(days=count * (7 if unit == "week" else 1))
    months = day.year * 12 + day.month - 1 + (count if unit == "month" else 12 * count)
    year, month = divmod(months, 12)
    return day.replace(year=year, month=month + 1, day=min(day.day, 28))
