"""The map as a user sees it: a real ``streamlit run`` server in headless Chromium.

Pixels are read from screenshots of the deck canvas and classified by the registry's state
colours, so these tests see what a briefer sees: orientation, tooltips, clicks, the map fitted
to the window and its names placed. Toggles are in ``test_map_toggles_browser.py``, links and the
camera in the URL in ``test_map_links_browser.py``.

Drawing the default Map takes Chromium's software WebGL tens of seconds on a busy 2-core
machine, so tests that only look, hover and click share one page on it (``map_page``); each
test there leaves its page as a user would after it and does not rely on what an earlier one did.
"""

from __future__ import annotations

import itertools
from urllib.parse import urlparse

import numpy as np
import pytest

from geodata.catalog.political import STATE_COLORS

from .atlas_map import (
    FEATURE_DETAILS,
    MAP,
    boxes_overlap,
    chart_pixels,
    map_pixels,
    open_map,
    painted_when_still,
    placed_labels,
    state_label_problems,
    state_mask,
    wait_for_pixels,
)
from .conftest import checked_page

pytestmark = pytest.mark.browser


def test_polar_orientation_on_rendered_pixels(map_page):
    page = map_page
    pixels = wait_for_pixels(page, lambda p: state_mask(p, "RUS").sum() > 1000)
    height = pixels.shape[0]
    russia_rows = np.nonzero(state_mask(pixels, "RUS"))[0]
    danish_rows = np.nonzero(state_mask(pixels, "DNK"))[0]
    assert len(russia_rows) > 1000 and len(danish_rows) > 1000, "states are not drawn"
    assert russia_rows.mean() < height / 2, "Russia should sit above the pole"
    assert danish_rows.mean() > height / 2, "Greenland should sit below the pole"
    for iso3 in STATE_COLORS:
        assert state_mask(pixels, iso3).sum() > 20, f"{iso3} is not visible"


def test_hovering_a_state_shows_name_and_nato_status(map_page):
    page = map_page
    pixels = wait_for_pixels(page, lambda p: state_mask(p, "FIN").sum() > 200)
    rows, cols = np.nonzero(state_mask(pixels, "FIN"))
    box = page.locator(MAP).bounding_box()
    page.mouse.move(box["x"] + np.median(cols), box["y"] + np.median(rows))
    tooltip = page.locator(".deck-tooltip")
    tooltip.wait_for(state="visible", timeout=10_000)
    text = tooltip.inner_text()
    assert "Finland" in text and "Member since 2023" in text


def test_clicking_a_state_with_every_default_layer_opens_its_details(map_page):
    # The component picks on pointer-up itself, so big polygon layers no longer lose the click.
    page = map_page
    pixels = wait_for_pixels(page, lambda p: state_mask(p, "FIN").sum() > 200)
    rows, cols = np.nonzero(state_mask(pixels, "FIN"))
    box = page.locator(MAP).bounding_box()
    page.mouse.click(box["x"] + np.median(cols), box["y"] + np.median(rows))
    # The details table (not the events table beside the map) with Finland's attributes in it.
    # Waited for whole: its data frame's JavaScript loads only now (the Map shows none before a
    # click), and the panel can be in the page with its first line before its caption is.
    details = page.locator(FEATURE_DETAILS)
    whole = details.filter(has_text="Finland").filter(has_text="Arctic states").filter(has_text="Source:")
    whole.wait_for(timeout=30_000)


def test_clicking_a_port_opens_its_details(page, streamlit_server):
    import geopandas as gpd
    from shapely.geometry import Point

    import geodata

    ports = geodata.layer("ports")
    murmansk = ports[ports["name"] == "Murmansk"].iloc[0]
    spot = gpd.GeoSeries([Point(murmansk.lon, murmansk.lat)], crs=4326).to_crs(geodata.POLAR_CRS).iloc[0]
    open_map(page, streamlit_server, "?layers=ports")
    box = page.locator(f"{MAP} canvas").first.bounding_box()
    # The opening view fits the whole disc to the map's size: read the zoom it chose.
    zoom = float(page.locator(MAP).get_attribute("data-camera").split(",")[2])
    scale = 2**zoom  # screen pixels per metre; flipY false puts +y up
    page.mouse.click(box["x"] + box["width"] / 2 + spot.x * scale, box["y"] + box["height"] / 2 - spot.y * scale)
    page.locator(FEATURE_DETAILS).wait_for(timeout=30_000)
    side = page.locator("[data-testid=stMain]").inner_text()
    assert "Arctic ports" in side and "Source:" in side


