"""Rules of rules-2.78, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a year that opens a sentence ("In 2019 ...", "During 2021 ...") frames the months and days it names
without a year, which are in that year, not the last such month or day before publication; "the first week of
February" is in that month, "the end of 2022" in its December; "the last week of the campaign" is no "last week"."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events


def _last_date(text: str, published: date) -> tuple[date, str]:
    last = extract_events(text, published)[-1]
    return last.event_date, last.date_precision


def test_a_month_after_an_opening_year_is_in_that_year():
    text = (
        "NUUK - Greenland lost a record amount of ice last year, scientists said on Thursday. "
        "In 2019 a heat wave that had broken records in Europe at the end of July moved north over the ice sheet."
    )
    assert _last_date(text, date(2020, 8, 21)) == (date(2019, 7, 1), "month")


def test_a_day_after_during_a_year_is_in_that_year():
    text = (
        "OSLO - Norway opened a new border station on Monday. "
        "During 2021 the coast guard stopped a Russian trawler near Svalbard on 14 June."
    )
    assert _last_date(text, date(2024, 3, 5)) == (date(2021, 6, 14), "day")


def test_the_first_week_of_a_month_is_in_that_month():
    text = (
        "OSLO - Norway opened a new border station on Monday. "
        "The coast guard stopped a Russian trawler near Svalbard in the first week of February."
    )
    assert _last_date(text, date(2024, 3, 5)) == (date(2024, 2, 1), "month")


def test_the_end_of_a_year_is_its_december():
    text = (
        "OSLO - Norway opened a new border station on Monday. "
        "The plant on Melkoya started production at the end of 2022 after a long repair."
    )
    assert _last_date(text, date(2024, 3, 5)) == (date(2022, 12, 1), "month")


def test_the_last_week_of_something_is_not_last_week():
    text = (
        "NUUK - Greenland's Demokraatit party won the parliamentary election on Tuesday. "
        "Support for the party rose sharply in the last week of the campaign."
    )
    published = date(2025, 3, 13)
    assert date(2025, 3, 6) not in {event.event_date for event in extract_events(text, published)}
