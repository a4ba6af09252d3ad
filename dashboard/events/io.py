"""Events in and out of files: GeoJSON and CSV in one export format, and article uploads.

The export format is the :data:`~dashboard.events.store.EVENT_COLUMNS` of the store
without the store-local ``article_id``: GeoJSON Point features (EPSG:4326 lon/lat
degrees, RFC 7946) with the other fields as properties, or CSV with ``lat``/``lon``
columns and ``actors`` joined by ``;``. Reading is strict: any bad row raises
:class:`EventFileError` naming the row, and nothing is returned.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from .model import Event, EventValidationError
from .store import EVENT_COLUMNS

__all__ = [
    "EXPORT_COLUMNS",
    "EventFileError",
    "decode_article",
    "events_to_csv",
    "events_to_frame",
    "events_to_geojson",
    "read_events_file",
]

#: Columns of a CSV export (and properties of a GeoJSON export, plus lat/lon as geometry).
EXPORT_COLUMNS: tuple[str, ...] = tuple(c for c in EVENT_COLUMNS if c != "article_id")

_MAX_FILE_BYTES = 20 * 1024 * 1024


class EventFileError(ValueError):
    """A file cannot be read as events or as an article; the message says why, in one line."""


def events_to_frame(events: Iterable[Event]) -> pd.DataFrame:
    """Events (e.g. fresh from ``extract_events``) as a DataFrame shaped like ``EventStore.query()``."""
    rows = []
    for event in events:
        data = event.to_dict()
        source = data.pop("source")
        data.update({f"source_{k}": v for k, v in source.items()})
        data["article_id"] = None
        rows.append(data)
    frame = pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
    frame["event_date"] = pd.to_datetime(frame["event_date"], format="%Y-%m-%d")
    return frame


def _plain(value: Any) -> Any:
    """A JSON/CSV-ready scalar: dates as ISO strings, NaN/NaT as None, numpy scalars unwrapped."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    if hasattr(value, "isoformat") and not isinstance(value, str):
        return value.date().isoformat() if hasattr(value, "date") and callable(value.date) else value.isoformat()
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def events_to_geojson(df: pd.DataFrame) -> dict[str, Any]:
    """A GeoJSON FeatureCollection (lon/lat degrees, EPSG:4326) of the events in ``df``."""
    features = []
    for row in df.to_dict("records"):
        properties = {c: _plain(row.get(c)) for c in EXPORT_COLUMNS if c not in ("lat", "lon")}
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [float(row["lon"]), float(row["lat"])]},
                "properties": properties,
            }
        )
    return {"type": "FeatureCollection", "features": features}


