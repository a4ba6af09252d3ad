"""The Streamlit-free logic behind the Ingest and Events pages and the Map's events overlay."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import pytest

from dashboard.events import (
    CATEGORIES,
    CATEGORY_COLORS,
    EventStore,
    Source,
    events_to_frame,
    extract_events,
    read_events_file,
)
from dashboard.events.filters import EventsViewState
from dashboard.events.overlay import (
    EVENT_LAYER_PROPS,
    EventFilter,
    category_legend_html,
    clicked_event_id,
    date_bounds,
    event_rows,
    filter_events,
    format_event_date,
    split_by_extent,
    with_source_counts,
)
from dashboard.events.review import (
    IngestError,
    RowErrors,
    article_text,
    check_published,
    check_url,
    editor_frame,
    preview_frame,
    rows_to_events,
    suggested_published,
)
from dashboard.events.table import downloads, monthly_counts, table_frame, timeline_chart
from dashboard.safe_text import escape_markdown, safe_url

SOURCE = Source(title="Test article", outlet="Test outlet", url="https://example.org/a", published=date(2025, 2, 27))
ARTICLE = (
    "Russia's Northern Fleet held exercises near Murmansk on Tuesday. "
    "Norway and the United States signed a defence agreement in Oslo on 20 February 2025."
)


@pytest.fixture
def seed_events() -> pd.DataFrame:
    """The seed article's 8 reviewed events, as the store returns them."""
    return EventStore().query()


@pytest.fixture
def extracted():
    """Events extracted from a two-sentence test article published 2025-02-27."""
    events = extract_events(ARTICLE, date(2025, 2, 27), title=SOURCE.title, outlet=SOURCE.outlet, url=SOURCE.url)
    assert len(events) >= 2
    return events


