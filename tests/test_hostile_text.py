"""Hostile text stays text in the store and in every export (the browser half is in
tests/browser/test_hostile_browser.py)."""

from __future__ import annotations

import json

import pytest

from dashboard.events import EventFileError, EventStore, events_to_csv, events_to_geojson, read_events_file
from dashboard.events.table import table_frame
from tests.hostile_corpus import fill_store, payloads


def test_the_corpus_has_at_least_40_payloads():
    assert len(payloads()) >= 40


def test_every_way_in_stores_the_payloads_as_typed(isolated_event_db):
    counts = fill_store(isolated_event_db)
    corpus = payloads()
    assert counts["import"] == counts["review"] == len(corpus)
    assert counts["extraction"] > 0
    frame = EventStore(isolated_event_db).query()
    summaries = set(frame["summary"])
    assert all(f"NOR: {p}" in summaries and f"RUS: {p}" in summaries for p in corpus)  # text, not sanitised away
    links = [u for u in table_frame(frame)["source_url"] if isinstance(u, str)]
    assert links and all(u.startswith(("http://", "https://")) for u in links)
    csv_text = events_to_csv(frame)
    assert "\n=" not in csv_text and ",=" not in csv_text and ',"=' not in csv_text
    assert len(read_events_file(csv_text.encode(), "all.csv")) == len(frame)  # and it reads back
    json.dumps(events_to_geojson(frame))


def test_a_very_long_string_is_refused_with_the_limit_named(tmp_path):
    path = tmp_path / "long.geojson"
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [10, 70]},
        "properties": {"event_date": "2024-01-01", "summary": "x" * 100_000, "category": "other", "place": "X"},
    }
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    with pytest.raises(EventFileError, match="summary: is 100,000 characters long; the limit is 2,000"):
        read_events_file(path, path.name)
