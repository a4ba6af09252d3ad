"""A session's first visit to the Map draws the header and the map first, and the rest of the page
(side column, events panel) on the rerun the map's first complete frame starts
(``dashboard.ui.map_layout.map_first``); a browser that never draws gets the rest after
``REST_FALLBACK_S``. AppTest sessions get the whole page at once (tests/test_pages.py covers it)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

from dashboard.bench import CHROMIUM, CHROMIUM_ARGS
from dashboard.ui.map_layout import REST_FALLBACK_S
from tests.browser.atlas_map import MAP, wait_until_drawn
from tests.browser.conftest import checked_page

# Before any page script: when the map first painted and when the legend first appeared, with the
# map's width at each (a side column filling in must not resize the map: that costs a redraw).
_WATCH = """
window.__firstVisit = {};
new MutationObserver(() => {
  const seen = window.__firstVisit, now = performance.now(), map = document.querySelector('.atlas-map');
  if (map && map.dataset.painted && seen.painted === undefined) Object.assign(seen, { painted: now, paintedWidth: map.clientWidth });
  if (document.querySelector('.st-key-map_legend') && seen.legend === undefined) Object.assign(seen, { legend: now, legendWidth: map && map.clientWidth });
}).observe(document, { subtree: true, childList: true, attributes: true });
"""


def test_a_first_visit_draws_the_map_then_the_rest_without_resizing_it(browser, streamlit_server):
    with checked_page(browser) as page:
        page.context.add_init_script(_WATCH)
        page.goto(f"{streamlit_server}/map?feature=states:3")
        wait_until_drawn(page)
        page.locator(".st-key-map_legend").wait_for(timeout=30_000)
        page.locator(".st-key-feature_details").wait_for(timeout=30_000)  # the link's feature, on a first visit
        seen = page.evaluate("window.__firstVisit")
        assert seen["legend"] > seen["painted"], seen
        assert seen["legendWidth"] == seen["paintedWidth"], seen
        assert parse_qs(urlparse(page.url).query)["feature"] == ["states:3"]
        # The first paint's milestones, in order (benchmarks/first_visit.py reads them).
        marks = page.evaluate(
            "Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]))"
        )
        for chain in (_STARTED, _DRAWN):
            times = [marks[f"atlas:{name}"] for name in chain]
            assert times == sorted(times), marks


_STARTED = ("boot", "bundle-evaluated", "deck-created", "webgl-ready", "complete-frame-issued")
_DRAWN = ("data-decoded", "layers-built", "complete-frame-issued", "first-frame-drawn")


def test_a_browser_without_webgl_still_gets_the_whole_page(browser, streamlit_server):
    no_webgl = browser.browser_type.launch(
        executable_path=CHROMIUM, headless=True, args=[*CHROMIUM_ARGS, "--disable-webgl", "--disable-3d-apis"]
    )
    try:
        page = no_webgl.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(f"{streamlit_server}/map")
        page.locator(MAP).wait_for(timeout=60_000)
        page.locator(".st-key-map_legend").wait_for(timeout=(REST_FALLBACK_S + 30) * 1000)
        assert page.get_by_text("Feature details").count() == 1
    finally:
        no_webgl.close()
