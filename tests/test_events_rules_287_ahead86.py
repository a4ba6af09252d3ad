"""Rules of rules-2.87 (helper ahead86), through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): which way a date named without its year or week points. A day told ahead may lie more
than six months after publication; a span told in the present or put off runs on "until" the next such month; a
past verb right after the date ("Equinor on Monday said it will ...") dates the saying, not what was said."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 3, 5)  # a Tuesday


def _dates(text: str) -> list[str]:
    return [event.event_date.isoformat() for event in extract_events(text, _PUBLISHED)]


def test_a_day_told_ahead_may_lie_more_than_six_months_on():
    text = "Greenland's parliament will meet in Nuuk on 14 September to vote on the new mining law."
    assert _dates(text)[0] == "2024-09-14"


def test_a_span_put_off_until_a_month_runs_on_to_the_next_one():
    text = "Talks between Norway and Russia in Oslo on the fishing quotas were postponed until September."
    assert _dates(text)[0][:7] == "2024-09"


def test_a_past_verb_right_after_the_date_dates_the_saying():
    text = "Russia's foreign ministry in Moscow on Monday warned that it will respond to the Norwegian exercise."
    assert _dates(text)[0] == "2024-03-04"
