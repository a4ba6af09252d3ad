"""The hostile-text corpus (tests/data/hostile/payloads.txt) and a store filled with it.

Payloads reach the store by the three ways text comes in: extraction from an article,
the command-line import of a GeoJSON file, and the Ingest page's review table saved by an
editor. Shared by the store-level test and the real-browser test.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pandas as pd

PAYLOADS_FILE = Path(__file__).resolve().parent / "data" / "hostile" / "payloads.txt"
LONG = "A" * 1900 + "<script>alert('atlas-xss')</script>"  # long but within the summary limit


def payloads() -> list[str]:
    """The corpus, one payload a line, plus one very long string."""
    return [line for line in PAYLOADS_FILE.read_text(encoding="utf-8").splitlines() if line.strip()] + [LONG]


def _feature(number: int, payload: str) -> dict:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [10.0 + number % 60, 65.0 + (number % 20) / 2]},
        "properties": {
            "event_id": f"ev-hostile-{number}",
            "event_date": "2024-05-01",
            "summary": f"NOR: {payload}",
            "category": "other",
            "place": payload[:200],
            "actors": "NOR",
            "evidence": payload[:2000],
            "source_title": payload[:1000],
            "source_outlet": payload[:200],
            "source_url": payload[:2000],
            "verified": "true",
        },
    }


def fill_store(db: Path) -> dict[str, int]:
    """Feed every payload into the store at ``db`` by extraction, CLI import and the review
    table; return how many events each way stored."""
    os.environ["ATLAS_DB"] = str(db)
    import streamlit as st

    from dashboard.events import EventStore, Source, extract_events
    from dashboard.events.cli import main
    from dashboard.events.review import rows_to_events
    from dashboard.roles import EditorGrant
    from dashboard.ui.event_access import save_article_events
    from dashboard.ui.roles import configured_passcode

    store = EventStore(db)
    before = len(store)
    corpus = payloads()
    article = "\n\n".join(f"Russia held naval drills near Murmansk on Tuesday {p}." for p in corpus)
    extracted = extract_events(
        article, date(2024, 5, 2), title=corpus[0], outlet=corpus[9], url="https://example.org/h"
    )
    store.add_article_with_events(
        extracted, title=corpus[0], outlet=corpus[9], url="https://example.org/h", text=article
    )
    after_extraction = len(store)

    geojson = db.with_name("hostile.geojson")
    features = [_feature(n, p) for n, p in enumerate(corpus)]
    geojson.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    assert main(["import", str(geojson)]) == 0
    after_import = len(store)

    os.environ.setdefault("ATLAS_EDITOR_PASSWORD", "hostile corpus")
    st.session_state["_atlas_editor_grant"] = EditorGrant(configured_passcode().fingerprint)
    rows = pd.DataFrame(
        [
            {
                "verified": False,
                "event_date": date(2024, 6, 1),
                "date_precision": "day",
                "category": "diplomacy",
                "summary": f"RUS: {p}",
                "actors": "RUS",
                "place": p[:200],
                "lat": 68.97,
                "lon": 33.08,
                "geo_precision": "city",
                "confidence": 0.5,
                "evidence": p[:2000],
            }
            for p in corpus
        ]
    )
    source = Source(title=corpus[2][:1000], outlet=corpus[3][:200], url="https://example.org/review")
    events = rows_to_events(rows, source)
    save_article_events(
        events, title=source.title, outlet=source.outlet, url=source.url, published=date(2024, 6, 2), text="x"
    )
    st.session_state.pop("_atlas_editor_grant", None)
    return {
        "extraction": after_extraction - before,
        "import": after_import - after_extraction,
        "review": len(store) - after_import,
    }
