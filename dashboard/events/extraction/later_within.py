"""A dateless sentence placed later within a period the story already dated.

"Later in the month, a second melt covered a tenth of the ice sheet" after "the ice sheet melted over a third of
its area on September 3": September. "Divers inspected the hull that evening" after "the ship ran aground on
Friday": that Friday. Counted from the date of the last happening told (``last_happened`` in :mod:`.extract`), not from
the last date named anywhere (a baseline, "since measurements began in 1989", is no happening), and never
finer than that date (:func:`.story.date_referred_back` calls this).
"""

from __future__ import annotations

import re
from datetime import date

from .dates import DateMatch

__all__ = ["later_within"]

# "later in the day", "later in the month", "later that evening", "that night" ("overnight" is left alone).
_LATER_WITHIN = re.compile(
    r"\b(?:later\s+in\s+the\s+(?P<unit>day|month|year)|(?:later\s+)?that\s+(?P<part>evening|night|morning|afternoon))\b",
    re.I,
)
_RANK = {"year": 0, "month": 1, "day": 2}


def later_within(
    sentence: str, when: DateMatch, last: DateMatch, last_day: DateMatch | None, happened: DateMatch | None
) -> DateMatch | None:
    """The date ``sentence`` points to with "later in the month", "later that evening" (see the module), or None:
    also None when that date is after ``when``, the sentence's own undated day (publication), as "The mayor, who
    retires on Monday, declared an emergency. ... later in the day" was told on the storm's day, not Monday's."""
    m = _LATER_WITHIN.search(sentence)
    if m is None:
        return None
    unit = (m.group("unit") or "day").lower()
    # The last happening's date (not a baseline's); before any happening, the last date named.
    base = happened or last
    if unit == "day" and base.precision != "day":
        base = None if happened else last_day  # "in March ... later that evening": no day to count from
        if base is None:
            return None
    if base.date > when.date:
        return None
    precision = min(unit, base.precision, key=_RANK.__getitem__)
    day = base.date
    if precision == "year":
        day = date(day.year, 1, 1)
    elif precision == "month":
        day = day.replace(day=1)
    return DateMatch(day, precision, m.group(0), m.start())
