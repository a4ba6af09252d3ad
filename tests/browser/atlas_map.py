"""Reading the polar map component in a browser test: when it has drawn, and what it drew.

The component's root (``.atlas-map``) carries what the map shows as ``data-*`` attributes:
``data-visible`` (layer ids shown), ``data-loaded-layers`` (layers whose data has arrived),
``data-camera`` (``x,y,zoom`` as in ``?view=``), ``data-painted`` (a counter deck.gl
advances after every frame) and the labels drawn (``data-labels``, ``data-placement``). Tests
wait on those instead of sleeping, then read the pixels of the drawn canvas from a screenshot
(deck.gl keeps no drawing buffer to read back).
"""

from __future__ import annotations

import io
import itertools
import time
from urllib.parse import parse_qs, urlparse

import numpy as np
from PIL import Image

MAP = ".atlas-map"

_ALL_VISIBLE_LOADED = """(selector) => {
  const root = document.querySelector(selector);
  if (!root || !root.dataset.visible) return false;
  const loaded = new Set((root.dataset.loadedLayers || "").split(","));
  return root.dataset.visible.split(",").filter(Boolean).every((id) => loaded.has(id));
}"""
# deck.gl draws a change on its next animation frame: two frames later it has been painted.
_TWO_FRAMES = "() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))"


def map_data(page, selector: str = MAP) -> dict[str, str]:
    """The map root's ``data-*`` attributes (camelCase keys, as ``dataset`` gives them)."""
    return page.evaluate("(s) => Object.assign({}, document.querySelector(s)?.dataset || {})", selector)


def painted_count(page, selector: str = MAP) -> int:
    """How many frames the map has painted so far."""
    return int(map_data(page, selector).get("painted", 0))


def painted_when_still(page, still_ms: int = 2000, selector: str = MAP, timeout_ms: int = 30_000) -> int:
    """The map's painted-frame count once it has painted nothing for ``still_ms`` (labels placed,
    every rerun back and drawn)."""
    page.wait_for_function(_PLACED, arg=selector, timeout=timeout_ms)
    return page.evaluate(_PAINTED_WHEN_STILL, [selector, still_ms, timeout_ms])


_PAINTED_WHEN_STILL = """([s, still, timeout]) => new Promise((done, fail) => {
  const count = () => Number(document.querySelector(s).dataset.painted || 0);
  const start = performance.now();
  let last = count(), since = start;
  const poll = () => {
    const now = performance.now(), seen = count();
    if (seen !== last) { last = seen; since = now; }
    if (now - since >= still) return done(last);
    if (now - start > timeout) return fail(new Error('the map kept painting for ' + timeout + ' ms'));
    setTimeout(poll, 50);
  };
  poll();
})"""


def wait_until_drawn(page, selector: str = MAP, timeout_ms: int = 90_000) -> None:
    """Wait until every visible layer's data has arrived and the frame drawing it is painted."""
    page.wait_for_selector(f"{selector} canvas", timeout=timeout_ms)
    page.wait_for_function(_ALL_VISIBLE_LOADED, arg=selector, timeout=timeout_ms)
    # The stand-in picture of the base map (dashboard/briefing/poster.py) has given way to the live map.
    page.wait_for_function(
        "(s) => document.querySelector(s).dataset.poster !== 'shown'", arg=selector, timeout=timeout_ms
    )
    page.evaluate(_TWO_FRAMES)
    assert painted_count(page, selector) > 0, "the map has not painted a frame"


def wait_for_visible(page, layers: set[str], selector: str = MAP, timeout_ms: int = 30_000) -> None:
    """Wait until the map shows exactly ``layers`` and has drawn them."""
    page.wait_for_function(
        "([s, want]) => { const r = document.querySelector(s); return !!r && "
        "r.dataset.visible.split(',').filter(Boolean).sort().join() === want.sort().join(); }",
        arg=[selector, sorted(layers)],
        timeout=timeout_ms,
    )
    wait_until_drawn(page, selector, timeout_ms)


def map_frame(page, selector: str = MAP) -> str:
    """What frames the map, for a failure message: its ``data-camera``, its size and top (CSS px)
    and the URL's ``view``."""
    return page.evaluate(
        "(s) => { const r = document.querySelector(s), view = new URLSearchParams(location.search).get('view');"
        " return `camera ${r.dataset.camera}, ${r.clientWidth}x${r.clientHeight} px at top ${Math.round("
        "r.getBoundingClientRect().top)}, ?view=${view}`; }",
        selector,
    )


def visible_layers(page, selector: str = MAP) -> set[str]:
    """Layer ids the map shows (its ``data-visible``)."""
    return set(filter(None, map_data(page, selector).get("visible", "").split(",")))


def map_pixels(page, selector: str = MAP) -> np.ndarray:
    """RGB pixels of the map's canvas as drawn (H×W×3, int)."""
    png = page.locator(f"{selector} canvas").first.screenshot()
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)


def colour_mask(pixels: np.ndarray, rgb, tolerance: int = 14) -> np.ndarray:
    """Pixels within ``tolerance`` (per channel) of ``rgb``."""
    return np.abs(pixels - np.array(rgb[:3])).max(axis=2) <= tolerance


