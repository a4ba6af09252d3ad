"""The map-layers rule that grows the gazetteer (geodata/build/gazetteer_layers.py): a named feature the
map draws is a place the extractor knows, read like a hand-authored row."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events import extract_events
from dashboard.events.extraction.places import default_gazetteer
from geodata.build.gazetteer import read_gazetteer_csv
from geodata.build.gazetteer_geonames import english_words
from geodata.build.gazetteer_layers import select_features
from geodata.gazetteer import LAYERS_RULE_MADE_SOURCE, PORTS_RULE_MADE_SOURCE, is_rule_made


def _feature(label, layer="bases", lat=70.0, lon=30.0, iso3="RUS", source="CSIS Arctic Military Tracker"):
    """A map-layer feature as :func:`geodata.build.gazetteer_layers.layer_features` gives it (degrees)."""
    return {"layer": layer, "label": label, "lat": lat, "lon": lon, "iso3": iso3, "source": source}


@pytest.fixture(scope="module")
def words() -> frozenset[str]:
    """Lower-case English words from the Debian hunspell-en-us dictionary."""
    return english_words()


def test_a_basin_is_kept_as_a_region_citing_its_layer_row(words):
    [row] = select_features(
        [_feature("Sverdrup Basin", "resources", 78.8, -97.3, "CAN", "USGS FS 2008-3049")], (), words
    )
    assert row == [
        "Sverdrup Basin",
        "",
        "78.8000",
        "-97.3000",
        "region",
        "CAN",
        "region",
        f"{LAYERS_RULE_MADE_SOURCE} (resources), USGS FS 2008-3049",
    ]


def test_a_unit_gives_way_to_the_place_in_its_parenthesis(words):
    rows = select_features([_feature("F 21 Norrbotten Wing (Luleå-Kallax)"), _feature("Boden Garrison")], (), words)
    assert [(r[0], r[1]) for r in rows] == [("Luleå-Kallax", "")]


def test_alternative_names_that_name_units_or_are_taken_are_dropped(words):
    [row] = select_features([_feature("Zapadnaya Litsa (Zaozyorsk / Northern Fleet HQ)")], ["Zaozyorsk"], words)
    assert (row[0], row[1]) == ("Zapadnaya Litsa", "")


@pytest.mark.parametrize(
    "label, taken",
    [
        ("Willow", ()),
        ("Arctic Alaska", ()),
        ("Inuvik FOL", ()),
        ("Severomorsk-1", ()),
        ("Churchill", ("Churchill, Manitoba",)),
        ("Severomorsk (Northern Fleet HQ)", ("Severomorsk",)),
    ],
    ids=["english-word", "actor-word", "abbreviation", "digit", "qualified-on-purpose", "taken"],
)
def test_words_codes_and_names_the_gazetteer_holds_are_left_out(words, label, taken):
    assert select_features([_feature(label)], taken, words) == []


def test_the_shipped_table_holds_layer_rows_last():
    table = read_gazetteer_csv()
    layers = table["source"].str.startswith(LAYERS_RULE_MADE_SOURCE)
    ports = table["source"].str.startswith(PORTS_RULE_MADE_SOURCE)
    assert layers.sum() >= 20
    assert layers.idxmax() > ports[ports].index.max()
    assert table["source"].map(is_rule_made)[layers.idxmax() :].all()


def test_a_basin_takes_the_and_is_found():
    gazetteer = default_gazetteer()
    assert [p.name for p in gazetteer.find("Drilling in the Timan-Pechora Basin resumed.")] == ["Timan-Pechora Basin"]


def test_an_event_at_a_resource_project_from_the_layer_is_drawn_there():
    [event] = extract_events("Tanbreez Mining began drilling at Tanbreez on 3 June 2024.", date(2024, 6, 5))
    assert event.place == "Tanbreez"
