"""Events in and out of files: GeoJSON and CSV in one export format, and article uploads.

The export format is the :data:`~dashboard.events.store.EVENT_COLUMNS` of the store
without the store-local ``article_id``: GeoJSON Point features (EPSG:4326 lon/lat
degrees, RFC 7946) with the other fields as properties, or CSV with ``lat``/``lon``
columns and ``actors`` joined by ``;``. Reading is strict: any bad row raises
:class:`EventFileError` naming the row, and nothing is returned.

GeoJSON coordinates are read as WGS 84 longitude/latitude degrees, as RFC 7946 requires; a
file declaring another CRS (the pre-2016 ``crs`` member, e.g. EPSG:3857 metres) is refused,
not reinterpreted. CSV cells that a spreadsheet would run as a formula (starting with ``=``,
``+``, ``-``, ``@``, tab or carriage return) are written with a leading apostrophe, the
spreadsheet convention for "this is text"; a cell that itself starts with an apostrophe gets
a second one. Reading a CSV removes one leading apostrophe from every text cell, so the
round trip gives back exactly what was stored.
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

from .model import Event, EventValidationError, clean_field
from .schema import EVENT_COLUMNS

__all__ = [
    "EXPORT_COLUMNS",
    "MAX_ARTICLE_CHARS",
    "MAX_FILE_BYTES",
    "EventFileError",
    "check_article_length",
    "decode_article",
    "events_to_csv",
    "events_to_frame",
    "events_to_geojson",
    "read_events_file",
]

#: Columns of a CSV export (and properties of a GeoJSON export, plus lat/lon as geometry).
EXPORT_COLUMNS: tuple[str, ...] = tuple(c for c in EVENT_COLUMNS if c != "article_id")

#: Largest file read (an article upload or an event import), in bytes: 20 MiB.
MAX_FILE_BYTES = 20 * 1024 * 1024

#: Longest article extracted, in characters. Extraction takes about 5-15 s per million
#: characters on a shared 2-core server (``benchmarks/article_size_benchmark.py``), linear in
#: length, so a 20 MB text would keep the analyst (and a server thread) waiting for minutes.
MAX_ARTICLE_CHARS = 1_000_000

# Columns whose values are numbers or validated codes: never a formula, never neutralised.
_PLAIN_COLUMNS = frozenset({"event_date", "lat", "lon", "confidence", "verified"})
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")

#: CRS names a GeoJSON file may declare: all mean WGS 84 longitude, latitude in degrees.
_WGS84_NAMES = frozenset(
    {
        "urn:ogc:def:crs:ogc:1.3:crs84",
        "urn:ogc:def:crs:ogc::crs84",
        "urn:ogc:def:crs:epsg::4326",
        "epsg:4326",
        "crs84",
        "ogc:crs84",
        "http://www.opengis.net/def/crs/ogc/1.3/crs84",
        "http://www.opengis.net/def/crs/epsg/0/4326",
    }
)


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


def _neutralise(value: str) -> str:
    """A CSV cell a spreadsheet shows as text: a leading ``'`` before a formula character."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _unneutralise(value: Any) -> Any:
    return value[1:] if isinstance(value, str) and value.startswith("'") else value


