"""Election night: the day of the vote, not the day the results were published.

"Speaking to supporters at his party's election-night gathering in Stockholm, Löfven said he would stay on" in a
story published the morning after tells a speech of the evening of the vote. The vote's day is the one the article
gives it ("in Wednesday's general election", "voters on Tuesday rejected the measure", "an election held on
Saturday"); an article that names none ("Sweden woke up on Monday after a general election") was published the day
after it. Used by :mod:`.extract` for a sentence with no date of its own, whose day the undated sentences after it
share ("Conservative leader Erna Solberg told cheering supporters in Oslo ..." that night too).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .dates import DateMatch, find_dates

__all__ = ["ElectionNight"]

# "on election night", "the election-night gathering", "Election night also brought"; not "as it stood on election
# night" (a state, told as of a later day).
# "thanked voters as the first results came in overnight": the night of the count, the vote's.
_NIGHT = re.compile(r"(?<!stood on )\belection[- ]night\b|\bresults\s+(?:came|were\s+coming)\s+in\s+overnight\b", re.I)
_VOTE = re.compile(r"\b(?:elections?|vot(?:e|ers|ed|ing)|polls|referendum)\b", re.I)
# "on Monday after a general election": the day is another one's.
_OTHER_DAY = re.compile(r"\b(?:after|before|since|until|ahead|following|results?|count(?:ed)?)\b", re.I)
_NEAR = 40  # characters between a vote's word and its day


class ElectionNight:
    """The day of an article's vote, read once (from its sentences) and only for a sentence that tells election
    night."""

    def __init__(self, sentences: list[str], published: date) -> None:
        self._sentences, self._published, self._day = sentences, published, None

    def date_of(self, sentence: str) -> DateMatch | None:
        """The vote's day for ``sentence`` (a sentence with no date of its own) when it tells election night."""
        if ("lection" not in sentence and "overnight" not in sentence) or (m := _NIGHT.search(sentence)) is None:
            return None
        if self._day is None:
            self._day = self._vote_day()
        return DateMatch(self._day, "day", m.group(0), m.start(), explicit=False)

    def _vote_day(self) -> date:
        for sentence in self._sentences:
            if (day := _day_of_vote(sentence, self._published)) is not None:
                return day
        return self._published - timedelta(days=1)


def _day_of_vote(sentence: str, published: date) -> date | None:
    """A day of the week before ``published`` that ``sentence`` gives its vote: "Wednesday's general election",
    "the local elections on Monday"."""
    votes = list(_VOTE.finditer(sentence))
    if not votes:
        return None
    for found in find_dates(sentence, published):
        if found.precision != "day" or not 0 <= (published - found.date).days <= 7:
            continue
        end = found.start + len(found.text)
        for vote in votes:
            gap = sentence[end : vote.start()] if end <= vote.start() else sentence[vote.end() : found.start]
            if len(gap) <= _NEAR and not _OTHER_DAY.search(gap):
                return found.date
    return None
