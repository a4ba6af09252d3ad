"""Rules of rules-2.93 (dates93), through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): "last week" is dated by the middle of last week, its Thursday, when that falls in another
month than the day a week before publication (a Monday, August 5 story's last week ran mostly in August)."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events


def test_last_week_in_a_monday_story_takes_the_month_most_of_that_week_lay_in():
    text = "The Coast Guard rescued two fishermen off Nome last week."
    event = extract_events(text, date(2024, 8, 5))[0]
    assert (event.event_date, event.date_precision) == (date(2024, 8, 1), "month")


def test_last_week_in_a_saturday_story_can_lie_in_the_month_before():
    text = (
        "OSLO - Norway's foreign ministry summoned the Russian ambassador last week over the jamming of GPS signals "
        "in Finnmark."
    )
    event = extract_events(text, date(2025, 3, 8))[0]
    assert (event.event_date.year, event.event_date.month) == (2025, 2)
