"""Rules of rules-2.75 on dates (dates75), through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): a happening told again with its preposition ("in May 2023 and in March 2024", "and again
in") is two happenings, each with its date; "the following day" after a day of the same sentence dates a happening of
its own once the sentence's dates are read once each."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 9, 2)


def _dates(text: str, published: date = _PUBLISHED) -> set[tuple[date, str]]:
    return {(event.event_date, event.date_precision) for event in extract_events(text, published)}


def test_a_happening_told_again_after_and_in_is_dated_twice():
    text = "Russian bombers were intercepted near Alaska in May 2023 and in March 2024."
    assert _dates(text) >= {(date(2023, 5, 1), "month"), (date(2024, 3, 1), "month")}


def test_a_happening_told_again_after_and_again_in_is_dated_twice():
    text = "Russian bombers were intercepted near Alaska in May 2023 and again in March 2024."
    assert (date(2024, 3, 1), "month") in _dates(text)


def test_the_following_day_after_a_day_of_the_sentence_is_a_happening_of_its_own():
    text = (
        "The race opened with the ceremonial start in Anchorage on March 2, and the timed restart took place in "
        "Willow the following day."
    )
    assert _dates(text, date(2019, 3, 14)) >= {(date(2019, 3, 2), "day"), (date(2019, 3, 3), "day")}
