"""Rules of rules-2.77 on dated clauses (datechoice77), through :func:`extract_events` on short articles written for
them (none is a sentence of an article set): a sentence that tells two dated happenings gets an event for each when a
period in the possessive ("This year's race") stands before the first date, and when the happenings are counted as
"two of those times" before the list of their dates; and a clause dated by its distance from the sentence's date ("on
October 4, a week after the election brought ...") is one with any common irregular past, "brought" too."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events


def _dates(text: str, published: date) -> set[tuple[date, str]]:
    return {(event.event_date, event.date_precision) for event in extract_events(text, published)}


def test_a_possessive_period_does_not_join_the_two_days_of_a_sentence():
    text = (
        "This year's Finnmarksløpet sled dog race began in Alta on March 9, and the long class left Kautokeino the "
        "following day."
    )
    found = _dates(text, date(2024, 3, 20))
    assert (date(2024, 3, 9), "day") in found
    assert (date(2024, 3, 10), "day") in found


def test_last_years_possessive_before_two_dated_clauses():
    text = (
        "Last year's Arctic Circle Assembly opened in Reykjavik on October 19, and the Greenland forum was held in "
        "Nuuk the next day."
    )
    found = _dates(text, date(2024, 2, 1))
    assert (date(2023, 10, 20), "day") in found


def test_two_of_those_times_lists_a_happening_for_each_date():
    text = (
        "Rain has fallen on the summit of the Greenland ice sheet only a few times on record. Two of those times have come "
        "in the past decade: in June 2014, when it soaked the station's instruments, in August 2017, and now."
    )
    found = _dates(text, date(2021, 8, 20))
    assert (date(2014, 6, 1), "month") in found
    assert (date(2017, 8, 1), "month") in found


def test_a_distance_before_a_clause_with_an_irregular_past_dates_that_clause():
    text = (
        "Aksel Johannesen became prime minister of the Faroe Islands in Tórshavn on October 4, 2015, a week after the "
        "election brought his party back to power."
    )
    assert (date(2015, 9, 27), "day") in _dates(text, date(2016, 1, 5))
