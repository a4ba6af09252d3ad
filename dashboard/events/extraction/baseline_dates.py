"""Dates that only give a comparison or a record's baseline: "the highest wave recorded since 1980", "higher than the
tsunamis off Japan in 2011", "the lowest extent since records began in 1979", "compared with 4.9 million in 2019".

Such a date is not when anything in the story happened, so the sentences after it with no date of their own do not
go on in it: after "On September 16, 2023, a landslide struck the fjord. The wave was the highest since 1980.", "The
tsunami destroyed a hut on Ella Island" is still 2023. It stays the latest date named, though: "That year ..." right
after it still means that year. Nor is the day of what would have been ("would have been in use two days earlier") a
day of the story. Used by :mod:`.extract`, which keeps a last happening date apart from the last date.
"""

from __future__ import annotations

import re

from .dates import DateMatch

__all__ = ["last_happening", "only_a_baseline", "told_as_if"]

# A record, a first or a match never seen in the sentence before "since": what the years since are counted for ("no
# taller wave since 1980", "never so low since").
_RECORD = re.compile(
    r"(?i)\b(?:(?:no|never)\s+(?:\w+er|more|less|so|such|as)|highest|lowest|largest|smallest|biggest|worst|best|warmest|hottest|coldest|wettest|driest|strongest|"
    r"deepest|heaviest|fastest|slowest|most|least|fewest|record|first|unprecedented|not\s+(?:been\s+)?seen)\b"
)
# The words right before the date: "since", "since records began in", "since the winter of".
_SINCE = re.compile(
    r"(?i)\bsince\s+(?:(?:records|record-keeping|measurements|observations)\s+(?:began|started)\s+in\s+)?"
    r"(?:(?:the\s+)?(?:winter|summer|spring|autumn|fall|start|end|beginning)\s+of\s+)?$"
)
# A comparison's other side: "higher than the tsunamis off Japan in 2011", "compared with 4.9 million in 2019", "up
# from 30 in 2019", "the record set in 2012".
_COMPARED = re.compile(
    r"(?i)(?:\b(?<!rather\s)(?<!other\s)(?P<than>than)\b|\bcompared\s+(?:with|to)\b|\b(?:up|down)\s+from\s+(?=\d)|"
    r"\brecord\s+(?:set|of|from)\b)(?:[^.;:]|\.(?=\d)){0,80}?(?:\b(?:in|of|from)\s+)?$"
)
# "than" before a quantity or what was thought is no comparison with a past: "began more than three years ago", "a
# little more than a year after the spill in May", "much larger than first thought".
_QUANTITY = re.compile(
    r"(?i)\s*(?:\d|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|half|double|twice|several|"
    r"(?:first\s+)?(?:thought|expected|planned|anticipated|feared|estimated|hoped))\b)"
)


def only_a_baseline(sentence: str, when: DateMatch) -> bool:
    """Whether ``when``, the explicit date of ``sentence``, only gives a comparison or a record's baseline."""
    if not when.explicit or when.start <= 0 or when.precision == "day":
        return False
    before = sentence[: when.start]
    if _SINCE.search(before):
        return _RECORD.search(before) is not None or "since records" in before.lower()
    m = _COMPARED.search(before)
    return m is not None and not (m.group("than") and _QUANTITY.match(sentence, m.end("than")))


# What would have been, not what was: "Many of the cabins would probably have been in use two days earlier, over the
# holiday weekend." Its day is no day of the story: the sentences after it ("The video was taken by a neighbour") do
# not share it.
# (Not "every Sámi would have the right to ...": "have" of a perfect tense, before a past participle.)
_AS_IF = re.compile(
    r"(?i)\b(?:would|could|might)\s+(?:\w+ly\s+)?(?:not\s+)?have\s+"
    r"(?:been|had|\w+ed|made|taken|done|gone|seen|won|lost|met|come|left|kept|got|gotten|begun|known)\b"
)


def told_as_if(sentence: str, when: DateMatch) -> bool:
    """Whether ``when``, the explicit date of ``sentence``, is the date of what would have been (before the date)."""
    return when.explicit and when.start > 0 and _AS_IF.search(sentence, 0, when.start) is not None


def last_happening(sentence: str, told: DateMatch, last: DateMatch | None) -> DateMatch | None:
    """The latest date a happening was told on once ``told``, the date of ``sentence``, is read: ``told`` when it is
    explicit and not only a baseline, else ``last``."""
    return told if told.explicit and not only_a_baseline(sentence, told) and not told_as_if(sentence, told) else last
