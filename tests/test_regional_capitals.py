"""The regional capitals table (geodata/sources/regional_capitals.csv): each row cited, naming a
gazetteer region and the gazetteer town its government sits in, both in the row's state."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely
from shapely.geometry import Point, box

import geodata
from geodata.gazetteer import lookup
from geodata.regional_capitals import RegionalCapitalError, load_regional_capitals
from geodata.settings import EQUAL_AREA_CRS, GEOGRAPHIC_CRS

CAPITALS = load_regional_capitals()

#: How far outside its region's outline a capital may lie (coastlines and boxes are generalised).
TOLERANCE_M = 50_000

#: The kinds a capital's gazetteer entry may have: a town or a city.
TOWN_KINDS = ("settlement", "city", "port")

#: Rough outlines (lon/lat boxes; west, south, east, north) of the regions the map's ``territories``
#: layer has no polygon for: the gazetteer holds only a nominal interior point per region, so a
#: capital hundreds of kilometres from it is no error. A box east of 180° runs across the antimeridian.
BOXES = {
    "Yukon": (-141.1, 60.0, -123.8, 69.7),
    "Northwest Territories": (-136.5, 60.0, -101.9, 78.8),
    "Nunavut": (-120.7, 51.6, -61.0, 83.2),
    "Nunavik": (-79.8, 55.0, -63.9, 62.6),
    "Quebec": (-79.8, 45.0, -57.1, 62.6),
    "Manitoba": (-102.0, 49.0, -88.9, 60.0),
    "Newfoundland and Labrador": (-67.8, 46.6, -52.6, 60.4),
    "Troms": (15.5, 68.3, 23.0, 70.4),
    "Finnmark": (20.5, 68.5, 31.2, 71.2),
    "Nordland": (11.0, 64.9, 18.5, 69.4),
    "Møre og Romsdal": (5.0, 61.9, 9.6, 63.8),
    "Norrbotten": (15.9, 64.9, 24.2, 69.1),
    "Västerbotten": (14.3, 63.3, 21.6, 66.4),
    "Jämtland": (12.1, 61.5, 17.1, 65.2),
    "Västernorrland": (14.9, 62.0, 19.4, 64.2),
    "Gävleborg": (13.5, 60.2, 17.9, 62.3),
    "Lapland": (20.5, 65.6, 30.2, 70.1),
    "North Ostrobothnia": (23.6, 63.6, 30.1, 66.4),
    "Kainuu": (26.1, 63.6, 30.6, 65.3),
    "Murmansk Oblast": (28.3, 66.0, 41.4, 70.0),
    "Arkhangelsk Oblast": (34.8, 59.5, 69.0, 82.0),
    "Republic of Karelia": (29.3, 60.7, 37.9, 66.7),
    "Nenets Autonomous Okrug": (43.3, 65.9, 66.2, 70.6),
    "Komi Republic": (45.4, 59.2, 66.2, 68.4),
    "Yamalo-Nenets Autonomous Okrug": (62.6, 60.4, 86.0, 73.6),
    "Krasnoyarsk Krai": (75.8, 51.8, 113.9, 81.3),
    "Sakha Republic": (105.5, 55.5, 162.9, 77.2),
    "Chukotka": (157.5, 61.9, 191.0, 71.7),
}

#: The regions the table was asked to cover that the gazetteer holds (by its names).
ASKED_FOR = {
    "Alaska": "Juneau",
    "Yukon": "Whitehorse",
    "Northwest Territories": "Yellowknife",
    "Nunavut": "Iqaluit",
    "Nunavik": "Kuujjuaq",
    "Quebec": "Quebec City",
    "Manitoba": "Winnipeg",
    "Newfoundland and Labrador": "St. John's",
    "Svalbard": "Longyearbyen",
    "Troms": "Tromsø",
    "Finnmark": "Vadsø",
    "Nordland": "Bodø",
    "Norrbotten": "Luleå",
    "Västerbotten": "Umeå",
    "Lapland": "Rovaniemi",
    "Murmansk Oblast": "Murmansk",
    "Arkhangelsk Oblast": "Arkhangelsk",
    "Nenets Autonomous Okrug": "Naryan-Mar",
    "Yamalo-Nenets Autonomous Okrug": "Salekhard",
    "Krasnoyarsk Krai": "Krasnoyarsk",
    "Sakha Republic": "Yakutsk",
    "Chukotka": "Anadyr",
    "Komi Republic": "Syktyvkar",
    "Republic of Karelia": "Petrozavodsk",
}


@pytest.fixture(scope="module")
def territories() -> dict[str, shapely.Geometry]:
    """The ``territories`` layer's outlines by name, in the equal-area CRS (metres)."""
    layer = geodata.layer("territories").to_crs(EQUAL_AREA_CRS)
    return dict(zip(layer["territory"], layer.geometry.make_valid()))


