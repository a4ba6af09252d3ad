"""The pydeck spec of the polar map: projection, view, orientation, layers and size."""

from __future__ import annotations

import json

import geopandas as gpd
import pytest
from shapely.geometry import Point

import geodata
from dashboard.map.deck import PolarView, build_deck, project_for_display, tooltip_text
from dashboard.map.selection import default_layers, format_layer_param, parse_layer_param


@pytest.fixture(scope="module")
def default_spec() -> dict:
    """The deck JSON for the default layers, as Streamlit sends it to the browser."""
    return json.loads(build_deck(default_layers()).to_json())


def test_orthographic_view_unflipped_with_no_basemap(default_spec):
    assert default_spec["views"] == [{"@@type": "OrthographicView", "controller": True, "flipY": False}]
    view = default_spec["initialViewState"]
    assert "latitude" not in view and "longitude" not in view, "lat/lon switch deck.gl to a geographic view"
    assert view["target"][:2] == [0.0, 0.0] and view["zoom"] < 0
    assert "mapStyle" not in default_spec and "mapProvider" not in default_spec


def test_every_layer_keeps_literal_units(default_spec):
    # pydeck turns plain strings into accessors; "@@=pixels" silently breaks widths and labels.
    text = json.dumps(default_spec)
    assert "@@=pixels" not in text and "@@=auto" not in text


def test_layers_drawn_in_registry_order_above_the_ocean(default_spec):
    ids = [layer["id"] for layer in default_spec["layers"]]
    assert ids[0] == "ocean"
    assert ids.index("land") < ids.index("states") < ids.index("graticule") < ids.index("arctic_circle")
    assert ids[-1] == "states-labels", "state names must sit above every marker"


def test_unselected_layer_is_not_in_the_spec():
    spec = json.loads(build_deck(["land", "graticule"]).to_json())
    assert {layer["id"] for layer in spec["layers"]} == {"ocean", "land", "graticule"}


def _centroid_xy(iso3_or_territory: str, column: str, layer: str) -> tuple[float, float]:
    gdf = project_for_display(layer)
    geom = gdf.loc[gdf[column] == iso3_or_territory, "geometry"].iloc[0]
    largest = max(geom.geoms, key=lambda g: g.area) if hasattr(geom, "geoms") else geom
    return largest.centroid.x, largest.centroid.y


def test_orientation_matches_nsidc_polar_stereographic():
    # Screen y grows upwards (flipY false): Greenland below the pole, Russia above, Alaska upper left.
    gx, gy = _centroid_xy("Greenland", "territory", "territories")
    rx, ry = _centroid_xy("RUS", "iso3", "states")
    ax, ay = _centroid_xy("Alaska", "territory", "territories")
    assert gy < 0 and abs(gx) < abs(gy)
    assert ry > 0
    assert ax < 0 and ay > 0


def test_display_geometry_is_simplified_but_faithful():
    shown = project_for_display("states").set_index("iso3")
    exact = geodata.layer("states").to_crs(geodata.POLAR_CRS).set_index("iso3")
    for iso3 in exact.index:
        assert shown.loc[iso3, "geometry"].area == pytest.approx(exact.loc[iso3, "geometry"].area, rel=0.01)


def test_tooltips_are_plain_text_lines():
    text = tooltip_text(
        {"name": "<b>Norway</b>", "nato_status": "Member since 1949"},
        (("name", "State"), ("nato_status", "NATO"), ("missing", "Gone")),
    )
    assert text == "State: <b>Norway</b>\nNATO: Member since 1949"
    # Streamlit sends the Deck's tooltip beside the spec; "text" is shown with innerText, so
    # feature attributes (and, later, article text) can never run as HTML.
    tooltip = build_deck(["states"])._tooltip
    assert tooltip["text"] == "{_tooltip}" and "html" not in tooltip


def test_state_tooltip_says_name_and_nato_status():
    tips = dict(zip(project_for_display("states")["iso3"], project_for_display("states")["_tooltip"]))
    assert "State: Finland" in tips["FIN"] and "Member since 2023" in tips["FIN"]
    assert "NATO: Not a member" in tips["RUS"]


def test_deck_json_stays_small_enough_for_every_rerun():
    size = len(build_deck(default_layers()).to_json())
    assert size < 2_500_000, f"{size / 1e6:.1f} MB sent to the browser on every rerun"


@pytest.mark.parametrize(
    "value, expected",
    [
        (None, None),
        ("", []),
        ("states,land", ["states", "land"]),
        ("land,states,nonsense", ["states", "land"]),
        (" graticule , ", ["graticule"]),
    ],
)
def test_layer_param_parsing(value, expected):
    assert parse_layer_param(value) == expected


def test_layer_param_round_trip():
    names = ["graticule", "states"]
    assert parse_layer_param(format_layer_param(names)) == ["states", "graticule"]


def test_polar_view_targets_metres():
    assert PolarView(x=1000.0, y=-5.0).view_state().target == [1000.0, -5.0, 0]
    pole = gpd.GeoSeries([Point(0, 90)], crs=4326).to_crs(geodata.POLAR_CRS).iloc[0]
    assert abs(pole.x) < 1e-6 and abs(pole.y) < 1e-6


def test_basemap_and_group_layer_sets_come_from_the_registry():
    from dashboard.map.selection import basemap_layers, layers_in_group

    assert basemap_layers() == ["states", "land", "graticule", "arctic_circle"]
    assert set(layers_in_group("Resources")) == {s.name for s in geodata.layer_specs() if s.group == "Resources"}
    with pytest.raises(ValueError, match="unknown layer group"):
        layers_in_group("Nonsense")
