"""The US states (rule-made from npm us-atlas) and Canada's provinces (hand-authored) in the gazetteer."""

from __future__ import annotations

import geopandas as gpd
import pytest
from shapely.geometry import Point, box

import geodata
from dashboard.events.extraction.places import default_gazetteer
from geodata.build.gazetteer import read_gazetteer_csv
from geodata.build.gazetteer_admin1 import CANADA_SOURCE, RULE_SOURCE, select_provinces, select_states
from geodata.gazetteer import ADMIN1_RULE_MADE_SOURCE, is_strictly_read, load_gazetteer, lookup
from geodata.settings import POLAR_CRS

#: Rough outlines (lon/lat boxes) each region's point must fall in.
BOXES = {
    "Florida": (-87.7, 24.4, -79.9, 31.1),
    "California": (-124.5, 32.5, -114.1, 42.0),
    "Colorado": (-109.1, 36.9, -102.0, 41.0),
    "Virginia": (-83.7, 36.5, -75.2, 39.5),
    "British Columbia": (-139.1, 48.3, -114.0, 60.0),
    "Alberta": (-120.0, 49.0, -110.0, 60.0),
    "Ontario": (-95.2, 41.7, -74.3, 56.9),
    "Quebec": (-79.8, 45.0, -57.1, 62.6),
    "Manitoba": (-102.0, 49.0, -88.9, 60.0),
}


@pytest.fixture(scope="module")
def tiny_states() -> gpd.GeoDataFrame:
    """Five us-atlas-like features (FIPS id, name; unit squares, EPSG:4326)."""
    rows = [("12", "Florida", 0), ("11", "District of Columbia", 2), ("53", "Washington", 4), ("13", "Georgia", 6)]
    rows += [("72", "Puerto Rico", 8), ("02", "Alaska", 10)]
    return gpd.GeoDataFrame(
        {"id": [r[0] for r in rows], "name": [r[1] for r in rows]},
        geometry=[box(x, 0, x + 1, 1) for *_, x in rows],
        crs="EPSG:4326",
    )


def test_provinces_give_way_to_names_a_winning_row_holds():
    assert [r[0] for r in select_provinces(["Yukon"])][:2] == ["British Columbia", "Alberta"]
    assert "Quebec" not in [r[0] for r in select_provinces(["québec"])]
    assert all(r[7] == CANADA_SOURCE and r[5] == "CAN" for r in select_provinces([]))


def test_the_rule_keeps_states_less_other_meanings_and_taken_names(tiny_states):
    rows = select_states(tiny_states, taken=["ALASKA"])
    assert [r[0] for r in rows] == ["Florida", "Washington State"]
    florida = rows[0]
    assert florida[4:7] == ["region", "USA", "region"]
    assert florida[7] == f"{RULE_SOURCE} 12"
    assert box(0, 0, 1, 1).contains(Point(float(florida[3]), float(florida[2])))


@pytest.mark.parametrize("name", sorted(BOXES))
def test_states_and_provinces_resolve_to_regions_in_the_right_state(name):
    place = lookup(name)
    assert place is not None and place["geo_precision"] == "region" and place["kind"] == "region"
    assert place["iso3"] == (
        "CAN" if name in {"British Columbia", "Alberta", "Ontario", "Quebec", "Manitoba"} else "USA"
    )
    point = Point(float(place["lon"]), float(place["lat"]))
    assert box(*BOXES[name]).contains(point), f"{name} at {point.wkt}"


def test_names_with_other_meanings_keep_them():
    assert lookup("Washington")["name"] == "Washington, D.C."
    assert lookup("Georgia") is None or lookup("Georgia")["iso3"] == "GEO"
    assert lookup("New York")["name"] == "New York City"
    assert lookup("Washington State")["kind"] == "region"
    assert lookup("Québec")["name"] == "Quebec" and lookup("Quebec City")["kind"] == "city"


def test_each_state_is_in_the_table_once_and_read_strictly():
    table = read_gazetteer_csv()
    states = table[table["source"].str.startswith(ADMIN1_RULE_MADE_SOURCE)]
    # 50 states less Alaska (a hand row), Georgia, and New York (New York City's); 10 provinces.
    assert len(states) == 57 and (states["iso3"] == "CAN").sum() == 10
    assert states["source"].map(is_strictly_read).all()
    assert not table["name"].isin(["Georgia", "Washington", "District of Columbia", "Puerto Rico"]).any()


def test_northern_state_and_province_points_lie_in_their_state():
    gazetteer = load_gazetteer()
    admin1 = gazetteer["source"].str.startswith(ADMIN1_RULE_MADE_SOURCE)
    regions = gazetteer[admin1 & (gazetteer["lat"] > 41)].to_crs(POLAR_CRS)
    assert len(regions) >= 25
    shapes = geodata.layer("states").to_crs(POLAR_CRS).set_index("iso3").geometry
    outside = [n for n, i, g in zip(regions["name"], regions["iso3"], regions.geometry) if not shapes[i].contains(g)]
    assert not outside, f"region points off their state's land: {outside}"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Trump spoke at a press conference in Florida on Tuesday.", "Florida"),
        ("The pipeline will run to a terminal in British Columbia.", "British Columbia"),
        ("Leaders met in Quebec on Monday.", "Quebec"),
        ("The Pope said mass in Quebec City on Thursday.", "Quebec City"),
        ("Officials met in Washington on Monday.", "Washington, D.C."),
        ("At a news conference at his Mar-a-Lago resort in Florida, Trump declined to rule it out.", "Mar-a-Lago"),
        ("The satellite was launched from Vandenberg Air Force Base, California, on Saturday.", "Vandenberg"),
    ],
)
def test_the_extractor_reads_states_and_provinces_where_news_names_them(sentence, place):
    best = default_gazetteer().best(sentence)
    assert best is not None and best.name.startswith(place)


def test_a_state_beside_an_institution_or_a_ship_is_no_place():
    gazetteer = default_gazetteer()
    names = [
        p.name for p in gazetteer.find("Scientists at the National Snow and Ice Data Center in Boulder, Colorado.")
    ]
    assert "Colorado" not in names
    assert "Connecticut" not in [p.name for p in gazetteer.find("The USS Connecticut surfaced through the ice.")]
    assert "Alberta" not in [p.name for p in gazetteer.find("The territory was working with Alberta on shelters.")]
