"""Rules of rules-2.77 on origins (origin77), through :func:`extract_events` on short articles written for them (none is
a sentence of an article set): a place that only says where an origin lies ("bombers from Ellsworth Air Force Base in
South Dakota") is part of that origin, and the place the sentence puts after a locative is where it happened."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2023, 6, 2)


def test_the_state_of_a_home_base_is_not_where_the_bombers_flew():
    text = (
        "On Monday, two B-52 bombers from Minot Air Force Base in North Dakota flew a training mission "
        "over the Barents Sea."
    )
    assert extract_events(text, _PUBLISHED)[0].place == "Barents Sea"


def test_the_state_of_a_fighters_home_base_is_not_where_it_intercepted():
    text = "On Friday, an F-22 from Langley Air Force Base in Virginia intercepted two Russian bombers off Alaska."
    assert extract_events(text, _PUBLISHED)[0].place == "Alaska"
