"""Rules of rules-2.30, through :func:`extract_events` on short articles written for them: news told in the present
perfect is as of the report's day even when a relative aside stands between the subject and its verb, or "all"
or "already" between the auxiliary and the verb; a past-tense follow-up still shares the lede's day."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_saying


def _days(phrase: str, text: str, published: date) -> set[date]:
    return {e.event_date for e in events_saying(phrase, text, published)}


LEDE = "LONGYEARBYEN - A polar bear killed a camper near Longyearbyen on Sunday.\n\n"


def test_a_present_perfect_after_a_relative_aside_is_as_of_the_report():
    text = LEDE + "The Governor of Svalbard, whose office polices the islands, has opened an investigation."
    assert _days("has opened an investigation", text, date(2018, 7, 30)) == {date(2018, 7, 30)}


def test_all_between_the_auxiliary_and_the_verb_is_still_the_present_perfect():
    text = LEDE + "The police and the Norwegian Polar Institute have all opened investigations."
    assert _days("have all opened investigations", text, date(2018, 7, 30)) == {date(2018, 7, 30)}


def test_a_past_tense_follow_up_still_shares_the_ledes_day():
    text = LEDE + "The Governor of Svalbard, whose office polices the islands, sent a helicopter to the camp."
    assert _days("sent a helicopter", text, date(2018, 7, 30)) == {date(2018, 7, 29)}
