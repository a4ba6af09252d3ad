"""Saved views and briefings in the store (schema v3), the events' extractor reasons, and the
whole-store archive: export → import into an empty store → export gives the same bytes."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from dashboard.archive import export_archive
from dashboard.briefing import Briefing, BriefingError, Slide, View
from dashboard.briefing.model import FeatureRef
from dashboard.briefing.store import SavedItemError, SavedStore
from dashboard.events import EventStore
from dashboard.events.cli import main as events_cli
from dashboard.events.filters import EventsViewState
from dashboard.events.schema import MIGRATIONS
from dashboard.events.store import open_database
from dashboard.map.deck import PolarView


@pytest.fixture
def store(store_url) -> EventStore:
    """A fresh seeded store, on each backend (a real SQLite file, a real PostgreSQL database)."""
    return EventStore(store_url)


@pytest.fixture
def saved(store) -> SavedStore:
    """Saved views and briefings in that store's file."""
    return SavedStore(store)


def kola_view(title: str = "Kola") -> View:
    """A view with every part set: layers, camera, filters, highlights, title."""
    return View(
        layers=("states", "bases"),
        camera=PolarView(x=1_200_000.0, y=-300_000.0, zoom=-11.5, height_px=720),
        events=EventsViewState(True, date(2024, 1, 1), date(2025, 3, 1), ("military",), ("RUS",)),
        highlighted_events=("ev-123",),
        highlighted_features=(FeatureRef("states", "Norway"),),
        title=title,
    )


def two_slides(name: str = "Morning brief") -> Briefing:
    """A two-slide briefing with talking points."""
    return Briefing(name, (Slide(kola_view(), "Kola", "- **Northern Fleet** drills"), Slide(View(("states",)))))


def test_a_version_2_file_migrates_and_keeps_its_data(new_store_url):
    path = new_store_url()
    database = open_database(path)  # a store as version 2 of Arctic Atlas left it, on this backend
    database.prepare()
    with database._transaction() as conn:
        for statement in MIGRATIONS[0]:
            conn.execute(statement)
        MIGRATIONS[1](conn)
        conn.execute("INSERT INTO articles (title, url, text, added_at) VALUES ('Old', 'https://x.org', 't', 'x')")
        conn.execute(
            "INSERT INTO events (event_id, article_id, event_date, date_precision, summary, category, place, "
            "lat, lon, geo_precision, created_at) VALUES ('ev-old', 1, '2024-05-01', 'day', 'Drill', 'military', "
            "'Severomorsk', 69.07, 33.42, 'city', '2024-05-02T00:00:00+00:00')"
        )
        database.dialect.write_version(conn, 2)
    store = EventStore(path)
    assert store.schema_version == 3
    old = store.get_event("ev-old")
    assert old.place == "Severomorsk" and old.places == () and old.trigger == ""
    assert store.article(1)["url"] == "https://x.org"
    assert SavedStore(store).views() == [] and SavedStore(store).briefings() == []


def test_saved_events_keep_why_they_are_there_and_their_extra_places(store):
    event = store.get_event(store.query().iloc[0]["event_id"])
    reasons = replace(
        event,
        places=(("Murmansk", 68.97, 33.08), ("Kirkenes", 69.73, 30.05)),
        trigger="sailed",
        place_mention="from Murmansk",
        actor_mentions="Russian (RUS)",
    )
    store.import_events([reasons], replace_verified=True)
    back = store.get_event(event.event_id)
    assert back.places == reasons.places and back.trigger == "sailed"
    assert (back.place_mention, back.actor_mentions) == ("from Murmansk", "Russian (RUS)")
    assert store.update_event(event.event_id, verified=True).trigger == "sailed"  # an edit keeps them


def test_views_save_list_open_rename_delete(saved):
    saved.save_view("Kola close-up", kola_view())
    saved.save_view("Whole Arctic", View(("states",)))
    names = [entry.name for entry in saved.views()]
    assert sorted(names) == ["Kola close-up", "Whole Arctic"]
    entry = next(e for e in saved.views() if e.name == "Kola close-up")
    assert entry.title == "Kola" and entry.modified_at >= entry.created_at
    assert saved.view("Kola close-up") == kola_view()
    saved.rename_view("Kola close-up", "Kola 27 Feb")
    assert saved.view("Kola close-up") is None and saved.view("Kola 27 Feb") == kola_view()
    with pytest.raises(SavedItemError, match="already saved"):
        saved.rename_view("Kola 27 Feb", "Whole Arctic")
    assert saved.delete_view("Kola 27 Feb") and not saved.delete_view("Kola 27 Feb")
    assert [e.name for e in saved.views()] == ["Whole Arctic"]


def test_briefings_save_replace_rename_delete(saved):
    saved.save_briefing(two_slides())
    with pytest.raises(SavedItemError, match="already saved"):
        saved.save_briefing(two_slides())
    shorter = Briefing("Morning brief", two_slides().slides[:1])
    saved.save_briefing(shorter, replace=True)
    assert saved.briefing("Morning brief") == shorter
    saved.rename_briefing("Morning brief", "Evening brief")
    assert saved.briefing("Evening brief") == Briefing("Evening brief", shorter.slides)
    assert [e.name for e in saved.briefings()] == ["Evening brief"]
    assert saved.delete_briefing("Evening brief") and saved.briefings() == []


