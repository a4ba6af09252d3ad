"""Rules of rules-2.82 (dates82), through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): "until midnight on Wednesday" ends a span, as "until Wednesday" does; it neither dates
the sentence's happening nor becomes the day later sentences share."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2022, 6, 14)  # a Tuesday


def test_a_span_until_midnight_on_a_weekday_does_not_date_the_happening():
    text = (
        "The cruise ship Polar Star ran aground outside Longyearbyen on Monday.\n\n"
        "Police closed the harbour, and a ban on boat traffic near the wreck stayed in force until midnight on Thursday."
    )
    last = extract_events(text, _PUBLISHED)[-1]
    assert last.event_date == date(2022, 6, 13)


def test_the_sentences_after_the_span_keep_the_storys_day():
    text = (
        "Protesters gathered outside the port of Hammerfest on Monday as a foreign warship docked.\n\n"
        "Flights over the town were banned until midnight on Wednesday.\n\n"
        "Demonstrators marched to the town hall with banners."
    )
    last = extract_events(text, _PUBLISHED)[-1]
    assert last.event_date == date(2022, 6, 13)
