"""Rules of rules-2.83 (later82), through :func:`extract_events` on short articles written for them (none is a sentence
of an article set): a dateless sentence placed "later in the month", "later in the day" or "that evening" is within
the period of the last happening told, never finer than its date."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events


def test_later_in_the_month_is_the_month_of_the_last_happening():
    text = (
        "Danish scientists said the Greenland ice sheet melted over a third of its area on September 3, the most in "
        "September since records began in 1978.\n\n"
        "Later in the month, a second melt covered a tenth of the Greenland ice sheet, the Danish researchers said."
    )
    last = extract_events(text, date(2022, 10, 10))[-1]
    assert (last.event_date, last.date_precision) == (date(2022, 9, 1), "month")


def test_that_evening_is_the_day_of_the_last_happening():
    text = (
        "Canada and Nunavut signed the agreement in Iqaluit on August 1, 2019, the Canadian government said.\n\n"
        "Hunters in Iqaluit held a feast that evening, Canadian officials said."
    )
    assert {e.event_date for e in extract_events(text, date(2022, 10, 10))} == {date(2019, 8, 1)}
