"""Rules of rules-2.74 on dates a sentence writes, through :func:`extract_events` on short articles written for them
(none is a sentence of an article set): a month with a comma and a count after it ("By June, 12 families had left") is
that month; a date a plan was set for ("a vote set for May 3 was put off") gives way to the date of what happened; and
a season of the publication's told in the past ("have counted 300 seals this spring" in an April article) is the
publication's month."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events


def test_a_month_before_a_comma_and_a_count_is_that_month():
    text = "By June, 12 families had left the village of Shishmaref, Alaska, the city council said."
    event = extract_events(text, date(2024, 9, 18))[0]
    assert (event.event_date, event.date_precision) == (date(2024, 6, 1), "month")


def test_the_date_a_plan_was_set_for_gives_way_to_the_happenings():
    text = (
        "The schedule kept slipping: a vote set for May 3 was put off, "
        "and in April the Storting in Oslo had moved the debate into the autumn session."
    )
    event = extract_events(text, date(2022, 6, 10))[0]
    assert (event.event_date, event.date_precision) == (date(2022, 4, 1), "month")


def test_this_season_told_in_the_past_is_the_publications_month():
    told = "Researchers from the Greenland Institute of Natural Resources have counted 300 seals near Nuuk this spring."
    ahead = "The Greenland Institute of Natural Resources will count the seals near Nuuk this spring."
    thing = "The Greenland Institute of Natural Resources presented this spring's seal count in Nuuk on Monday."
    event = extract_events(told, date(2021, 4, 27))[0]
    assert (event.event_date, event.date_precision) == (date(2021, 4, 1), "month")
    # Told ahead, the season is still a year; named as a thing, it gives way to the day.
    assert extract_events(ahead, date(2021, 4, 27))[0].date_precision == "year"
    assert extract_events(thing, date(2021, 4, 27))[0].event_date == date(2021, 4, 26)