def events_to_csv(df: pd.DataFrame) -> str:
    """CSV text of the events in ``df`` (:data:`EXPORT_COLUMNS`, actors joined by ``;``).

    Text cells are cleaned like stored fields (:func:`~dashboard.events.model.clean_field`)
    and neutralised against spreadsheet formulas (see the module docstring).
    """
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(EXPORT_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for row in df.to_dict("records"):
        out = {c: _plain(row.get(c)) for c in EXPORT_COLUMNS}
        out["actors"] = ";".join(out["actors"] or [])
        out["verified"] = "true" if out["verified"] else "false"
        for column, value in out.items():
            if column not in _PLAIN_COLUMNS and value is not None:
                out[column] = _neutralise(clean_field(value))
        writer.writerow({k: "" if v is None else v for k, v in out.items()})
    return buffer.getvalue()


def _read_bytes(path_or_bytes: str | Path | bytes, name: str) -> bytes:
    if isinstance(path_or_bytes, (bytes, bytearray)):
        data = bytes(path_or_bytes)
    else:
        path = Path(path_or_bytes)
        if not path.is_file():
            raise EventFileError(f"{name}: no such file")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise EventFileError(f"{name}: larger than {MAX_FILE_BYTES // 2**20} MiB")
        data = path.read_bytes()
    if not data.strip():
        raise EventFileError(f"{name}: the file is empty")
    if len(data) > MAX_FILE_BYTES:
        raise EventFileError(f"{name}: larger than {MAX_FILE_BYTES // 2**20} MiB")
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


def check_article_length(text: str, name: str = "article") -> str:
    """``text`` if it is at most :data:`MAX_ARTICLE_CHARS` long, else :class:`EventFileError` naming the limit."""
    if len(text) > MAX_ARTICLE_CHARS:
        raise EventFileError(
            f"{name}: the article has {len(text):,} characters; the limit is {MAX_ARTICLE_CHARS:,} (split it)"
        )
    return text


def _events_from_rows(rows: Iterable[dict[str, Any]], name: str, what: str) -> list[Event]:
    events = []
    first_seen: dict[str, int] = {}
    for number, row in enumerate(rows, start=1):
        try:
            event = Event.from_dict(row)
        except EventValidationError as exc:
            raise EventFileError(f"{name}: {what} {number}: {exc}") from None
        if event.event_id in first_seen:
            raise EventFileError(
                f"{name}: {what} {number}: event_id {event.event_id} repeats {what} {first_seen[event.event_id]}"
            )
        first_seen[event.event_id] = number
        events.append(event)
    if not events:
        raise EventFileError(f"{name}: contains no events")
    return events


def _check_crs(doc: dict[str, Any], name: str) -> None:
    """Refuse a declared CRS other than WGS 84; a missing one means WGS 84 (RFC 7946 §4)."""
    if "crs" not in doc or doc["crs"] is None:
        return
    crs = doc["crs"]
    declared = crs.get("properties", {}).get("name") if isinstance(crs, dict) else None
    if not isinstance(declared, str):
        raise EventFileError(f'{name}: unreadable "crs" member; GeoJSON must be WGS 84 (omit "crs")')
    if declared.strip().lower() not in _WGS84_NAMES:
        raise EventFileError(
            f"{name}: declares the CRS {declared[:80]!r}; only WGS 84 longitude/latitude is accepted "
            "(reproject to EPSG:4326 first)"
        )


def _geojson_rows(doc: Any, name: str) -> list[dict[str, Any]]:
    if isinstance(doc, list):  # a JSON array of events, as `extract --format json` prints
        if not all(isinstance(item, dict) for item in doc):
            raise EventFileError(f"{name}: a JSON array of events must hold objects")
        return doc
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection" or not isinstance(doc.get("features"), list):
        raise EventFileError(f"{name}: not a GeoJSON FeatureCollection")
    _check_crs(doc, name)
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
        if not all(isinstance(c, (int, float)) and not isinstance(c, bool) and math.isfinite(c) for c in coords[:2]):
            raise EventFileError(f"{name}: feature {number}: coordinates must be two finite numbers [lon, lat]")
        if not (-180 <= coords[0] <= 180 and -90 <= coords[1] <= 90):
            raise EventFileError(
                f"{name}: feature {number}: coordinates {coords[:2]} are outside -180..180, -90..90 degrees "
                "(GeoJSON is WGS 84 longitude, latitude; reproject projected data first)"
            )
        properties = feature.get("properties")
        if not isinstance(properties, dict):
            raise EventFileError(f"{name}: feature {number}: properties must be an object")
        rows.append(properties | {"lon": coords[0], "lat": coords[1]})
    return rows


def _csv_rows(text: str, name: str) -> list[dict[str, Any]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = reader.fieldnames or ()
        missing = {"event_date", "summary", "category", "place", "lat", "lon"} - set(header)
        if missing:
            raise EventFileError(f"{name}: CSV lacks the column(s) {', '.join(sorted(missing))}")
        rows = list(reader)
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise EventFileError(
                f"{name}: a CSV field is longer than {csv.field_size_limit():,} characters (line {reader.line_num})"
            ) from None
        raise EventFileError(f"{name}: broken CSV at line {reader.line_num}: {exc}") from None
    if any(None in row for row in rows):
        raise EventFileError(f"{name}: broken CSV: a row has more fields than the header")
    return [{key: _unneutralise(value) for key, value in row.items()} for row in rows]


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
        except RecursionError:
            raise EventFileError(f"{name}: JSON nested too deeply to be an events file") from None
        except ValueError as exc:  # e.g. an integer with thousands of digits
            raise EventFileError(f"{name}: unreadable JSON ({str(exc)[:100]})") from None
        return _events_from_rows(_geojson_rows(doc, name), name, "feature")
    if suffix == ".csv":
        return _events_from_rows(_csv_rows(text, name), name, "row")
    raise EventFileError(f"{name}: unknown file type {suffix or '(none)'}; use .geojson, .json or .csv")
