"""Plain helpers the test modules share: the repository root, distances, and reading AppTest output.

Fixtures live in ``conftest.py``; these are ordinary functions because tests call them with
their own arguments, often several times in one test.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

from dashboard.events import extract_events
from dashboard.map.published import static_path
from geodata.measure import WGS84

#: The repository root (the folder holding app.py).
REPO_ROOT = Path(__file__).resolve().parent.parent


def events_saying(phrase: str, text: str, published: date) -> list:
    """Every event extracted from ``text`` whose evidence has ``phrase``, in article order."""
    return [e for e in extract_events(text, published) if phrase in e.evidence]


def event_saying(word: str, text: str, published: date):
    """The first event extracted from ``text`` whose evidence has ``word`` (None if none)."""
    return next(iter(events_saying(word, text, published)), None)


def dates_saying(phrase: str, text: str, published: date) -> set[tuple[date, str]]:
    """The (date, precision) of every event extracted from ``text`` whose evidence has ``phrase``."""
    return {(e.event_date, e.date_precision) for e in events_saying(phrase, text, published)}


def places_of(text: str, published: date) -> list[str | None]:
    """The place of every event extracted from ``text``, in the order the events come."""
    return [e.place for e in extract_events(text, published)]


def places_saying(phrase: str, text: str, published: date) -> set[str]:
    """The places of every event extracted from ``text`` whose evidence has ``phrase``."""
    return {e.place for e in events_saying(phrase, text, published)}


def actors_saying(phrase: str, text: str, published: date) -> set[str]:
    """The actor codes of every event extracted from ``text`` whose evidence has ``phrase``."""
    return {code for e in events_saying(phrase, text, published) for code in e.actors}


def geodesic_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Geodesic distance in km between two EPSG:4326 points (degrees), on the WGS 84 ellipsoid."""
    return WGS84.inv(lon1, lat1, lon2, lat2)[2] / 1000.0


def within_km_of_each(event, points: list[tuple[float, float]], km: float = 150) -> bool:
    """Whether ``event``'s point is within ``km`` (geodesic, WGS84) of every (lat, lon) in ``points``: a point that
    each annotation convention for an area accepts."""
    return all(geodesic_km(event.lon, event.lat, lon, lat) <= km for lat, lon in points)


def map_args(at: AppTest, index: int = 0) -> dict:
    """The JSON arguments of the ``index``-th polar map on an AppTest page.

    AppTest cannot render custom components; it keeps their element (type ``bidi_component``)
    with the arguments the browser would receive, which is what the map draws.
    """
    maps = [e for e in at.get("bidi_component") if e.proto.component_name == "arctic_atlas.polar_map"]
    args = json.loads(maps[index].proto.json)
    if args.get("described"):  # what the browser fetches once: published layers and the switcher
        described = json.loads(static_path(args["described"]).read_bytes())
        by_id = {d["id"]: d for d in [*described["layers"], *args["layers"]]}
        args = {**args, "layers": [by_id[i] for i in args["layer_order"]], "panel": described["panel"]}
    return args


def shown_map_layers(at: AppTest, index: int = 0) -> dict[str, dict]:
    """Layer id -> description of the layers the map shows (its ``visible`` list)."""
    args = map_args(at, index)
    return {d["id"]: d for d in args["layers"] if d["id"] in args["visible"]}


def table_with(at: AppTest, *columns: str) -> pd.DataFrame:
    """The first table (``st.dataframe`` or ``st.table``) on the page that has all ``columns``.

    A read-only ``st.dataframe`` does not carry its key into AppTest, so tables are found by
    the columns a reader sees.
    """
    for frame in [*at.dataframe, *at.table]:
        if set(columns) <= set(frame.value.columns):
            return frame.value
    raise AssertionError(f"no table with columns {columns}")


def query_param(at: AppTest, key: str) -> str | None:
    """The URL query parameter ``key`` after a run (AppTest may hold it as a one-item list)."""
    value = at.query_params.get(key)
    return value[0] if isinstance(value, list) else value


def set_schema_version(store, version: int) -> None:
    """Record ``version`` as the schema version of ``store``'s database, on either backend (as a
    newer Arctic Atlas would have left it)."""
    with store._transaction() as conn:
        store.db.dialect.write_version(conn, version)