def _outline(region: str, territories: dict[str, shapely.Geometry]) -> shapely.Geometry:
    """The region's polygon from ``territories``, else its box, in the equal-area CRS."""
    if region in territories:
        return territories[region]
    lon_lat = shapely.segmentize(box(*BOXES[region]), 0.25)
    return gpd.GeoSeries([lon_lat], crs=GEOGRAPHIC_CRS).to_crs(EQUAL_AREA_CRS).make_valid().iloc[0]


def _projected(place: dict) -> Point:
    return gpd.GeoSeries([Point(place["lon"], place["lat"])], crs=GEOGRAPHIC_CRS).to_crs(EQUAL_AREA_CRS).iloc[0]


def test_every_row_is_cited_and_the_asked_for_regions_are_there():
    assert {row["region"]: row["capital"] for row in CAPITALS}.items() >= ASKED_FOR.items()
    assert all(row["source"] for row in CAPITALS)
    assert not {"GRL", "FRO"} & {row["state"] for row in CAPITALS}


@pytest.mark.parametrize("row", CAPITALS, ids=lambda r: r["region"])
def test_region_and_capital_are_gazetteer_entries_of_the_right_kind_and_state(row, territories):
    region, capital = lookup(row["region"]), lookup(row["capital"])
    assert region is not None and region["name"] == row["region"], row["region"]
    assert capital is not None and capital["name"] == row["capital"], row["capital"]
    # Svalbard is an archipelago in the gazetteer and, as a whole, a territory of Norway.
    assert region["kind"] == "region" or (region["kind"] == "archipelago" and row["region"] in territories)
    assert capital["kind"] in TOWN_KINDS
    assert region["iso3"] == capital["iso3"] == row["state"]


@pytest.mark.parametrize("row", CAPITALS, ids=lambda r: r["region"])
def test_each_capital_lies_in_its_region(row, territories):
    assert (row["region"] in territories) != (row["region"] in BOXES), "one outline per region"
    outline = _outline(row["region"], territories)
    for name in (row["capital"], row["region"]):
        distance = outline.distance(_projected(lookup(name)))
        assert distance <= TOLERANCE_M, f"{name} lies {distance / 1000:.0f} km outside {row['region']}"


def test_a_capital_outside_its_region_would_be_caught(territories):
    assert _outline("Troms", territories).distance(_projected(lookup("Bodø"))) > TOLERANCE_M
    assert _outline("Alaska", territories).distance(_projected(lookup("Whitehorse"))) > TOLERANCE_M


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("Troms,Tromsø,NOR,a site, with a comma\n", r":2: 4 fields expected"),
        ("Troms,Tromsø,NOR,somewhere\nFinnmark,Vadsø,NOR,\n", r":3 \(Finnmark\): no source"),
        ("Troms,Tromsø,Nor,somewhere\n", r":2 \(Troms\): state 'Nor' is not an ISO 3166-1 alpha-3 code"),
        ("Troms,Tromsø,NOR,somewhere\n\nTROMS,Tromsø,NOR,elsewhere\n", r":4 \(TROMS\): region already on line 2"),
    ],
    ids=["unquoted-comma", "no-source", "lower-case-state", "duplicate-region"],
)
def test_a_bad_row_is_refused_with_its_file_and_line(tmp_path, body, message):
    table = tmp_path / "regional_capitals.csv"
    table.write_text("region,capital,state,source\n" + body, encoding="utf-8")
    with pytest.raises(RegionalCapitalError, match=rf"regional_capitals\.csv{message}"):
        load_regional_capitals(table)


def test_a_bad_header_is_refused(tmp_path):
    table = tmp_path / "regional_capitals.csv"
    table.write_text("region,seat,state,source\nTroms,Tromsø,NOR,somewhere\n", encoding="utf-8")
    with pytest.raises(RegionalCapitalError, match=r"regional_capitals\.csv:1: header must be region,capital"):
        load_regional_capitals(table)
