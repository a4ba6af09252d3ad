"""Routes drawn on the polar map: cut at 40°N, projected, one colour per route."""

from __future__ import annotations

import geopandas as gpd
import pytest
from shapely.geometry import LineString

import geodata
from dashboard.profiles.route_map import (
    COMPUTED_ROUTE_COLORS,
    clip_to_map,
    port_markers,
    route_legend_html,
    route_overlay,
    route_paths,
    route_view,
)
from dashboard.profiles.routes import compare_routes


@pytest.fixture(scope="module")
def rotterdam_yokohama():
    """The default comparison of the Routes page."""
    return compare_routes("Rotterdam", "Yokohama", 14.0)


def test_clip_keeps_only_the_part_north_of_40n():
    # From 30°N up to 60°N and down again: two crossings, one part left, cut on the parallel.
    line = LineString([(0, 30), (10, 60), (20, 30)])
    parts = clip_to_map(gpd.GeoDataFrame({"kind": ["x"]}, geometry=[line], crs="EPSG:4326"))
    assert len(parts) == 1
    ys = [y for _x, y in parts.geometry.iloc[0].coords]
    assert min(ys) == pytest.approx(40.0) and max(ys) == pytest.approx(60.0)


def test_clip_splits_a_route_that_leaves_and_reenters():
    line = LineString([(0, 50), (10, 30), (20, 50)])
    parts = clip_to_map(gpd.GeoDataFrame({"kind": ["x"]}, geometry=[line], crs="EPSG:4326"))
    assert len(parts) == 2 and set(parts["kind"]) == {"x"}


def test_clip_keeps_continuous_longitudes_past_180():
    line = LineString([(170, 65), (190, 66)])  # across the Bering Strait, unwrapped
    parts = clip_to_map(gpd.GeoDataFrame({"kind": ["x"]}, geometry=[line], crs="EPSG:4326"))
    assert parts.geometry.iloc[0].length == pytest.approx(line.length, rel=1e-6)


def test_clip_refuses_projected_lines():
    with pytest.raises(ValueError, match="EPSG:4326"):
        clip_to_map(gpd.GeoDataFrame(geometry=[LineString([(0, 0), (1, 1)])], crs=geodata.POLAR_CRS))


def test_drawn_paths_stay_inside_the_map(rotterdam_yokohama):
    paths = route_paths(rotterdam_yokohama)
    assert {row["kind"] for row in paths} == {"arctic", "conventional"}
    # Everything drawn lies within the 40°N cap: back in lon/lat, no vertex south of it.
    points = gpd.GeoSeries.from_xy(
        [x for row in paths for x, _y in row["path"]],
        [y for row in paths for _x, y in row["path"]],
        crs=geodata.POLAR_CRS,
    ).to_crs("EPSG:4326")
    assert points.y.min() > 39.99
    assert all(row["color"] == list(COMPUTED_ROUTE_COLORS[row["kind"]]) for row in paths)


def test_only_ports_on_the_map_get_markers(rotterdam_yokohama):
    markers = port_markers(rotterdam_yokohama)
    assert [m["name"] for m in markers] == ["Rotterdam"]  # Yokohama (35°N) is off the map
    assert markers[0]["_tooltip"].startswith("Origin: Rotterdam")


def test_layers_and_legend(rotterdam_yokohama):
    ids = [layer.id for layer in route_overlay(rotterdam_yokohama)]
    assert ids == ["route-conventional", "route-arctic", "route-ports", "route-port-labels"]
    legend = route_legend_html(rotterdam_yokohama)
    assert "Northern Sea Route" in legend and "Suez Canal" in legend
    r, g, b, _ = COMPUTED_ROUTE_COLORS["arctic"]
    assert f"rgba({r},{g},{b},1.00)" in legend


def test_view_frames_the_routes(rotterdam_yokohama):
    view = route_view(rotterdam_yokohama)
    assert -14.5 < view.zoom < -12.0
