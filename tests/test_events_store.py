"""The event store on both backends (SQLite, PostgreSQL), the GeoJSON/CSV round trip, and extraction of the seed article."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from datetime import date

import pytest

from dashboard.events import (
    EventFileError,
    EventStore,
    EventValidationError,
    events_to_csv,
    events_to_geojson,
    extract_events,
    read_events_file,
)
from dashboard.events.seed import seed_article_and_events
from tests.helpers import set_schema_version


@pytest.fixture
def store(store_url) -> EventStore:
    """A fresh seeded store, on each backend: a real SQLite file, a real PostgreSQL database."""
    return EventStore(store_url)


def test_new_database_is_wal_versioned_and_seeded(store):
    assert store.journal_mode == "wal"
    assert store.schema_version == 3
    frame = store.query()
    assert len(frame) == len(seed_article_and_events()[1]) >= 6
    assert frame["verified"].all()
    assert set(frame["source_outlet"]) == {"Arctic Today"}
    assert "Istanbul" in set(frame["place"])


def test_seed_is_loaded_once_and_a_restart_keeps_changes(store_url):
    path = store_url
    first = EventStore(path)
    removed = first.query()["event_id"][0]
    assert first.delete_event(removed)
    second = EventStore(path)  # a restart
    assert len(second) == len(seed_article_and_events()[1]) - 1
    assert second.get_event(removed) is None


def test_atlas_db_environment_variable_picks_the_file(tmp_path, monkeypatch):
    monkeypatch.setenv("ATLAS_DB", str(tmp_path / "sub" / "x.sqlite"))
    assert EventStore().path == tmp_path / "sub" / "x.sqlite"
    assert (tmp_path / "sub" / "x.sqlite").is_file()


def test_newer_schema_is_refused(store, store_url):
    set_schema_version(store, 99)
    with pytest.raises(RuntimeError, match="newer than this code"):
        EventStore(store_url)


def test_saving_a_batch_with_one_bad_event_saves_nothing(store):
    events = extract_events("Russia and Norway signed a fisheries agreement in Oslo on Monday.", date(2024, 5, 7))
    assert events
    article_id = store.add_article("t", "o", "u", date(2024, 5, 7), "text")
    bad = replace(events[0], event_id="ev-bad", lat=123.0)
    before = len(store)
    with pytest.raises(EventValidationError, match="lat"):
        store.save_events([events[0], bad], article_id)
    assert len(store) == before
    store.save_events(events, article_id)
    assert len(store) == before + len(events)
    assert store.article(article_id)["text"] == "text"


def test_update_query_filters_and_validation(store):
    event_id = store.query(categories=["China presence"])["event_id"][0]
    updated = store.update_event(event_id, verified=False, summary="CHN: edited")
    assert updated.summary == "CHN: edited" and store.get_event(event_id).verified is False
    with pytest.raises(EventValidationError, match="category"):
        store.update_event(event_id, category="gossip")
    assert set(store.query(actors=["CHN"])["event_id"]) >= {event_id}
    assert store.query(start=date(2025, 1, 1), end=date(2025, 12, 31))["event_date"].dt.year.eq(2025).all()
    assert store.query(verified=False)["event_id"].tolist() == [event_id]
    assert store.query(categories=[]).empty


def test_geojson_and_csv_round_trip(store, tmp_path, new_store_url):
    frame = store.query()
    geojson = events_to_geojson(frame)
    assert geojson["features"][0]["geometry"]["type"] == "Point"
    path = tmp_path / "events.geojson"
    path.write_text(json.dumps(geojson), encoding="utf-8")
    from_geojson = read_events_file(path, path.name)
    from_csv = read_events_file(events_to_csv(frame).encode(), "events.csv")
    assert {e.event_id for e in from_geojson} == {e.event_id for e in from_csv} == set(frame["event_id"])
    other = EventStore(new_store_url(), seed=False)
    other.import_events(from_csv)
    assert sorted(other.query()["summary"]) == sorted(frame["summary"])


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        (b'{"type": "FeatureCollection", "features": [', "broken JSON"),
        (b'{"type": "Feature"}', "not a GeoJSON FeatureCollection"),
    ],
)
def test_bad_event_files_raise_one_clear_error(data, message):
    with pytest.raises(EventFileError, match=message):
        read_events_file(data, "upload.geojson")


def test_csv_with_an_absurd_date_names_the_row():
    csv_text = (
        "event_date,summary,category,place,lat,lon\n2020-01-01,ok,military,X,70,20\n1066-10-14,old,military,X,70,20\n"
    )
    with pytest.raises(EventFileError, match="row 2: event_date: 1066-10-14 is before 1800"):
        read_events_file(csv_text.encode(), "events.csv")


def test_seed_article_yields_the_expected_events_fast(seed_text):
    start = time.perf_counter()
    events = extract_events(seed_text, date(2025, 2, 27))
    elapsed = time.perf_counter() - start
    assert elapsed < 1.0

    def find(phrase):
        matches = [e for e in events if phrase in e.evidence]
        assert matches, f"no event from the sentence containing {phrase!r}"
        return matches[0]

    talks = find("have discussed cooperation on Arctic trade routes")
    assert {"USA", "RUS"} <= set(talks.actors) and talks.event_date == date(2025, 2, 27)
    istanbul = find("Meetings in Istanbul")
    assert istanbul.place == "Istanbul" and istanbul.geo_precision == "city"
    helsinki = find("joint news conference")
    assert (helsinki.event_date, helsinki.date_precision, helsinki.place) == (date(2018, 7, 16), "day", "Helsinki")
    assert set(helsinki.actors) == {"USA", "RUS"}
    near_arctic = find("near-Arctic state")
    assert (near_arctic.event_date.year, near_arctic.date_precision, near_arctic.category) == (
        2018,
        "year",
        "China presence",
    )
    assert find("Polar Silk Road").actors == ("CHN",)
    assert "USA" in find("Pentagon").actors
    assert not [e for e in events if "Bloomberg" in e.summary.split(":")[0]]
    for event in events:  # evidence is the exact sentence from the article
        assert event.evidence in seed_text
