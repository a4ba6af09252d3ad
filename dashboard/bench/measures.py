"""The browser-side measures of ``python -m dashboard.bench``, one function each: a toggle timed
by the draw probe and by the older screenshot poll, bytes on the wire, one full redraw, a click.

Every function takes a Playwright page on a side (:class:`Side`) and returns milliseconds or
bytes; the draw probe (:mod:`dashboard.bench.draw_probe`) must be installed on the page's context.
"""

from __future__ import annotations

import statistics
import sys
import time
from dataclasses import dataclass

from dashboard.bench import draw_probe

__all__ = [
    "Meter",
    "Side",
    "ToggleTimes",
    "click_to_details",
    "redraw_cost",
    "toggle_by_probe",
    "toggle_by_screenshots",
]

#: The page is at rest when it has drawn nothing, received nothing and compiled no shader program
#: for this long (seconds): its last frame before that is the finished map.
SETTLED_S = 1.5
#: The layer every toggle ticks off and on again (its title in the switcher or sidebar).
TOGGLE_TITLE = "Arctic states"


@dataclass(frozen=True)
class Side:
    """One app under test: where its map is, how to tell its data has arrived, where its layer
    checkboxes are (and what to click first to show them), whether only its first paint is measured."""

    name: str
    script: str
    chart: str  # CSS selector of the map's element
    loaded_js: str  # true once the map has its layer data (a gate before waiting for rest)
    data_arrival_js: str  # page ms at which the map's layer data finished arriving
    old_painted_js: str  # the criterion used before the draw probe, kept for comparison
    toggles: str  # the layer checkboxes' labels
    open_toggles: str | None = None
    # page ms at which the map's own code first asked for anything (Streamlit's front end has mounted
    # the component by then); null for a side whose map has no such moment of its own
    mounted_js: str = "null"
    # only the first-paint figures (cold start, warm first paint, first-load bytes): no toggles, click or RSS
    paint_only: bool = False


class Meter:
    """Bytes and WebSocket timings seen by one page, through the Chrome DevTools Protocol."""

    def __init__(self, page):
        self.cdp = page.context.new_cdp_session(page)
        self.cdp.send("Network.enable")
        self.reset()
        self.cdp.on("Network.webSocketFrameReceived", self._frame_in)
        self.cdp.on("Network.webSocketFrameSent", self._frame_out)
        self.cdp.on("Network.responseReceived", self._response)
        self.cdp.on("Network.loadingFinished", self._finished)

    def reset(self) -> None:
        self.ws_in = 0
        self.http = 0
        self.map_http = 0
        self.urls: dict[str, str] = {}
        self.first_sent: float | None = None
        self.last_received: float | None = None

    def _frame_in(self, event) -> None:
        self.ws_in += len(event["response"]["payloadData"]) * 3 // 4  # base64 for binary frames
        self.last_received = time.perf_counter()

    def _frame_out(self, _event) -> None:
        if self.first_sent is None:
            self.first_sent = time.perf_counter()

    def _response(self, event) -> None:
        self.urls[event["requestId"]] = event["response"]["url"]

    def _finished(self, event) -> None:
        size = int(event.get("encodedDataLength", 0))
        self.http += size
        if "/app/static/" in self.urls.get(event["requestId"], ""):
            self.map_http += size


def shot(page, side: Side) -> bytes:
    """The map's pixels as a PNG screenshot (a clip of the page, not an element screenshot: that
    waits for the element to be "stable", which a busy baseline page may not be for 30 s)."""
    box = page.locator(side.chart).first.bounding_box()
    return page.screenshot(clip=box, animations="disabled") if box else b""


def _click_toggle(page, side: Side) -> None:
    page.locator(side.toggles).filter(has_text=TOGGLE_TITLE).first.click()


@dataclass(frozen=True)
class ToggleTimes:
    """One toggle timed by the draw probe, in ms from the press (pointerdown): to its first frame
    and to its last frame before rest, each drawn by the GPU process, the last frame's time when
    the page had merely handed it on (the next animation frame), and how many frames it drew."""

    finished_ms: float
    first_frame_ms: float
    handed_on_ms: float
    frames: int


