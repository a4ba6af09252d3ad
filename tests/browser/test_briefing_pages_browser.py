"""The States and Routes pages as a briefer sees them: a real server in headless Chromium.

Pixels are read from screenshots of the deck canvas and classified by the colours the pages
draw with (route colours, the registry's state colours).
"""

from __future__ import annotations

import io
import time

import numpy as np
import pytest
from PIL import Image

from dashboard.profiles.route_map import COMPUTED_ROUTE_COLORS
from geodata.catalog.political import STATE_COLORS

pytestmark = pytest.mark.browser

CHART = "[data-testid=stDeckGlJsonChart]"


def open_page(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(f"{CHART} canvas", timeout=90_000)
    page.locator(CHART).scroll_into_view_if_needed()


def count_colour(page, rgb, tolerance: int = 12) -> int:
    """How many pixels of the map are within ``tolerance`` of ``rgb``."""
    png = page.locator(CHART).screenshot()
    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
    return int((np.abs(pixels - np.array(rgb[:3])).max(axis=2) <= tolerance).sum())


def wait_for_colour(page, rgb, at_least: int, timeout_s: float = 30.0) -> int:
    """Poll the map until ``at_least`` pixels have colour ``rgb``; return the last count."""
    deadline = time.monotonic() + timeout_s
    while True:
        count = count_colour(page, rgb)
        if count >= at_least or time.monotonic() > deadline:
            return count
        page.wait_for_timeout(500)


def test_routes_draws_both_routes_and_the_saving(page, streamlit_server):
    open_page(page, f"{streamlit_server}/routes")
    saving = page.locator("[data-testid=stMetric]").filter(has_text="Saving with the Arctic route")
    saving.wait_for(timeout=60_000)
    assert saving.locator("[data-testid=stMetricValue]").inner_text().strip() == "33%"
    # The NSR runs for thousands of km on the map; the Suez route's northern stretch (Rotterdam
    # to 40°N off Portugal) is shorter but clearly drawn.
    assert wait_for_colour(page, COMPUTED_ROUTE_COLORS["arctic"], 1500) >= 1500, "Arctic route not drawn"
    assert count_colour(page, COMPUTED_ROUTE_COLORS["conventional"]) >= 150, "conventional route not drawn"
    legend = page.locator(".route-legend").inner_text()
    assert "Northern Sea Route" in legend and "Suez Canal" in legend


def test_states_opens_norway_from_the_link(page, streamlit_server):
    open_page(page, f"{streamlit_server}/states?state=NOR")
    page.get_by_role("heading", name="Norway").wait_for(timeout=60_000)
    eez = page.locator("[data-testid=stMetric]").filter(has_text="EEZ area")
    assert "disputed" in eez.inner_text()
    # Zoomed to Norway: its colour fills a good part of the map (at the whole-Arctic zoom
    # Norway covers about 1,300 pixels, zoomed to it about 11,000).
    assert wait_for_colour(page, STATE_COLORS["NOR"], 4000) >= 4000
