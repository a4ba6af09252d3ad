"""The Ingest and Events pages and the Map's events overlay, run through app.py under Streamlit's AppTest."""

from __future__ import annotations

import html
import json
from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.events import CATEGORY_COLORS, EventStore
from tests.helpers import query_param, shown_map_layers, table_with

SEED_COUNT = 8


def events_layer(at: AppTest) -> dict | None:
    """The map's "events" layer (``rows`` as ``data``) if it is shown, else None."""
    layer = shown_map_layers(at).get("events")
    return None if layer is None else {**layer, "data": layer["rows"]}


@pytest.fixture
def extracted(run_page, seed_text, grant_editor) -> AppTest:
    """The Ingest page, as an editor, after extracting the seed article dated 2025-02-27."""
    at = run_page("app_pages/ingest.py", grant=grant_editor)
    at.text_area(key="article_text").input(seed_text)
    at.date_input(key="article_published").set_value(date(2025, 2, 27))
    at.text_input(key="article_url").input("https://example.org/seed")
    at.button(key="extract").click().run()
    assert not at.exception, at.exception
    return at


# -- Ingest ----------------------------------------------------------------------------
def test_ingesting_the_seed_article_fills_the_editor_and_save_stores_it(extracted, seed_text):
    table = extracted.data_editor[0].value
    assert len(table) >= 10
    assert {"Helsinki", "Istanbul"} <= set(table["place"])
    assert date(2018, 7, 16) in set(table["event_date"])
    assert not EventStore().query(start=date(2025, 2, 27)).shape[0] > 5, "saved before Save"
    extracted.button(key="save_events").click().run()
    assert not extracted.exception and not extracted.error
    assert any(s.value.startswith("Saved ") for s in extracted.success)
    store = EventStore()
    assert len(store) == SEED_COUNT + len(table)
    articles = store.articles()
    new = articles[articles["url"] == "https://example.org/seed"]
    assert len(new) == 1 and new["n_events"].iloc[0] == len(table)
    assert store.article(int(new["article_id"].iloc[0]))["text"] == seed_text
    assert "ingest_pending" not in extracted.session_state


def test_empty_text_is_an_error_and_nothing_changes(run_page):
    at = run_page("app_pages/ingest.py")
    at.date_input(key="article_published").set_value(date(2025, 2, 27))
    at.button(key="extract").click().run()
    assert "empty" in at.error[0].value
    assert "ingest_pending" not in at.session_state
    assert len(EventStore()) == SEED_COUNT


