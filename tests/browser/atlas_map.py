"""Reading the polar map component in a browser test: when it has drawn, and what it drew.

The component's root (``.atlas-map``) carries what the map shows as ``data-*`` attributes:
``data-visible`` (layer ids shown), ``data-loaded-layers`` (layers whose data has arrived),
``data-camera`` (``x,y,zoom`` as in ``?view=``) and ``data-painted`` (a counter deck.gl
advances after every frame). Tests wait on those instead of sleeping, then read the pixels of
the drawn canvas from a screenshot (deck.gl keeps no drawing buffer to read back).
"""

from __future__ import annotations

import io

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


def wait_until_drawn(page, selector: str = MAP, timeout_ms: int = 90_000) -> None:
    """Wait until every visible layer's data has arrived and the frame drawing it is painted."""
    page.wait_for_selector(f"{selector} canvas", timeout=timeout_ms)
    page.wait_for_function(_ALL_VISIBLE_LOADED, arg=selector, timeout=timeout_ms)
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
