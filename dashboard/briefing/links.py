"""A view as a URL query string, and back (no Streamlit).

The layers travel as :mod:`dashboard.map.selection` writes them (``layers``), the event filters as
:mod:`dashboard.events.filters` writes them (``events``, ``events_from``, ...), the camera as
:mod:`dashboard.map.view_param` writes it (``view=x,y,zoom``, as the live Map does). This module adds only what a view has
beyond the Map page: ``highlight`` (comma-separated event ids), ``features`` (``layer:name`` pairs
separated by ``|``) and ``title``. Unknown or malformed values are dropped, so an old link opens.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from urllib.parse import urlencode

from dashboard.events.filters import EventsViewState
from dashboard.map.deck import PolarView
from dashboard.map.selection import LAYERS_PARAM, default_layers, format_layer_param, parse_layer_param
from dashboard.map.view_param import PROJECTOR_TEXT, TEXT_PARAM, VIEW_PARAM, format_view_param, parse_view_param

from .model import MAX_HIGHLIGHTS, MAX_TITLE_CHARS, BriefingError, FeatureRef, View

__all__ = ["FEATURES_PARAM", "HIGHLIGHT_PARAM", "TITLE_PARAM", "view_from_query", "view_query", "view_query_string"]

HIGHLIGHT_PARAM = "highlight"
FEATURES_PARAM = "features"
TITLE_PARAM = "title"


def view_query(view: View, low: date = date.min, high: date = date.max) -> dict[str, str]:
    """Query parameters that reopen ``view``. ``low``/``high`` are the stored events' date bounds:
    dates at those bounds are left out so the link keeps showing later events."""
    params: dict[str, str | None] = {
        LAYERS_PARAM: format_layer_param(view.layers),
        VIEW_PARAM: format_view_param(view.camera),
        **view.events.to_query(low, high),
        HIGHLIGHT_PARAM: ",".join(view.highlighted_events) or None,
        FEATURES_PARAM: "|".join(f"{f.layer}:{f.name}" for f in view.highlighted_features) or None,
        TITLE_PARAM: view.title or None,
        TEXT_PARAM: PROJECTOR_TEXT if view.projector_text else None,
    }
    return {key: value for key, value in params.items() if value is not None}


def view_query_string(view: View, low: date = date.min, high: date = date.max) -> str:
    """``view_query`` encoded, without the leading ``?``."""
    return urlencode(view_query(view, low, high))


def view_from_query(params: Mapping[str, str], *, height_px: int = PolarView.height_px) -> View:
    """The view a link's query parameters describe (``st.query_params`` or a plain dict)."""
    layers = parse_layer_param(params.get(LAYERS_PARAM))
    camera = parse_view_param(params.get(VIEW_PARAM), height_px=height_px) or PolarView(height_px=height_px)
    events = EventsViewState.from_query(params)
    if events.start and events.end and events.start > events.end:
        events = EventsViewState(events.on, None, None, events.categories, events.actors)
    highlighted = [p.strip() for p in (params.get(HIGHLIGHT_PARAM) or "").split(",") if p.strip()]
    features = []
    for item in (params.get(FEATURES_PARAM) or "").split("|"):
        layer, sep, name = item.partition(":")
        if sep and layer.strip() and name.strip():
            features.append(FeatureRef(layer.strip(), name.strip()))
    title = (params.get(TITLE_PARAM) or "")[:MAX_TITLE_CHARS]
    try:
        return View(
            layers=tuple(default_layers() if layers is None else layers),
            camera=camera,
            events=events,
            highlighted_events=tuple(dict.fromkeys(highlighted))[:MAX_HIGHLIGHTS],
            highlighted_features=tuple(features)[: max(0, MAX_HIGHLIGHTS - len(highlighted))],
            title="".join(c for c in title if c.isprintable()),
            projector_text=params.get(TEXT_PARAM) == PROJECTOR_TEXT,
        )
    except BriefingError:
        return View(layers=tuple(default_layers() if layers is None else layers), camera=camera)
