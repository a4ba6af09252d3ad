"""The event record: one thing that happened, where and when, and the sentence that says so.

The fields are close to GDELT/ACLED practice, so analysts recognise them. Coordinates are WGS 84
longitude/latitude in degrees (EPSG:4326). Dates are calendar dates with a precision:
``day`` (the date is exact), ``month`` or ``year`` (only that part of the date is
known; the stored date is the best estimate, e.g. the 1st of the month for "in March
2022").

Every event fed in from outside (an uploaded file, an edited table row) passes
:func:`validate_event`, which raises :class:`EventValidationError` naming the field.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from geodata.gazetteer import GEO_PRECISIONS as GAZETTEER_PRECISIONS

__all__ = [
    "CATEGORIES",
    "CATEGORY_COLORS",
    "DATE_PRECISIONS",
    "EVENT_MARKER",
    "EARLIEST_EVENT_DATE",
    "Event",
    "EventValidationError",
    "GEO_PRECISIONS",
    "GEO_PRECISION_LABELS",
    "MAX_FIELD_CHARS",
    "MAX_YEARS_AHEAD",
    "Source",
    "clean_field",
    "event_id_of",
    "is_storable_date",
    "latest_allowed_date",
    "make_event_id",
    "parse_iso_date",
    "utc_now_iso",
    "validate_event",
]

#: Event categories, in legend order, each with a stable RGB colour for the map legend: Paul
#: Tol's "muted" scheme (nine colours distinct for colour-blind viewers, plus a light grey), every
#: pair at least CIELAB ΔE 15 apart, also for protanopes and deuteranopes. Events are the map's
#: only circles (:data:`EVENT_MARKER`), so they never read as ports (squares) or installations
#: (triangles) of the same colour.
CATEGORY_COLORS: dict[str, tuple[int, int, int]] = {
    "diplomacy": (51, 34, 136),
    "military": (204, 102, 119),
    "shipping": (136, 204, 238),
    "energy & resources": (221, 204, 119),
    "claims & law": (170, 68, 153),
    "research & environment": (17, 119, 51),
    "China presence": (136, 34, 85),
    "politics": (153, 153, 51),
    "infrastructure": (68, 170, 153),
    "other": (210, 210, 210),  # light: a mid grey met the teal and rose for protanopes
}

#: The marker shape of events (:data:`geodata.symbols.MARKERS`).
EVENT_MARKER = "circle"

#: The category names, in legend order.
CATEGORIES: tuple[str, ...] = tuple(CATEGORY_COLORS)

#: How much of ``event_date`` is known.
DATE_PRECISIONS: tuple[str, ...] = ("day", "month", "year")

#: How precisely (lat, lon) locates the event, most specific first (the gazetteer's levels).
#: ``arctic`` means "the Arctic as a whole" (stored at the pole by convention, never drawn there).
GEO_PRECISIONS: tuple[str, ...] = GAZETTEER_PRECISIONS

#: How the tooltip and the details panel name each geo precision.
GEO_PRECISION_LABELS: dict[str, str] = {
    "point": "exact point",
    "city": "city",
    "region": "region",
    "country": "whole country, listed beside the map (no point drawn)",
    "arctic": "Arctic-wide, listed beside the map (no point drawn)",
}

#: Dates before this are absurd for this dashboard (a typo such as 0225 or 1025).
EARLIEST_EVENT_DATE = date(1800, 1, 1)

#: Planned events ("by 2030") are allowed up to this many years after today.
MAX_YEARS_AHEAD = 10

_ACTOR_CODE = re.compile(r"^[A-Z]{2,5}$")

#: Longest accepted value of each free-text field, in characters. A file or table row with
#: a longer value is refused (so an export always fits a CSV reader's field limit).
MAX_FIELD_CHARS: dict[str, int] = {
    "event_id": 100,
    "summary": 2000,
    "place": 200,
    "evidence": 2000,
    "extractor_version": 100,
    "created_at": 40,
    "source.title": 1000,
    "source.outlet": 200,
    "source.url": 2000,
}

# C0 control characters other than tab and newline (NUL, bell, escape…): never part of an event.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class EventValidationError(ValueError):
    """An event field holds a value the dashboard cannot show honestly.

    ``field`` names the offending field; the message says what was wrong and what is allowed.
    """

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(f"{field_name}: {message}")
        self.field = field_name


@dataclass(frozen=True)
class Source:
    """Where an event was reported: the article's title, outlet, URL and publication date."""

    title: str = ""
    outlet: str = ""
    url: str = ""
    published: date | None = None


