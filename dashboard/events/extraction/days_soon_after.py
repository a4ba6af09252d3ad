"""A day and month without a year, a few weeks after publication, in a sentence told in the past: this year's.

A day told in the past tense cannot lie after publication, so "the meeting on 11 May ended ..." in a June story is
this May and in a May 5 story last May. But a day only a few weeks ahead is rarely last year's: a writer telling of
a day eleven months back names its year or says "last September". The past tense there is the telling of a plan or a
state that runs on to that day: "Queen Margrethe had invited Trump for a state visit on September 2" (an August
story), "The Games were to run from 15 to 21 March" (a March story), "ordered him held until August 15". A past verb
right before the date is the day's own happening, told as done, and keeps it behind: "the pipeline, which had been
torn on Oct. 8" in a September story is last October's, as is a day set off before its verb ("Weeks later, on
October 2, a second slide hit the fjord").
"""

from __future__ import annotations

import re

# How far ahead of publication a day and month told in the past still reads as this year's.
SOON_AFTER_DAYS = 45

# A past verb or participle right before the day: "torn on Oct. 8", "signed on 2 June", "held 2 June" (not "to open
# Oct. 15").
_DONE = (
    r"\b(?:[a-z]{2,}ed|been|taken|given|broken|stolen|seen|done|torn|sworn|drawn|shown|known|thrown|flown|chosen|held|"
    r"sent|built|made|found|lost|won|hit|cut|shut|struck|sunk|sank|began|begun|fell|fallen)\s+"
)
_DONE_RIGHT_BEFORE = re.compile(_DONE + r"(?:on\s+)?$")
# ... or a few words before a month: "approved the project in October" in a September story is last October.
_DONE_SHORTLY_BEFORE = re.compile(_DONE + r"(?:\S+\s+){0,3}$")


def soon_after_publication(m: re.Match[str], ahead: int) -> bool:
    """Whether the day at ``m``, ``ahead`` days after publication, is this year's though the clause is past."""
    if not 1 < ahead <= SOON_AFTER_DAYS or _DONE_RIGHT_BEFORE.search(m.string[max(0, m.start() - 40) : m.start()]):
        return False
    # "Weeks later, on October 2, a second slide hit the fjord.": a day set off before its verb is that verb's, done.
    return not (m.string[m.end() :].lstrip().startswith(",") and len(m.string[: m.start()].split()) <= 5)


def month_soon_after_publication(m: re.Match[str], ahead: int) -> bool:
    """Whether the month at ``m``, its first day ``ahead`` days after publication, is this year's though the clause is
    past: "preparations were under way for a summit in June" in a May story. Not one a past verb tells a few words
    before ("approved the project in October"), nor one opening the sentence ("In June they resumed work")."""
    lead = m.string[: m.start()]
    return soon_after_publication(m, ahead) and len(lead.split()) > 2 and not _DONE_SHORTLY_BEFORE.search(lead[-60:])
