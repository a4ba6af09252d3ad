"""`shelf_claims` and `sea_ice`: polygons around the North Pole, checked against published areas."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import Point

import geodata
from geodata.build.polar_shapes import edge_table_polygon, parse_outline, stored_geometry
from geodata.measure import area_km2

POLE = Point(0.0, 0.0)  # the North Pole in EPSG:3413 (and EPSG:6931)


@pytest.fixture(scope="module")
def claims() -> gpd.GeoDataFrame:
    """The `shelf_claims` layer indexed by claimant iso3 (EPSG:4326)."""
    return geodata.layer("shelf_claims").set_index("iso3")


@pytest.fixture(scope="module")
def sea_ice() -> gpd.GeoDataFrame:
    """The `sea_ice` layer indexed by outline name (EPSG:4326)."""
    return geodata.layer("sea_ice").set_index("name")


# --- shelf claims -------------------------------------------------------------------------

#: Published areas of the submissions (km²): Denmark 2014 ≈ 895,000; Canada 2019 ≈ 1.2 M;
#: Russia 2015 ≈ 1.2 M. The drawn outlines are simplified from the submission maps, so they
#: are held to 35%, an order-of-magnitude check, not a measurement.
PUBLISHED_CLAIM_KM2 = {"DNK": 895_000, "CAN": 1_200_000, "RUS": 1_200_000}


@pytest.mark.parametrize("iso3", sorted(PUBLISHED_CLAIM_KM2))
def test_claim_area_is_of_the_published_order(claims, iso3):
    measured = area_km2(claims.loc[[iso3]]).iloc[0]
    assert measured == pytest.approx(PUBLISHED_CLAIM_KM2[iso3], rel=0.35)
    assert claims.loc[iso3, "published_area_km2"] == PUBLISHED_CLAIM_KM2[iso3]


def test_claims_overlap_on_the_lomonosov_ridge_and_at_the_pole(claims):
    polar = claims.to_crs(geodata.POLAR_CRS).geometry
    assert polar.is_valid.all()
    for a, b in (("RUS", "DNK"), ("DNK", "CAN"), ("RUS", "CAN")):
        overlap = gpd.GeoSeries([polar[a].intersection(polar[b])], crs=geodata.POLAR_CRS)
        assert area_km2(overlap).iloc[0] > 50_000, f"{a}∩{b}"
    for iso3 in PUBLISHED_CLAIM_KM2:
        assert polar[iso3].covers(POLE), iso3


def test_claims_say_when_and_where_they_stand(claims):
    # GeoJSON readers turn ISO dates into timestamps; compare the date part.
    submitted = {iso3: str(value)[:10] for iso3, value in claims["submitted"].items()}
    assert submitted == {"DNK": "2014-12-15", "CAN": "2019-05-23", "RUS": "2015-08-03"}
    assert claims["status"].str.len().gt(10).all() and claims["source"].str.contains("CLCS").all()
    assert geodata.layer_spec("shelf_claims").accuracy == "disputed"


def test_claims_lie_beyond_200_nautical_miles(claims):
    land = geodata.layer("land")
    land = land[land.geometry.bounds["maxy"] > 60].to_crs(geodata.EQUAL_AREA_CRS).geometry.union_all()
    for iso3, geom in claims.to_crs(geodata.EQUAL_AREA_CRS).geometry.items():
        # 370.4 km, less up to 10 km for the simplified coast and polygonal buffer of the build.
        assert geom.distance(land) > 360_000, iso3


# --- sea ice ------------------------------------------------------------------------------

#: NSIDC Sea Ice Index extents (million km²); outlines are simplified, held to 15%.
PUBLISHED_EXTENT = {
    "March median extent, 1981–2010": 15.43,
    "September median extent, 1981–2010": 6.22,
    "September 2012 minimum (record low)": 3.39,
}


@pytest.mark.parametrize("name", sorted(PUBLISHED_EXTENT))
def test_sea_ice_area_matches_published_extent(sea_ice, name):
    measured = sea_ice.loc[[name]].to_crs(geodata.EQUAL_AREA_CRS).area.iloc[0] / 1e12
    assert measured == pytest.approx(PUBLISHED_EXTENT[name], rel=0.15)
    assert sea_ice.loc[name, "extent_mkm2"] == PUBLISHED_EXTENT[name]


def test_sea_ice_projects_to_valid_polygons_around_the_pole(sea_ice):
    assert sea_ice.is_valid.all()
    polar = sea_ice.to_crs(geodata.POLAR_CRS)
    assert polar.is_valid.all()
    for name, geom in polar.geometry.items():
        assert geom.covers(POLE), name
        # Ice all round the pole: a 100-km disc is (all but a sub-metre sliver) inside.
        disc = POLE.buffer(100_000)
        assert geom.intersection(disc).area / disc.area > 0.9999, name


def test_sea_ice_shrinks_from_march_to_september_to_2012(sea_ice):
    areas = sea_ice.to_crs(geodata.EQUAL_AREA_CRS).area
    assert areas[list(PUBLISHED_EXTENT)].is_monotonic_decreasing
    polar = sea_ice.to_crs(geodata.POLAR_CRS).geometry
    # The 2012 ice lies (almost) inside the median September ice.
    low, median = polar["September 2012 minimum (record low)"], polar["September median extent, 1981–2010"]
    assert low.difference(median).area / low.area < 0.05


def test_sea_ice_leaves_land_out(sea_ice):
    greenland_inland = gpd.GeoSeries([Point(-40, 75)], crs=4326).to_crs(geodata.POLAR_CRS).iloc[0]
    for name, geom in sea_ice.to_crs(geodata.POLAR_CRS).geometry.items():
        assert not geom.contains(greenland_inland), name


# --- the helpers that make polygons around the pole ------------------------------------------


def test_edge_table_round_trip_keeps_area_and_pole():
    lons = np.arange(-180, 180, 10)
    region = edge_table_polygon(lons, np.full(len(lons), 80.0))
    stored = gpd.GeoSeries([stored_geometry(region)], crs=4326)
    assert stored.is_valid.all()
    polar = stored.to_crs(geodata.POLAR_CRS)
    assert polar.is_valid.all() and polar.iloc[0].covers(POLE)
    # The cap north of 80°N: 2πR²(1 - sin 80°) on a sphere of the authalic radius ≈ 3.9 M km².
    assert area_km2(stored).iloc[0] == pytest.approx(3.9e6, rel=0.01)


def test_bad_outlines_and_edge_tables_are_refused():
    with pytest.raises(ValueError, match="expected 'lon lat'"):
        parse_outline("10 70, 20, 30 70")
    with pytest.raises(ValueError, match="out of range"):
        parse_outline("10 70, 20 95, 30 70")
    with pytest.raises(ValueError, match="non-decreasing"):
        edge_table_polygon([0, 120, 60], [80, 80, 80])
