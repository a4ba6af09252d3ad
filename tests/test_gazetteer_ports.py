"""The searoute ports rule that grows the gazetteer (geodata/build/gazetteer_ports.py), and how the
extractor reads the ports it adds: as strictly as the GeoNames towns."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events import extract_events
from dashboard.events.extraction.places import default_gazetteer
from geodata.build.gazetteer import read_gazetteer_csv
from geodata.build.gazetteer_geonames import english_words
from geodata.build.gazetteer_ports import RULE_SOURCE, select_ports
from geodata.gazetteer import PORTS_RULE_MADE_SOURCE, RULE_MADE_SOURCE


def _port(locode, name, lat, lon):
    """A searoute port as :func:`geodata.build.gazetteer_ports.read_searoute_ports` gives it (degrees)."""
    return {"locode": locode, "name": name, "lat": lat, "lon": lon}


def _city(name, lat, lon, population):
    """A GeoNames cities500 record (degrees, EPSG:4326)."""
    return {"name": name, "latitude": lat, "longitude": lon, "population": population}


@pytest.fixture(scope="module")
def words() -> frozenset[str]:
    """Lower-case English words from the Debian hunspell-en-us dictionary."""
    return english_words()


def _selected(ports, words, cities=(), taken=()):
    return [row[0] for row in select_ports(ports, cities, taken, words)]


def test_a_port_on_the_route_is_kept_with_its_state_and_locode(words):
    [row] = select_ports([_port("KRYOS", "Yeosu", 34.7333, 127.75)], [], (), words)
    assert row == ["Yeosu", "", "34.7333", "127.7500", "port", "KOR", "city", f"{RULE_SOURCE} KRYOS"]


def test_south_of_55n_only_ports_of_russia_and_east_asia_are_kept(words):
    ports = [
        _port("RUNVS", "Novorossiysk", 44.7, 37.8),
        _port("JPWKJ", "Wakkanai", 45.4, 141.7),
        _port("ITGOA", "Genoa", 44.4, 8.9),
        _port("GBABD", "Aberdeen", 57.1, -2.1),
    ]
    assert _selected(ports, words) == ["Aberdeen", "Wakkanai", "Novorossiysk"]


@pytest.mark.parametrize(
    "name",
    ["BRONKA", "Borg Havn IKS", "Caofeidian Pt", "Port 7", "Eagle", "Russian Harbour"],
    ids=["code", "abbreviation", "short-word", "digit", "english-word", "demonym"],
)
def test_codes_abbreviations_english_words_and_actor_words_are_left_out(words, name):
    assert _selected([_port("RUXXX", name, 60.0, 30.0)], words) == []


def test_a_name_the_gazetteer_already_holds_wins(words):
    assert _selected([_port("NOTOS", "Tromso", 69.6, 18.9)], words, taken=["Tromsø"]) == []


def test_a_name_geonames_gives_a_larger_place_far_away_is_left_out(words):
    port = _port("USAMS", "Amsterdam", 60.5, -150.0)
    dutch = _city("Amsterdam", 52.37, 4.89, 741_636)
    assert _selected([port], words, cities=[dutch]) == []
    assert _selected([port], words, cities=[_city("Amsterdam", 60.6, -150.1, 900)]) == ["Amsterdam"]


def test_ports_sharing_a_name_far_apart_cancel_out(words):
    north, south = _port("NOAAA", "Alvika", 63.0, 10.0), _port("NOBBB", "Alvika", 59.0, 6.0)
    assert _selected([north, south], words) == []


def test_the_shipped_table_holds_port_rows_after_the_towns():
    table = read_gazetteer_csv()
    ports = table["source"].str.startswith(PORTS_RULE_MADE_SOURCE)
    towns = table["source"].str.startswith(RULE_MADE_SOURCE)
    assert ports.sum() > 500
    assert ports.idxmax() > towns[towns].index.max()  # every port row after every town row
    assert set(table.loc[ports, "kind"]) == {"port"}


def test_a_rule_made_port_is_a_place_only_where_a_sentence_places_something_there():
    gazetteer = default_gazetteer()
    assert [p.name for p in gazetteer.find("The tanker sailed from Yeosu on Monday.")] == ["Yeosu"]
    assert gazetteer.find("Yeosu officials declined to comment.") == []


def test_a_voyage_to_a_rule_made_port_is_drawn_there():
    [event] = extract_events(
        "The Russian tanker Christophe de Margerie delivered LNG to Yeosu on 3 August 2024.", date(2024, 8, 5)
    )
    assert event.place == "Yeosu"
    assert (round(event.lat), round(event.lon)) == (35, 128)