@dataclass(frozen=True)
class Event:
    """One extracted or reviewed event. See the module docstring for units and precisions."""

    event_id: str
    event_date: date
    date_precision: str
    summary: str
    category: str
    actors: tuple[str, ...]
    place: str
    lat: float
    lon: float
    geo_precision: str
    evidence: str
    source: Source = field(default_factory=Source)
    confidence: float = 0.5
    verified: bool = False
    extractor_version: str = ""
    created_at: str = ""
    #: Further places the event names, after ``place`` (a voyage's start and end, the
    #: seas an exercise spans): ``(name, lat, lon)`` in EPSG:4326 degrees, in text order.
    places: tuple[tuple[str, float, float], ...] = ()
    #: Why the extractor proposed the event, for the reviewer (empty for analysts' rows):
    #: the trigger word, the words that named the place ("" when the place is a fallback
    #: or carried from an earlier sentence) and the words that named each actor.
    trigger: str = ""
    place_mention: str = ""
    actor_mentions: str = ""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: dates as ISO strings, actors as a list, ``source`` nested."""
        data = asdict(self)
        data["event_date"] = self.event_date.isoformat()
        data["actors"] = list(self.actors)
        data["places"] = [list(p) for p in self.places]
        published = self.source.published
        data["source"]["published"] = published.isoformat() if published else None
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Event:
        """Build and validate an event from :meth:`to_dict` output (or a flat export row).

        Accepts ``source`` nested or as flat ``source_title``/``source_outlet``/``source_url``/
        ``source_published`` keys, and ``actors`` as a list or a ``;``-separated string.
        Raises :class:`EventValidationError` on any bad field.
        """
        src = data.get("source")
        if not isinstance(src, Mapping):
            src = {
                k[len("source_") :]: data.get(k)
                for k in ("source_title", "source_outlet", "source_url", "source_published")
            }
        published = src.get("published")
        source = Source(
            title=_text(src.get("title")),
            outlet=_text(src.get("outlet")),
            url=_text(src.get("url")),
            published=parse_iso_date(published, "source.published") if published not in (None, "") else None,
        )
        actors = data.get("actors") or ()
        if isinstance(actors, str):
            actors = [a for a in re.split(r"[;,|]", actors)]
        try:
            event = cls(
                event_id=_text(data.get("event_id")),
                event_date=parse_iso_date(data.get("event_date"), "event_date"),
                date_precision=_text(data.get("date_precision")) or "day",
                summary=_text(data.get("summary")),
                category=_text(data.get("category")),
                actors=tuple(str(a).strip().upper() for a in actors if str(a).strip()),
                place=_text(data.get("place")),
                lat=_number(data.get("lat"), "lat"),
                lon=_number(data.get("lon"), "lon"),
                geo_precision=_text(data.get("geo_precision")) or "point",
                evidence=_text(data.get("evidence")),
                source=source,
                confidence=_number(data.get("confidence", 0.5), "confidence"),
                verified=_boolean(data.get("verified", False)),
                extractor_version=_text(data.get("extractor_version")),
                created_at=_text(data.get("created_at")),
                places=_places(data.get("places")),
                trigger=_text(data.get("trigger")),
                place_mention=_text(data.get("place_mention")),
                actor_mentions=_text(data.get("actor_mentions")),
            )
        except TypeError as exc:  # pragma: no cover - dataclass signature mismatch
            raise EventValidationError("event", str(exc)) from exc
        if not event.event_id:
            event = replace(event, event_id=make_event_id(event))
        validate_event(event)
        return event


def latest_allowed_date(today: date | None = None) -> date:
    """The last event date accepted: ``MAX_YEARS_AHEAD`` years after ``today``."""
    today = today or date.today()
    return date(today.year + MAX_YEARS_AHEAD, 12, 31)


def is_storable_date(day: date, today: date | None = None) -> bool:
    """Whether an event on ``day`` passes :func:`parse_iso_date`'s range: from
    ``EARLIEST_EVENT_DATE`` to ``MAX_YEARS_AHEAD`` years after ``today``. The extractor makes
    no event of a sentence dated outside it ("net zero by 2050") rather than fail the article."""
    return EARLIEST_EVENT_DATE <= day <= latest_allowed_date(today)


def parse_iso_date(value: Any, field_name: str = "date", today: date | None = None) -> date:
    """Parse ``YYYY-MM-DD`` (or a date/datetime/Timestamp) into a ``date``.

    Raises :class:`EventValidationError` for anything else, or for a date before 1800
    or more than ``MAX_YEARS_AHEAD`` years after ``today`` (default: the date today).
    """
    if isinstance(value, datetime):
        parsed = value.date()
    elif isinstance(value, date):
        parsed = value
    elif hasattr(value, "to_pydatetime"):  # pandas Timestamp, without importing pandas here
        parsed = value.to_pydatetime().date()
    else:
        text = _text(value)
        match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?", text)
        if not match:
            raise EventValidationError(field_name, f"{text!r} is not a date in YYYY-MM-DD form")
        try:
            parsed = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError as exc:
            raise EventValidationError(field_name, f"{text!r} is not a calendar date ({exc})") from exc
    if parsed < EARLIEST_EVENT_DATE:
        raise EventValidationError(field_name, f"{parsed.isoformat()} is before {EARLIEST_EVENT_DATE.year}")
    if parsed > latest_allowed_date(today):
        raise EventValidationError(
            field_name, f"{parsed.isoformat()} is more than {MAX_YEARS_AHEAD} years in the future"
        )
    return parsed


def validate_event(event: Event, today: date | None = None) -> Event:
    """Check every field of ``event``; return it unchanged or raise :class:`EventValidationError`.
    ``today`` (default: the date today) bounds the event date: the extractor reads the clock once per article."""
    parse_iso_date(event.event_date, "event_date", today)
    if event.date_precision not in DATE_PRECISIONS:
        raise EventValidationError("date_precision", f"{event.date_precision!r} is not one of {DATE_PRECISIONS}")
    if event.geo_precision not in GEO_PRECISIONS:
        raise EventValidationError("geo_precision", f"{event.geo_precision!r} is not one of {GEO_PRECISIONS}")
    if event.category not in CATEGORY_COLORS:
        raise EventValidationError("category", f"{event.category!r} is not one of {CATEGORIES}")
    if not -90.0 <= event.lat <= 90.0:
        raise EventValidationError("lat", f"{event.lat} is outside -90..90 degrees")
    if not -180.0 <= event.lon <= 180.0:
        raise EventValidationError("lon", f"{event.lon} is outside -180..180 degrees")
    if not 0.0 <= event.confidence <= 1.0:
        raise EventValidationError("confidence", f"{event.confidence} is outside 0..1")
    for code in event.actors:
        if not _ACTOR_CODE.match(code):
            raise EventValidationError("actors", f"{code!r} is not an actor code (2-5 capital letters)")
    for name, lat, lon in event.places:
        if not str(name).strip() or not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
            raise EventValidationError("places", f"{(name, lat, lon)!r} is not a named point in degrees")
    if not event.summary.strip():
        raise EventValidationError("summary", "is empty")
    if not event.place.strip():
        raise EventValidationError("place", "is empty")
    if len(event.evidence) > MAX_FIELD_CHARS["evidence"]:
        raise EventValidationError("evidence", "is longer than 2000 characters; keep one sentence")
    values = {
        name: getattr(event, name) for name in ("event_id", "summary", "place", "extractor_version", "created_at")
    }
    values |= {"source.title": event.source.title, "source.outlet": event.source.outlet, "source.url": event.source.url}
    for name, value in values.items():
        if len(value) > MAX_FIELD_CHARS[name]:
            raise EventValidationError(
                name, f"is {len(value):,} characters long; the limit is {MAX_FIELD_CHARS[name]:,}"
            )
    return event


def make_event_id(event: Event) -> str:
    """A stable id from what identifies an event: its source, evidence, category and date.

    Re-extracting or re-importing the same event gives the same id, so imports are idempotent.
    """
    return event_id_of(event.source, event.evidence, event.category, event.event_date, event.actors)


def event_id_of(source: Source, evidence: str, category: str, event_date: date, actors: tuple[str, ...]) -> str:
    """:func:`make_event_id` of the event with these fields, before it is made: the extractor makes
    each event with its id rather than copying it to add one (speed)."""
    key = "\x1f".join([source.url or source.title, evidence, category, event_date.isoformat(), ",".join(actors)])
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def utc_now_iso() -> str:
    """Current UTC time as an ISO 8601 string with seconds (for ``created_at``)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def clean_field(value: Any) -> str:
    """A text field as stored: line breaks as ``\\n``, other control characters (NUL…) removed, trimmed.

    Every way in (files, the review table, extraction) passes through here, so what is
    stored always survives a CSV or GeoJSON round trip unchanged.
    """
    if value is None:
        return ""
    if isinstance(value, float) and value != value:  # NaN from an empty CSV cell
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text).strip()


_text = clean_field


def _places(value: Any) -> tuple[tuple[str, float, float], ...]:
    """``places`` from a list of ``[name, lat, lon]`` (or its JSON text); empty when missing."""
    if value is None or value == "" or (isinstance(value, float) and value != value):
        return ()
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise EventValidationError("places", f"{value[:60]!r} is not a JSON list of [name, lat, lon]") from None
    try:
        return tuple((str(name), _number(lat, "places"), _number(lon, "places")) for name, lat, lon in value)
    except (TypeError, ValueError):
        raise EventValidationError("places", "must be a list of [name, lat, lon]") from None


def _number(value: Any, field_name: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise EventValidationError(field_name, f"{value!r} is not a number") from None
    if number != number:
        raise EventValidationError(field_name, "is missing")
    return number


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(value).lower()
    if text in ("1", "true", "yes", "y", "t"):
        return True
    if text in ("", "0", "false", "no", "n", "f", "none"):
        return False
    raise EventValidationError("verified", f"{value!r} is not true/false")