def toggle_by_probe(page, side: Side) -> ToggleTimes | None:
    """Tick the layer and time the repaint with the draw probe: from the press to the last frame
    the page draws before it rests (every frame counts, a rerun's too). ``None`` when the map's
    pixels after rest equal those before the click: the toggle did not repaint."""
    before = shot(page, side)
    # A screenshot is a composite the GPU process renders in software after it returns; a click
    # at once would wait behind it (100-700 ms measured here): first let the frames run freely.
    draw_probe.wait_until_calm(page)
    since = draw_probe.page_now(page)
    _click_toggle(page, side)
    settled = draw_probe.settle(page, since, quiet_s=SETTLED_S, need_message=True, timeout_s=60)
    if shot(page, side) == before:
        return None
    return ToggleTimes(
        finished_ms=settled.since_input_ms(settled.last_frame),
        first_frame_ms=settled.since_input_ms(settled.batches[0]),
        handed_on_ms=settled.last_frame.presented - settled.input_at,
        frames=len(settled.batches),
    )


def toggle_by_screenshots(page, side: Side) -> float | None:
    """The measure used before the draw probe, kept to compare: from Playwright's click call
    (its actionability checks included) to the last change between successive screenshots of the
    map before SETTLED_S without one. Each screenshot is itself a software-rendered composite of
    the page (100-300 ms here), so the figure mostly measures the measuring. ``None`` when the
    pixels never changed."""
    previous = shot(page, side)
    start = time.perf_counter()
    _click_toggle(page, side)
    changed_at = None
    while time.perf_counter() - start < 60:
        pixels = shot(page, side)
        now = time.perf_counter()
        if pixels != previous:
            changed_at, previous = now, pixels
        elif changed_at is not None and now - changed_at >= SETTLED_S:
            break
    page.wait_for_timeout(500)  # let the rerun finish before the next toggle
    return None if changed_at is None else (changed_at - start) * 1000


def redraw_cost(page) -> dict:
    """One full redraw of the map as shown (default layers) and of an empty deck of the same size,
    each waited for with a pixel read-back, in milliseconds: the floor software WebGL sets."""
    cost = page.evaluate(
        """async () => {
          const url = performance.getEntriesByType('resource').map((e) => e.name).find((n) => n.includes('polar_map.js'));
          const bundle = await import(url);
          return await bundle.redrawCost(document.querySelector('.atlas-map'), 3);
        }"""
    )
    slowest = sorted(cost["layer_ms"].items(), key=lambda item: -item[1])[:3]
    print("redraw ms by layer (slowest):", ", ".join(f"{k} {v:,.0f}" for k, v in slowest), file=sys.stderr)
    return {"redraw_map_ms": cost["map_ms"], "redraw_empty_deck_ms": cost["empty_ms"]}


def click_to_details(page, side: Side, wait_painted) -> dict:
    """Milliseconds from the mouse-up on Finland (every default layer on) to its details shown."""
    import geopandas as gpd
    from shapely.geometry import Point

    page.goto(page.url.split("?")[0])
    wait_painted(page, side)
    page.wait_for_timeout(1000)
    finland = gpd.GeoSeries([Point(26.0, 64.0)], crs=4326).to_crs(3413).iloc[0]
    box = page.locator(".atlas-map canvas").first.bounding_box()
    # The camera the map shows (x,y,zoom in EPSG:3413 metres; the opening view is fitted to the map's size).
    cam_x, cam_y, zoom = (float(v) for v in page.locator(".atlas-map").get_attribute("data-camera").split(","))
    scale = 2**zoom
    x = box["x"] + box["width"] / 2 + (finland.x - cam_x) * scale
    y = box["y"] + box["height"] / 2 - (finland.y - cam_y) * scale
    clicks = []
    for _ in range(3):
        page.mouse.move(x, y)
        page.mouse.down()
        t0 = time.perf_counter()
        page.mouse.up()
        page.locator(".st-key-feature_details").filter(has_text="Finland").wait_for(timeout=60_000)
        clicks.append((time.perf_counter() - t0) * 1000)
        page.reload()
        wait_painted(page, side)
        page.wait_for_timeout(800)
    return {"click_p50_ms": statistics.median(clicks), "click_p95_ms": percentile(clicks, 0.95)}


def percentile(values: list[float], q: float) -> float:
    """The ``q`` quantile of ``values`` (nearest rank), NaN when empty."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")
