"""Which of a sentence's dates is its happening's, when it names more than one: the date in the trigger's own
clause, not one that only ends a span or files the report, and the end of a change told from one date to another.

"Finland, which applied in May 2022, joined on Tuesday" is dated by "on Tuesday" (the clause of "joined");
"has suspended the hunt until the end of August" leaves the happening undated (the end of a span); "dropped from
around 8 billion animals in 2018 to about 1 billion in 2021" is dated 2021 (the change is told when it was complete).
Used by :func:`.dates.resolve_date`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .datelines import dated_dateline
from .text import lower_for_cues

if TYPE_CHECKING:  # only for the annotations: .dates imports this module
    from .dates import DateMatch

__all__ = ["bounds_or_files", "clause_of", "end_of_a_change", "until_before"]


# A change between two measures: "dropped from around 8 billion animals in 2018 to about 1 billion in 2021".
_CHANGE_FROM = re.compile(r"(?i)\bfrom\s+(?:[\w.,$%€£-]+\s+){1,5}?in\s+$")
_CHANGE_TO = re.compile(r"(?i)^\s+to\s+(?:[\w.,$%€£-]+\s+){1,5}?(?:in|by)\s+$")


def end_of_a_change(sentence: str, chosen: DateMatch, found: list[DateMatch]) -> DateMatch:
    """``chosen``, or the later date of a change "from <a measure> in <date> to <another> in <date>": the change is
    told when it was complete (the measure of 2021, not of 2018)."""
    later = [
        d
        for d in found
        if d.start > chosen.start
        and d.precision == chosen.precision
        and _CHANGE_TO.match(sentence[chosen.start + len(chosen.text) : d.start])
        and _CHANGE_FROM.search(sentence, max(0, chosen.start - 60), chosen.start)
    ]
    return later[0] if later else chosen


# "OSLO, Feb 16 -- Norway's Supreme Court ruled on Tuesday": the dateline's date is when the
# report was filed (.datelines); "the base, known until 2023 as Thule Air Base, has operated under a 1951
# agreement": "until" bounds a state of affairs. Either dates the happening only when the
# sentence names no other date.
# "a ban on flights was in force until midnight on Wednesday": a time of day between "until" and the day.
_UNTIL = re.compile(r"(?i)\b(?:until|till|up\s+to)\s+(?:the\s+end\s+of\s+|midnight\s+(?:on\s+)?)?$")
_UNTIL_OWN = re.compile(r"(?i)(?:until|till)\s")


# The words an _UNTIL match ends with before its spaces (speed: tested first, as _UNTIL, anchored
# at the end, tries every position of the text before a date).
_UNTIL_ENDS = ("until", "till", "to", "of", "on", "night")


def until_before(before: str) -> bool:
    """Whether ``before`` (the text before a date) ends in "until", "up to the end of" ...: _UNTIL."""
    return lower_for_cues(before.rstrip()[-6:]).endswith(_UNTIL_ENDS) and bool(_UNTIL.search(before))


def bounds_or_files(sentence: str, found: DateMatch) -> bool:
    """Whether ``found`` is a dateline's date or the end of a span ("until 2023")."""
    before = sentence[: found.start]
    return bool(
        dated_dateline(sentence, found)
        or until_before(before)
        or _UNTIL_OWN.match(found.text)  # "holds the rotating chair until May": "until" in the date's own words
    )


_ATTRIBUTION = re.compile(
    r",\s+(?=(?:the\s+|a\s+)?(?:[A-Z][\w.'’-]*\s+){1,5}(?:said|says|told|reported|announced|added)\b)"
)


def clause_of(sentence: str, offset: int) -> tuple[int, int]:
    """The span of the clause around ``offset``: between the nearest breaks (; : — – ( ) and
    ", which/who/when/after/before/while/but/and")."""
    breaks = [0, len(sentence)]
    for m in re.finditer(r"[;:—–()]|,\s+(?=(?:which|who|when|after|before|while|but|and|since|although)\b)", sentence):
        breaks.append(m.start())
    # "... lost 40 per cent of its area at the end of July, the Canadian Ice Service said on Thursday":
    # the closing attribution is a clause of its own.
    breaks += [m.start() for m in _ATTRIBUTION.finditer(sentence)]
    start = max(b for b in breaks if b <= offset)
    end = min(b for b in breaks if b > offset) if any(b > offset for b in breaks) else len(sentence)
    return start, end
