"""The year of a month or day a sentence names without one, read from the sentence's other dates.

"In May 2018 Putin signed a decree, and a law adopted in December of that year ...", "left St Petersburg
on July 7, 2023, reached Shanghai on Aug. 4", "a similar step last year, when three diplomats were
expelled in April", "in 2014, when a blaze broke out on 31 July": each month or day takes the year the sentence named with it. Used by :mod:`.dates`
(and by :mod:`.story`: a sentence naming a past year tells background).
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import replace
from typing import TYPE_CHECKING

from .date_words import MONTH_CUE

if TYPE_CHECKING:
    from datetime import date

    from .dates import DateMatch

__all__ = ["in_year_named", "names_past_year", "of_that_year"]


# "in December of that year", "in June the same year": the year the sentence named before.
_OF_THAT_YEAR = re.compile(r"(?i)\s*,?\s*(?:of\s+)?(?:that|the\s+same)\s+year\b")
_FOUR_DIGITS = re.compile(r"\d{4}")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def names_past_year(sentence: str, published: date) -> bool:
    """Whether ``sentence`` names a year before the year of ``published``: background ("The minister said much had
    changed since Russia annexed Crimea in 2014"), not the news (:func:`.story.main_place`)."""
    return any(int(year) < published.year for year in _YEAR.findall(sentence))


def of_that_year(sentence: str, found: list[DateMatch]) -> list[DateMatch]:
    """A month or day without a year followed by "of that year" ("In May 2018 Putin signed a decree,
    and a law adopted in December of that year ...") is in the year the sentence named before it."""
    moved = []
    for d in found:
        if d.precision == "year" or _FOUR_DIGITS.search(d.text):
            moved.append(d)  # it has its year (speed: the years named before it are read only for a month or day)
            continue
        # Not a deadline ("a target ... by 2024"): the year the sentence is told in; "until 2021, when ..." is one.
        named = [
            b
            for b in moved
            if _FOUR_DIGITS.search(b.text)
            and (
                not sentence[: b.start].endswith(("by ", "until "))
                or _WHEN_AFTER.match(sentence, b.start + len(b.text))
            )
        ]
        if named:
            if (
                _OF_THAT_YEAR.match(sentence, d.start + len(d.text))
                or _year_frames(sentence, named[-1], d)
                or _year_opens(sentence, named[-1], d)
            ):
                with suppress(ValueError):  # 29 February stays where it was
                    d = replace(d, date=d.date.replace(year=named[-1].date.year))
            elif (base := named[-1]).precision == "day" and d.precision == "day" and MONTH_CUE.search(d.text):
                # A journey told day by day: "left St Petersburg on July 7, 2023, reached Shanghai on
                # Aug. 4 and was back on Oct. 9" is in 2023, or the next year for a day before the first.
                with suppress(ValueError):
                    day = d.date.replace(year=base.date.year)
                    d = replace(d, date=day if day >= base.date else day.replace(year=base.date.year + 1))
        moved.append(d)
    return moved


# A year and the clause that tells what happened in it: "in 2014, when a blaze broke out on 31 July", "quiet until
# 2021, when lava broke through on 19 March" (not a month after a break: "in 2014, when ..., and in March ...").
_WHEN_AFTER = re.compile(r"(?i),?\s+when\b")
_BREAK = re.compile(r"[,;:.]\s")


def _year_frames(sentence: str, year: DateMatch, found: DateMatch) -> bool:
    """Whether ``year`` (a year alone) is the year of the "when" clause that names ``found``, a month or day without
    its year."""
    if year.precision != "year" or not MONTH_CUE.search(found.text):
        return False
    when = _WHEN_AFTER.match(sentence, year.start + len(year.text))
    return when is not None and not _BREAK.search(sentence, when.end(), found.start)


# A year that opens the sentence frames what it tells: "In 2019 it started early, and a heat wave that had broken
# records at the end of July moved north over the ice sheet" (July 2019, not the July before publication).
_OPENING_YEAR = re.compile(r"(?:In|During|Throughout)\s*$")
# "In 2018 ..., and in February this year ...", "... last March": a month dated from today, not by the opening year.
_RELATIVE_YEAR = re.compile(r"(?i)\b(?:this|last|next)\s+[a-z]{2}")


def _year_opens(sentence: str, year: DateMatch, found: DateMatch) -> bool:
    """Whether ``year`` (a year alone, or a month of a named year: "In August 2019, ... said during a visit on
    18 August") opens ``sentence`` ("In 2019 ...") and ``found`` is a month or day after it."""
    return (
        year.precision in ("year", "month")
        and year.start < 16
        and bool(_OPENING_YEAR.match(sentence[: year.start]))
        and bool(MONTH_CUE.search(found.text))
        and not _RELATIVE_YEAR.search(sentence, year.start, found.start + len(found.text) + 12)
        and not _AND_ANOTHER.search(sentence, year.start, found.start)
    )


# "and" before a new subject: a coordinated clause of its own ("Finland joined last year and Sweden
# in March"), which does not share the year named before it.
_AND_ANOTHER = re.compile(r"\band\s+(?:the\s+)?[A-Z]")
_LAST_OR_NEXT_YEAR = re.compile(r"(?i)\b(?:last|next)\s+year\b")
# A month with a year of its own, named or told by its own "last"/"next"/"this" ("set up its commission last
# November, and ... is due to report next year": last November is not next year's).
_YEAR_NAMED = re.compile(r"\d{4}|(?i:year|\b(?:last|next|this)\s)")


def in_year_named(sentence: str, found: list[DateMatch]) -> list[DateMatch]:
    """A month or day without a year in a sentence that names its year relatively ("a similar
    step last year, when three diplomats were expelled in April") is in that year, unless a
    clause with a subject of its own lies between them ("Finland joined last year and Sweden in March")."""
    years = [d for d in found if d.precision == "year" and _LAST_OR_NEXT_YEAR.search(d.text)]
    if len(years) != 1:
        return found
    year = years[0].date.year
    named_end = years[0].start + len(years[0].text)
    moved = []
    for d in found:
        if (d.start >= named_end and _AND_ANOTHER.search(sentence, named_end, d.start)) or (
            d.start < years[0].start and _AND_ANOTHER.search(sentence, d.start, years[0].start)
        ):
            moved.append(d)
            continue
        if d.precision != "year" and MONTH_CUE.search(d.text) and not _YEAR_NAMED.search(d.text):
            with suppress(ValueError):  # 29 February stays where it was
                d = replace(d, date=d.date.replace(year=year))
        moved.append(d)
    return moved
