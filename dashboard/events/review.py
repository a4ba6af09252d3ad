"""The Ingest page's logic: article input, the review table, and its validation.

Flow: :func:`article_text` reads the pasted text or the uploaded file, :func:`suggested_published`
reads the publication date an article states (an HTML page's metadata, pasted text's byline) as a suggestion, :func:`check_published` checks the
publication date the analyst confirmed, ``extract_events`` proposes events, :func:`editor_frame` lays them
out for ``st.data_editor``, and :func:`rows_to_events` turns the reviewed rows back into
validated events, or raises :class:`RowErrors` naming every bad row. Coordinates are
EPSG:4326 degrees throughout.
"""

from __future__ import annotations

import hashlib
import math
import re
from datetime import date
from typing import Any

import pandas as pd

from dashboard.events import (
    CATEGORIES,
    MAX_ARTICLE_CHARS,
    Event,
    EventFileError,
    EventValidationError,
    Source,
    decode_article,
)
from dashboard.events.extraction.text import detect_format
from dashboard.events.model import EARLIEST_EVENT_DATE, parse_iso_date
from dashboard.safe_text import safe_url

__all__ = [
    "ANALYST_VERSION",
    "EDITOR_COLUMNS",
    "IngestError",
    "RowErrors",
    "article_text",
    "check_published",
    "check_url",
    "editor_frame",
    "format_places",
    "parse_places",
    "preview_frame",
    "rows_to_events",
    "suggested_published",
]

#: ``extractor_version`` of a row the analyst added by hand.
ANALYST_VERSION = "analyst"

#: Columns of the review table, in display order (``event_id``, ``extractor_version`` and
#: ``created_at`` travel hidden so an edited row keeps its identity and provenance). The
#: last four say why the extractor proposed the event: ``trigger`` word, ``place_mention``
#: (empty when the place is a fallback or carried from an earlier sentence),
#: ``actor_mentions`` ("Northern Fleet = RUS; Joly = CAN") and further ``places`` as
#: "Name (lat, lon); ..." text.
EDITOR_COLUMNS: tuple[str, ...] = (
    "verified",
    "event_date",
    "date_precision",
    "category",
    "summary",
    "actors",
    "place",
    "lat",
    "lon",
    "geo_precision",
    "confidence",
    "evidence",
    "trigger",
    "place_mention",
    "actor_mentions",
    "places",
    "event_id",
    "extractor_version",
    "created_at",
)


class IngestError(ValueError):
    """The article or its publication date cannot be used; the message says why."""


