"""The command line, run as a subprocess the way analysts and CI run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.events import EventStore
from tests.helpers import REPO_ROOT

ARTICLE = REPO_ROOT / "tests" / "data" / "articles" / "hans-island-2022.html"


def run(*args: str, db: Path | str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m dashboard.events ARGS`` against the database ``db`` (a file or a PostgreSQL URL)."""
    env = os.environ | {"ATLAS_DB": str(db)}
    return subprocess.run(
        [sys.executable, "-m", "dashboard.events", *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def db(tmp_path) -> Path:
    """Path of a database the CLI will create in tmp_path."""
    return tmp_path / "events.sqlite"


def test_extract_prints_a_json_array_of_events(db):
    result = run(
        "extract",
        str(ARTICLE),
        "--published",
        "2022-06-14",
        "--url",
        "https://example.org/a",
        "--format",
        "json",
        db=db,
    )
    assert result.returncode == 0, result.stderr
    events = json.loads(result.stdout)
    ottawa = [e for e in events if e["place"] == "Ottawa"]
    assert ottawa and ottawa[0]["event_date"] == "2022-06-14" and ottawa[0]["source"]["url"] == "https://example.org/a"
    assert {"CAN", "DNK"} <= set(ottawa[0]["actors"])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00binary", "binary"),
        (b"caf\xe9 au lait in Nuuk", "not UTF-8"),
    ],
)
def test_bad_article_files_exit_2_with_one_line(tmp_path, db, content, message):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    result = run("extract", str(path), "--published", "2024-01-01", db=db)
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("published", ["2024-13-01", "yesterday", "1700-01-01", "2999-01-01"])
def test_bad_publication_dates_exit_2(db, published):
    result = run("extract", str(ARTICLE), "--published", published, db=db)
    assert result.returncode == 2 and result.stderr.startswith("error: --published")


def test_missing_file_and_unknown_command_exit_2(db, tmp_path):
    assert run("extract", str(tmp_path / "nope.txt"), "--published", "2024-01-01", db=db).returncode == 2
    assert run("frobnicate", db=db).returncode == 2


def test_export_then_import_round_trips_and_bad_import_changes_nothing(tmp_path, store_url):
    db = store_url  # on each backend
    out = tmp_path / "events.geojson"
    assert run("export", "--format", "geojson", "--output", str(out), db=db).returncode == 0
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert features
    before = len(EventStore(db))

    broken = dict(features[1]["properties"], event_date="0225-02-27", event_id="")
    bad = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [10.0, 70.0]},
                "properties": dict(features[0]["properties"], event_id="ev-new", summary="new"),
            },
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [10.0, 70.0]}, "properties": broken},
        ],
    }
    bad_path = tmp_path / "bad.geojson"
    bad_path.write_text(json.dumps(bad), encoding="utf-8")
    result = run("import", str(bad_path), db=db)
    assert result.returncode == 2 and "feature 2" in result.stderr
    assert len(EventStore(db)) == before  # no partial import

    csv_out = run("export", "--format", "csv", db=db)
    assert csv_out.returncode == 0 and csv_out.stdout.startswith("event_id,event_date")
    good = tmp_path / "events.csv"
    good.write_text(csv_out.stdout, encoding="utf-8")
    assert run("import", str(good), db=db).returncode == 0
    assert len(EventStore(db)) == before  # same ids: idempotent
