"""The States page's map: one state outlined over the polar map, with its ports and bases.

The basemap and the zones layer (EEZ) are drawn whole for context; on top, the chosen state's
territory and zones get a heavy outline and only its own points (each registry layer whose
``state_profile`` is "points": ports, military installations) are drawn, in their registry colours. The camera frames the state and its
zones (:func:`dashboard.profiles.states.state_view`).
"""

from __future__ import annotations

import json

import pydeck as pdk

import geodata
from dashboard.map.deck import PIXELS, CompactDeck, build_deck, project_for_display
from dashboard.map.selection import basemap_layers, state_profile_layer, state_profile_layers
from dashboard.profiles.states import state_view

__all__ = ["CONTEXT_LAYERS", "OUTLINE_COLOR", "state_deck", "state_overlay_layers"]

#: Registry layers drawn under the chosen state's overlay: the basemap and the zones (EEZ).
CONTEXT_LAYERS = (*basemap_layers(), state_profile_layer("zones"))

#: The chosen state's outline (RGBA): near-black, heavier than any registry line.
OUTLINE_COLOR = (20, 20, 20, 255)


def _in_state(iso3_value: object, iso3: str) -> bool:
    # The disputed Beaufort Sea wedge is stored as "CAN|USA" and belongs to both outlines.
    return iso3 in str(iso3_value).split("|")


def _outline_layer(iso3: str) -> pdk.Layer:
    features = []
    for name in (state_profile_layer("territory"), state_profile_layer("zones")):
        gdf = project_for_display(name)
        mine = gdf[[_in_state(v, iso3) for v in gdf["iso3"]]]
        features.extend(json.loads(mine[["_tooltip", "geometry"]].to_json(drop_id=True))["features"])
    return pdk.Layer(
        "GeoJsonLayer",
        data={"type": "FeatureCollection", "features": features},
        id="state-outline",
        filled=False,
        stroked=True,
        get_line_color=list(OUTLINE_COLOR),
        line_width_units=PIXELS,
        get_line_width=2.5,
        pickable=False,
    )


def _points_layer(name: str, iso3: str) -> pdk.Layer:
    radius_px = geodata.layer_spec(name).style.point_radius_px + 1  # a touch larger than on the Map
    gdf = project_for_display(name)
    mine = gdf[gdf["iso3"] == iso3]
    data = [
        {"position": [round(g.x), round(g.y)], "_fill": fill, "_tooltip": tip}
        for g, fill, tip in zip(mine.geometry, mine["_fill"], mine["_tooltip"])
    ]
    return pdk.Layer(
        "ScatterplotLayer",
        data=data,
        id=f"state-{name}",
        get_position="position",
        get_fill_color="_fill",
        get_line_color=[255, 255, 255, 255],
        stroked=True,
        radius_units=PIXELS,
        get_radius=radius_px,
        line_width_units=PIXELS,
        get_line_width=1.5,
        pickable=True,
    )


def state_overlay_layers(iso3: str) -> list[pdk.Layer]:
    """The overlay for ``iso3``: its outline (id ``state-outline``) and its rows of each points
    layer (id ``state-<layer>``: ``state-ports``, ``state-bases``), in EPSG:3413 metres."""
    return [_outline_layer(iso3), *(_points_layer(name, iso3) for name in state_profile_layers("points"))]


def state_deck(iso3: str, *, width_px: int = 800, height_px: int = 560) -> CompactDeck:
    """The polar map framed on state ``iso3``: context layers plus its overlay."""
    view = state_view(iso3, width_px=width_px, height_px=height_px)
    return build_deck(CONTEXT_LAYERS, view=view, extra_layers=state_overlay_layers(iso3))
