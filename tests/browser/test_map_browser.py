"""The map as a user sees it: a real ``streamlit run`` server in headless Chromium.

Pixels are read from screenshots of the deck canvas and classified by the registry's state
colours, so these tests see what a briefer sees (orientation, toggles, zoom kept on rerun).

Drawing the default Map takes Chromium's software WebGL tens of seconds on a busy 2-core
machine, so tests that only look, hover and click share one page on it (``default_map``), and
the toggle tests share another (``toggled_map``); each test there leaves its page as a user
would after it and does not rely on what an earlier one did.
"""

from __future__ import annotations

import base64
import io
import itertools
import time
from urllib.parse import parse_qs, urlparse

import numpy as np
import pytest
from PIL import Image

from geodata.catalog.political import STATE_COLORS

from .atlas_map import (
    boxes_overlap,
    painted_when_still,
    placed_labels,
    solid_mask,
    state_label_problems,
    wait_for_visible,
    wait_until_drawn,
)
from .conftest import checked_page, running_streamlit_servers

pytestmark = pytest.mark.browser

CHART = ".atlas-map"
#: The clicked feature's details (a container keyed ``feature_details``).
FEATURE_DETAILS = ".st-key-feature_details"


def open_map(page, base_url: str, query: str = "") -> None:
    page.goto(f"{base_url}/{query}")
    page.wait_for_url("**/map**", timeout=90_000)  # the app root forwards to the Map's own path
    wait_until_drawn(page)  # every visible layer loaded and painted, no fixed sleep


def chart_pixels(page) -> np.ndarray:
    """RGB pixels of the map as rendered (H×W×3)."""
    png = page.locator(CHART).screenshot()
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)


def colour_mask(pixels: np.ndarray, iso3: str, tolerance: int = 14) -> np.ndarray:
    r, g, b, _ = STATE_COLORS[iso3]
    return np.abs(pixels - np.array([r, g, b])).max(axis=2) <= tolerance


def wait_for(page, condition, timeout_s: float = 30.0):
    """Poll the chart's pixels until ``condition(pixels)`` holds; return the last pixels."""
    deadline = time.monotonic() + timeout_s
    while True:
        pixels = chart_pixels(page)
        if condition(pixels) or time.monotonic() > deadline:
            return pixels
        page.wait_for_timeout(500)


SWITCHER = ".atlas-map-layers"


def toggle(page, title: str, close: bool = True) -> None:
    """Tick or untick a layer in the map's own switcher (opened for it, closed again after)."""
    switcher = page.locator(SWITCHER)
    if switcher.get_attribute("open") is None:
        switcher.locator("summary").click()
    switcher.locator("label").filter(has_text=title).first.click()
    if close:
        switcher.locator("summary").click()


def url_layers(page) -> set[str]:
    return set(parse_qs(urlparse(page.url).query, keep_blank_values=True).get("layers", [""])[0].split(","))


@pytest.fixture(scope="module")
def default_map(browser, streamlit_server):
    """One page on the default Map, drawn, for the tests that read, hover and click it (fails on page errors)."""
    with checked_page(browser) as page:
        open_map(page, streamlit_server)
        yield page


@pytest.fixture(scope="module")
def toggled_map(browser, streamlit_server):
    """One page on the default Map for the tests that toggle a layer and toggle it back (fails on page errors)."""
    with checked_page(browser) as page:
        open_map(page, streamlit_server)
        yield page


def test_polar_orientation_on_rendered_pixels(default_map):
    page = default_map
    pixels = wait_for(page, lambda p: colour_mask(p, "RUS").sum() > 1000)
    height = pixels.shape[0]
    russia_rows = np.nonzero(colour_mask(pixels, "RUS"))[0]
    danish_rows = np.nonzero(colour_mask(pixels, "DNK"))[0]
    assert len(russia_rows) > 1000 and len(danish_rows) > 1000, "states are not drawn"
    assert russia_rows.mean() < height / 2, "Russia should sit above the pole"
    assert danish_rows.mean() > height / 2, "Greenland should sit below the pole"
    for iso3 in STATE_COLORS:
        assert colour_mask(pixels, iso3).sum() > 20, f"{iso3} is not visible"


