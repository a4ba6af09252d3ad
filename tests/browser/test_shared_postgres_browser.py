"""Two app servers sharing one PostgreSQL event database, as behind a load balancer.

Both ``streamlit run`` servers first show the Map (so each has cached the stored events);
then an analyst's save lands in the shared database through the Ingest page's code path, and
a fresh session on either server counts the new event. A deletion is seen by both in the
same way. Skips where no PostgreSQL server can be had (see
``tests/postgres_server.py``).
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from dashboard.events import Event, EventStore
from tests.postgres_server import fresh_schema_url

from .conftest import running_streamlit_servers

pytestmark = pytest.mark.browser

SUMMARY = "NOR: coast guard opened a shared-store test station in Longyearbyen"


def stored_event_count(page, base_url: str) -> int:
    """Open the Map in a fresh session and read how many stored events it says there are.

    The count does not depend on the base layers, so the Map opens with only the Arctic Circle and
    the events (a link naming layers hides the events unless it says ``events=on``): the browser
    is spared drawing the states' and zones' polygons six times."""
    page.goto(f"{base_url}/map?layers=arctic_circle&events=on")
    caption = page.get_by_text(re.compile(r"Events: \d+ of \d+ match the filters"))
    caption.wait_for(timeout=90_000)
    return int(re.search(r"of (\d+) match", caption.inner_text()).group(1))


def test_two_servers_on_one_postgresql_database_show_each_others_saves(postgres_database, browser, tmp_path_factory):
    url = fresh_schema_url(postgres_database)
    store = EventStore(url)  # created and seeded once, as the first server would
    with running_streamlit_servers(
        (tmp_path_factory.mktemp("server-a"), {"ATLAS_DB": url}),
        (tmp_path_factory.mktemp("server-b"), {"ATLAS_DB": url}),
    ) as (server_a, server_b):
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        try:
            seeded = len(store)
            assert stored_event_count(page, server_a) == stored_event_count(page, server_b) == seeded
            event = Event(
                event_id="ev-shared-store",
                event_date=date(2025, 3, 4),
                date_precision="day",
                summary=SUMMARY,
                category="military",
                actors=("NOR",),
                place="Longyearbyen",
                lat=78.22,
                lon=15.65,
                geo_precision="city",
                evidence="The coast guard opened the station on Tuesday.",
            )
            store.add_article_with_events(
                [event], title="Shared store", url="https://example.org/shared", published=date(2025, 3, 5), text="x y"
            )
            assert stored_event_count(page, server_b) == stored_event_count(page, server_a) == seeded + 1
            assert store.delete_event("ev-shared-store")
            assert stored_event_count(page, server_a) == stored_event_count(page, server_b) == seeded
        finally:
            context.close()
        assert not errors, f"uncaught errors in the page: {errors}"