# -- ingest: input -------------------------------------------------------------------
def test_article_text_rejects_empty_binary_and_undecodable_input():
    with pytest.raises(IngestError, match="empty"):
        article_text("   \n ")
    with pytest.raises(IngestError, match="empty"):
        article_text("", b"", "a.txt")
    with pytest.raises(IngestError, match="binary"):
        article_text("", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.txt")
    with pytest.raises(IngestError, match="UTF-8"):
        article_text("", "Tromsø".encode("latin-1") * 3, "a.txt")


def test_article_text_prefers_the_upload_and_detects_its_format():
    assert article_text("pasted", b"<p>Hello</p>", "a.html") == ("<p>Hello</p>", "html")
    assert article_text("# Title\n\nBody text.")[1] == "markdown"
    assert article_text("Plain words.") == ("Plain words.", "text")


def test_publication_date_must_be_given_well_formed_and_not_in_the_future():
    assert check_published(date(2025, 2, 27)) == date(2025, 2, 27)
    assert check_published("2025-02-27") == date(2025, 2, 27)
    with pytest.raises(IngestError, match="publication date"):
        check_published(None)
    with pytest.raises(IngestError, match="YYYY-MM-DD"):
        check_published("27/02/2025")
    with pytest.raises(IngestError, match="future"):
        check_published(date(2025, 3, 1), today=date(2025, 2, 27))


def test_an_html_page_s_stated_publication_date_is_suggested_and_nothing_is_guessed():
    head = "<html><head>{}<title>T</title></head><body><article><p>{}</p></article>"
    body = "Norway's coast guard boarded a trawler in the Barents Sea on Monday, officials said."
    footer = "<footer>© 2025 Example Outlet</footer></body></html>"
    meta = '<meta property="article:published_time" content="2024-03-04T09:30:00Z">'
    dated, undated = head.format(meta, body) + footer, head.format("", body) + footer
    assert suggested_published(dated, "html") == date(2024, 3, 4)
    assert suggested_published(undated, "html") is None  # the copyright year is no publication date
    assert suggested_published(dated, "text") is None  # read as plain text: no byline among short lines
    assert suggested_published(dated, "html", today=date(2024, 3, 1)) is None  # never a future date


def test_pasted_text_s_byline_date_is_suggested_and_nothing_else_is():
    """Text copied from a news page keeps its byline: a short line with a full date near the top.
    A date in the story itself, a date without a year, or a later "Updated" line is no suggestion."""
    today = date(2025, 3, 1)
    byline = "Greenland votes on Tuesday\nBy A. Reporter\nPublished: 24 March 2023\n\nThe body says more."
    assert suggested_published(byline, "text", today=today) == date(2023, 3, 24)
    updated = "Title\nUpdated March 25, 2023 10:15 AM\nMarch 24, 2023\n\nBody."
    assert suggested_published(updated, "markdown", today=today) == date(2023, 3, 24)
    story = "Title\n\n" + "Norway's coast guard boarded a trawler in the Barents Sea on 3 May 2021, officials said."
    assert suggested_published(story, "text", today=today) is None  # a long line is the story, not a byline
    assert suggested_published("Title\nPublished: 24 March\n\nBody.", "text", today=today) is None  # no year
    assert suggested_published("Title\nPublished: 24 March 2026\n\nBody.", "text", today=today) is None  # ahead


def test_only_http_urls_are_accepted_and_linked():
    assert check_url(" https://example.org/x ") == "https://example.org/x"
    assert check_url("") == ""
    with pytest.raises(IngestError, match="http"):
        check_url("javascript:alert(1)")
    assert safe_url("javascript:alert(1)") is None
    assert safe_url('https://x.org/"onmouseover=') is None
    assert safe_url("HTTP://x.org/a") == "HTTP://x.org/a"


# -- ingest: the review table ----------------------------------------------------------
def test_review_table_round_trips_to_the_same_events(extracted):
    frame = editor_frame(extracted)
    assert list(frame["actors"])[0] == ", ".join(extracted[0].actors)
    assert rows_to_events(frame, SOURCE) == [e for e in extracted]


def test_every_bad_row_is_named_and_nothing_is_returned(extracted):
    frame = editor_frame(extracted)
    frame.loc[0, "event_date"] = date(3000, 1, 1)
    frame.loc[1, "lat"] = 95.0
    extra = pd.DataFrame(
        [
            {
                "summary": "",
                "category": "weather",
                "place": "Oslo",
                "lat": 59.9,
                "lon": 10.7,
                "event_date": date(2025, 2, 1),
            }
        ]
    )
    frame = pd.concat([frame, extra], ignore_index=True)
    with pytest.raises(RowErrors) as info:
        rows_to_events(frame, SOURCE)
    messages = info.value.messages
    assert messages[0].startswith("Row 1") and "3000-01-01" in messages[0] and "future" in messages[0]
    assert messages[1].startswith("Row 2") and "lat" in messages[1] and "95" in messages[1]
    last = messages[-1]
    assert last.startswith(f"Row {len(frame)}") and "missing" in last  # empty summary
    assert len(messages) == 3


def test_unknown_category_is_reported_with_the_allowed_ones(extracted):
    frame = editor_frame(extracted)
    frame.loc[0, "category"] = "weather"
    with pytest.raises(RowErrors, match="'weather' is not one of diplomacy"):
        rows_to_events(frame, SOURCE)


def test_rows_added_by_hand_get_distinct_ids_and_the_analyst_version():
    frame = editor_frame([])
    rows = [
        {
            "event_date": date(2025, 2, 1),
            "category": "military",
            "summary": s,
            "place": "Bodø",
            "lat": 67.28,
            "lon": 14.4,
            "actors": "nor; nato",
            "verified": True,
        }
        for s in ("Drill A", "Drill B")
    ]
    events = rows_to_events(pd.concat([frame, pd.DataFrame(rows)], ignore_index=True), SOURCE)
    assert len({e.event_id for e in events}) == 2
    assert events[0].actors == ("NOR", "NATO") and events[0].extractor_version == "analyst"
    assert events[0].verified and events[0].source == SOURCE


def test_preview_keeps_only_placeable_rows(extracted):
    frame = editor_frame(extracted)
    frame.loc[0, "lon"] = 400.0
    assert len(preview_frame(frame, SOURCE)) == len(extracted) - 1


def test_escape_markdown_keeps_untrusted_text_inert():
    escaped = escape_markdown("<script>alert(1)</script> [x](javascript:alert(2)) **bold**")
    assert "<script>" not in escaped and "](" not in escaped and "**" not in escaped


# -- overlay ---------------------------------------------------------------------------
def test_filters_narrow_by_date_category_actor_and_review(seed_events):
    assert len(filter_events(seed_events, EventFilter())) == 8
    recent = filter_events(seed_events, EventFilter(start=date(2025, 1, 1)))
    assert set(recent["event_date"].dt.year) == {2025} and len(recent) == 5
    assert set(filter_events(seed_events, EventFilter(categories=("military",)))["category"]) == {"military"}
    assert filter_events(seed_events, EventFilter(categories=())).empty
    chinese = filter_events(seed_events, EventFilter(actors=("CHN",)))
    assert all("CHN" in a for a in chinese["actors"]) and len(chinese) == 4
    assert filter_events(seed_events, EventFilter(verified=False)).empty


def test_events_south_of_the_map_are_split_off_not_dropped(seed_events):
    inside, outside = split_by_extent(seed_events)
    assert list(outside["place"]) == ["The Pentagon"]
    assert len(inside) + len(outside) == len(seed_events)


def test_number_of_sources_counts_distinct_articles_reporting_the_same_event(seed_events):
    assert set(with_source_counts(seed_events)["n_sources"]) == {1}
    istanbul = seed_events[seed_events["place"] == "Istanbul"].copy()
    second = istanbul.assign(article_id=2, event_id="ev-other", source_title="Another outlet's report")
    third = istanbul.assign(article_id=1, event_id="ev-again")  # same article again: not a new source
    counted = with_source_counts(pd.concat([seed_events, second, third], ignore_index=True))
    assert set(counted.loc[counted["place"] == "Istanbul", "n_sources"]) == {2}
    radii = {d["feature"]: d["radius"] for d in event_rows(counted)}
    assert radii["ev-other"] > radii[seed_events.loc[seed_events["place"] == "Helsinki", "event_id"].iloc[0]]


def test_event_layer_is_projected_coloured_and_has_text_tooltips(seed_events):
    inside, _ = split_by_extent(seed_events)
    rows = event_rows(inside)
    assert EVENT_LAYER_PROPS["pickable"]
    helsinki = next(d for d in rows if "Helsinki" in d["tooltip"])
    x, y = helsinki["position"]
    assert 2.5e6 < x < 3.5e6 and -1.5e6 < y < -0.8e6  # EPSG:3413 metres, right of the pole, below it
    assert helsinki["fill"][:3] == list(CATEGORY_COLORS["diplomacy"])
    assert "2018-07-16" in helsinki["tooltip"] and "USA, RUS" in helsinki["tooltip"]
    # Arctic-wide and country-level events name no point: none is drawn at the pole or a capital.
    unplaced = inside[inside["geo_precision"].isin(["arctic", "country"])]
    assert len(unplaced) >= 4
    assert len(rows) == len(inside) - len(unplaced)
    assert not set(unplaced["event_id"]) & {d["feature"] for d in rows}
    assert all((x * x + y * y) ** 0.5 > 500_000 for x, y in (d["position"] for d in rows))


def test_clicked_event_comes_from_a_click_on_the_events_layer():
    assert clicked_event_id(("events", "ev-1")) == "ev-1"
    assert clicked_event_id(("states", 3)) is None
    assert clicked_event_id(None) is None


def test_dates_read_as_far_as_they_are_known():
    assert format_event_date(pd.Timestamp("2024-07-01"), "month") == "July 2024"
    assert format_event_date(pd.Timestamp("2018-01-01"), "year") == "2018"
    assert format_event_date(date(2025, 2, 27), "day") == "2025-02-27"


def test_date_bounds_and_legend(seed_events):
    assert date_bounds(seed_events) == (date(2018, 1, 1), date(2025, 2, 27))
    low, high = date_bounds(seed_events.iloc[:1])
    assert low < high
    legend = category_legend_html()
    assert all(c.replace("&", "&amp;") in legend for c in CATEGORIES)


# -- URL state -------------------------------------------------------------------------
def test_url_state_round_trips_and_defaults():
    low, high = date(2018, 1, 1), date(2025, 2, 27)
    assert EventsViewState.from_query({}).on is True
    assert EventsViewState.from_query({"layers": "land"}).on is False  # a link from before the overlay
    state = EventsViewState(on=True, start=date(2020, 1, 1), end=high, categories=("military",), actors=("RUS",))
    query = state.to_query(low, high)
    assert query == {
        "events": "on",
        "events_from": "2020-01-01",
        "events_to": None,
        "events_categories": "military",
        "events_actors": "RUS",
    }
    back = EventsViewState.from_query({k: v for k, v in query.items() if v is not None})
    assert back.clamped(low, high) == state.clamped(low, high)
    odd = EventsViewState.from_query({"events_from": "yesterday", "events_categories": "military,bogus"})
    assert odd.start is None and odd.categories == ("military",)
    assert EventsViewState.from_query({"events_categories": ""}).categories == ()


# -- Events page -----------------------------------------------------------------------
def test_timeline_counts_events_per_month_by_category(seed_events):
    counts = monthly_counts(seed_events)
    feb = counts[counts["month"] == pd.Timestamp("2025-02-01")]
    assert feb["events"].sum() == 5 and set(feb["category"]) == {"diplomacy", "military", "China presence"}
    spec = timeline_chart(seed_events).to_dict()
    assert spec["mark"]["type"] == "bar" and spec["encoding"]["y"]["stack"] == "zero"


def test_downloads_reimport_as_the_same_events(seed_events):
    csv_text, geojson_text = downloads(seed_events)
    from_csv = read_events_file(csv_text.encode(), "events.csv")
    from_geojson = read_events_file(geojson_text.encode(), "events.geojson")
    ids = set(seed_events["event_id"])
    assert {e.event_id for e in from_csv} == ids == {e.event_id for e in from_geojson}
    assert len(json.loads(geojson_text)["features"]) == 8


def test_table_blanks_links_that_are_not_http(seed_events):
    frame = seed_events.assign(source_url=["javascript:alert(1)"] + list(seed_events["source_url"][1:]))
    table = table_frame(frame)
    assert pd.isna(table["source_url"].iloc[0]) and table["source_url"].iloc[1].startswith("https://")
    assert table["actors"].iloc[0] == "CHN"


def test_events_to_frame_shape_feeds_the_overlay(extracted):
    frame = events_to_frame(extracted)
    placed = [e for e in extracted if e.geo_precision not in ("arctic", "country")]
    assert len(event_rows(frame)) == len(placed)