def test_unticking_a_layer_changes_the_drawn_map(toggled_map):
    page = toggled_map
    wait_for(page, lambda p: colour_mask(p, "RUS").sum() > 1000)
    shown = set(page.locator(CHART).get_attribute("data-visible").split(","))
    before = painted_when_still(page)
    toggle(page, "Arctic states")
    wait_for_visible(page, shown - {"states"})
    page.wait_for_function("!new URLSearchParams(location.search).get('layers').split(',').includes('states')")
    # One frame for the tick, its labels placed in it; the rerun the tick starts changes nothing
    # drawn and paints nothing (a second frame would be a second visible change, and a slower one).
    assert painted_when_still(page) - before == 1, "a tick painted more than one frame"
    # Filled areas only: with the states gone, a few anti-aliased edge pixels of EEZ lines and
    # markers still blend into Russia's tan, but no solid patch of it remains.
    pixels = wait_for(page, lambda p: solid_mask(p, STATE_COLORS["RUS"]).sum() < 20)
    assert solid_mask(pixels, STATE_COLORS["RUS"]).sum() < 20, "Russia still drawn after unticking the states"
    page.wait_for_function("!new URLSearchParams(location.search).get('layers').split(',').includes('states')")
    # Two quick ticks, the second before the first one's rerun is back: both hold, on the map and in the link.
    toggle(page, "Graticule", close=False)
    toggle(page, "Arctic Circle")
    wait_for_visible(page, shown - {"states", "graticule", "arctic_circle"})
    page.wait_for_timeout(3000)  # every rerun back: none may undo a tick
    assert set(page.locator(CHART).get_attribute("data-visible").split(",")) == shown - {
        "states",
        "graticule",
        "arctic_circle",
    }
    assert url_layers(page) == shown - {"states", "graticule", "arctic_circle", "ocean", "events"}
    # Back to the default map for the next test on this page.
    toggle(page, "Arctic states", close=False)
    toggle(page, "Graticule", close=False)
    toggle(page, "Arctic Circle")
    wait_for_visible(page, shown)


def test_toggling_a_layer_keeps_zoom_and_pan(page, streamlit_server):
    open_map(page, streamlit_server)
    before = wait_for(page, lambda p: colour_mask(p, "DNK").sum() > 1000)
    box = page.locator(CHART).bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] * 0.7)
    for _ in range(3):
        page.mouse.wheel(0, -300)
        page.wait_for_timeout(300)
    zoomed = wait_for(page, lambda p: colour_mask(p, "DNK").sum() > 1.5 * colour_mask(before, "DNK").sum())
    zoomed_area = colour_mask(zoomed, "DNK").sum()
    assert zoomed_area > 1.5 * colour_mask(before, "DNK").sum(), "the wheel did not zoom in"
    shown = set(page.locator(CHART).get_attribute("data-visible").split(","))
    toggle(page, "Graticule")
    wait_for_visible(page, shown ^ {"graticule"})  # the rerun's map, drawn
    after = chart_pixels(page)
    assert colour_mask(after, "DNK").sum() == pytest.approx(zoomed_area, rel=0.05), (
        "the map jumped back to its initial zoom after a layer toggle"
    )


def test_hovering_a_state_shows_name_and_nato_status(default_map):
    page = default_map
    pixels = wait_for(page, lambda p: colour_mask(p, "FIN").sum() > 200)
    rows, cols = np.nonzero(colour_mask(pixels, "FIN"))
    box = page.locator(CHART).bounding_box()
    page.mouse.move(box["x"] + np.median(cols), box["y"] + np.median(rows))
    tooltip = page.locator(".deck-tooltip")
    tooltip.wait_for(state="visible", timeout=10_000)
    text = tooltip.inner_text()
    assert "Finland" in text and "Member since 2023" in text


def test_link_with_layers_reopens_the_same_map(page, streamlit_server):
    open_map(page, streamlit_server, "?layers=land,arctic_circle")
    page.wait_for_function(  # the link's layers are the ones drawn, the states not among them
        f"() => {{ const v = document.querySelector('{CHART}').dataset.visible.split(','); "
        "return v.includes('land') && v.includes('arctic_circle') && !v.includes('states'); }",
        timeout=30_000,
    )
    wait_until_drawn(page)
    pixels = chart_pixels(page)
    assert colour_mask(pixels, "RUS").sum() < 50
    page.locator(SWITCHER).locator("summary").click()
    ticked = page.locator(f"{SWITCHER} input:checked")
    assert sorted(box.get_attribute("data-layer") for box in ticked.all()) == ["arctic_circle", "land"]