def events_to_csv(df: pd.DataFrame) -> str:
    """CSV text of the events in ``df`` (:data:`EXPORT_COLUMNS`, actors joined by ``;``)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(EXPORT_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for row in df.to_dict("records"):
        out = {c: _plain(row.get(c)) for c in EXPORT_COLUMNS}
        out["actors"] = ";".join(out["actors"] or [])
        out["verified"] = "true" if out["verified"] else "false"
        writer.writerow({k: "" if v is None else v for k, v in out.items()})
    return buffer.getvalue()


def _read_bytes(path_or_bytes: str | Path | bytes, name: str) -> bytes:
    if isinstance(path_or_bytes, (bytes, bytearray)):
        data = bytes(path_or_bytes)
    else:
        path = Path(path_or_bytes)
        if not path.is_file():
            raise EventFileError(f"{name}: no such file")
        if path.stat().st_size > _MAX_FILE_BYTES:
            raise EventFileError(f"{name}: larger than {_MAX_FILE_BYTES // 2**20} MiB")
        data = path.read_bytes()
    if not data.strip():
        raise EventFileError(f"{name}: the file is empty")
    if len(data) > _MAX_FILE_BYTES:
        raise EventFileError(f"{name}: larger than {_MAX_FILE_BYTES // 2**20} MiB")
    return data


def decode_article(path_or_bytes: str | Path | bytes, name: str = "article") -> str:
    """The text of an uploaded article file (UTF-8, with or without BOM, or UTF-16 with BOM).

    Raises :class:`EventFileError` for a missing, empty, binary or undecodable file.
    """
    data = _read_bytes(path_or_bytes, name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise EventFileError(f"{name}: not valid UTF-16 text ({exc.reason})") from None
    if b"\x00" in data:
        raise EventFileError(f"{name}: looks like a binary file, not text (it contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EventFileError(f"{name}: not UTF-8 text (byte {exc.start} cannot be decoded); save it as UTF-8") from None
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(2, len(text) // 100):
        raise EventFileError(f"{name}: looks like a binary file, not text ({controls} control characters)")
    if not text.strip():
        raise EventFileError(f"{name}: the file is empty")
    return text


def _events_from_rows(rows: Iterable[dict[str, Any]], name: str, what: str) -> list[Event]:
    events = []
    for number, row in enumerate(rows, start=1):
        try:
            events.append(Event.from_dict(row))
        except EventValidationError as exc:
            raise EventFileError(f"{name}: {what} {number}: {exc}") from None
    if not events:
        raise EventFileError(f"{name}: contains no events")
    return events


def _geojson_rows(doc: Any, name: str) -> list[dict[str, Any]]:
    if isinstance(doc, list):  # a JSON array of events, as `extract --format json` prints
        if not all(isinstance(item, dict) for item in doc):
            raise EventFileError(f"{name}: a JSON array of events must hold objects")
        return doc
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection" or not isinstance(doc.get("features"), list):
        raise EventFileError(f"{name}: not a GeoJSON FeatureCollection")
    rows = []
    for number, feature in enumerate(doc["features"], start=1):
        geometry = feature.get("geometry") if isinstance(feature, dict) else None
        coords = geometry.get("coordinates") if isinstance(geometry, dict) else None
        if (
            not isinstance(geometry, dict)
            or geometry.get("type") != "Point"
            or not isinstance(coords, list)
            or len(coords) < 2
        ):
            raise EventFileError(f"{name}: feature {number}: geometry must be a Point [lon, lat]")
        properties = feature.get("properties")
        if not isinstance(properties, dict):
            raise EventFileError(f"{name}: feature {number}: properties must be an object")
        rows.append(properties | {"lon": coords[0], "lat": coords[1]})
    return rows


def read_events_file(path_or_bytes: str | Path | bytes, name: str) -> list[Event]:
    """Events from a GeoJSON (``.geojson``/``.json``) or CSV (``.csv``) file in the export format.

    Parameters
    ----------
    path_or_bytes : str, Path or bytes
        A file path, or the uploaded bytes.
    name : str
        The file name: its suffix picks the format; it prefixes every error message.

    Raises
    ------
    EventFileError
        Missing, empty, binary or malformed file, or any invalid event (the message names
        the feature or row). Nothing is returned in that case.
    """
    text = decode_article(path_or_bytes, name)
    suffix = Path(name).suffix.lower()
    if suffix in (".geojson", ".json"):
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise EventFileError(f"{name}: broken JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
        return _events_from_rows(_geojson_rows(doc, name), name, "feature")
    if suffix == ".csv":
        reader = csv.DictReader(io.StringIO(text))
        missing = {"event_date", "summary", "category", "place", "lat", "lon"} - set(reader.fieldnames or ())
        if missing:
            raise EventFileError(f"{name}: CSV lacks the column(s) {', '.join(sorted(missing))}")
        try:
            rows = list(reader)
        except csv.Error as exc:
            raise EventFileError(f"{name}: broken CSV: {exc}") from None
        if any(None in row for row in rows):
            raise EventFileError(f"{name}: broken CSV: a row has more fields than the header")
        return _events_from_rows(rows, name, "row")
    raise EventFileError(f"{name}: unknown file type {suffix or '(none)'}; use .geojson, .json or .csv")
