"""Links that reopen a view: the layers and the camera kept in the URL, deep links as a fresh
server's first visit, the app root showing the Map (real ``streamlit run``, headless Chromium)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

from dashboard.briefing.store import SavedStore
from dashboard.events import CATEGORIES, EventStore

from .atlas_map import (
    MAP,
    SWITCHER,
    chart_pixels,
    map_frame,
    open_map,
    state_mask,
    wait_for_pixels,
    wait_until_drawn,
)
from .conftest import running_streamlit_servers, unlock_editing

pytestmark = pytest.mark.browser


def test_link_with_layers_reopens_the_same_map(page, streamlit_server):
    open_map(page, streamlit_server, "?layers=land,arctic_circle")
    page.wait_for_function(  # the link's layers are the ones drawn, the states not among them
        f"() => {{ const v = document.querySelector('{MAP}').dataset.visible.split(','); "
        "return v.includes('land') && v.includes('arctic_circle') && !v.includes('states'); }",
        timeout=30_000,
    )
    wait_until_drawn(page)
    pixels = chart_pixels(page)
    assert state_mask(pixels, "RUS").sum() < 50
    page.locator(SWITCHER).locator("summary").click()
    ticked = page.locator(f"{SWITCHER} input:checked")
    assert sorted(box.get_attribute("data-layer") for box in ticked.all()) == ["arctic_circle", "land"]


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


def test_the_app_root_is_the_map_with_the_links_layers(page, streamlit_server):
    open_map(page, streamlit_server, "?layers=land,ports")
    assert urlparse(page.url).path == "/"  # the Map itself, not a forward to /map
    layers = parse_qs(urlparse(page.url).query)["layers"][0]
    assert set(layers.split(",")) == {"land", "ports"}


def test_the_camera_goes_into_the_url_and_reopens(page, streamlit_server):
    open_map(page, streamlit_server)
    box = page.locator(MAP).bounding_box()
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
        arg=MAP,
        timeout=20_000,
    )
    wait_until_drawn(page)
    zoomed = chart_pixels(page)
    link = page.url
    fresh = page.context.browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    # Streamlit loads st.html's code lazily, and with it the Map page's compact-title CSS. On a
    # busy machine it once landed after the reopened map's last frame: the map's top rose 82 px
    # and the map stayed 82 px short (Denmark 276,383 px for 302,320). The code is held back here
    # until the map has drawn, so that every run takes that path.
    held = []
    fresh.route("**/static/js/Html.*.js", lambda route: held.append(route))
    open_map(fresh, streamlit_server, link[len(streamlit_server) + 1 :])  # a fresh session on the copied link
    assert held, "Streamlit asked for no static/js/Html.*.js: find the chunk that draws st.html and hold it instead"
    for route in held:
        route.continue_()
    reopened = wait_for_pixels(
        fresh,
        lambda p: (
            abs(int(state_mask(p, "DNK").sum()) - int(state_mask(zoomed, "DNK").sum()))
            < 0.05 * state_mask(zoomed, "DNK").sum()
        ),
    )
    assert state_mask(reopened, "DNK").sum() == pytest.approx(state_mask(zoomed, "DNK").sum(), rel=0.05), (
        f"zoomed: {map_frame(page)}; reopened: {map_frame(fresh)}"
    )
    fresh.context.close()


def test_event_filters_open_from_their_button_and_stay_in_the_link(page, streamlit_server):
    # The filters sit in a popover: closed, its slider and multiselects are not drawn (the page
    # loads their code only when they are opened), and the link's choice still holds.
    open_map(page, streamlit_server, "?events_categories=military,diplomacy&events_actors=RUS")
    # .first: two elements of the page match this with Streamlit 1.67 (the second has no name)
    button = page.get_by_test_id("stPopoverButton").filter(has_text="Filters:").first
    assert f"2 of {len(CATEGORIES)} categories" in button.inner_text() and "1 actor" in button.inner_text()
    assert page.locator("[data-testid=stMultiSelect]").count() == 0
    button.click()
    categories = page.locator("[data-testid=stMultiSelect]").filter(has_text="Categories")
    categories.wait_for(timeout=30_000)
    assert "diplomacy" in categories.inner_text() and "military" in categories.inner_text()
    categories.locator("input").click()
    page.keyboard.press("Backspace")  # drops the last category chosen
    page.wait_for_function(
        "() => new URLSearchParams(location.search).get('events_categories') === 'diplomacy'", timeout=30_000
    )
    # The link changes first; the rerun that redraws the button may follow a moment later.
    expect(button).to_contain_text(f"1 of {len(CATEGORIES)} categories", timeout=30_000)
    assert parse_qs(urlparse(page.url).query)["events_actors"] == ["RUS"]


def test_an_editor_saves_the_maps_view_from_its_button(page, streamlit_server):
    # "Save this view" sits in a popover: closed, its text inputs and button are not drawn, so the
    # first visit does not load their code before the map mounts. Opened, it saves the view shown.
    open_map(page, streamlit_server, "?layers=land,ports")
    assert page.locator("[data-testid=stTextInput]").count() == 0
    unlock_editing(page)
    page.get_by_test_id("stPopoverButton").filter(has_text="Save view").first.click()
    page.get_by_label("View name").fill("Ports from the Map button")
    page.get_by_label("Title (optional)").fill("Ports <b>& harbours</b>")
    page.get_by_role("button", name="Save this view").last.click()
    page.get_by_text("Saved the view 'Ports from the Map button'").wait_for(timeout=30_000)
    saved = SavedStore(EventStore(streamlit_server.log_path.parent / "events.sqlite")).view("Ports from the Map button")
    assert saved is not None and set(saved.layers) == {"land", "ports"}
    assert saved.title == "Ports <b>& harbours</b>"  # kept as typed: shown escaped wherever it is drawn
