"""Layer toggles as a user sees them: ticks in the map's own switcher repaint the map at once,
keep the camera, go into the link, and send no layer data again (real ``streamlit run``, headless
Chromium; pixels classified by the registry's state colours).

The toggle tests share one page on the default Map (``map_page``): each toggles a layer and
toggles it back, leaving the page as it found it.
"""

from __future__ import annotations

import base64

import pytest

from geodata.catalog.political import STATE_COLORS

from .atlas_map import (
    MAP,
    chart_pixels,
    open_map,
    painted_when_still,
    solid_mask,
    state_mask,
    toggle,
    url_layers,
    wait_for_pixels,
    wait_for_visible,
)

pytestmark = pytest.mark.browser


def test_unticking_a_layer_changes_the_drawn_map(map_page):
    page = map_page
    wait_for_pixels(page, lambda p: state_mask(p, "RUS").sum() > 1000)
    shown = set(page.locator(MAP).get_attribute("data-visible").split(","))
    before = painted_when_still(page)
    toggle(page, "Arctic states")
    wait_for_visible(page, shown - {"states"})
    page.wait_for_function("!new URLSearchParams(location.search).get('layers').split(',').includes('states')")
    # One frame for the tick, its labels placed in it; the rerun the tick starts changes nothing
    # drawn and paints nothing (a second frame would be a second visible change, and a slower one).
    assert painted_when_still(page) - before == 1, "a tick painted more than one frame"
    # Filled areas only: with the states gone, a few anti-aliased edge pixels of EEZ lines and
    # markers still blend into Russia's tan, but no solid patch of it remains.
    pixels = wait_for_pixels(page, lambda p: solid_mask(p, STATE_COLORS["RUS"]).sum() < 20)
    assert solid_mask(pixels, STATE_COLORS["RUS"]).sum() < 20, "Russia still drawn after unticking the states"
    page.wait_for_function("!new URLSearchParams(location.search).get('layers').split(',').includes('states')")
    # Two quick ticks, the second before the first one's rerun is back: both hold, on the map and in the link.
    toggle(page, "Graticule", close=False)
    toggle(page, "Arctic Circle")
    wait_for_visible(page, shown - {"states", "graticule", "arctic_circle"})
    page.wait_for_timeout(3000)  # every rerun back: none may undo a tick
    assert set(page.locator(MAP).get_attribute("data-visible").split(",")) == shown - {
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
    before = wait_for_pixels(page, lambda p: state_mask(p, "DNK").sum() > 1000)
    box = page.locator(MAP).bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] * 0.7)
    for _ in range(3):
        page.mouse.wheel(0, -300)
        page.wait_for_timeout(300)
    zoomed = wait_for_pixels(page, lambda p: state_mask(p, "DNK").sum() > 1.5 * state_mask(before, "DNK").sum())
    zoomed_area = state_mask(zoomed, "DNK").sum()
    assert zoomed_area > 1.5 * state_mask(before, "DNK").sum(), "the wheel did not zoom in"
    shown = set(page.locator(MAP).get_attribute("data-visible").split(","))
    toggle(page, "Graticule")
    wait_for_visible(page, shown ^ {"graticule"})  # the rerun's map, drawn
    after = chart_pixels(page)
    assert state_mask(after, "DNK").sum() == pytest.approx(zoomed_area, rel=0.05), (
        "the map jumped back to its initial zoom after a layer toggle"
    )


def test_a_toggle_sends_no_layer_data_again(map_page):
    from dashboard.map.payload import layer_file

    page = map_page
    toggle(page, "Arctic states")
    wait_for_pixels(page, lambda p: state_mask(p, "RUS").sum() < 50)
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
    pixels = wait_for_pixels(page, lambda p: state_mask(p, "RUS").sum() > 1000)
    page.wait_for_timeout(1000)
    cdp.detach()
    page.remove_listener("request", record)
    assert state_mask(pixels, "RUS").sum() > 1000, "the states did not come back"
    assert not [u for u in fetched if "/map-data/" in u or "/polar_map" in u], fetched  # layer files, both bundles
    states_bytes = len(layer_file("states").content)
    assert frames and sum(frames) < states_bytes / 2, (
        f"{sum(frames):,} bytes over the WebSocket for one toggle: the states' layer file is {states_bytes:,}"
    )
