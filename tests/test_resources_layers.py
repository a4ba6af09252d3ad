"""The `resources` (USGS CARA 2008) and `resource_projects` layers: the figures a briefer quotes."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Point

import geodata
from geodata.build.resources import (
    BOE_CLASSES,
    CARA_CSV,
    PROJECT_KINDS,
    PROJECT_STATUSES,
    PROJECTS_CSV,
    potential_class,
    read_cara_table,
    read_projects_table,
)
from geodata.measure import area_km2

#: USGS Fact Sheet 2008-3049: sums of the province means north of the Arctic Circle.
USGS_TOTALS = {"oil_bbo": 90.0, "gas_tcf": 1669.0, "ngl_bbo": 44.0}
ARCTIC_STATES = {"USA", "CAN", "DNK", "ISL", "NOR", "SWE", "FIN", "RUS"}


@pytest.fixture(scope="module")
def provinces() -> gpd.GeoDataFrame:
    """The `resources` layer as served (EPSG:4326)."""
    return geodata.layer("resources")


@pytest.fixture(scope="module")
def projects() -> gpd.GeoDataFrame:
    """The `resource_projects` layer as served (EPSG:4326)."""
    return geodata.layer("resource_projects")


@pytest.mark.parametrize("column", sorted(USGS_TOTALS))
def test_cara_sums_match_usgs_totals(provinces, column):
    total = provinces[column].sum()
    assert total == pytest.approx(USGS_TOTALS[column], rel=0.10), f"{column} sums to {total}"


def test_every_assessed_province_is_present(provinces):
    assert len(provinces) == 25  # the 25 provinces USGS assessed quantitatively
    assert provinces["code"].is_unique and provinces["province"].is_unique


def test_oil_equivalent_is_computed_and_matches_published_column(provinces):
    expected = provinces["oil_bbo"] + provinces["ngl_bbo"] + provinces["gas_tcf"] / 6.0
    pd.testing.assert_series_equal(provinces["boe_bbo"], expected, check_names=False, atol=0.005)
    # Transcription check: each row's computed total agrees with the USGS BOE column.
    assert (provinces["boe_bbo"] - provinces["boe_published_bbo"]).abs().max() < 0.02


def test_largest_provinces_are_the_ones_usgs_names(provinces):
    top = provinces.nlargest(3, "boe_bbo")["province"].tolist()
    assert top == ["West Siberian Basin", "Arctic Alaska", "East Barents Basins"]
    assert provinces.loc[provinces["oil_bbo"].idxmax(), "province"] == "Arctic Alaska"


def test_every_province_has_source_states_and_class(provinces):
    assert provinces["source"].str.contains("2008-3049").all()
    for states in provinces["states"]:
        assert set(states.split("|")) <= ARCTIC_STATES, states
    assert set(provinces["potential_class"]) == {key for key, _ in BOE_CLASSES}
    assert set(provinces["potential_class"]) == set(geodata.layer_spec("resources").style.palette)


def test_province_outlines_are_valid_polar_polygons_north_of_arctic_circle(provinces):
    polar = provinces.to_crs(geodata.POLAR_CRS)
    assert provinces.is_valid.all() and polar.is_valid.all()
    assert (area_km2(provinces) > 30_000).all()
    # Clipped to the assessment limit: nothing south of the Arctic Circle (tolerance 0.01°).
    assert provinces.geometry.bounds["miny"].min() > 66.55
    # The Eurasia Basin holds the pole; the outline survives projection with the pole in it.
    eurasia = polar[provinces["code"] == "EB"].geometry.iloc[0]
    assert eurasia.covers(Point(0, 0))


def test_potential_class_bins_and_rejects_negative():
    assert potential_class(132.6) == "very high"
    assert potential_class(10.0) == "high"
    assert potential_class(0.08) == "low"
    with pytest.raises(ValueError, match=">= 0"):
        potential_class(-1.0)


def test_cara_table_without_source_is_refused(tmp_path):
    table = pd.read_csv(CARA_CSV)
    table.loc[0, "source"] = None
    bad = tmp_path / "cara.csv"
    table.to_csv(bad, index=False)
    with pytest.raises(ValueError, match="without source"):
        read_cara_table(bad)


def test_projects_table_rejects_unknown_status(tmp_path):
    table = pd.read_csv(PROJECTS_CSV)
    table.loc[0, "status"] = "rumoured"
    bad = tmp_path / "projects.csv"
    table.to_csv(bad, index=False)
    with pytest.raises(ValueError, match="status of Prudhoe Bay"):
        read_projects_table(bad)


def test_named_projects_are_present(projects):
    names = " ".join(projects["name"])
    for name in (
        "Prudhoe Bay",
        "Yamal LNG",
        "Arctic LNG 2",
        "Vostok Oil",
        "Snøhvit",
        "Johan Castberg",
        "Kvanefjeld",
        "Tanbreez",
        "Red Dog",
        "Mary River",
    ):
        assert name in names


def test_projects_have_known_kind_status_state_and_source(projects):
    assert set(projects["kind"]) <= set(PROJECT_KINDS)
    assert set(projects["status"]) <= set(PROJECT_STATUSES)
    assert set(projects["iso3"]) <= ARCTIC_STATES
    assert projects["source"].str.len().gt(10).all() and projects["operator"].notna().all()


def test_projects_lie_in_the_north_and_on_land_or_shelf(projects):
    assert (projects.geometry.y > 55.0).all()
    land = geodata.layer("land").to_crs(geodata.EQUAL_AREA_CRS).geometry.union_all()
    points = projects.to_crs(geodata.EQUAL_AREA_CRS)
    distance_km = points.geometry.distance(land) / 1000.0
    onshore = projects["kind"].isin(["mine", "minerals/rare earths"])
    # Mines and deposits are on land (a 1:50m coast may miss a coastal mine by a few km).
    assert (distance_km[onshore] < 10.0).all(), projects.loc[onshore & (distance_km >= 10), "name"].tolist()
    # Offshore fields sit on the continental shelf, within 600 km of a coast (Shtokman is farthest).
    assert (distance_km < 600.0).all(), projects.loc[distance_km >= 600, "name"].tolist()
