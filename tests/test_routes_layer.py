"""The ``routes`` layer: Arctic shipping routes with lengths a briefer can quote."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely

import geodata
from geodata.build.routes import WAYPOINTS, routes_frame
from geodata.measure import KM_PER_NM, geodesic_length_km
from geodata.seaways import sea_path
from tests.helpers import geodesic_km

#: Published NSR length, Kara Gate to Provideniya Bay (NSR Administration; Valdai Club infographic).
NSR_PUBLISHED_KM = 5600
#: Published Arctic Bridge length, Murmansk to Churchill (Wikipedia "Arctic Bridge").
ARCTIC_BRIDGE_PUBLISHED_KM = 6700


@pytest.fixture(scope="module")
def routes() -> gpd.GeoDataFrame:
    """The routes layer as the app loads it."""
    return geodata.layer("routes")


def _row(routes: gpd.GeoDataFrame, name: str, variant_starts: str) -> gpd.GeoSeries:
    match = routes[(routes["name"] == name) & routes["variant"].str.startswith(variant_starts)]
    assert len(match) == 1, f"expected one {name} / {variant_starts}… row, found {len(match)}"
    return match.iloc[0]


def test_every_route_named_in_the_issue_is_there(routes):
    assert set(routes["name"]) == {"Northern Sea Route", "Northwest Passage", "Transpolar Sea Route", "Arctic Bridge"}
    assert (routes["name"] == "Northwest Passage").sum() >= 2
    assert routes.crs.to_epsg() == 4326
    for column in ("name", "variant", "length_km", "length_nm", "season", "note", "source"):
        assert column in routes.columns
        assert routes[column].notna().all(), f"{column} has gaps"
    assert (routes["source"].str.len() > 10).all()


def test_nsr_length_matches_the_published_figure(routes):
    nsr = _row(routes, "Northern Sea Route", "Kara Gate")
    assert abs(nsr["length_km"] - NSR_PUBLISHED_KM) / NSR_PUBLISHED_KM <= 0.10, nsr["length_km"]


def test_nsr_measured_like_the_published_figure_is_within_five_percent():
    """The 5,600 km runs from Kara Gate to Provideniya Bay, a little beyond the strait."""
    kara, prov = WAYPOINTS["kara_gate"][:2], WAYPOINTS["provideniya_bay"][:2]
    line = sea_path(kara, prov, arctic=True)
    km = geodesic_length_km(gpd.GeoSeries([line], crs=4326)).iloc[0]
    assert abs(km - NSR_PUBLISHED_KM) / NSR_PUBLISHED_KM <= 0.05, km


def test_arctic_bridge_length_matches_the_published_figure(routes):
    bridge = _row(routes, "Arctic Bridge", "Murmansk")
    assert abs(bridge["length_km"] - ARCTIC_BRIDGE_PUBLISHED_KM) / ARCTIC_BRIDGE_PUBLISHED_KM <= 0.10


def test_lengths_are_the_geodesic_length_of_the_drawn_line(routes):
    measured = geodesic_length_km(routes)
    np.testing.assert_allclose(routes["length_km"], measured, rtol=0.002)
    np.testing.assert_allclose(routes["length_nm"], routes["length_km"] / KM_PER_NM, atol=1.0)


def test_routes_stay_at_sea(routes):
    """Less than 1% of each line over Natural Earth 1:50m land (narrow fjords at the ports)."""
    land = shapely.union_all(geodata.layer("land").to_crs(geodata.POLAR_CRS).geometry.values)
    polar = routes.to_crs(geodata.POLAR_CRS)
    for variant, line in zip(routes["variant"], polar.geometry):
        share = line.intersection(land).length / line.length
        assert share < 0.01, f"{variant}: {share:.1%} over land"


def test_lines_have_continuous_longitudes(routes):
    """No seam at the antimeridian: consecutive vertices never jump by more than 180°."""
    for variant, line in zip(routes["variant"], routes.geometry):
        lons = np.asarray(line.coords)[:, 0]
        assert np.abs(np.diff(lons)).max() < 180.0, variant


def test_nsr_and_nwp_reach_the_bering_strait(routes):
    strait = WAYPOINTS["bering_strait"][:2]
    for name in ("Northern Sea Route", "Northwest Passage"):
        for line in routes.loc[routes["name"] == name, "geometry"]:
            end = np.asarray(line.coords)[-1]
            km = geodesic_km(end[0], end[1], *strait)
            assert km < 1, f"{name} ends {km:.0f} km from the Bering Strait"


def test_transpolar_route_crosses_the_pole(routes):
    for line in routes.loc[routes["name"] == "Transpolar Sea Route", "geometry"]:
        assert np.asarray(line.coords)[:, 1].max() == pytest.approx(90.0)


def test_every_route_has_a_legend_colour(routes):
    palette = geodata.layer_spec("routes").style.palette
    assert set(routes["name"]) <= set(palette)


def test_committed_file_matches_a_fresh_build(routes):
    fresh = routes_frame()
    assert list(fresh["variant"]) == list(routes["variant"])
    np.testing.assert_allclose(fresh["length_km"], routes["length_km"], atol=1)