@pytest.mark.parametrize(
    "write",
    [
        lambda s: s.save_view("x" * 10_000, kola_view()),
        lambda s: s.save_view("<script>alert(1)</script>", kola_view()),
        lambda s: s.save_view("", kola_view()),
        lambda s: s.save_view("../../etc/passwd", kola_view()),
        lambda s: s.save_view("ok name", "not a view"),
        lambda s: s.save_view("Kept", kola_view()),  # taken
        lambda s: s.save_briefing({"name": "dict", "slides": []}),
        lambda s: s.save_briefing(two_slides("Kept briefing")),  # taken
        lambda s: s.rename_view("Kept", "bad/name"),
        lambda s: s.rename_view("not stored", "Fine"),
        lambda s: s.rename_briefing("Kept briefing", "y" * 10_000),
    ],
    ids=[
        "10000-chars",
        "html",
        "empty",
        "slashes",
        "not-a-view",
        "view-name-taken",
        "not-a-briefing",
        "briefing-name-taken",
        "rename-to-bad",
        "rename-missing",
        "rename-10000",
    ],
)
def test_bad_input_gets_one_line_and_changes_nothing(saved, store, write):
    saved.save_view("Kept", kola_view())
    saved.save_briefing(two_slides("Kept briefing"))
    before = store.table_digests()
    with pytest.raises((BriefingError, SavedItemError)) as caught:
        write(saved)
    assert "\n" not in str(caught.value) and len(str(caught.value)) < 300
    assert store.table_digests() == before


def test_a_briefing_that_fails_validation_cannot_even_be_built():
    with pytest.raises(BriefingError, match="at least one slide"):
        Briefing("Empty", ())


def full_store(store: EventStore) -> None:
    """Put a view, a briefing and an event with extractor reasons in ``store``."""
    saved = SavedStore(store)
    saved.save_view("Kola close-up", kola_view())
    saved.save_briefing(two_slides())
    event = store.get_event(store.query().iloc[0]["event_id"])
    store.import_events(
        [replace(event, event_id="ev-extra", verified=False, places=(("Vardø", 70.37, 31.11),), trigger="tested")]
    )


def test_full_export_then_import_into_an_empty_store_reproduces_everything(
    store, store_url, new_store_url, tmp_path, monkeypatch
):
    full_store(store)
    first = tmp_path / "store.json"
    monkeypatch.setenv("ATLAS_DB", store_url)
    assert events_cli(["export", "--format", "archive", "-o", str(first)]) == 0
    empty = new_store_url()
    monkeypatch.setenv("ATLAS_DB", empty)
    assert events_cli(["import", str(first)]) == 0
    restored = EventStore(empty)
    assert restored.all_events() == store.all_events()
    assert SavedStore(restored).view("Kola close-up") == kola_view()
    assert SavedStore(restored).briefing("Morning brief") == two_slides()
    assert [(e.name, e.created_at, e.modified_at) for e in SavedStore(restored).views()] == [
        (e.name, e.created_at, e.modified_at) for e in SavedStore(store).views()
    ]
    assert restored.articles()[["title", "outlet", "url", "published"]].equals(
        store.articles()[["title", "outlet", "url", "published"]]
    )
    second = tmp_path / "again.json"
    assert events_cli(["export", "--format", "archive", "-o", str(second)]) == 0
    assert second.read_bytes() == first.read_bytes()
    assert events_cli(["import", str(first)]) == 0  # importing its own export again changes nothing
    assert export_archive(restored) == first.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "spoil",
    [
        lambda doc: doc["views"][0].update(name="x" * 10_000),
        lambda doc: doc["briefings"][0]["briefing"].update(slides=[]),
        lambda doc: doc["events"][0].update(lat=500),
        lambda doc: doc.update(version=99),
        lambda doc: doc["views"].append(dict(doc["views"][0])),
    ],
    ids=["long-view-name", "empty-briefing", "bad-event", "newer-version", "repeated-view"],
)
def test_a_bad_archive_imports_nothing(store, new_store_url, tmp_path, monkeypatch, capsys, spoil):
    full_store(store)
    document = json.loads(export_archive(store))
    spoil(document)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    target_url = new_store_url()
    target = EventStore(target_url)
    before = target.table_digests()
    monkeypatch.setenv("ATLAS_DB", target_url)
    assert events_cli(["import", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "\n" not in err and "Traceback" not in err
    assert target.table_digests() == before


def test_an_archive_does_not_overwrite_a_different_saved_briefing(store, new_store_url, tmp_path, monkeypatch, capsys):
    full_store(store)
    path = tmp_path / "store.json"
    path.write_text(export_archive(store), encoding="utf-8")
    target_url = new_store_url()
    target = EventStore(target_url)
    SavedStore(target).save_briefing(Briefing("Morning brief", (Slide(View(("ports",))),)))
    before = target.table_digests()
    monkeypatch.setenv("ATLAS_DB", target_url)
    assert events_cli(["import", str(path)]) == 2
    assert "already saved" in capsys.readouterr().err and target.table_digests() == before
    assert events_cli(["import", str(path), "--replace-saved"]) == 0
    assert SavedStore(target).briefing("Morning brief") == two_slides()