def test_the_map_makes_no_request_beyond_this_machine_and_fetches_each_file_once(page, streamlit_server):
    outside: list[str] = []
    map_files: list[str] = []
    page.on(
        "request",
        lambda r: (
            outside.append(r.url)
            if urlparse(r.url).hostname not in ("127.0.0.1", "localhost", None) and not r.url.startswith("data:")
            else map_files.append(r.url)
            if "/map-data/" in r.url
            else None
        ),
    )
    open_map(page, streamlit_server)
    # The loader preloads the first frame's files while the bundle loads; the bundle's own fetches
    # must take those responses, not ask again.
    twice = sorted({url for url in map_files if map_files.count(url) > 1})
    assert map_files and not twice, f"map files fetched more than once: {twice}"
    page.goto(f"{streamlit_server}/sources")
    page.wait_for_timeout(2000)
    assert outside == []


@pytest.mark.parametrize("width, height", [(1920, 1080), (1366, 768)])
def test_the_map_fits_the_window_with_the_disc_whole_and_state_names_clear(browser, streamlit_server, width, height):
    from dashboard.ui.map_layout import MAP_PAGE_BOTTOM_PX
    from geodata.catalog.political import STATE_NAMES

    with checked_page(browser, width, height) as page:
        open_map(page, streamlit_server)
        box = page.locator(MAP).bounding_box()
        assert box["y"] < height / 5, f"the title takes {box['y']:.0f} of {height} px above the map"
        assert height - (box["y"] + box["height"]) <= MAP_PAGE_BOTTOM_PX + 2, "the map does not reach the window's foot"
        placed = placed_labels(page)
        labels, map_w, map_h = placed["labels"], placed["width"], placed["height"]
        # The whole 40°N disc is inside the canvas: its rim is white page, and the disc reaches
        # two opposite edges (framed to the limiting side), nearly.
        pixels = chart_pixels(page)[: int(map_h), : int(map_w)]
        content = np.abs(pixels - 255).max(axis=2) > 12
        content[:40, -140:] = False  # the "Full window" button
        content[:40, :140] = False  # the closed layer switcher
        assert not content[[0, -1], :].any() and not content[:, [0, -1]].any(), "the disc is cut at the canvas edge"
        rows, cols = np.nonzero(content)
        gaps = [rows.min(), map_h - 1 - rows.max(), cols.min(), map_w - 1 - cols.max()]
        assert min(gaps[0] + gaps[1], gaps[2] + gaps[3]) < 0.06 * min(map_w, map_h), (
            f"the disc does not fill the map: {gaps}"
        )
        # Every state named, each name on its own state, inside the map and clear of the others.
        states = {text for layer, text, *_ in labels if layer == "states"}
        assert len(states) == len(STATE_NAMES), f"state names missing: {sorted(states)}"
        assert not state_label_problems(placed), state_label_problems(placed)
        assert_names_by_priority(placed, "opening view")
        assert_labels_clear(page, "placed", "opening view")  # every name, not only the states'
        if width == 1366:
            # Collapsing the sidebar gives the map its room (the disc, framed to the height, stays whole).
            page.locator("[data-testid=stSidebar]").hover()
            page.locator("[data-testid=stSidebarCollapseButton] button").first.click()
            page.wait_for_function(
                "([s, w]) => document.querySelector(s).clientWidth > w + 200", arg=[MAP, map_w], timeout=30_000
            )
        else:
            # While the map is dragged, the names move with it and none overlaps another or is cut
            # by the edge (the drag is still under way: the names are not placed again yet).
            canvas = page.locator(f"{MAP} canvas").first.bounding_box()
            page.mouse.move(canvas["x"] + canvas["width"] / 2, canvas["y"] + canvas["height"] / 2)
            page.mouse.down()
            for step in (1, 2):
                page.mouse.move(
                    canvas["x"] + canvas["width"] / 2 - 150 * step, canvas["y"] + canvas["height"] / 2 + 100 * step
                )
                assert_labels_clear(page, "moving", f"dragging, step {step}")
            page.mouse.up()
            assert not state_label_problems(placed_labels(page)), "after the drag"
            # A turn of the wheel zooms in: the names shown are clear of each other at once.
            page.mouse.wheel(0, -300)
            assert_labels_clear(page, None, "zooming")
            zoomed = placed_labels(page)
            assert not state_label_problems(zoomed), "after zooming"
            assert zoomed["camera"][2] > placed["camera"][2] + 0.3, "the wheel did not zoom in"
            assert_names_by_priority(zoomed, "zoomed in")


