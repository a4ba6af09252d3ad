"""Present mode and view links as a briefer uses them: a real server in headless Chromium.

Present mode must work on a 1920×1080 projector and a 1366×768 laptop: the map and the slide
title on the whole window, no sidebar and no Streamlit chrome, nothing pushed off the screen,
and the keys a presenter's clicker sends move between slides. A view link opened in a fresh
browser shows the same layers and camera, and the same land in the same place.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import parse_qs, urlparse

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import Point

import geodata
from dashboard.briefing import Briefing, Slide, View
from dashboard.briefing.links import present_link, view_query_string
from dashboard.briefing.model import FeatureRef
from dashboard.briefing.store import SavedStore
from dashboard.events import EventStore
from dashboard.events.filters import EventsViewState
from dashboard.events.seed import seed_article_and_events
from dashboard.map.deck import PolarView, project_for_display
from dashboard.map.payload import HIGHLIGHT_PROPS

from .atlas_map import MAP, colour_mask, map_data, map_pixels, placed_labels, state_label_problems, wait_until_drawn
from .conftest import checked_page

pytestmark = pytest.mark.browser

SCREENS = [(1920, 1080), (1366, 768)]
TITLE = ".st-key-present_title h1"
COUNTER = ".st-key-present_counter"
FOOTER = ".st-key-present_footer"


@pytest.fixture
def screen_page(browser, request):
    """A fresh page of the size ``request.param`` (width, height) that fails on page errors."""
    with checked_page(browser, *request.param) as page:
        yield page


def box(page, selector: str) -> dict[str, float]:
    found = page.locator(selector).first.bounding_box()
    assert found is not None, f"{selector} is not shown"
    return found


def counter(page) -> str:
    return page.locator(COUNTER).inner_text().strip()


def slide_in_url(page) -> str:
    return parse_qs(urlparse(page.url).query).get("slide", [""])[0]


def wait_for_slide(page, number: int, total: int) -> None:
    """Wait until slide ``number`` is shown (counter and ``?slide=``) and its map is drawn."""
    page.locator(COUNTER).filter(has_text=f"{number} / {total}").wait_for(timeout=30_000)
    page.wait_for_function(f"new URLSearchParams(location.search).get('slide') === '{number}'", timeout=30_000)
    wait_until_drawn(page)


def assert_slide_fits(page, where: str) -> None:
    """Title, map and footer stacked on the window with nothing cut off or scrolled away."""
    width, height = page.viewport_size["width"], page.viewport_size["height"]
    title, canvas, footer = box(page, TITLE), box(page, f"{MAP} canvas"), box(page, FOOTER)
    assert title["y"] >= 0 and title["height"] >= 28, f"{where}: title {title}"
    assert title["y"] + title["height"] <= canvas["y"] + 1, f"{where}: the title overlaps the map"
    assert canvas["y"] + canvas["height"] <= footer["y"] + 1, f"{where}: the footer overlaps the map"
    assert footer["y"] + footer["height"] <= height + 1, f"{where}: the footer runs off the window {footer}"
    assert canvas["x"] >= 0 and canvas["x"] + canvas["width"] <= width + 1, f"{where}: the map is cut off"
    # The map takes the window less the title row and the footer (no talking points here).
    assert canvas["width"] >= 0.95 * width, f"{where}: map {canvas['width']:.0f} px wide of {width}"
    assert canvas["height"] >= height - 200, f"{where}: map {canvas['height']:.0f} px tall of {height}"
    scroll = page.evaluate("[document.documentElement.scrollHeight, document.documentElement.scrollWidth]")
    assert scroll[0] <= height + 1 and scroll[1] <= width + 1, f"{where}: the page scrolls ({scroll})"


@pytest.mark.parametrize("screen_page", SCREENS, indirect=True, ids=["1920x1080", "1366x768"])
def test_present_mode_fills_the_screen_with_map_and_title(screen_page, streamlit_server, tmp_path):
    page = screen_page
    size = f"{page.viewport_size['width']}x{page.viewport_size['height']}"
    page.goto(f"{streamlit_server}/present")
    page.locator(COUNTER).wait_for(timeout=90_000)
    total = int(counter(page).split("/")[1])
    assert total >= 3, "the presets should give several slides"
    wait_for_slide(page, 1, total)
    assert page.locator("[data-testid=stSidebar]").count() == 0, "present mode shows a sidebar"
    for chrome in ("header[data-testid=stHeader]", "[data-testid=stToolbar]", "[data-testid=stSidebarNav]"):
        assert not page.locator(chrome).first.is_visible(), f"{chrome} is shown in present mode"
    for number in range(1, total + 1):  # every preset slide, its own footer length included
        if number > 1:
            page.keyboard.press("ArrowRight")
            wait_for_slide(page, number, total)
        page.screenshot(path=tmp_path / f"present_{size}_slide{number}.png")
        assert_slide_fits(page, f"{size} slide {number}")
        pixels = map_pixels(page)
        assert colour_mask(pixels, (255, 255, 255), 3).mean() < 0.5, f"{size} slide {number}: the map is blank"
        # Every state with a sizeable part on the slide is named, on that part, and the names
        # keep clear of each other and of the edge (a zoomed preset moves them off the
        # registry's label points, which may lie outside the view).
        problems = state_label_problems(placed_labels(page))
        assert not problems, f"{size} slide {number}: {problems}"


def server_store(streamlit_server) -> SavedStore:
    """The shared test server's store, written as the app writes it (names of this module's own)."""
    return SavedStore(EventStore(streamlit_server.log_path.parent / "events.sqlite"))


#: A stored briefing's name with characters a URL gives meaning to (& + ? ; spaces) and non-ASCII.
ODD_BRIEFING = "Kola & Bering: Q&A + notes? (v2); Ålesund’s"


def test_clicker_keys_move_between_slides_of_a_stored_briefing_opened_by_its_link(page, streamlit_server):
    slides = tuple(
        Slide(View(("land",), camera=PolarView(x=x, y=y, zoom=-12.5)), f"Slide {n}: {place}")
        for n, (place, x, y) in enumerate(
            [
                ("Pole", 0, 0),
                ("Kola", 1_300_000, 200_000),
                ("Bering", 100_000, -2_000_000),
                ("GIUK", 500_000, 2_500_000),
                ("Svalbard", 1_150_000, -650_000),
                ("Beaufort", -2_000_000, 200_000),
            ],
            start=1,
        )
    )
    server_store(streamlit_server).save_briefing(Briefing(ODD_BRIEFING, slides), replace=True)
    page.goto(f"{streamlit_server}/{present_link(ODD_BRIEFING, 2)}")  # as the Briefing page shows it
    page.locator(COUNTER).wait_for(timeout=90_000)
    total = int(counter(page).split("/")[1])
    assert total == len(slides), "the link did not open the stored briefing"
    wait_for_slide(page, 2, total)
    title_two = page.locator(TITLE).inner_text()
    assert title_two == slides[1].title
    assert parse_qs(urlparse(page.url).query)["briefing"] == [ODD_BRIEFING]  # the name survives the URL
    for key, number in [("ArrowRight", 3), ("ArrowLeft", 2), ("PageDown", 3), ("PageUp", 2), ("PageUp", 1)]:
        page.keyboard.press(key)
        wait_for_slide(page, number, total)
        assert slide_in_url(page) == str(number), f"{key}: ?slide= is {slide_in_url(page)}"
    # Quick presses, as a clicker sends them, each count once: Page Up on the first slide stays
    # there, then three nexts go three slides on. Slide 5 is not the last, so a press lost while
    # another one's rerun runs leaves the counter short of it and a press counted twice takes it
    # past (the final slide would stop there and hide that).
    page.keyboard.press("PageUp")
    page.keyboard.press("ArrowRight")
    wait_for_slide(page, 2, total)
    assert page.locator(TITLE).inner_text() == title_two
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    wait_for_slide(page, 5, total)
    assert page.locator(TITLE).inner_text() == slides[4].title


def svalbard_point() -> Point:
    """A point inside Svalbard's largest island, in the polar CRS (metres)."""
    land = geodata.layer("land").to_crs(geodata.POLAR_CRS).explode(index_parts=False)
    near = gpd.GeoSeries([Point(17.0, 78.7)], crs=4326).to_crs(geodata.POLAR_CRS).iloc[0]
    island = land[land.intersects(near.buffer(80_000))].geometry
    return max(island, key=lambda shape: shape.area).representative_point()


