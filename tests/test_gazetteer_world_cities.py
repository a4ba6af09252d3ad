"""The world-cities rule that grows the gazetteer (geodata/build/gazetteer_world_cities.py), and how the
extractor reads the cities it adds: as strictly as the GeoNames towns."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events import extract_events
from dashboard.events.extraction.places import default_gazetteer
from geodata.build.gazetteer import known_iso3, read_gazetteer_csv, validate_gazetteer
from geodata.build.gazetteer_geonames import english_words
from geodata.build.gazetteer_world_cities import RULE_SOURCE, WORLD_POPULATION, select_world_cities
from geodata.gazetteer import WORLD_CITIES_RULE_MADE_SOURCE, is_rule_made, is_strictly_read
from tests.test_gazetteer_geonames import _city  # a GeoNames record as the wheel holds it

COUNTRIES = {
    "RU": {"name": "Russia", "iso3": "RUS", "capital": "Moscow"},
    "US": {"name": "United States", "iso3": "USA", "capital": "Washington"},
    "GB": {"name": "United Kingdom", "iso3": "GBR", "capital": "London"},
    "ZA": {"name": "South Africa", "iso3": "ZAF", "capital": "Pretoria"},
    "TV": {"name": "Tuvalu", "iso3": "TUV", "capital": "Funafuti"},
}
US_STATES = {"VA": {"name": "Virginia"}}


@pytest.fixture(scope="module")
def words() -> frozenset[str]:
    """Lower-case English words (Debian hunspell-en-us), as the rule reads them."""
    return english_words()


def _selected(cities, words, taken=()):
    return [row[0] for row in select_world_cities(cities, COUNTRIES, US_STATES, taken, words)]


def test_a_large_city_anywhere_is_kept_with_its_state_and_citation(words):
    [row] = select_world_cities(
        [_city(1496153, "Omsk", 54.99244, 73.36859, "RU", 1_129_281)], COUNTRIES, US_STATES, (), words
    )
    assert row == ["Omsk", "", "54.9924", "73.3686", "city", "RUS", "city", f"{RULE_SOURCE} 1496153"]


def test_a_smaller_city_is_left_out_but_a_small_capital_is_kept(words):
    town = _city(1, "Kolpino", 59.75, 30.6, "RU", WORLD_POPULATION - 1)
    capital = _city(2, "Funafuti", -8.52, 179.2, "TV", 6_025)
    assert _selected([town, capital], words) == ["Funafuti"]
    assert select_world_cities([capital], COUNTRIES, US_STATES, (), words)[0][4] == "capital"


@pytest.mark.parametrize(
    "name",
    ["Reading", "Nice", "Būsh", "Virginia", "South Africa", "Russian Town"],
    ids=["english-word", "english-word-2", "english-word-accented", "us-state", "country", "demonym"],
)
def test_english_words_region_names_and_actor_words_are_left_out(words, name):
    assert _selected([_city(1, name, 40.0, -75.0, "US", 300_000)], words) == []


def test_a_name_an_earlier_row_holds_wins(words):
    assert _selected([_city(1, "Tromso", 69.6, 18.9, "US", 200_000)], words, taken=["Tromsø"]) == []


def test_a_name_two_cities_share_about_equally_is_left_out(words):
    england = _city(1, "Cambridge", 52.2, 0.12, "GB", 128_000)
    massachusetts = _city(2, "Cambridge", 42.37, -71.1, "US", 105_000)
    assert _selected([england, massachusetts], words) == []
    massachusetts["population"] = 20_000
    assert _selected([england, massachusetts], words) == ["Cambridge"]


def test_the_shipped_table_holds_world_cities_after_every_other_row():
    table = read_gazetteer_csv()
    validate_gazetteer(table)
    cities = table["source"].str.startswith(WORLD_CITIES_RULE_MADE_SOURCE)
    assert cities.sum() > 4000
    assert not cities[: (~cities).sum()].any()  # the other rows first: they win
    assert (
        table.loc[cities, "source"].map(is_rule_made).all() and table.loc[cities, "source"].map(is_strictly_read).all()
    )
    assert set(table.loc[cities, "iso3"]) <= known_iso3()
    assert {"Omsk", "Sevastopol", "Norfolk", "Houston"} <= set(table.loc[cities, "name"])


def test_a_world_city_is_a_place_only_where_a_sentence_places_something_there():
    gazetteer = default_gazetteer()
    assert [p.name for p in gazetteer.find("The plane made an emergency landing in Omsk.")] == ["Omsk"]
    assert [p.name for p in gazetteer.find("The carrier returned to Norfolk on Friday.")] == ["Norfolk"]
    assert gazetteer.find("Austin said the alliance would respond.") == []
    assert gazetteer.find("The Omsk surfaced off Alaska.")[0].name == "Alaska"
    # Where an institution is says nothing about where the event is.
    assert gazetteer.find("The idea came from anthropologists at Rice University in Houston.") == []


def test_a_vessel_named_like_a_world_city_is_still_its_states_actor():
    text = (
        "The Russian submarine Omsk surfaced in the Bering Sea on 27 August 2020. "
        "The Omsk then dived again on 28 August 2020."
    )
    events = extract_events(text, date(2020, 8, 28))
    assert all("RUS" in event.actors for event in events)


def test_an_event_in_a_world_city_is_drawn_there():
    [event] = extract_events("Greenpeace activists were arrested in Sevastopol on 3 March 2025.", date(2025, 3, 4))
    assert event.place == "Sevastopol"
    assert (round(event.lat), round(event.lon)) == (45, 34)


@pytest.mark.parametrize(
    "sentence",
    [
        "A Chinese balloon was shot down off South Carolina on 4 February.",  # Carolina, Puerto Rico
        "The exercise was a success, according to Austin.",  # Lloyd Austin, not Austin, Texas
        "Defence Secretary Lloyd Austin flew in from Washington.",
    ],
    ids=["last-word-of-a-longer-name", "according-to-a-person", "a-persons-surname"],
)
def test_a_world_city_named_as_part_of_a_name_or_as_a_person_is_no_place(sentence):
    assert [p.name for p in default_gazetteer().find(sentence) if p.name in ("Carolina", "Austin")] == []


def test_a_statement_told_to_a_city_s_station_is_made_there():
    # Where the hearer is ("told a Moscow radio station") places the statement, as "said in Oslo" does.
    text = "A retired Russian colonel told a Moscow radio station that the navy used dolphins in Sevastopol."
    [event] = extract_events(text, date(2019, 4, 30))
    assert event.place == "Moscow"
