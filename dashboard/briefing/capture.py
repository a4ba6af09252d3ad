"""The Map as a :class:`View`: what "Save this view" stores (no Streamlit).

The Map keeps its state in its link (layers, ``view=x,y,zoom``, the event filters,
``feature=layer:id``); the map component also reports the camera as the user leaves it. This
module turns both into a view: the reported camera wins over the link's, and the feature in
detail becomes the view's highlight (an event by its id, a registry feature by its name).
"""

from __future__ import annotations

from collections.abc import Mapping

import geodata
from dashboard.events.overlay import EVENT_LAYER_ID
from dashboard.map.deck import PolarView, project_for_display
from dashboard.map.feature_param import FEATURE_PARAM, parse_feature_param

from .links import view_from_query
from .model import FeatureRef, View, feature_key_column

__all__ = ["view_from_map"]


def _highlight(value: str | None) -> tuple[tuple[str, ...], tuple[FeatureRef, ...]]:
    chosen = parse_feature_param(value)
    if chosen is None:
        return (), ()
    layer, feature = chosen
    if layer == EVENT_LAYER_ID:
        return (str(feature),), ()
    column = feature_key_column(layer) if layer in geodata.layer_names() else None
    if column is None or not isinstance(feature, int):
        return (), ()
    names = project_for_display(layer).get(column)
    if names is None or not 0 <= feature < len(names):
        return (), ()
    return (), (FeatureRef(layer, str(names.iloc[feature])),)


def view_from_map(params: Mapping[str, str], camera: PolarView | None, title: str = "") -> View:
    """The view the Map shows: its link's ``params`` (``st.query_params``), the ``camera`` the
    component reported (EPSG:3413 metres; None keeps the link's ``view=``) and a ``title``.

    Raises :class:`~dashboard.briefing.model.BriefingError` for an unusable title.
    """
    base = view_from_query(params)
    events, features = _highlight(params.get(FEATURE_PARAM))
    return View(
        layers=base.layers,
        camera=camera if camera is not None else base.camera,
        events=base.events,
        highlighted_events=events,
        highlighted_features=features,
        title=title.strip(),
    )
