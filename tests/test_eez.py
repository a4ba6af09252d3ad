"""The computed ``eez`` layer: areas against published figures, and the geometry a briefer sees.

Published EEZ areas are from Marine Regions (VLIZ, World EEZ v11) / Sea Around Us, as quoted
in issue 3. Every zone compared here lies wholly north of the map edge (40°N), so the clip
does not change it. Not compared: the USA (its published figure includes Hawaii, the
Pacific islands and the whole contiguous coast south of 40°N; only Alaska and the coasts
north of 40°N are in this layer), Denmark proper, Sweden and Finland (not Arctic zones; they
are here for the Baltic median lines).
"""

from __future__ import annotations

import itertools
from pathlib import Path

import geopandas as gpd
import pytest
import shapely
from pyproj import Transformer
from shapely.geometry import Point

import geodata
from geodata.settings import DATA_DIR, EQUAL_AREA_CRS

#: zone name -> published area (km²).
PUBLISHED_KM2 = {
    "Iceland": 751_345,
    "Greenland": 2_184_254,
    "Russia": 7_566_673,
    "Canada": 5_599_077,
    "Norway (mainland)": 878_575,
    "Svalbard (Fisheries Protection Zone)": 804_907,
    "Jan Mayen": 292_189,
    "Faroe Islands": 268_056,
}

HANS_ISLAND = (-(66 + 27 / 60), 80 + 49 / 60 + 35 / 3600)  # 80°49'35"N 66°27'W


@pytest.fixture(scope="module")
def eez() -> gpd.GeoDataFrame:
    """The eez layer as served (EPSG:4326)."""
    return geodata.layer("eez")


@pytest.fixture(scope="module")
def eez_ea(eez) -> gpd.GeoDataFrame:
    """The eez layer in the equal-area EPSG:6931 (metres), indexed by zone name."""
    return eez.to_crs(EQUAL_AREA_CRS).set_index("zone")


def _zone(eez_ea: gpd.GeoDataFrame, name: str):
    return eez_ea.loc[name, "geometry"]


@pytest.mark.parametrize("zone,published", sorted(PUBLISHED_KM2.items()))
def test_area_within_ten_percent_of_published(eez, zone, published):
    row = eez[eez["zone"] == zone]
    assert len(row) == 1, f"no single row for {zone}"
    measured = float(row["area_km2"].iloc[0])
    assert abs(measured - published) / published < 0.10, f"{zone}: {measured:,.0f} km² vs published {published:,}"


def test_area_column_is_the_equal_area_area_of_the_stored_geometry(eez, eez_ea):
    measured = (eez_ea.geometry.area / 1e6).round(0)
    assert (abs(measured.values - eez["area_km2"].values) <= 1).all()


def test_columns_and_statuses(eez):
    for column in ("iso3", "zone", "status", "area_km2", "source", "note", "boundaries"):
        assert column in eez.columns
    assert set(eez["status"]) <= {"agreed", "median-line", "disputed"}
    assert eez["source"].str.len().min() > 20
    assert set(eez["iso3"]) == {"USA", "CAN", "DNK", "ISL", "NOR", "SWE", "FIN", "RUS", "CAN|USA"}
    assert eez["zone"].is_unique


def test_own_zones_of_the_territories_carry_their_sovereign(eez):
    by_zone = eez.set_index("zone")["iso3"]
    assert by_zone["Greenland"] == by_zone["Faroe Islands"] == "DNK"
    assert by_zone["Svalbard (Fisheries Protection Zone)"] == by_zone["Jan Mayen"] == "NOR"


def test_disputed_areas_are_marked(eez):
    status = eez.set_index("zone")["status"]
    assert status["Svalbard (Fisheries Protection Zone)"] == "disputed"
    assert status["Beaufort Sea wedge (disputed)"] == "disputed"
    assert status["Russia"] == status["Alaska (Arctic, Bering Sea, Gulf of Alaska)"] == "agreed"


