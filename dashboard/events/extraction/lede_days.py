"""The day a news lede with no date of its own speaks of, told in the paragraph after it.

"Fennovoima has terminated its contract with RAOS Project. Fennovoima announced the decision on Monday, saying the
project had failed." The lede tells the news and names no day (often in the present perfect, as of the report); the
next paragraph or the one after says when it happened: a day of the week before publication named first there dates
the lede's happening, not the publication day. "The deal was struck late on Sunday in Oslo", "In a statement released
on Thursday, the ministry said ...", "The missile was launched on Wednesday from Plesetsk": the same. Used by
:mod:`.extract` for the article's first sentence only.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .dates import DateMatch, find_dates, resolve_date
from .story_days import recent_day

__all__ = ["day_told_after_lede"]

_AHEAD = 2  # the day is told in the first or second sentence after the lede, or not at all
# Before the day, what tells an earlier happening than the lede's: the past perfect ("The ship had arrived in Bergen on
# Tuesday") and a beginning ("The leak began last Friday", after "Putin has declared a state of emergency").
_EARLIER = re.compile(r"\b(?:had\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|t)|began|started)\b")


def day_told_after_lede(texts: list[str], published: date) -> DateMatch | None:
    """The day the lede ``texts[0]`` (an article's sentences, in order) tells its happening on, not explicit (it is
    the story's day, not the lede's own words): the first date of the first of the next two sentences that names
    one, when the lede names no date and that date is a day of the week before ``published``, not told after a past
    perfect or a beginning; else None."""
    if len(texts) < 2 or resolve_date(texts[0], published).explicit:
        return None
    for text in texts[1 : 1 + _AHEAD]:
        if found := find_dates(text, published):
            first = found[0]
            if recent_day(first, published) and first.date < published and not _EARLIER.search(text, 0, first.start):
                return replace(first, text="", start=-1, explicit=False)
            return None
    return None
