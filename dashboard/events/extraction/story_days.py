"""The story's days: the latest explicit date and day (for "that year", "the same day"), a recent day (of the week
before publication) that the sentences after it with no date of their own share, and the next day a sentence carries
the story on to: "It reached the coast on Friday night, and the water rose through the night and into Saturday." The
sentences after it that name no date of their own ("In Golovin, most homes were flooded") share Saturday, not Friday.
Used by :mod:`.extract`, which moves the story's day to that happening's.

A next day that is only when the news came out or what was planned is no such step: "a fire broke out on Monday, the
ministry said on Tuesday", "won Saturday's vote, according to results published on Sunday", "released on Tuesday, a
day before the campaign was expected to start".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .dates import DateMatch, find_dates

__all__ = ["later_day_told", "latest_dates", "recent_day"]


def latest_dates(
    told: DateMatch, last_date: DateMatch | None, last_day: DateMatch | None
) -> tuple[DateMatch | None, DateMatch | None]:
    """The latest explicit date and the latest explicit day once ``told`` is read."""
    if not told.explicit:
        return last_date, last_day
    return told, told if told.precision == "day" else last_day


def recent_day(told: DateMatch, published: date) -> bool:
    """Whether ``told`` is an explicit day of the week before ``published``: a story's day, which the sentences after
    it that name no date of their own may share."""
    return told.explicit and told.precision == "day" and 0 <= (published - told.date).days <= 7


_NOT_A_STEP = re.compile(
    r"(?i)\b(?:said|says|told|announced|reported|published|according|expected|due|planned|scheduled|before|will|would)\b"
)


def later_day_told(sentence: str, further: list, when: DateMatch, published: date) -> DateMatch | None:
    """The day after ``when`` (a recent day of ``sentence``) when a further happening of the sentence (``further``,
    events) is told on it as the story going on; None otherwise."""
    if not recent_day(when, published) or when.start < 0:
        return None  # not a story's recent day ("shut down on September 10, and the start-up was planned for ...")
    day = when.date + timedelta(days=1)
    if day > published or not any(e.date_precision == "day" and e.event_date == day for e in further):
        return None
    named = [d for d in find_dates(sentence, published) if d.date == day and d.start > when.start]
    if len(named) != 1 or _NOT_A_STEP.search(
        sentence, when.start + len(when.text), named[0].start + len(named[0].text)
    ):
        return None
    return DateMatch(day, "day", named[0].text, named[0].start)
