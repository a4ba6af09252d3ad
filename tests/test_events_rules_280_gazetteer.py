"""Rules of rules-2.80 on new gazetteer rows (gaz79), through :func:`extract_events` on short articles written for them
(none is a sentence of an article set): places the development sets' gold names and the gazetteer lacked, among them
Greenland's municipalities, a Hudson Bay island and a Faroese village."""

from __future__ import annotations

from datetime import date

from tests.helpers import places_of

_PUBLISHED = date(2024, 6, 14)


def test_a_greenland_municipality_is_a_place():
    text = "Wildfires spread across the tundra of Qeqqata on Tuesday after weeks without rain."
    assert "Qeqqata" in places_of(text, _PUBLISHED)


def test_a_municipality_named_with_its_greenlandic_word_is_a_place():
    text = "Flooding closed two roads in Kommuneqarfik Sermersooq on Wednesday, the police said."
    assert "Sermersooq" in places_of(text, _PUBLISHED)


def test_a_hudson_bay_island_is_a_place():
    text = "A polar bear attacked two hunters from Arviat on Sentry Island on Monday."
    assert "Sentry Island" in places_of(text, _PUBLISHED)


def test_a_faroese_village_is_a_place():
    text = "Hikers were stranded in fog near Gjógv on Sunday until the rescue service reached them."
    assert "Gjógv" in places_of(text, _PUBLISHED)
