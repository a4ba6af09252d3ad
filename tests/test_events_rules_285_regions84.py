"""Points of a zone, an ocean and a country that annotators place elsewhere than the gazetteer once did (issue #11,
session 39), through :func:`extract_events` on short articles written for them (none is a sentence of an article set):
the Alaska air defence zone lies at sea within 150 km of each of the three points annotators give it, the Southern
Ocean south of Tasmania, and the United States at the geographic centre of its contiguous states."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events
from tests.helpers import within_km_of_each

_PUBLISHED = date(2024, 3, 15)


def test_an_intercept_in_the_alaska_zone_is_at_a_point_every_convention_accepts():
    text = "Two Russian bombers entered the Alaska Air Defense Identification Zone on Tuesday, NORAD said."
    event = extract_events(text, _PUBLISHED)[0]
    assert event.place == "Alaska Air Defense Identification Zone"
    assert within_km_of_each(event, [(62.0, -168.0), (60.0, -168.0), (60.0, -165.0)])


def test_a_southern_ocean_story_is_south_of_tasmania():
    text = "A whaling ship was chased through the Southern Ocean on Monday."
    event = extract_events(text, _PUBLISHED)[0]
    assert event.place == "Southern Ocean"
    assert within_km_of_each(event, [(-62.0, 150.0)])


def test_the_united_states_is_at_the_centre_of_its_contiguous_states():
    text = "The United States recorded its hottest summer on record in 2023."
    event = extract_events(text, _PUBLISHED)[0]
    assert event.place == "United States"
    assert within_km_of_each(event, [(39.8, -98.6)])
