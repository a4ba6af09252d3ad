"""Arctic-wide and country-level events are listed beside the map, never drawn at a false point."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dashboard.events import EventStore, extract_events
from dashboard.safe_text import escape_markdown
from tests.helpers import shown_map_layers

REPO_ROOT = Path(__file__).resolve().parent.parent

#: An article naming the Arctic as a whole, whole countries and one town.
ARTICLE = (
    "Norway tightens its Arctic policy. OSLO, 3 March 2025. Norway announced on Monday that it would "
    "raise its defence budget for the High North. The Arctic Council resumed its working groups across "
    "the Arctic on Tuesday, officials said. Russia said on Wednesday it would hold naval exercises in northern Russia. "
    "A Russian trawler was detained in Tromsø on Thursday, the coast guard said."
)


@pytest.fixture
def ingested() -> list:
    """The article's extracted events, saved to the (per-test) store like the Ingest page does."""
    events = extract_events(
        ARTICLE, date(2025, 3, 3), title="Arctic policy", outlet="Test", url="https://example.org/a"
    )
    store = EventStore()
    article_id = store.add_article("Arctic policy", "Test", "https://example.org/a", date(2025, 3, 3), ARTICLE)
    store.save_events(events, article_id)
    return events


def test_arctic_wide_and_country_events_are_listed_not_drawn(ingested, run_page):
    unplaced = [e for e in ingested if e.geo_precision in ("arctic", "country")]
    placed = [e for e in ingested if e.geo_precision not in ("arctic", "country")]
    assert unplaced and placed, [(e.place, e.geo_precision) for e in ingested]
    at = run_page("app_pages/map.py", {"events": "on"})
    assert not at.exception, at.exception
    drawn_ids = {row["feature"] for row in shown_map_layers(at)["events"]["rows"]}
    assert {e.event_id for e in placed} <= drawn_ids
    assert not drawn_ids & {e.event_id for e in unplaced}, "an Arctic-wide or country event was drawn at a point"
    page = " ".join(m.value for m in at.markdown)
    assert "Arctic-wide and country-level events" in page
    stored = EventStore().query()
    n_arctic = int((stored["geo_precision"] == "arctic").sum())  # the seed article's too
    n_russia = int(((stored["geo_precision"] == "country") & (stored["place"] == "Russia")).sum())
    assert escape_markdown(f"Arctic-wide {n_arctic}, Russia {n_russia}") in page
    listed = {e.label for e in at.expander}
    assert escape_markdown(f"Arctic-wide — {n_arctic} events") in listed
    assert escape_markdown(f"Russia — {n_russia} event{'s' if n_russia != 1 else ''}") in listed
    assert any("Arctic-wide or country-level" in c.value for c in at.caption)
