"""Datelines: the place, and sometimes the date and the agency, that open a news lede before its own words ("SEOUL -
", "ROVANIEMI, Finland -", "OSLO, Feb 16 --", "MOSCOW (Reuters) -", "Kuujjuaq, Nunavik -- April 29, 2025 --"). Where
the story was filed from, and when, is neither where nor when its happening was, unless the sentence names no other.

Four readers, each for the rule that asks, with the forms that rule was measured on: :func:`dateline_end` (where the
lede's subject starts), :func:`is_dateline` (a place that is the dateline; :data:`DATELINE_QUALIFIER` and
:data:`CAPITALS_DATELINE` for the region after it and the town before it), :func:`dated_dateline` (a date inside a
capitals dateline) and :func:`filed_on` (the date of a dateline or a release line, in any case).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the readers take matches of both; imported for the types only (no cycle at run time)
    from .dates import DateMatch
    from .places import PlaceMatch

__all__ = [
    "CAPITALS_DATELINE",
    "DATELINE_QUALIFIER",
    "dated_dateline",
    "dateline_end",
    "filed_on",
    "is_dateline",
]

# A dateline opening a lede: "SEOUL - ", "ROVANIEMI, Finland - ", "KIRUNA, Sweden, Aug 20 (AFP) -- ".
_DATELINE = re.compile(r"[A-ZÅÄÖÆØ][A-ZÅÄÖÆØ .'’-]+(?:,[^-–—]{0,40}?)?\s[-–—]+\s+")


def dateline_end(text: str) -> int:
    """Where the dateline opening ``text`` ends (its town in capitals, any state and date, then a dash), 0 if none:
    the sentence's subject comes after it, and the dateline's state is no party."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


# After the place: a region and a date ("ANCHORAGE, Alaska", "SHANGHAI, July 12"), then the
# agency and a dash ("(AP) —", "(Xinhua) --") or a wire's slashed name ("April 9. /TASS/.").
_DATELINE_TAIL = re.compile(
    r"(?:,\s*[A-Z][\w.]*(?:\s+(?:[A-Z][\w.]*|\d{1,2}\.?))*){0,2}\s*"
    r"(?:(?:\([^()]{1,40}\))?\s*(?:--|[-–—])\s|/[A-Z][\w-]{1,15}/\.?\s)"
)


def is_dateline(text: str, place: PlaceMatch) -> bool:
    """Whether ``place`` is the dateline of ``text``: the article's first words, in capitals
    ("WASHINGTON -", "ROVANIEMI, Finland -", "MOSCOW (Reuters) -")."""
    return place.start == 0 and text[: place.end].isupper() and bool(_DATELINE_TAIL.match(text, place.end))


# ", Nunavut", ", Calif.", ", Finland": what follows a dateline's place before its dash.
DATELINE_QUALIFIER = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*){1,2}")
# A dateline's town in capitals and its comma: "HAINES, ", "NEW YORK, ".
CAPITALS_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{2,},\s*")

# "OSLO, Feb 16 -- Norway's Supreme Court ruled": a date between a capitals dateline's town (and region) and its dash.
_BEFORE_A_DATELINE_DATE = re.compile(r"^[A-Z][A-Z .'-]+(?:,\s*[A-Z][\w.]*)*,\s*$")
_AFTER_A_DATELINE_DATE = re.compile(r"^\s*(?:--|—|–|-)\s")


def dated_dateline(sentence: str, found: DateMatch) -> bool:
    """Whether ``found`` is the date of a capitals dateline opening ``sentence`` ("OSLO, Feb 16 --")."""
    return bool(
        _BEFORE_A_DATELINE_DATE.match(sentence[: found.start])
        and _AFTER_A_DATELINE_DATE.match(sentence[found.start + len(found.text) :])
    )


# "Kuujjuaq, Nunavik -- April 29, 2025 -- Makivvik welcomes ...", "OSLO, March 31 (Reuters) - Equinor began ...": the
# capitalised words of a dateline or a release line before the date, and its dash (an agency's name between) after it.
_DATELINE_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]*,?\s+|(?:--|[-–—])\s+){1,8}")
_DATELINE_AFTER = re.compile(r"\s*(?:\([A-Z][\w ]*\)\s*)?(?:--|[-–—])\s")


def filed_on(sentence: str, found: DateMatch) -> bool:
    """Whether ``found`` is the date of a dateline or a release line opening ``sentence``: when the story was filed,
    which gives way to a date the sentence tells its happening by ("-- April 29, 2025 -- Makivvik welcomes the result of
    yesterday's federal election")."""
    return (
        0 < found.start <= 80
        and _DATELINE_BEFORE.fullmatch(sentence, 0, found.start) is not None
        and _DATELINE_AFTER.match(sentence, found.start + len(found.text)) is not None
    )
