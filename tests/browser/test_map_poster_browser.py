"""The live map's stand-in picture in a real browser (issue #8): while the map's first frame is drawn
in software WebGL, a picture of its base map stands where the map will be, and gives way to it.

Real ``streamlit run``, Debian Chromium. The picture of the default layers is drawn first (as a
server's first visit would start it), so every fresh browser context here gets it."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from dashboard.briefing.poster import main as draw_default_poster
from tests.browser.atlas_map import MAP, map_data, map_pixels, open_map
from tests.browser.conftest import checked_page

# Records when each image marked with `elementtiming` was painted, before any page script runs.
_ELEMENT_TIMES = """window.__painted = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__painted.push([e.identifier, e.renderTime || e.loadTime]); })
  .observe({ type: "element", buffered: true });"""


@pytest.fixture(scope="module")
def default_poster() -> None:
    draw_default_poster([])


def _open_recording(page, url: str, query: str = "") -> list[str]:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url) if "/poster-" in request.url else None)
    page.add_init_script(_ELEMENT_TIMES)
    open_map(page, url, query)
    return requested


def test_the_picture_stands_in_until_the_map_has_drawn_then_gives_way(browser, streamlit_server, default_poster):
    with checked_page(browser) as page:
        requested = _open_recording(page, streamlit_server)
        data = map_data(page)
        assert len(requested) == 1 and requested[0].endswith(".webp"), f"the picture was asked for {requested}"
        assert data.get("poster") == "dropped", f"the picture did not give way: {data.get('poster')}"
        painted = dict(page.evaluate("window.__painted"))
        assert "atlas-map-poster" in painted, "the picture was never painted"
        assert painted["atlas-map-poster"] <= float(data["posterDroppedAt"]), "painted only after it was dropped"
        assert page.locator(f"{MAP} .atlas-map-poster").count() == 0, "the picture is still on the page"


def test_the_picture_stands_where_the_map_draws_the_same_places(browser, streamlit_server, default_poster):
    # The picture put back where it stood, over the live map: fills, coastlines and markers agree
    # (labels and events are the live map's own). Two sizes: the framing is fitted to each.
    for width, height in ((1400, 1000), (1000, 900)):
        with checked_page(browser, width, height) as page:
            requested = _open_recording(page, streamlit_server)
            live = map_pixels(page)
            left, top, size = (float(v) for v in map_data(page)["posterBox"].split(","))
            page.evaluate(
                """([src, left, top, size]) => { const img = Object.assign(document.createElement("img"), { id: "again", src });
                  img.className = "atlas-map-poster";
                  Object.assign(img.style, { left: left + "px", top: top + "px", width: size + "px", height: size + "px" });
                  document.querySelector(".atlas-map").appendChild(img); }""",
                [requested[0], left, top, size],
            )
            page.wait_for_function("() => document.getElementById('again').complete")
            page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
            shown = np.asarray(Image.open(io.BytesIO(page.locator(f"{MAP} canvas").screenshot())).convert("RGB"))
            agree = (np.abs(live - shown.astype(int)).sum(axis=2) < 60).mean()
            assert agree > 0.8, f"at {width}x{height} only {agree:.0%} of the map's pixels agree with its picture"


def test_a_link_framing_a_small_region_asks_for_no_picture(browser, streamlit_server, default_poster):
    # Northern Norway at about 1 km a pixel: the picture would be blown up past any use.
    with checked_page(browser) as page:
        requested = _open_recording(page, streamlit_server, "?view=800000,-1200000,-10")
        assert requested == [], f"a picture was fetched for a zoomed-in view: {requested}"
        assert "poster" not in map_data(page)


def test_the_picture_gives_way_when_a_rerun_comes_before_the_map_is_drawn(browser, streamlit_server, default_poster):
    # The layer descriptions are held back until a rerun has reached the page: the map is then first
    # drawn with the rerun's arguments, which carry no picture, and must still take over the one the
    # first bundle put on the page (left behind, it would cover the live map's labels).
    held = []
    with checked_page(browser) as page:
        page.route("**/described-*.json", lambda route: held.append(route))
        page.goto(streamlit_server)
        page.wait_for_selector(f"{MAP} .atlas-map-poster", state="attached", timeout=90_000)
        page.keyboard.press("r")  # Streamlit's rerun shortcut
        page.wait_for_function(
            "() => [...document.querySelectorAll('[data-testid=stStatusWidget]')].length === 0", timeout=30_000
        )
        page.wait_for_timeout(1500)  # the rerun's arguments have reached the component
        assert held, "the layer descriptions were never asked for"
        for route in held:
            route.continue_()
        page.unroute("**/described-*.json")
        page.wait_for_function(f"() => document.querySelector('{MAP}').dataset.poster === 'dropped'", timeout=90_000)
        assert page.locator(f"{MAP} .atlas-map-poster").count() == 0, "the first bundle's picture was left on the map"