def solid_mask(pixels: np.ndarray, rgb, tolerance: int = 14) -> np.ndarray:
    """Pixels of colour ``rgb`` whose eight neighbours have it too: filled areas, not the
    anti-aliased edges of lines, labels and markers that happen to blend into that colour."""
    mask = colour_mask(pixels, rgb, tolerance)
    solid = mask.copy()
    solid[[0, -1], :] = False
    solid[:, [0, -1]] = False
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            solid[1:-1, 1:-1] &= mask[1 + dy : mask.shape[0] - 1 + dy, 1 + dx : mask.shape[1] - 1 + dx]
    return solid


_PLACED = """(s) => { const r = document.querySelector(s);
  return !!r && r.dataset.placement === 'placed' && r.dataset.labelsCamera === r.dataset.camera; }"""


def placed_labels(page, selector: str = MAP, timeout_ms: int = 30_000) -> dict:
    """The labels of a full placement for the camera shown (``data-placement`` "placed"):
    ``labels`` as ``[layer, text, left, top, width, height]`` (CSS px in the map), the map's
    ``width`` and ``height`` and its ``camera`` (x, y metres in EPSG:3413, zoom)."""
    page.wait_for_function(_PLACED, arg=selector, timeout=timeout_ms)
    found = page.evaluate(
        "(s) => { const r = document.querySelector(s); return {labels: JSON.parse(r.dataset.labels || '[]'),"
        " width: r.clientWidth, height: r.clientHeight, camera: r.dataset.camera}; }",
        selector,
    )
    found["camera"] = tuple(float(v) for v in found["camera"].split(","))
    return found


def boxes_overlap(a, b) -> bool:
    """Do two ``(left, top, width, height)`` boxes overlap?"""
    (al, at, aw, ah), (bl, bt, bw, bh) = a, b
    return al < bl + bw and bl < al + aw and at < bt + bh and bt < at + ah


def state_label_problems(placed: dict, *, tolerance_px: float = 4.0, sizeable_share: float = 0.02) -> list[str]:
    """What a viewer would fault in the state names of ``placed`` (from :func:`placed_labels`):
    a name whose box centre is not on its own state (within ``tolerance_px``), cut by the map's
    edge or overlapping another name, or a state covering more than ``sizeable_share`` of the
    map with no name. States are the registry's geometry, projected as the map does
    (OrthographicView, flipY false: 2^zoom pixels a metre, the camera at the map's middle)."""
    import shapely
    from shapely.geometry import box

    import geodata

    states = geodata.layer("states").to_crs(geodata.POLAR_CRS)
    shapes = dict(zip(states["map_label"], states.geometry))
    x, y, zoom = placed["camera"]
    width, height = placed["width"], placed["height"]
    scale = 2.0**zoom
    shown = box(x - width / 2 / scale, y - height / 2 / scale, x + width / 2 / scale, y + height / 2 / scale)
    names = {text: tuple(rest) for layer, text, *rest in placed["labels"] if layer == "states"}
    problems = []
    for text, (left, top, w, h) in names.items():
        centre = shapely.Point(x + (left + w / 2 - width / 2) / scale, y - (top + h / 2 - height / 2) / scale)
        off_by = shapes[text].distance(centre) * scale
        if off_by > tolerance_px:
            problems.append(f"{text} is {off_by:.0f} px off its state")
        if left < 0 or top < 0 or left + w > width or top + h > height:
            problems.append(f"{text} is cut by the map's edge")
    for (a, box_a), (b, box_b) in itertools.combinations(names.items(), 2):
        if boxes_overlap(box_a, box_b):
            problems.append(f"{a} overlaps {b}")
    for text, shape in shapes.items():
        share = shape.intersection(shown).area / shown.area
        if share > sizeable_share and text not in names:
            problems.append(f"{text} covers {share:.0%} of the map and has no name")
    return problems


#: The clicked feature's details (a container keyed ``feature_details``).
FEATURE_DETAILS = ".st-key-feature_details"
#: The map's own layer switcher.
SWITCHER = ".atlas-map-layers"


def open_map(page, base_url: str, query: str = "") -> None:
    """Open the app at ``base_url`` (with ``query``), whose root is the Map, and wait until
    every visible layer is loaded and painted."""
    page.goto(f"{base_url}/{query}")
    wait_until_drawn(page)  # every visible layer loaded and painted, no fixed sleep


def chart_pixels(page) -> np.ndarray:
    """RGB pixels of the map as rendered, switcher and buttons included (H×W×3)."""
    png = page.locator(MAP).screenshot()
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)


def state_mask(pixels: np.ndarray, iso3: str, tolerance: int = 14) -> np.ndarray:
    """Pixels of the registry's fill colour of state ``iso3``."""
    from geodata.catalog.political import STATE_COLORS

    return colour_mask(pixels, STATE_COLORS[iso3], tolerance)


def wait_for_pixels(page, condition, timeout_s: float = 30.0):
    """Poll the map's pixels until ``condition(pixels)`` holds; return the last pixels."""
    deadline = time.monotonic() + timeout_s
    while True:
        pixels = chart_pixels(page)
        if condition(pixels) or time.monotonic() > deadline:
            return pixels
        page.wait_for_timeout(500)


def toggle(page, title: str, close: bool = True) -> None:
    """Tick or untick a layer in the map's own switcher (opened for it, closed again after)."""
    switcher = page.locator(SWITCHER)
    if switcher.get_attribute("open") is None:
        switcher.locator("summary").click()
    switcher.locator("label").filter(has_text=title).first.click()
    if close:
        switcher.locator("summary").click()


def url_layers(page) -> set[str]:
    """The layers named in the page's ``?layers=``."""
    return set(parse_qs(urlparse(page.url).query, keep_blank_values=True).get("layers", [""])[0].split(","))
