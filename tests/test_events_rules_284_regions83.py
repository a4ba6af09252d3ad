"""Points of seas that news names as a whole (issue #11, session 39), through :func:`extract_events` on short
articles written for them (none is a sentence of an article set): a sea has no one point, and annotators put one at
either of two conventional points some 180-240 km apart; the gazetteer's point lies between them, at sea, within
150 km of both."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events
from tests.helpers import within_km_of_each

_PUBLISHED = date(2024, 3, 15)


def test_a_bering_sea_story_is_at_a_point_both_conventions_accept():
    text = "A crab boat sank in the Bering Sea on Tuesday."
    event = extract_events(text, _PUBLISHED)[0]
    assert event.place == "Bering Sea"
    assert within_km_of_each(event, [(58.0, -178.0), (58.0, -175.0), (58.5, -175.0)])


def test_a_barents_sea_story_is_at_a_point_both_conventions_accept():
    text = "Russian warships held firing drills in the Barents Sea on Wednesday."
    event = extract_events(text, _PUBLISHED)[0]
    assert event.place == "Barents Sea"
    assert within_km_of_each(event, [(75.0, 40.0), (73.0, 37.0)])


def test_an_east_siberian_sea_story_is_at_a_point_both_conventions_accept():
    text = "An icebreaker freed two tankers trapped in the East Siberian Sea on Monday."
    event = extract_events(text, _PUBLISHED)[0]
    assert event.place == "East Siberian Sea"
    assert within_km_of_each(event, [(74.0, 166.0), (73.0, 160.0)])
