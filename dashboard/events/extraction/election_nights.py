"""Election night: the day of the vote, not the day the results were published.

"Speaking to supporters at his party's election-night gathering in Stockholm, Löfven said he would stay on" in a
story published the morning after tells a speech of the evening of the vote. The vote's day is the one the article
gives it ("in Wednesday's general election", "voters on Tuesday rejected the measure", "an election held on
Saturday"); an article that names none ("Sweden woke up on Monday after a general election") was published the day
after it. Used by :mod:`.extract` for a sentence with no date of its own, whose day the undated sentences after it
share ("Conservative leader Erna Solberg told cheering supporters in Oslo ..." that night too). A result of the vote
told with no date of its own ("In Greenland, Aaja Chemnitz Larsen was re-elected") is on the vote's day when the article
named it, though told after a later day ("On Thursday he drove to Amalienborg ...").
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
# Not an election body: "the Central Election Commission said on Thursday", "the Division of Elections".
_VOTE = re.compile(
    r"\b(?:(?<!of )elections?(?!\s+(?:Commission|Authority|Board|Office|Agency|Canada|officials?)\b)|"
    r"vot(?:e|ers|ed|ing)|polls|referendum)\b",
    re.I,
)
# "on Monday after a general election": the day is another one's; "the vote, the commission said on Thursday": the
# day the news was told.
_OTHER_DAY = re.compile(
    r"\b(?:after|before|since|until|ahead|following|results?|count(?:ed)?|said|says|told|announced|reported)\b", re.I
)
# "Aaja Chemnitz Larsen was re-elected", "Greenland's second seat went to ...", "kept her seat": a result of the vote.
# The vote itself and its count told as an outcome: "The Democrats won the most votes in Greenland's election", "took
# 29.9 per cent of the vote", "Murkowski has won a fourth full term", "Voters in the okrug rejected the amendments",
# "Voters also answered a plebiscite on electoral reform": on the vote's day, not the day the results were reported.
_RESULT = re.compile(
    r"\b(?:re-?elected|(?:kept|held|retained|won|lost)\s+(?:her|his|their|its|the|a)\s+(?:\w+\s+)?seats?|"
    r"seats?\s+went\s+to|(?:was|were)\s+elected|"
    r"(?:won|took)\s+(?:the\s+most|(?:about\s+|almost\s+|nearly\s+)?[\d.]+\s+per\s?cent\s+of\s+the)\s+votes?|"
    r"won\s+(?:a|an|her|his|its|their)\s+(?:[\w-]+\s+){0,2}(?:term|majority)|"
    r"[Vv]oters\s+(?:[\w'-]+\s+){0,6}?(?:rejected|approved|backed|answered|chose|ended|handed|returned|voted))\b"
)
# "the authority to which she was elected twice", "She was first elected in 2015": an earlier vote.
_EARLIER = re.compile(r"\b(?:which|whom|who|first)\b")
_NEAR = 40  # characters between a vote's word and its day


class ElectionNight:
    """The day of an article's vote, read once (from its sentences) and only for a sentence that tells election
    night or a result."""

    def __init__(self, sentences: list[str], published: date) -> None:
        self._sentences, self._published, self._day, self._named = sentences, published, None, False

    def date_of(self, sentence: str) -> DateMatch | None:
        """The vote's day for ``sentence`` (a sentence with no date of its own) when it tells election night."""
        if ("lection" not in sentence and "overnight" not in sentence) or (m := _NIGHT.search(sentence)) is None:
            return None
        if self._day is None:
            self._day = self._vote_day()
        return DateMatch(self._day, "day", m.group(0), m.start(), explicit=False)

    def result_date(self, sentence: str) -> DateMatch | None:
        """The vote's day for ``sentence`` (with no date of its own) when it tells a result of a vote whose day the
        article named."""
        # Cheap word tests first ("oter": "Voters in the okrug rejected ..."); most sentences tell no vote.
        cued = "elect" in sentence or "seat" in sentence or "vote" in sentence or "oter" in sentence
        if not (cued or "won" in sentence) or (m := _RESULT.search(sentence)) is None:
            return None
        if _EARLIER.search(sentence, 0, m.start()):
            return None
        if self._day is None:
            self._day = self._vote_day()
        if not self._named:
            return None  # no day named for the vote: the results may have been told on the day of the count
        return DateMatch(self._day, "day", m.group(0), m.start(), explicit=False)

    def _vote_day(self) -> date:
        for days, near, late_count in ((7, _NEAR, False), (_COUNT_DAYS, _NEAR_COUNTED, True)):
            for sentence in self._sentences:
                if (day := _day_of_vote(sentence, self._published, days, near, late_count)) is not None:
                    self._named = True
                    return day
        return self._published - timedelta(days=1)


# A story of a late count ("after the last absentee ballots from the Nov. 3 election were counted on Tuesday") names
# its vote's day weeks back, right beside the vote: "the Nov. 3 election", "the election on 8 November". Not a vote
# before it ("the last election, on 6 April 2021").
_COUNT_DAYS, _NEAR_COUNTED = 31, 12
_PREVIOUS = re.compile(r"(?i)\b(?:last|previous|earlier|prior)\s+(?:\w+\s+)?$")


def _day_of_vote(
    sentence: str, published: date, days: int = 7, near: int = _NEAR, late_count: bool = False
) -> date | None:
    """A day of the ``days`` before ``published`` that ``sentence`` gives its vote (within ``near`` characters):
    "Wednesday's general election", "the local elections on Monday"; for a ``late_count``, only a day written right
    before the vote and not a previous vote's ("the Nov. 3 election", not "the last election, on 6 April")."""
    votes = list(_VOTE.finditer(sentence))
    if not votes:
        return None
    for found in find_dates(sentence, published):
        if found.precision != "day" or not 0 <= (published - found.date).days <= days:
            continue
        end = found.start + len(found.text)
        for vote in votes:
            gap = sentence[end : vote.start()] if end <= vote.start() else sentence[vote.end() : found.start]
            if late_count and (end > vote.start() or _PREVIOUS.search(sentence, 0, found.start)):
                continue
            if len(gap) <= near and not _OTHER_DAY.search(gap):
                return found.date
    return None