def assert_names_by_priority(placed: dict, when: str) -> None:
    """Labels show from their registry min zoom (their priority): none drawn before its zoom,
    and some held back at this one (the map is not showing every name at once)."""
    from dashboard.map.deck import project_for_display

    zoom = placed["camera"][2]
    shown = {(layer, text) for layer, text, *_ in placed["labels"]}
    held_back = 0
    for layer in {layer for layer, *_ in placed["labels"]} | {"sea_labels"}:
        table = project_for_display(layer)
        for text, min_zoom in zip(table["_label"], table["_label_min_zoom"]):
            assert (layer, text) not in shown or min_zoom <= zoom + 1e-3, f"{when}: {text} shows before zoom {min_zoom}"
            held_back += min_zoom > zoom
    assert held_back, f"{when}: every name is due at zoom {zoom}"


def assert_labels_clear(page, placement: str | None, when: str) -> None:
    """Every label drawn now lies inside the map and overlaps no other (and the map's
    ``data-placement`` is ``placement``, when given)."""
    found = page.evaluate(
        "(s) => { const r = document.querySelector(s); return [JSON.parse(r.dataset.labels), r.dataset.placement,"
        " r.clientWidth, r.clientHeight]; }",
        MAP,
    )
    labels, state, map_w, map_h = found
    if placement is not None:
        assert state == placement, f"{when}: the labels are {state}"
    assert sum(layer == "states" for layer, *_ in labels) >= 3, f"{when}: the state names are gone"
    for _, text, left, top, w, h in labels:
        assert left >= -1 and top >= -1 and left + w <= map_w + 1 and top + h <= map_h + 1, f"{when}: {text} is cut"
    for (_, a, *box_a), (_, b, *box_b) in itertools.combinations(labels, 2):
        assert not boxes_overlap(box_a, box_b), f"{when}: {a} overlaps {b}"


def test_the_legend_draws_a_swatch_for_every_entry(map_page):
    # The legend is st.html, which drops inline SVG: each marker shape must still be drawn.
    political = map_page.locator(".st-key-map_legend .atlas-legend").first  # the open group
    political.wait_for(timeout=30_000)
    assert political.locator("img").count() >= 7  # the military installations' seven shapes, at least
    assert map_page.evaluate(
        "() => [...document.querySelectorAll('.st-key-map_legend .atlas-legend img')]"
        ".every((img) => img.complete && img.naturalWidth > 0)"
    ), "a marker swatch did not load"


def test_the_default_map_is_the_same_picture_on_every_load(browser, streamlit_server):
    """Two first visits draw the same pixels: where fills and outlines meet, the layer later in the
    registry is on top every time (with a depth buffer the one or the other won from load to load, so a
    briefing's screenshot and the screen could differ)."""
    pictures = []
    for _ in range(2):
        with checked_page(browser) as page:
            open_map(page, streamlit_server)
            painted_when_still(page)
            pictures.append(map_pixels(page))
    first, second = pictures
    assert first.shape == second.shape
    differing = int((first != second).any(axis=2).sum())
    assert differing == 0, f"two loads of the default map differ in {differing} pixels"
