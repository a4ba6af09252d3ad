"""Rules of rules-2.77 on new gazetteer rows (gaz77), through :func:`extract_events` on short articles written for them
(none is a sentence of an article set): places the development sets' gold names and the gazetteer lacked, among them
the air bases of the Nordic defence agreements, the Faroese government's seat, a Norilsk lake and Swedish counties."""

from __future__ import annotations

from datetime import date

from tests.helpers import places_of

_PUBLISHED = date(2024, 3, 8)


def test_a_danish_air_base_is_a_place():
    text = "Two Danish F-35 fighters landed at Skrydstrup Air Base on Tuesday after their first NATO patrol."
    assert "Skrydstrup Air Base" in places_of(text, _PUBLISHED)


def test_the_faroese_government_seat_is_a_place():
    text = "The Faroese prime minister signed the fisheries agreement at Tinganes on Wednesday."
    assert "Tinganes" in places_of(text, _PUBLISHED)


def test_a_lake_north_of_norilsk_is_a_place():
    text = "Oil from the burst tank reached Lake Pyasino on Thursday, regional officials said."
    assert "Lake Pyasino" in places_of(text, _PUBLISHED)


def test_a_swedish_county_is_a_place():
    text = "Firefighters fought a large forest fire in Västmanland on Monday as temperatures passed 30 degrees."
    assert "Västmanland" in places_of(text, _PUBLISHED)
