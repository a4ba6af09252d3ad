"""The briefing file: a versioned JSON document to hand a briefing to someone else (no Streamlit).

Layout (version 1)::

    {"format": "arctic-atlas-briefing", "version": 1, "name": "...",
     "slides": [{"title": "...", "talking_points": "...", "view": VIEW}, ...]}

    VIEW = {"title": "...", "layers": ["states", ...],
            "camera": {"x": 0.0, "y": 0.0, "zoom": -13.6, "height_px": 720},
            "events": {"on": true, "from": "2025-01-01" | null, "to": ... | null,
                       "categories": ["military", ...] | null, "actors": ["RUS", ...]},
            "highlight": {"events": ["ev-..."], "features": [{"layer": "states", "name": "Norway"}]},
            "projector_text": true}   # optional; only written when true

Camera coordinates are EPSG:3413 metres; ``zoom`` is deck.gl's ``log2(pixels per metre)`` for a
map ``height_px`` pixels tall; an optional ``width_px`` (a framed region's map width) lets the live
map fit the region to its own width as well. ``categories: null`` means every category. Writing then reading a
briefing gives an equal briefing, and reading then writing a written file gives the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from dashboard.events import CATEGORIES
from dashboard.events.filters import EventsViewState
from dashboard.map.deck import PolarView

from .model import Briefing, BriefingError, FeatureRef, Slide, View

__all__ = [
    "FILE_FORMAT",
    "FILE_VERSION",
    "MAX_FILE_BYTES",
    "briefing_from_dict",
    "briefing_from_json",
    "briefing_to_dict",
    "briefing_to_json",
    "view_from_dict",
    "view_to_dict",
]

FILE_FORMAT = "arctic-atlas-briefing"
FILE_VERSION = 1
#: Larger files are refused before parsing (a 100-slide briefing is well under 1 MB).
MAX_FILE_BYTES = 5_000_000


def view_to_dict(view: View) -> dict[str, Any]:
    """The JSON-ready form of ``view`` (see the module docstring)."""
    ev = view.events
    return {
        "title": view.title,
        "layers": list(view.layers),
        "camera": {
            "x": float(view.camera.x),
            "y": float(view.camera.y),
            "zoom": float(view.camera.zoom),
            "height_px": int(view.camera.height_px),
            **({"width_px": int(view.camera.width_px)} if view.camera.width_px is not None else {}),
        },
        "events": {
            "on": ev.on,
            "from": ev.start.isoformat() if ev.start else None,
            "to": ev.end.isoformat() if ev.end else None,
            "categories": list(ev.categories) if ev.categories is not None else None,
            "actors": list(ev.actors),
        },
        "highlight": {
            "events": list(view.highlighted_events),
            "features": [{"layer": f.layer, "name": f.name} for f in view.highlighted_features],
        },
        **({"projector_text": True} if view.projector_text else {}),
    }


def view_from_dict(data: Any) -> View:
    """The :class:`View` that ``data`` describes; :class:`BriefingError` naming the bad field otherwise.

    Unknown categories are an error here (a file is not a hand-edited link); unknown layers are
    kept and reported later by :func:`~dashboard.briefing.model.view_notes`.
    """
    data = _mapping(data, "view")
    camera = _mapping(data.get("camera", {}), "view.camera")
    events = _mapping(data.get("events", {}), "view.events")
    highlight = _mapping(data.get("highlight", {}), "view.highlight")
    categories = events.get("categories")
    if categories is not None:
        categories = tuple(_strings(categories, "view.events.categories"))
        unknown = [c for c in categories if c not in CATEGORIES]
        if unknown:
            raise BriefingError(f"view.events.categories: unknown category {unknown[0]!r}")
    features = []
    for item in _list(highlight.get("features", []), "view.highlight.features"):
        item = _mapping(item, "view.highlight.features[]")
        features.append(
            FeatureRef(_string(item.get("layer"), "feature layer"), _string(item.get("name"), "feature name"))
        )
    return View(
        layers=tuple(_strings(data.get("layers", []), "view.layers")),
        camera=PolarView(
            x=_number(camera.get("x", 0.0), "view.camera.x"),
            y=_number(camera.get("y", 0.0), "view.camera.y"),
            zoom=_number(camera.get("zoom", PolarView.zoom), "view.camera.zoom"),
            height_px=int(_number(camera.get("height_px", PolarView.height_px), "view.camera.height_px")),
            width_px=int(_number(camera["width_px"], "view.camera.width_px")) if "width_px" in camera else None,
        ),
        events=EventsViewState(
            on=bool(events.get("on", True)),
            start=_date(events.get("from"), "view.events.from"),
            end=_date(events.get("to"), "view.events.to"),
            categories=categories,
            actors=tuple(_strings(events.get("actors", []), "view.events.actors")),
        ),
        highlighted_events=tuple(_strings(highlight.get("events", []), "view.highlight.events")),
        highlighted_features=tuple(features),
        title=_string(data.get("title", ""), "view.title"),
        projector_text=data.get("projector_text", False) is True,
    )


def briefing_to_dict(briefing: Briefing) -> dict[str, Any]:
    """The JSON-ready form of ``briefing``."""
    return {
        "format": FILE_FORMAT,
        "version": FILE_VERSION,
        "name": briefing.name,
        "slides": [
            {"title": s.title, "talking_points": s.talking_points, "view": view_to_dict(s.view)}
            for s in briefing.slides
        ],
    }


def briefing_from_dict(data: Any) -> Briefing:
    """The :class:`Briefing` a parsed file describes; :class:`BriefingError` with one line otherwise."""
    data = _mapping(data, "briefing file")
    if data.get("format") != FILE_FORMAT:
        raise BriefingError(f"not an Arctic Atlas briefing file (format must be {FILE_FORMAT!r})")
    version = data.get("version")
    if version != FILE_VERSION:
        raise BriefingError(f"briefing file version {version!r} is not supported (this version reads {FILE_VERSION})")
    slides = []
    for number, item in enumerate(_list(data.get("slides", []), "slides"), start=1):
        item = _mapping(item, f"slide {number}")
        try:
            slides.append(
                Slide(
                    view=view_from_dict(item.get("view", {})),
                    title=_string(item.get("title", ""), "title"),
                    talking_points=_string(item.get("talking_points", ""), "talking_points"),
                )
            )
        except BriefingError as exc:
            raise BriefingError(f"slide {number}: {exc}") from None
    return Briefing(name=data.get("name"), slides=tuple(slides))


def briefing_to_json(briefing: Briefing) -> str:
    """The briefing file's text: UTF-8 JSON, keys in a fixed order, indented for diffs."""
    return json.dumps(briefing_to_dict(briefing), ensure_ascii=False, indent=2) + "\n"


def briefing_from_json(text: str | bytes) -> Briefing:
    """Read a briefing file's contents (text or bytes); :class:`BriefingError` for anything unusable."""
    if len(text) > MAX_FILE_BYTES:
        raise BriefingError(f"briefing file is larger than {MAX_FILE_BYTES:,} bytes")
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise BriefingError("briefing file is not UTF-8 text") from None
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise BriefingError(f"briefing file is not valid JSON ({exc.__class__.__name__})") from None
    return briefing_from_dict(data)


def _mapping(value: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise BriefingError(f"{what} must be a JSON object")
    return value


def _list(value: Any, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise BriefingError(f"{what} must be a JSON list")
    return value


def _string(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise BriefingError(f"{what} must be text")
    return value


def _strings(value: Any, what: str) -> list[str]:
    return [_string(v, what) for v in _list(value, what)]


def _number(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BriefingError(f"{what} must be a number")
    return float(value)


def _date(value: Any, what: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(_string(value, what))
    except ValueError:
        raise BriefingError(f"{what}: {value!r} is not a YYYY-MM-DD date") from None
