"""What the polar map component receives: projection, view, orientation, layers and size."""

from __future__ import annotations

import json

import pytest

import geodata
from dashboard.map.camera import MAX_ZOOM, MIN_ZOOM
from dashboard.map.deck import PolarView, project_for_display, tooltip_text
from dashboard.map.payload import component_args, describe_layers, first_frame_urls
from dashboard.map.selection import default_layers, format_layer_param, parse_layer_param


@pytest.fixture(scope="module")
def default_args() -> dict:
    """The component arguments of the Map with the default layers, as the browser receives them."""
    layers = describe_layers(geodata.layer_names(), lambda f: f"app/static/map-data/{f.filename}")
    return json.loads(
        json.dumps(
            component_args(
                layers,
                default_layers(),
                camera=PolarView(),
                camera_token="t",
                height=720,
                bundle_url="app/static/polar_map.js",
                boot_url="app/static/polar_map_boot.js",
                min_zoom=MIN_ZOOM,
                max_zoom=MAX_ZOOM,
            )
        )
    )


def test_camera_is_a_cartesian_target_and_zoom(default_args):
    camera = default_args["camera"]
    assert "latitude" not in camera and "longitude" not in camera, "lat/lon switch deck.gl to a geographic view"
    assert (camera["x"], camera["y"]) == (0.0, 0.0) and camera["zoom"] < 0


def test_every_unit_is_a_literal_string(default_args):
    for layer in default_args["layers"]:
        for name, value in layer["props"].items():
            if name.endswith("Units"):
                assert value == "pixels", f"{layer['id']}.{name}={value!r}"


def test_layers_drawn_in_registry_order_above_the_ocean(default_args):
    ids = [layer["id"] for layer in default_args["layers"]]
    assert ids[0] == "ocean"
    assert ids.index("land") < ids.index("states") < ids.index("graticule") < ids.index("arctic_circle")
    labelled = {layer["id"]: layer["labels"] for layer in default_args["layers"] if "labels" in layer}
    known = set(geodata.layer_names())
    expected = {i for i in ids if i in known and geodata.layer_spec(i).label_column}
    assert set(labelled) == expected, "names come from the registry's label columns"
    assert labelled["states"]["getSize"] == geodata.layer_spec("states").style.label.size_px >= 18


def test_only_selected_layers_are_visible(default_args):
    assert default_args["visible"] == ["ocean", *default_layers()]
    assert all("url" in layer and "rows" not in layer for layer in default_args["layers"])


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


def test_state_tooltip_says_name_and_nato_status():
    tips = dict(zip(project_for_display("states")["iso3"], project_for_display("states")["_tooltip"]))
    assert "State: Finland" in tips["FIN"] and "Member since 2023" in tips["FIN"]
    assert "NATO: Not a member" in tips["RUS"]


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


def test_default_camera_shows_the_whole_arctic_circle_on_the_map(default_args):
    # OrthographicView: one unit is one polar-CRS metre, 2**zoom pixels per metre.
    circle = geodata.layer("arctic_circle").to_crs(geodata.POLAR_CRS)
    minx, miny, maxx, maxy = circle.total_bounds
    shown_px = max(maxx - minx, maxy - miny) * 2 ** default_args["camera"]["zoom"]
    assert shown_px < default_args["height"], f"the Arctic Circle is {shown_px:.0f} px across"
    assert shown_px > default_args["height"] / 2, "the Arctic would be a postage stamp"


def test_sidebar_groups_and_basemap_name_the_registry_layers():
    from dashboard.map.selection import basemap_layers, layers_in_group

    assert basemap_layers() == ["states", "land", "graticule", "arctic_circle", "sea_labels"]
    assert layers_in_group("Resources") == ["resources", "resource_projects"]
    assert layers_in_group("Political") == ["states", "territories", "bases"]
    with pytest.raises(ValueError, match="unknown layer group"):
        layers_in_group("Nonsense")


def test_the_opening_view_frames_the_whole_disc_for_any_map_size():
    # The Map opens on a framing with its width known: the browser fits the disc to its own
    # width and height; a link's or the user's camera (no width) keeps its zoom.
    from dashboard.map.camera import arctic_view
    from geodata.geometry import polar_cap

    layers = describe_layers(["states"], lambda f: f.filename)
    common = dict(
        camera_token="t", height=720, bundle_url="b.js", boot_url="a.js", min_zoom=MIN_ZOOM, max_zoom=MAX_ZOOM
    )
    framed = component_args(layers, ["states"], camera=arctic_view(), fill_window=28, **common)
    disc = polar_cap(geodata.MAP_EXTENT_MIN_LAT, geodata.POLAR_CRS).bounds
    camera = framed["camera"]
    metres_per_px = 2.0 ** -camera["zoom"]
    assert camera["frame_width"] * metres_per_px >= disc[2] - disc[0]
    assert camera["frame_height"] * metres_per_px >= disc[3] - disc[1]
    assert framed["fill_window"] == 28 and framed["projector_text"] is False
    linked = component_args(layers, ["states"], camera=PolarView(), projector_text=True, **common)
    assert linked["camera"]["frame_width"] is None and linked["camera"]["frame_height"] is None
    assert linked["projector_text"] is True
    assert linked["layers"][1]["labels"]["projectorScale"] == geodata.layer_spec("states").style.label.projector_scale


def test_a_first_map_preloads_what_its_first_frame_draws_and_nothing_hidden(default_args):
    # The loader asks for these while the bundle loads; a hidden layer's file is left for its tick.
    icons = {"atlas": "app/static/map-data/atlas-1.png", "mapping": "app/static/map-data/atlas-1.json"}
    urls = first_frame_urls({**default_args, "icons": icons}, "app/static/map-data/described-1.json")
    files = {d["id"]: d["url"] for d in default_args["layers"] if "url" in d}
    shown = [files[i] for i in default_args["visible"] if i in files]
    hidden = [url for i, url in files.items() if i not in default_args["visible"]]
    assert urls[0] == "app/static/map-data/described-1.json"
    assert set(urls) == {urls[0], *icons.values(), *shown}
    assert hidden and not set(hidden) & set(urls)
    without_markers = {**default_args, "icons": icons, "visible": ["ocean", "land"]}
    assert not set(icons.values()) & set(first_frame_urls(without_markers, urls[0])), "no markers, no atlas"