def test_the_map_makes_no_request_beyond_this_machine(page, streamlit_server):
    outside: list[str] = []
    page.on(
        "request",
        lambda r: (
            outside.append(r.url)
            if urlparse(r.url).hostname not in ("127.0.0.1", "localhost", None) and not r.url.startswith("data:")
            else None
        ),
    )
    open_map(page, streamlit_server)
    page.goto(f"{streamlit_server}/sources")
    page.wait_for_timeout(2000)
    assert outside == []


@pytest.fixture(scope="module")
def unvisited_servers(tmp_path_factory):
    """Fresh servers no session has opened yet, one per deep link below, started together."""
    with running_streamlit_servers(
        (tmp_path_factory.mktemp("fresh-map"), None), (tmp_path_factory.mktemp("fresh-sources"), None)
    ) as servers:
        yield dict(zip(["map", "sources"], servers))


@pytest.mark.parametrize("path, heading", [("map", "Arctic Atlas"), ("sources", "Sources")])
def test_a_deep_link_as_the_servers_first_visit_opens_the_page_in_the_app_frame(page, unvisited_servers, path, heading):
    # A briefer's saved link must open its page inside app.py's frame even as a fresh server's
    # first visit, the Map included (Streamlit serves a default page only at the root).
    fresh_server = unvisited_servers[path]
    page.goto(f"{fresh_server}/{path}")
    page.get_by_role("heading", name=heading).wait_for(timeout=60_000)
    page.wait_for_timeout(1500)
    nav = page.locator("[data-testid=stSidebarNav]").inner_text().split()
    assert nav == ["Map", "Ingest", "Events", "States", "Routes", "Resources", "Sources", "Briefing", "Present"]
    assert "Page not found" not in page.locator("body").inner_text()
    assert urlparse(page.url).path == f"/{path}"


def test_the_app_root_opens_the_map_with_the_links_layers(page, streamlit_server):
    open_map(page, streamlit_server, "?layers=land,ports")
    assert urlparse(page.url).path == "/map"
    layers = parse_qs(urlparse(page.url).query)["layers"][0]
    assert set(layers.split(",")) == {"land", "ports"}


def test_clicking_a_state_with_every_default_layer_opens_its_details(default_map):
    # The component picks on pointer-up itself, so big polygon layers no longer lose the click.
    page = default_map
    pixels = wait_for(page, lambda p: colour_mask(p, "FIN").sum() > 200)
    rows, cols = np.nonzero(colour_mask(pixels, "FIN"))
    box = page.locator(CHART).bounding_box()
    page.mouse.click(box["x"] + np.median(cols), box["y"] + np.median(rows))
    # The details table (not the events table beside the map) with Finland's attributes in it.
    details = page.locator(FEATURE_DETAILS)
    details.filter(has_text="Finland").wait_for(timeout=30_000)
    side = page.locator("[data-testid=stMain]").inner_text()
    assert "Arctic states" in side and "Source:" in side


def test_a_toggle_sends_no_layer_data_again(toggled_map):
    from dashboard.map.payload import layer_file

    page = toggled_map
    toggle(page, "Arctic states")
    wait_for(page, lambda p: colour_mask(p, "RUS").sum() < 50)
    fetched: list[str] = []
    frames: list[int] = []  # bytes of each WebSocket frame received, counted once (CDP)
    record = lambda r: fetched.append(r.url)  # noqa: E731
    page.on("request", record)
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.on(
        "Network.webSocketFrameReceived",
        lambda e: frames.append(
            len(base64.b64decode(e["response"]["payloadData"]))
            if e["response"]["opcode"] == 2
            else len(e["response"]["payloadData"].encode())
        ),
    )
    toggle(page, "Arctic states")
    pixels = wait_for(page, lambda p: colour_mask(p, "RUS").sum() > 1000)
    page.wait_for_timeout(1000)
    cdp.detach()
    page.remove_listener("request", record)
    assert colour_mask(pixels, "RUS").sum() > 1000, "the states did not come back"
    assert not [u for u in fetched if "/map-data/" in u or "polar_map.js" in u], fetched
    states_bytes = len(layer_file("states").content)
    assert frames and sum(frames) < states_bytes / 2, (
        f"{sum(frames):,} bytes over the WebSocket for one toggle: the states' layer file is {states_bytes:,}"
    )


