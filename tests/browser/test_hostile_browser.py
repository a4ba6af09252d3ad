"""Hostile text in the store, shown by a real server in headless Chromium: nothing runs.

The store is filled with the corpus of tests/data/hostile (through extraction, the command
line import and the Ingest review table). Every page is opened; on the Map and Events pages
the hostile events are chosen, and the map is hovered across a grid so tooltips show. No
dialog may open, no element a payload describes may exist, no link may use ``javascript:``,
and the browser may fetch nothing from anywhere but the test server.
"""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from tests.hostile_corpus import fill_store

from .conftest import running_streamlit
from .widgets import choose, settle

pytestmark = pytest.mark.browser

PAGES = ["", "ingest", "events", "states", "routes", "resources", "sources"]
INJECTED = (
    "[id^=atlas-xss], img[src*='evil.example'], script[src*='evil.example'], link[href*='evil.example'], "
    "base[href*='evil.example'], iframe[srcdoc], iframe[src*='evil.example'], object, embed, form[action*='evil.example'], svg[onload], "
    "[onerror], [onload], [onfocus], [ontoggle]"
)
SCRIPT_LINKS = "a[href^='javascript:' i], a[href^='data:' i], a[href^='vbscript:' i], [src^='javascript:' i]"


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    """A ``streamlit run`` whose store holds the hostile corpus."""
    workdir = tmp_path_factory.mktemp("hostile")
    counts = fill_store(workdir / "events.sqlite")
    assert min(counts.values()) > 0
    with running_streamlit(workdir) as url:
        yield url


def hover_canvas(page) -> None:
    canvas = page.locator(".atlas-map canvas, [data-testid=stDeckGlJsonChart] canvas").first
    if not canvas.count():
        return
    box = canvas.bounding_box()
    for i in range(1, 8):
        for j in range(1, 8):
            page.mouse.move(box["x"] + box["width"] * i / 8, box["y"] + box["height"] * j / 8)
            page.wait_for_timeout(20)


def assert_nothing_ran(page, dialogs: list[str], foreign: list[str], where: str) -> None:
    assert dialogs == [], f"{where}: a payload opened a dialog: {dialogs}"
    assert page.locator(INJECTED).count() == 0, f"{where}: a payload became an element"
    assert page.locator(SCRIPT_LINKS).count() == 0, f"{where}: a javascript:/data: link exists"
    assert foreign == [], f"{where}: fetched from a foreign address: {foreign[:5]}"


def test_hostile_text_never_runs_on_any_page(page, hostile_server):
    dialogs: list[str] = []
    foreign: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    def watch(request) -> None:
        url = urlparse(request.url)
        if url.scheme in ("http", "https", "ws", "wss") and url.hostname not in ("127.0.0.1", "localhost"):
            foreign.append(request.url)

    page.on("request", watch)
    for path in PAGES:
        page.goto(f"{hostile_server}/{path}")
        settle(page, 2500)
        assert_nothing_ran(page, dialogs, foreign, f"/{path}")
        if path == "":
            hover_canvas(page)
            choose(page, "Event details", "NOR:")
            # The rerun that draws the details may start after settle() saw an idle page (busy CI
            # machine): wait for the panel rather than count it once.
            expect(page.locator(".st-key-event_details")).to_have_count(1, timeout=30_000)
            choose(page, "Event details", "RUS:")
            hover_canvas(page)
        elif path == "events":
            choose(page, "Event", "NOR:")
            choose(page, "Event", "RUS:")
            expect(page.locator("[data-testid=stMain]")).to_contain_text("Mark verified", timeout=30_000)
        assert_nothing_ran(page, dialogs, foreign, f"/{path} after choosing events")
