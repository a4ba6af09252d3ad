"""A flashback's day holds until the story names its own happening again: "ROVANIEMI - The Arctic Council ended a
ministerial meeting on Tuesday without a declaration. ... On Monday, Pompeo used a speech in the same city to accuse
China. He also criticised Russia. ... At the end of the meeting Finland handed the chairmanship to Iceland." The
earlier day a sentence names after the lede's paragraph dates the sentences with no date of their own that follow it,
in its paragraph and the next; a sentence of a later paragraph that names a happening of the lede again with "the"
("the meeting", "the ceremony") is back on the lede's day. An earlier day in the lede's own paragraph ("No one lives
in the town this morning. All were ordered out after a landslide on Friday") is the news itself, not a flashback.
(A later paragraph returning to the lede's day without naming its happening was tried: dev dates +6, pool dates +36,
but pool places -2 and seven quality floors broken.) Used by :mod:`.extract`.
"""

from __future__ import annotations

import re

from .datelines import filed_on
from .dates import DateMatch

__all__ = ["Flashback"]

_PARAGRAPHS_ON = 1  # how many paragraph numbers past the flashback's own it still holds
_THE = re.compile(r"\bthe ([a-z]{4,})\b")  # "the meeting", "the ceremony": a happening named before


class Flashback:
    """The story's day before a flashback moved it to an earlier day, and the paragraph the flashback opened in."""

    __slots__ = ("before", "filed", "first", "flashback", "lede", "opened", "paragraph")

    def __init__(self) -> None:
        self.before: DateMatch | None = None
        self.flashback: DateMatch | None = None
        self.filed: DateMatch | None = None  # a dateline's day ("Helsinki, Jan 28 --"): the day filed, not told
        self.paragraph = -1
        self.first: DateMatch | None = None
        self.opened = -1  # the paragraph the story's day was set in (the lede's)
        self.lede: frozenset[str] = frozenset()  # the words of the sentence that set it

    def moved(self, old: DateMatch | None, new: DateMatch | None, sentence: str, paragraph: int) -> DateMatch | None:
        """``new``, the story's day after ``sentence`` of ``paragraph`` (``old`` before it), noted."""
        if old is None or new is None or new is old:
            self.filed = new if old is None and new is not None and filed_on(sentence, new) else self.filed
            if self.first is None and new is not None:
                self.first, self.opened, self.lede = new, paragraph, frozenset(sentence.lower().split())
            return new
        if self.first is self.filed:
            self.first, self.opened, self.lede = new, paragraph, frozenset(sentence.lower().split())
        if (
            new.date < old.date
            and self.before is None
            and old is not self.filed
            and old is self.first
            and paragraph > self.opened
        ):
            self.before = old
        if self.before is not None and new.date < self.before.date:
            self.flashback, self.paragraph = new, paragraph  # a flashback, or a later day still within it
        else:
            self.before = None
        return new

    def story_day(self, story_date: DateMatch | None, paragraph: int, sentence: str) -> DateMatch | None:
        """``story_date``, or the story's day before the flashback once a later paragraph begins and ``sentence``
        names the lede's happening again ("At the end of the meeting")."""
        before = self.before
        if before is None or paragraph <= self.paragraph + _PARAGRAPHS_ON or story_date is not self.flashback:
            return story_date  # the flashback's paragraph, or a day set since (an election night)
        if not any(w in self.lede for w in _THE.findall(sentence.lower())):
            return story_date
        return before