def test_no_two_zones_overlap(eez_ea):
    for (a, ga), (b, gb) in itertools.combinations(eez_ea.geometry.items(), 2):
        overlap_km2 = shapely.intersection(ga, gb).area / 1e6
        assert overlap_km2 < 1.0, f"{a} and {b} overlap by {overlap_km2:.1f} km²"


def test_no_zone_covers_land(eez_ea):
    land = geodata.layer("land").to_crs(EQUAL_AREA_CRS)
    land_union = shapely.union_all(land.geometry.values)
    for zone, geom in eez_ea.geometry.items():
        # Coastline generalisation leaves slivers along the shore, nothing more.
        assert shapely.intersection(geom, land_union).area < 0.01 * geom.area, zone
    islands = land[land.geometry.area > 100e6]  # every island over 100 km² stays uncovered
    points = islands.geometry.representative_point()
    covered = shapely.union_all(eez_ea.geometry.values)
    assert not shapely.contains(covered, points.values).any()


def test_hans_island_is_split_between_canada_and_greenland(eez_ea):
    x, y = Transformer.from_crs("EPSG:4326", EQUAL_AREA_CRS, always_xy=True).transform(*HANS_ISLAND)
    island = Point(x, y).buffer(2_000.0)  # the island is about 1.3 km across
    assert _zone(eez_ea, "Canada").intersects(island)
    assert _zone(eez_ea, "Greenland").intersects(island)


def test_beaufort_wedge_lies_between_141w_and_the_equidistance_line(eez):
    wedge = eez[eez["zone"] == "Beaufort Sea wedge (disputed)"].geometry.iloc[0]
    west, south, east, north = wedge.bounds
    assert west == pytest.approx(-141.0, abs=0.01)  # Canada's claim: the 141°W meridian
    assert east < -130.0 and south > 69.0
    assert 10_000 < eez.set_index("zone").loc["Beaufort Sea wedge (disputed)", "area_km2"] < 40_000  # ≈21,000 published
    beaufort_east = shapely.box(-141.0, 69.0, -120.0, 80.0)
    alaska = eez[eez["zone"].str.startswith("Alaska")].geometry.iloc[0]
    canada = eez[eez["zone"] == "Canada"].geometry.iloc[0]
    assert shapely.intersection(alaska, beaufort_east).area < 1e-3  # the USA keeps nothing east of 141°W
    # ... and Canada nothing west of it, north of the coast.
    assert shapely.intersection(canada, shapely.box(-150.0, 69.0, -141.0, 80.0)).area < 1e-3


def test_bering_line_follows_the_1990_meridian(eez):
    russia = eez[eez["zone"] == "Russia"].geometry.iloc[0]
    alaska = eez[eez["zone"].str.startswith("Alaska")].geometry.iloc[0]
    meridian = -(168 + 58 / 60 + 37 / 3600)
    for lat in (67.0, 69.0, 71.0):
        assert alaska.contains(Point(meridian + 0.05, lat))
        # Russia's longitudes are unwrapped eastwards: 169°W is stored as 191°E.
        assert russia.contains(Point(meridian - 0.05 + 360.0, lat))


def test_geometries_valid_in_polar_crs_and_unwrapped_across_the_antimeridian(eez):
    assert eez.is_valid.all()
    assert eez.to_crs(geodata.POLAR_CRS).is_valid.all()
    russia = eez[eez["zone"] == "Russia"].geometry.iloc[0]
    assert russia.bounds[2] > 180.0, "Russia's Chukotka zone should run on past 180° (continuous longitudes)"
    assert len(shapely.get_parts(eez.to_crs(geodata.POLAR_CRS).set_index("zone").loc["Russia", "geometry"])) < 200


def test_committed_file_is_small():
    assert (DATA_DIR / "eez.geojson").stat().st_size < 1.5 * 1024 * 1024


def test_registered_as_approximate_maritime_layer():
    spec = geodata.layer_spec("eez")
    assert spec.group == "Maritime" and spec.accuracy == "approximate"
    assert "median" in spec.accuracy_note and "not the legal" in spec.accuracy_note
    assert Path(DATA_DIR / spec.file).exists()
