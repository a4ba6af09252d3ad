"""Rules of rules-2.86 (sentence86), through :func:`extract_events` on short texts written for them (none is a
sentence of an article set): a "which" aside right after a place name tells a happening of that place, wherever the
rest of the sentence is set ("Finland, which joined NATO in April 2023, sent a delegation to Washington")."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 5, 1)


def test_a_dated_which_aside_after_a_country_is_at_that_country():
    text = "Finland, which joined NATO in April 2023, sent a delegation to talks in Washington on Monday."
    events = extract_events(text, _PUBLISHED)
    joined = [event for event in events if event.event_date == date(2023, 4, 1)]
    assert [event.place for event in joined] == ["Finland"]
    assert [event.place for event in events if event.event_date == date(2024, 4, 29)] == ["Washington, D.C."]


def test_the_sentences_date_in_a_which_aside_after_a_town_puts_it_at_the_town():
    text = "Nuuk, which got its first traffic lights in 1985, has now ordered electric buses from Copenhagen."
    assert [event.place for event in extract_events(text, _PUBLISHED)] == ["Nuuk"]
    # An aside that names a place of its own keeps it.
    text = "Norway, which hosted the talks in Tromso in 2019, has now ordered new patrol ships from Bergen."
    assert [event.place for event in extract_events(text, _PUBLISHED)] == ["Tromsø"]