def test_binary_upload_is_an_error(run_page):
    at = run_page("app_pages/ingest.py")
    at.date_input(key="article_published").set_value(date(2025, 2, 27))
    at.get("file_uploader")[0].set_value(("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "text/plain"))
    at.button(key="extract").click().run()
    assert "binary" in at.error[0].value and "ingest_pending" not in at.session_state


def test_missing_publication_date_is_an_error(run_page):
    at = run_page("app_pages/ingest.py")
    at.text_area(key="article_text").input("Russia's Northern Fleet held exercises near Murmansk on Tuesday.")
    at.button(key="extract").click().run()
    assert "publication date" in at.error[0].value and "ingest_pending" not in at.session_state


def test_uploaded_html_file_is_extracted(run_page):
    at = run_page("app_pages/ingest.py")
    html = (
        b"<html><body><p>Russia's Northern Fleet held exercises near Murmansk on Tuesday.</p>"
        b"<script>alert(1)</script></body></html>"
    )
    at.get("file_uploader")[0].set_value(("fleet.html", html, "text/html"))
    at.date_input(key="article_published").set_value(date(2025, 2, 27))
    at.button(key="extract").click().run()
    table = at.data_editor[0].value
    assert "Murmansk" in set(table["place"]) and not any("alert" in e for e in table["evidence"])


_DATED_PAGE = (
    '<html><head><meta property="article:published_time" content="2024-03-04T09:30:00Z">'
    "<title>Nordic Response begins</title></head><body><article><p>NATO's Nordic Response exercise began "
    "on Monday in northern Norway, with soldiers from 13 countries taking part.</p></article>"
    "<footer>© 2025 Example Outlet</footer></body></html>"
)


def test_an_html_page_s_own_date_is_offered_and_fills_the_field_only_when_chosen(run_page):
    at = run_page("app_pages/ingest.py")
    at.text_area(key="article_text").input(_DATED_PAGE).run()
    assert at.date_input(key="article_published").value is None  # a suggestion, not a value
    assert any("2024-03-04" in c.value for c in at.caption)
    at.button(key="article_published_suggested").click().run()
    assert at.date_input(key="article_published").value == date(2024, 3, 4)
    at.button(key="extract").click().run()
    assert not at.error and at.session_state["ingest_pending"]["published"] == date(2024, 3, 4)


def test_pasted_text_s_byline_date_is_offered_and_fills_the_field_only_when_chosen(run_page):
    at = run_page("app_pages/ingest.py")
    at.text_area(key="article_text").input(
        "Nordic Response begins\nBy A. Reporter | 4 March 2024\n\nNATO's Nordic Response exercise began on "
        "Monday in northern Norway, with soldiers from 13 countries taking part."
    ).run()
    assert at.date_input(key="article_published").value is None  # a suggestion, not a value
    assert any("opening lines give 2024-03-04" in c.value for c in at.caption)
    at.button(key="article_published_suggested").click().run()
    assert at.date_input(key="article_published").value == date(2024, 3, 4)


def test_a_page_without_a_stated_date_offers_none_and_the_date_stays_required(run_page):
    at = run_page("app_pages/ingest.py")
    undated = _DATED_PAGE.replace('<meta property="article:published_time" content="2024-03-04T09:30:00Z">', "")
    at.text_area(key="article_text").input(undated).run()
    assert not any("metadata" in c.value for c in at.caption)  # not the footer's © year
    at.button(key="extract").click().run()
    assert "publication date" in at.error[0].value and "ingest_pending" not in at.session_state


def test_a_row_with_an_absurd_date_blocks_the_save_and_is_named(extracted):
    pending = dict(extracted.session_state["ingest_pending"])
    frame = pending["frame"].copy()
    frame.loc[2, "event_date"] = date(3000, 1, 1)
    extracted.session_state["ingest_pending"] = pending | {"frame": frame}
    extracted.run()
    extracted.button(key="save_events").click().run()
    message = extracted.error[0].value
    assert "Nothing was saved" in message and "Row 3" in message and "3000" in message
    assert len(EventStore()) == SEED_COUNT


# -- Map -------------------------------------------------------------------------------
def test_map_shows_the_seed_events_and_lists_those_outside_the_map(run_page):
    at = run_page("app_pages/map.py")
    layer = events_layer(at)
    # Five seed events are Arctic-wide (listed, not drawn) and one lies south of the map.
    assert layer is not None and len(layer["data"]) == SEED_COUNT - 6
    assert any("Helsinki" in d["tooltip"] for d in layer["data"])
    outside = [m.value for m in at.container(key="events_outside").markdown]
    assert len(outside) == 1 and outside[0].startswith("- ") and "\n- " not in outside[0]  # one event
    assert "**The Pentagon** (38.87°N)" in outside[0]
    # The legend lists the categories of the events drawn, and no other.
    legend = " ".join(h.proto.body for h in at.get("html"))
    colours = {tuple(d["fill"][:3]) for d in layer["data"]}
    drawn = {name for name, rgb in CATEGORY_COLORS.items() if tuple(rgb) in colours}
    assert drawn, "the drawn events' colours are no category's"
    for name in CATEGORY_COLORS:
        assert (f"&nbsp;{html.escape(name)}</div>" in legend) == (name in drawn), name
    assert query_param(at, "events") == "on"


def test_map_filters_narrow_the_events_and_travel_in_the_url(run_page):
    at = run_page("app_pages/map.py")
    at.multiselect(key="events_categories").set_value(["military"]).run()
    # Military red only (the seed's military events are Arctic-wide: listed, not drawn).
    assert {d["fill"][0] for d in events_layer(at)["data"]} <= {CATEGORY_COLORS["military"][0]}
    assert query_param(at, "events_categories") == "military"
    at.multiselect(key="events_categories").set_value(["diplomacy", "China presence"]).run()
    at.slider(key="events_dates").set_value((date(2025, 1, 1), date(2025, 2, 27))).run()
    dates = {d["tooltip"].split(" · ")[0] for d in events_layer(at)["data"]}
    assert dates == {"2025-02-27"}
    assert query_param(at, "events_from") == "2025-01-01"
    at.multiselect(key="events_actors").set_value(["CHN"]).run()
    assert all("CHN" in d["tooltip"] for d in events_layer(at)["data"])
    at.toggle(key="layer_events").set_value(False).run()
    assert events_layer(at) is None and query_param(at, "events") == "off"


def test_map_url_reopens_the_event_filters(run_page):
    at = run_page("app_pages/map.py", {"events_categories": "military", "events_actors": "NATO"})
    assert at.multiselect(key="events_categories").value == ["military"]
    assert {d["fill"][0] for d in events_layer(at)["data"]} <= {CATEGORY_COLORS["military"][0]}
    assert (
        run_page("app_pages/map.py", {"events": "off"}).get("bidi_component")
        and events_layer(run_page("app_pages/map.py", {"events": "off"})) is None
    )


def test_choosing_an_event_shows_its_evidence_and_source(run_page):
    at = run_page("app_pages/map.py")
    helsinki = next(d for d in events_layer(at)["data"] if "Helsinki" in d["tooltip"])
    at.selectbox(key="event_pick").select(helsinki["feature"]).run()
    text = " ".join(m.value for m in at.markdown)
    assert "Helsinki" in text and "“" in text and "known to the day" in text and "verified" in text
    assert at.get("link_button")[0].proto.url.startswith("https://www.arctictoday.com/")


# -- Events page -----------------------------------------------------------------------
def test_events_page_table_filters_and_downloads(run_page, downloads):
    at = run_page("app_pages/events.py")
    assert len(table_with(at, "event_id", "source_title")) == SEED_COUNT
    assert set(json.loads(downloads["arctic-atlas-events.geojson"][0])["features"][0]["properties"]) >= {
        "event_id",
        "summary",
        "evidence",
        "source_url",
    }
    at.multiselect(key="events_filter_categories").set_value(["military"]).run()
    table = table_with(at, "event_id", "source_title")
    assert set(table["category"]) == {"military"} and len(table) == 2
    csv_lines = downloads["arctic-atlas-events.csv"][0].decode().strip().splitlines()
    assert len(csv_lines) == 1 + 2 and all(",military," in line for line in csv_lines[1:])
    geojson = json.loads(downloads["arctic-atlas-events.geojson"][0])
    assert {f["properties"]["event_id"] for f in geojson["features"]} == set(table["event_id"])


def test_events_page_marks_verified_and_deletes(run_page, grant_editor):
    store = EventStore()
    first = store.query().iloc[0]["event_id"]
    store.update_event(first, verified=False)
    at = run_page("app_pages/events.py", grant=grant_editor)
    at.selectbox(key="events_filter_verified").select("Not yet reviewed").run()
    assert list(table_with(at, "event_id", "source_title")["event_id"]) == [first]
    at.selectbox(key="events_manage_pick").select(first).run()
    at.button(key="events_verify").click().run()
    assert EventStore().get_event(first).verified
    at.selectbox(key="events_filter_verified").select("All events").run()
    at.selectbox(key="events_manage_pick").select(first).run()
    at.checkbox(key="events_delete_confirm").check().run()
    at.button(key="events_delete").click().run()
    assert EventStore().get_event(first) is None and len(EventStore()) == SEED_COUNT - 1
