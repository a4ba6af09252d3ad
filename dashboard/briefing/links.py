"""A view as a URL query string, and back (no Streamlit).

The layers travel as :mod:`dashboard.map.selection` writes them (``layers``), the event filters as
:mod:`dashboard.events.filters` writes them (``events``, ``events_from``, ...), the camera as
:mod:`dashboard.map.view_param` writes it (``view=x,y,zoom``, as the live Map does). This module adds only what a view has
beyond the Map page: ``highlight`` (comma-separated event ids), ``features`` (``layer:name`` pairs
separated by ``|``) and ``title``. Unknown or malformed values are dropped, so an old link opens.

A stored briefing is presented by its name: ``present?briefing=NAME&slide=N`` (:func:`present_link`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from urllib.parse import quote, urlencode, urljoin

from dashboard.events.filters import EventsViewState
from dashboard.map.deck import PolarView
from dashboard.map.selection import LAYERS_PARAM, default_layers, format_layer_param, parse_layer_param
from dashboard.map.view_param import PROJECTOR_TEXT, TEXT_PARAM, VIEW_PARAM, format_view_param, parse_view_param

from .model import MAX_HIGHLIGHTS, MAX_TITLE_CHARS, BriefingError, FeatureRef, View

__all__ = [
    "BRIEFING_PARAM",
    "FEATURES_PARAM",
    "HIGHLIGHT_PARAM",
    "SLIDE_PARAM",
    "TITLE_PARAM",
    "present_link",
    "view_from_query",
    "view_query",
    "view_query_string",
]

HIGHLIGHT_PARAM = "highlight"
FEATURES_PARAM = "features"
TITLE_PARAM = "title"
BRIEFING_PARAM = "briefing"
SLIDE_PARAM = "slide"
PRESENT_PAGE = "present"  # the Present page's url_path


def present_link(name: str, slide: int = 1, page_url: str | None = None) -> str:
    """The link that presents the stored briefing ``name`` from slide ``slide`` (1-based):
    ``present?briefing=NAME&slide=N`` with every character of the name percent-encoded (UTF-8,
    spaces as ``%20``). Relative, or absolute when ``page_url`` (the URL of any page of the app,
    as the browser shows it) is given."""
    query = urlencode({BRIEFING_PARAM: name, SLIDE_PARAM: str(int(slide))}, quote_via=quote, safe="")
    relative = f"{PRESENT_PAGE}?{query}"
    return urljoin(page_url, relative) if page_url else relative


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