class RowErrors(ValueError):
    """Some review-table rows are invalid; ``messages`` holds one line per bad row."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("; ".join(messages))
        self.messages = messages


def article_text(pasted: str | None, upload: bytes | None = None, upload_name: str = "") -> tuple[str, str]:
    """The article text and its format (``"text"``, ``"markdown"`` or ``"html"``, from the file
    name or the content): the uploaded file if there is one, else the pasted text.

    Raises :class:`IngestError` for an empty text, an empty, binary or undecodable upload, or an
    article longer than :data:`~dashboard.events.io.MAX_ARTICLE_CHARS` (the message names the limit).
    """
    if upload is not None:
        try:
            text = decode_article(upload, upload_name or "upload")
        except EventFileError as exc:
            raise IngestError(f"The uploaded file cannot be read: {exc}") from None
        name = upload_name
    else:
        text, name = pasted or "", ""
        if not text.strip():
            raise IngestError("The article is empty: paste its text or upload a .txt, .md or .html file.")
        if "\x00" in text:
            raise IngestError("The pasted text contains NUL characters: it does not look like an article.")
    if len(text) > MAX_ARTICLE_CHARS:
        raise IngestError(f"The article has {len(text):,} characters; the limit is {MAX_ARTICLE_CHARS:,}.")
    return text, detect_format(text, name)


def suggested_published(text: str, fmt: str, today: date | None = None) -> date | None:
    """The publication date an article states, as a suggestion, or None.

    An HTML page's is read by trafilatura (``extensive=False``: the page's own publication
    metadata, such as ``article:published_time``, JSON-LD or a dated byline, and never a guess
    from the copyright year or the newest date in the text, so a page without one gives None).
    Pasted plain text or Markdown gives the full date of a short line among its first lines, the
    byline a news site's text keeps when copied ("Published: 24 March 2023", "March 24, 2023 10:15
    AM"; :func:`_byline_date`). A date after ``today`` or before the earliest event date is no
    suggestion. The analyst still confirms the date: :func:`check_published` requires one.
    """
    if not text.strip():
        return None
    if fmt != "html":
        return _byline_date(text, today or date.today())
    from trafilatura.metadata import extract_metadata  # deferred: its import takes most of a second

    try:
        found = extract_metadata(text, extensive=False)
    except (ValueError, TypeError):  # a page lxml cannot parse has no metadata to offer
        return None
    if found is None or not found.date:
        return None
    try:
        day = date.fromisoformat(str(found.date)[:10])
    except ValueError:
        return None
    return day if EARLIEST_EVENT_DATE <= day <= (today or date.today()) else None


# A byline is short, near the top of copied text and no sentence; "Updated" names a later day than
# "Published".
_BYLINE_LINES = 8
_BYLINE_MAX_CHARS = 80
_SENTENCE = re.compile(r"^(?:\S+\s+){6,}.*[.!?]$")  # seven words or more ending like a sentence
_UPDATED = re.compile(r"(?i)\b(?:updated|modified|edited)\b")


def _byline_date(text: str, today: date) -> date | None:
    """The first full date (day, month and four-digit year) on a short line that is no sentence
    among the first non-empty lines of ``text``, preferring a line that does not say "Updated";
    None if none."""
    from dashboard.events.extraction.dates import find_dates  # deferred: the extractor's tables

    lines = [line.strip() for line in text.splitlines() if line.strip()][:_BYLINE_LINES]
    found: list[tuple[bool, date]] = []
    for line in lines:
        if len(line) > _BYLINE_MAX_CHARS or _SENTENCE.match(line):
            continue
        for match in find_dates(line, today):
            if match.precision == "day" and re.search(r"\d{4}", match.text):
                if EARLIEST_EVENT_DATE <= match.date <= today:
                    found.append((bool(_UPDATED.search(line)), match.date))
                break
    return min(found, key=lambda item: item[0])[1] if found else None


def check_url(value: str | None) -> str:
    """The article's URL, stripped; empty is allowed, anything but an http(s) address is not."""
    text = (value or "").strip()
    if text and safe_url(text) is None:
        raise IngestError("The URL must be an http:// or https:// address without spaces or quotes.")
    return text


def check_published(value: Any, today: date | None = None) -> date:
    """The publication date as a ``date``; :class:`IngestError` if missing, malformed or in the future."""
    if value is None or value == "":
        raise IngestError("Give the article's publication date (YYYY-MM-DD): relative dates are read from it.")
    try:
        day = parse_iso_date(value, "publication date")
    except EventValidationError as exc:
        raise IngestError(f"Malformed {exc}") from None
    if day > (today or date.today()):
        raise IngestError(f"The publication date {day.isoformat()} is in the future.")
    return day


def editor_frame(events: list[Event]) -> pd.DataFrame:
    """The review table for ``events``: one row each, actors as ``"USA, RUS"``, dates as ``date``."""
    rows = [
        {
            "verified": e.verified,
            "event_date": e.event_date,
            "date_precision": e.date_precision,
            "category": e.category,
            "summary": e.summary,
            "actors": ", ".join(e.actors),
            "place": e.place,
            "lat": e.lat,
            "lon": e.lon,
            "geo_precision": e.geo_precision,
            "confidence": e.confidence,
            "evidence": e.evidence,
            "trigger": e.trigger,
            "place_mention": e.place_mention,
            "actor_mentions": e.actor_mentions,
            "places": format_places(e.places),
            "event_id": e.event_id,
            "extractor_version": e.extractor_version,
            "created_at": e.created_at,
        }
        for e in events
    ]
    frame = pd.DataFrame(rows, columns=list(EDITOR_COLUMNS))
    return frame.astype({"verified": bool, "lat": float, "lon": float, "confidence": float})


_PLACE_TEXT = re.compile(r"\s*(?P<name>[^;()]+?)\s*\(\s*(?P<lat>-?[\d.]+)\s*,\s*(?P<lon>-?[\d.]+)\s*\)\s*")


def format_places(places: tuple[tuple[str, float, float], ...]) -> str:
    """An event's further places as review-table text: ``"Tianjin (39.1, 117.2); Murmansk (69.0, 33.1)"``."""
    return "; ".join(f"{name} ({round(lat, 5)}, {round(lon, 5)})" for name, lat, lon in places)