def test_the_camera_goes_into_the_url_and_reopens(page, streamlit_server):
    open_map(page, streamlit_server)
    box = page.locator(CHART).bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] * 0.7)
    for _ in range(3):
        page.mouse.wheel(0, -300)
        page.wait_for_timeout(300)
    # The camera the map shows is the one in the address bar, and that frame is drawn.
    # (The link keeps the zoom to 2 decimals, the map's data-camera to 3.)
    page.wait_for_function(
        "(chart) => { const link = (new URLSearchParams(location.search).get('view') || '').split(',').map(Number);"
        " const shown = document.querySelector(chart).dataset.camera.split(',').map(Number);"
        " return link.length === 3 && Math.abs(link[0] - shown[0]) <= 1 && Math.abs(link[1] - shown[1]) <= 1"
        " && Math.abs(link[2] - shown[2]) <= 0.006; }",
        arg=CHART,
        timeout=20_000,
    )
    wait_until_drawn(page)
    zoomed = chart_pixels(page)
    link = page.url
    fresh = page.context.browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    open_map(fresh, streamlit_server, link[len(streamlit_server) + 1 :])  # a fresh session on the copied link
    reopened = wait_for(
        fresh,
        lambda p: (
            abs(int(colour_mask(p, "DNK").sum()) - int(colour_mask(zoomed, "DNK").sum()))
            < 0.05 * colour_mask(zoomed, "DNK").sum()
        ),
    )
    assert colour_mask(reopened, "DNK").sum() == pytest.approx(colour_mask(zoomed, "DNK").sum(), rel=0.05)
    fresh.context.close()


def test_clicking_a_port_opens_its_details(page, streamlit_server):
    import geopandas as gpd
    from shapely.geometry import Point

    import geodata

    ports = geodata.layer("ports")
    murmansk = ports[ports["name"] == "Murmansk"].iloc[0]
    spot = gpd.GeoSeries([Point(murmansk.lon, murmansk.lat)], crs=4326).to_crs(geodata.POLAR_CRS).iloc[0]
    open_map(page, streamlit_server, "?layers=ports")
    box = page.locator(f"{CHART} canvas").first.bounding_box()
    # The opening view fits the whole disc to the map's size: read the zoom it chose.
    zoom = float(page.locator(CHART).get_attribute("data-camera").split(",")[2])
    scale = 2**zoom  # screen pixels per metre; flipY false puts +y up
    page.mouse.click(box["x"] + box["width"] / 2 + spot.x * scale, box["y"] + box["height"] / 2 - spot.y * scale)
    page.locator(FEATURE_DETAILS).wait_for(timeout=30_000)
    side = page.locator("[data-testid=stMain]").inner_text()
    assert "Arctic ports" in side and "Source:" in side


@pytest.mark.parametrize("width, height", [(1920, 1080), (1366, 768)])
def test_the_map_fits_the_window_with_the_disc_whole_and_state_names_clear(browser, streamlit_server, width, height):
    from dashboard.ui.map_layout import MAP_PAGE_BOTTOM_PX
    from geodata.catalog.political import STATE_NAMES

    from .conftest import checked_page

    with checked_page(browser, width, height) as page:
        open_map(page, streamlit_server)
        box = page.locator(CHART).bounding_box()
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
                "([s, w]) => document.querySelector(s).clientWidth > w + 200", arg=[CHART, map_w], timeout=30_000
            )
        else:
            # While the map is dragged, the names move with it and none overlaps another or is cut
            # by the edge (the drag is still under way: the names are not placed again yet).
            canvas = page.locator(f"{CHART} canvas").first.bounding_box()
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
        CHART,
    )
    labels, state, map_w, map_h = found
    if placement is not None:
        assert state == placement, f"{when}: the labels are {state}"
    assert sum(layer == "states" for layer, *_ in labels) >= 3, f"{when}: the state names are gone"
    for _, text, left, top, w, h in labels:
        assert left >= -1 and top >= -1 and left + w <= map_w + 1 and top + h <= map_h + 1, f"{when}: {text} is cut"
    for (_, a, *box_a), (_, b, *box_b) in itertools.combinations(labels, 2):
        assert not boxes_overlap(box_a, box_b), f"{when}: {a} overlaps {b}"
