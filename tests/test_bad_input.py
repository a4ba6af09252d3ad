"""Bad input of every kind gets one clear line and changes nothing.

Each case feeds one refused input to the command line (``extract --save`` for articles,
``import`` for event files) and compares a SHA-256 of every table before and after. The
Ingest page runs the same checks (``dashboard.events.review``), tested in test_events_pages.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard.events import MAX_ARTICLE_CHARS, EventStore
from dashboard.events.cli import main

ARTICLE = Path(__file__).resolve().parent / "data" / "articles" / "svalbard-cable-2022.txt"
HEADER = "event_id,event_date,summary,category,place,lat,lon\n"


def geojson(*features, **extra) -> bytes:
    return json.dumps({"type": "FeatureCollection", "features": list(features)} | extra).encode()


def point(lon=18.9, lat=69.6, geometry=None, **changes) -> dict:
    props = {"event_id": "ev-b1", "event_date": "2024-03-01", "summary": "s", "category": "shipping", "place": "P"}
    props = {k: v for k, v in (props | changes).items() if v is not None}
    return {
        "type": "Feature",
        "geometry": geometry or {"type": "Point", "coordinates": [lon, lat]},
        "properties": props,
    }


ARTICLES = {
    "empty article": (b"", "empty"),
    "whitespace-only article": (b"  \n\t \n", "empty"),
    "article over the limit": (b"Norway. " * (MAX_ARTICLE_CHARS // 8 + 1), f"the limit is {MAX_ARTICLE_CHARS:,}"),
    "binary bytes": (b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4, "binary"),
    "PDF bytes": (
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 5 >>\nstream\n\x00\x01\x02\x03\nendstream",
        "binary",
    ),
    "UTF-16 without a BOM": ("Norway opened a port in Tromsø.".encode("utf-16-le"), "binary"),
    "invalid UTF-8": (b"Norway opened a port in Troms\xf8 on Monday.", "not UTF-8"),
}
FILES = {
    "malformed GeoJSON": ("e.geojson", b'{"type": "FeatureCollection", "features": [}', "broken JSON"),
    "truncated GeoJSON": ("e.geojson", geojson(point())[:-20], "broken JSON"),
    "GeoJSON of the wrong type": ("e.geojson", b'{"type": "FeatureCollection", "features": {}}', "FeatureCollection"),
    "a LineString, not a Point": (
        "e.geojson",
        geojson(point(geometry={"type": "LineString", "coordinates": [[0, 70], [1, 71]]})),
        "must be a Point",
    ),
    "invalid geometry (null coordinates)": ("e.geojson", geojson(point(None, None)), "two finite numbers"),
    "properties not an object": ("e.geojson", geojson(point() | {"properties": [1, 2]}), "properties must be"),
    "projected CRS": (
        "e.geojson",
        geojson(point(), crs={"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}}),
        "EPSG::3857",
    ),
    "coordinates out of range": ("e.geojson", geojson(point(200.0, 95.0)), "outside -180..180"),
    "date 2025-02-30": ("e.geojson", geojson(point(event_date="2025-02-30")), "not a calendar date"),
    "the year 20250": ("e.geojson", geojson(point(event_date="20250-01-01")), "not a date in YYYY-MM-DD"),
    "empty date": ("e.geojson", geojson(point(event_date="")), "event_date"),
    "missing required field": ("e.geojson", geojson(point(summary=None)), "summary: is empty"),
    "unknown category": ("e.geojson", geojson(point(category="gossip")), "category"),
    "duplicate event ids": ("e.geojson", geojson(point(), point(summary="other")), "repeats feature 1"),
    "JSON nested 100,000 deep": ("e.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    "CSV with the wrong columns": ("e.csv", b"date,text,where\n2024-01-01,x,Oslo\n", "lacks the column"),
    "CSV row with extra fields": (
        "e.csv",
        (HEADER + "ev-1,2024-01-01,s,shipping,P,70,20,extra\n").encode(),
        "more fields",
    ),
    "CSV with a word for a number": ("e.csv", (HEADER + "ev-1,2024-01-01,s,shipping,P,north,20\n").encode(), "lat"),
    "CSV truncated mid-row": ("e.csv", (HEADER + "ev-1,2024-01-01,s,ship").encode(), "row 1"),
    "CSV field over 131,072 characters": (
        "e.csv",
        (HEADER + "ev-1,2024-01-01," + "x" * 140_000 + ",shipping,P,70,20\n").encode(),
        "longer than 131,072",
    ),
    "unknown file type": ("e.xlsx", b"PK\x03\x04 not really a spreadsheet", "unknown file type"),
}


@pytest.fixture
def store(isolated_event_db) -> EventStore:
    """The seeded store at $ATLAS_DB, which the command line writes to."""
    return EventStore(isolated_event_db)


def refused(capsys, store: EventStore, *args: str) -> str:
    """Run the command line and assert: exit 2, one stderr line, every table unchanged."""
    before = store.table_digests()
    status = main(list(args))
    err = capsys.readouterr().err
    assert status == 2, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert store.table_digests() == before
    return err


@pytest.mark.parametrize(("content", "message"), ARTICLES.values(), ids=ARTICLES.keys())
def test_bad_articles_are_refused(tmp_path, capsys, store, content, message):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    assert message in refused(capsys, store, "extract", str(path), "--published", "2024-01-10", "--save")


@pytest.mark.parametrize(("name", "content", "message"), FILES.values(), ids=FILES.keys())
def test_bad_event_files_are_refused(tmp_path, capsys, store, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    assert message in refused(capsys, store, "import", str(path))


def test_missing_file_is_refused(tmp_path, capsys, store):
    assert "no such file" in refused(capsys, store, "import", str(tmp_path / "nowhere.geojson"))


def test_the_same_article_saved_twice_is_refused(capsys, store):
    args = ("extract", str(ARTICLE), "--published", "2024-01-10", "--save")
    assert main(list(args)) == 0
    capsys.readouterr()
    assert "already stored" in refused(capsys, store, *args)


def test_html_with_scripts_and_styles_keeps_the_text_and_drops_the_code(tmp_path, capsys, store):
    path = tmp_path / "article.html"
    path.write_text(
        "<html><head><style>p { color: red }</style><script>var secret = 1;</script></head><body>"
        "<p>Norway opened a new port in Tromsø on Monday, officials said.</p>"
        "<script>alert('x')</script></body></html>",
        encoding="utf-8",
    )
    assert main(["extract", str(path), "--published", "2024-01-10"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert events and "Tromsø" in events[0]["evidence"]
    assert not any("alert" in e["evidence"] or "color" in e["evidence"] or "secret" in e["summary"] for e in events)


def test_there_are_at_least_25_kinds():
    assert len(ARTICLES) + len(FILES) + 2 >= 25