def parse_places(text: str) -> list[list]:
    """The review table's ``places`` text back to ``[[name, lat, lon], ...]`` (degrees).

    Raises :class:`EventValidationError` for a part that is not "Name (lat, lon)".
    """
    places = []
    for part in filter(str.strip, text.split(";")):
        match = _PLACE_TEXT.fullmatch(part)
        if not match:
            raise EventValidationError("places", f"{part.strip()!r} is not 'Name (lat, lon)'")
        places.append([match["name"], float(match["lat"]), float(match["lon"])])
    return places


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    try:
        if pd.isna(value):
            return True
    except (TypeError, ValueError):
        pass
    return isinstance(value, str) and not value.strip()


def _cell(row: dict[str, Any], column: str, default: Any = "") -> Any:
    value = row.get(column)
    return default if _blank(value) else value


def _row_name(number: int, row: dict[str, Any]) -> str:
    summary = str(_cell(row, "summary", "")).strip()
    if len(summary) > 40:
        summary = summary[:39].rstrip() + "…"
    return f"Row {number}" + (f" (“{summary}”)" if summary else "")


def _new_event_id(source: Source, data: dict[str, Any]) -> str:
    key = "\x1f".join(
        str(x)
        for x in (source.url or source.title, data["summary"], data["place"], data["event_date"], data["category"])
    )
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _row_event(row: dict[str, Any], source: Source) -> Event:
    for column in ("event_date", "category", "summary", "place", "lat", "lon"):
        if _blank(row.get(column)):
            raise EventValidationError(column, "is missing")
    if row["category"] not in CATEGORIES:
        raise EventValidationError("category", f"{row['category']!r} is not one of {', '.join(CATEGORIES)}")
    data = {
        "event_date": parse_iso_date(row["event_date"], "event_date"),
        "date_precision": _cell(row, "date_precision", "day"),
        "summary": str(row["summary"]).strip(),
        "category": row["category"],
        "actors": [a for a in re.split(r"[,;\s]+", str(_cell(row, "actors", ""))) if a],
        "place": str(row["place"]).strip(),
        "lat": row["lat"],
        "lon": row["lon"],
        "geo_precision": _cell(row, "geo_precision", "point"),
        "evidence": str(_cell(row, "evidence", "")).strip(),
        "confidence": _cell(row, "confidence", 0.5),
        "verified": bool(_cell(row, "verified", False)),
        "extractor_version": _cell(row, "extractor_version", ANALYST_VERSION),
        "created_at": _cell(row, "created_at", ""),
        "places": parse_places(str(_cell(row, "places", ""))),
        "trigger": _cell(row, "trigger", ""),
        "place_mention": _cell(row, "place_mention", ""),
        "actor_mentions": _cell(row, "actor_mentions", ""),
        "source": {"title": source.title, "outlet": source.outlet, "url": source.url, "published": source.published},
    }
    data["event_id"] = _cell(row, "event_id", "") or _new_event_id(source, data)
    return Event.from_dict(data)


def rows_to_events(frame: pd.DataFrame, source: Source) -> list[Event]:
    """Validated events from the reviewed table, all citing ``source``.

    Raises :class:`RowErrors` with one message per bad row ("Row 3 (“…”): event_date: 3000-01-01
    is more than 10 years in the future"), numbered as the table shows them (from 1).
    """
    events: list[Event] = []
    messages: list[str] = []
    seen: dict[str, int] = {}
    for number, row in enumerate(frame.to_dict("records"), start=1):
        try:
            event = _row_event(row, source)
        except EventValidationError as exc:
            messages.append(f"{_row_name(number, row)}: {exc}")
            continue
        if event.event_id in seen:
            messages.append(f"{_row_name(number, row)}: repeats row {seen[event.event_id]} (same event)")
            continue
        seen[event.event_id] = number
        events.append(event)
    if messages:
        raise RowErrors(messages)
    return events


def preview_frame(frame: pd.DataFrame, source: Source) -> pd.DataFrame:
    """The valid rows of the review table shaped like ``EventStore.query()``, for the preview map.

    Rows that do not validate yet are left out (the Save step reports them).
    """
    from dashboard.events import events_to_frame

    events = []
    for row in frame.to_dict("records"):
        try:
            events.append(_row_event(row, source))
        except EventValidationError:
            continue
    return events_to_frame(events)
