"""Rules of rules-2.94 (helper pubday94), through :func:`extract_events` on short articles written for them (none is
a sentence of an article set): the present perfect or progressive of the news itself is told as of the report's day
also after a place set before the subject ("In the Kara Sea, the tanker is waiting") or an apposition after it ("The
icebreaker, the fleet's oldest, is heading home"), and with "have begun".
"""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 11, 21)  # a Thursday
_LEDE = "TROMSO - A fishing boat sank off the coast of Finnmark on Monday.\n\n"


def _last_date(text: str) -> date:
    return extract_events(text, _PUBLISHED)[-1].event_date


def test_a_present_progressive_after_a_fronted_place_is_of_the_report():
    text = _LEDE + "In the Barents Sea, the coast guard vessel Barentshav is towing the wreck to Hammerfest."
    assert _last_date(text) == _PUBLISHED


def test_a_present_perfect_after_an_apposition_is_of_the_report():
    text = _LEDE + "The Norwegian police, the lead agency in the search, have opened an investigation into the sinking."
    assert _last_date(text) == _PUBLISHED


def test_have_begun_is_told_as_of_the_report():
    text = _LEDE + "Investigators in Hammerfest have begun an investigation into the sinking."
    assert _last_date(text) == _PUBLISHED


def test_a_plain_past_after_a_fronted_place_keeps_the_ledes_day():
    text = _LEDE + "In Hammerfest, the police opened an investigation into the sinking."
    assert _last_date(text) == date(2024, 11, 18)