def land_around_centre(pixels: np.ndarray, land_rgb, half: int = 60) -> np.ndarray:
    rows, cols = pixels.shape[0] // 2, pixels.shape[1] // 2
    return colour_mask(pixels[rows - half : rows + half, cols - half : cols + half], land_rgb, 8)


def outline_around(pixels: np.ndarray, centre: tuple[float, float], radius_px: float) -> float:
    """The share of 36 points on a circle of ``radius_px`` around ``centre`` (column, row) that
    are near-black: the highlight ring's colour (Python's HIGHLIGHT_PROPS)."""
    ring = np.array(HIGHLIGHT_PROPS["getLineColor"][:3])
    hits = 0
    for angle in np.linspace(0, 2 * np.pi, 36, endpoint=False):
        col, row = round(centre[0] + radius_px * np.cos(angle)), round(centre[1] + radius_px * np.sin(angle))
        hits += np.abs(pixels[row - 1 : row + 2, col - 1 : col + 2] - ring).max(axis=2).min() <= 30
    return hits / 36


def test_a_saved_views_link_reopens_layers_filters_camera_highlights_and_svalbard(browser, streamlit_server, tmp_path):
    """A view saved in the store as the Map's "Save this view" saves it (non-default layers, a
    date range, a category and an actor, the camera moved onto Svalbard, an event and a port
    highlighted), its link made as the Briefing page makes it, opened in the briefer's browser and
    again in a fresh one: the same layers, filters and camera, both highlights outlined, and
    Svalbard's land where it was."""
    land_rgb = geodata.layer_spec("land").style.fill
    spot = svalbard_point()
    helsinki = next(e for e in seed_article_and_events()[1] if e.place == "Helsinki")  # the store's seed events
    store = server_store(streamlit_server)
    store.save_view(
        "Svalbard link test",
        View(
            layers=("land", "graticule", "ports"),
            camera=PolarView(x=round(spot.x), y=round(spot.y), zoom=-11.5),
            events=EventsViewState(True, date(2018, 6, 1), date(2024, 12, 31), ("diplomacy",), ("RUS",)),
            highlighted_events=(helsinki.event_id,),
            highlighted_features=(FeatureRef("ports", "Longyearbyen"),),
            title="Svalbard link test",
        ),
        replace=True,
    )
    saved = store.view("Svalbard link test")
    link = f"{streamlit_server}/map?{view_query_string(saved)}"  # saved_views_section's page link
    asked = parse_qs(urlparse(link).query)
    shown = []
    for visit in range(2):  # the briefer's browser, then a fresh one opening the copied link
        with checked_page(browser) as page:
            page.goto(link)
            wait_until_drawn(page)
            page.wait_for_function(f"document.querySelector('{MAP}').dataset.highlighted === '2'", timeout=30_000)
            pixels = map_pixels(page)
            page.locator(MAP).screenshot(path=tmp_path / f"view_link_{visit}.png")
            heading = page.locator("h1").first.inner_text()
            shown.append((map_data(page), land_around_centre(pixels, land_rgb), page.url, pixels, heading))
            link = page.url  # the link as the app keeps it in the address bar
    for data, _land, url, pixels, heading in shown:
        assert set(data["visible"].split(",")) == {"ocean", "land", "graticule", "ports", "events"}
        assert data["camera"] == asked["view"][0] == f"{round(spot.x)},{round(spot.y)},-11.5"
        kept = parse_qs(urlparse(url).query)
        for key in ("layers", "view", "events", "events_from", "events_to", "events_categories", "events_actors"):
            assert kept.get(key) == asked[key], f"{key}: the app shows {kept.get(key)}, the link asked {asked[key]}"
        assert heading == "Svalbard link test"
        # The port's ring is drawn around it (the event's is off this close framing).
        port = project_for_display("ports").set_index("name").geometry["Longyearbyen"]
        scale = 2.0**-11.5  # pixels per metre at the view's zoom
        centre = (pixels.shape[1] / 2 + (port.x - spot.x) * scale, pixels.shape[0] / 2 - (port.y - spot.y) * scale)
        radius = HIGHLIGHT_PROPS["getRadius"]
        assert outline_around(pixels, centre, radius) > 0.6, "Longyearbyen is not outlined"
    (first, first_land, *_), (again, again_land, *_) = shown
    centre = first_land.shape[0] // 2
    probe = first_land[centre - 4 : centre + 5, centre - 4 : centre + 5]
    assert probe.mean() > 0.8, "Svalbard's land is not at the centre of the framed view"
    assert 0.1 < first_land.mean() < 0.9, "the framed region should show Svalbard's coast, land and sea"
    overlap = (first_land & again_land).sum() / max((first_land | again_land).sum(), 1)
    assert overlap > 0.95, f"Svalbard moved: {overlap:.0%} of its land pixels coincide"
