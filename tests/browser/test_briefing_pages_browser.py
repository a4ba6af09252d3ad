"""The States, Routes, Resources and Ingest pages as a briefer sees them: a real server in
headless Chromium, each page's polar map drawn.

Pixels are read from screenshots of the map's canvas and classified by the colours the pages
draw with (route colours, the registry's state colours).
"""

from __future__ import annotations

import time
from urllib.parse import urlparse

import pytest

from dashboard.profiles.route_map import COMPUTED_ROUTE_COLORS
from geodata.catalog.political import STATE_COLORS

from .atlas_map import MAP, colour_mask, map_pixels, wait_until_drawn

pytestmark = pytest.mark.browser


def open_page(page, url: str) -> None:
    page.goto(url)
    wait_until_drawn(page)
    page.locator(MAP).scroll_into_view_if_needed()


def count_colour(page, rgb, tolerance: int = 12) -> int:
    """How many pixels of the map are within ``tolerance`` of ``rgb``."""
    return int(colour_mask(map_pixels(page), rgb, tolerance).sum())


def wait_for_colour(page, rgb, at_least: int, timeout_s: float = 30.0) -> int:
    """Poll the map until ``at_least`` pixels have colour ``rgb``; return the last count.

    The page may still reframe the camera after its first frame (a rerun with the link's state)."""
    deadline = time.monotonic() + timeout_s
    while True:
        count = count_colour(page, rgb)
        if count >= at_least or time.monotonic() > deadline:
            return count
        page.wait_for_timeout(300)


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


def console_errors(page) -> list[str]:
    """Start collecting the page's console errors; the list fills as the test runs.

    Streamlit's own client first probes ``/<page>/_stcore/health`` and ``host-config`` (it cannot
    tell a page path from a base path) and logs the two 404s before it finds the server at the
    root; those are not the page's errors."""
    errors: list[str] = []

    def collect(message) -> None:
        source = urlparse(message.location.get("url") or "").path
        if message.type == "error" and not source.endswith(("/_stcore/health", "/_stcore/host-config")):
            errors.append(f"{message.text} ({source})")

    page.on("console", collect)
    return errors


@pytest.mark.parametrize("path", ["routes", "states", "resources"])
def test_page_draws_its_map_without_console_errors(page, streamlit_server, path):
    errors = console_errors(page)
    open_page(page, f"{streamlit_server}/{path}")
    pixels = map_pixels(page)
    assert pixels.shape[0] > 300 and pixels.shape[1] > 300, f"/{path}: the map is {pixels.shape[:2]} px"
    white = colour_mask(pixels, (255, 255, 255), 3).mean()
    assert white < 0.5, f"/{path}: {white:.0%} of the map is blank"
    assert errors == [], f"/{path}: console errors {errors}"


def test_ingest_draws_the_preview_map_without_console_errors(page, streamlit_server):
    errors = console_errors(page)
    page.goto(f"{streamlit_server}/ingest")
    page.locator("textarea").fill("Exercise\n\nRussia's Northern Fleet held exercises near Murmansk on Tuesday.\n")
    date = page.get_by_role("spinbutton", name="year, Publication date")
    date.click()
    page.keyboard.type("20250227")
    page.keyboard.press("Tab")
    page.get_by_role("button", name="Extract events").click()
    page.get_by_text("1 events on the map").wait_for(timeout=60_000)
    wait_until_drawn(page, f".st-key-ingest_preview {MAP}")
    pixels = map_pixels(page, f".st-key-ingest_preview {MAP}")
    assert colour_mask(pixels, (255, 255, 255), 3).mean() < 0.5, "the preview map is blank"
    assert errors == [], f"/ingest: console errors {errors}"
