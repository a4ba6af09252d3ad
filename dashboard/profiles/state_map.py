"""The States page's map: one state outlined over the polar map, with its ports and bases.

The registry layers (land, states, EEZ zones) are drawn whole for context; on top, the chosen
state's territory and zones get a heavy outline and only its own ports and military
installations are drawn, in their registry colours. The camera frames the state and its
zones (:func:`dashboard.profiles.states.state_view`). No streamlit here.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

import geodata
from dashboard.map.deck import project_for_display
from dashboard.map.payload import LayerDescription, LayerFile, encode_shapes, layer_file_of, rows_key
from dashboard.map.selection import basemap_layers, state_profile_layer, state_profile_layers

__all__ = ["CONTEXT_LAYERS", "OUTLINE_COLOR", "state_outline_file", "state_overlay"]

#: Registry layers drawn under the chosen state's overlay: the basemap and the zones (EEZ).
CONTEXT_LAYERS = (*basemap_layers(), state_profile_layer("zones"))

#: The chosen state's outline (RGBA): near-black, heavier than any registry line.
OUTLINE_COLOR = (20, 20, 20, 255)


def _in_state(iso3_value: object, iso3: str) -> bool:
    # The disputed Beaufort Sea wedge is stored as "CAN|USA" and belongs to both outlines.
    return iso3 in str(iso3_value).split("|")


@lru_cache(maxsize=16)
def state_outline_file(iso3: str) -> LayerFile:
    """The territory and EEZ zones of ``iso3`` as one layer file (EPSG:3413, display-simplified)."""
    geoms, tips = [], []
    for name in (state_profile_layer("territory"), state_profile_layer("zones")):
        gdf = project_for_display(name)
        mine = gdf[[_in_state(v, iso3) for v in gdf["iso3"]]]
        geoms.extend(mine.geometry)
        tips.extend(mine["_tooltip"])
    content = encode_shapes(
        "polygon", geoms, tooltips=tips, fills=[OUTLINE_COLOR] * len(geoms), lines=[OUTLINE_COLOR] * len(geoms)
    )
    return layer_file_of(f"state-outline-{iso3}", content)


def _point_rows(name: str, iso3: str) -> list[dict[str, Any]]:
    gdf = project_for_display(name)
    mine = gdf[gdf["iso3"] == iso3]
    return [
        {"position": [round(g.x), round(g.y)], "fill": fill, "tooltip": tip, "feature": int(i)}
        for i, g, fill, tip in zip(range(len(mine)), mine.geometry, mine["_fill"], mine["_tooltip"])
    ]


def state_overlay(iso3: str, url_of: Callable[[LayerFile], str]) -> list[LayerDescription]:
    """The overlay for ``iso3``: its outline (id ``state-outline``, a layer file whose URL
    ``url_of`` gives) and its rows of each points layer (id ``state-<layer>``: ``state-ports``,
    ``state-bases``)."""
    outline = state_outline_file(iso3)
    out = [
        LayerDescription(
            id="state-outline",
            kind="polygon",
            key=outline.digest,
            url=url_of(outline),
            props={
                "filled": False,
                "stroked": True,
                "getLineColor": list(OUTLINE_COLOR),
                "lineWidthUnits": "pixels",
                "getLineWidth": 2.5,
                "pickable": False,
            },
        )
    ]
    for name in state_profile_layers("points"):
        rows = _point_rows(name, iso3)
        radius = geodata.layer_spec(name).style.point_radius_px + 1
        props = {
            "icon": geodata.layer_spec(name).style.marker,
            "getLineColor": [255, 255, 255, 255],
            "stroked": True,
            "radiusUnits": "pixels",
            "getRadius": radius,
            "lineWidthUnits": "pixels",
            "getLineWidth": 1.5,
            "pickable": True,
        }
        out.append(LayerDescription(id=f"state-{name}", kind="point", key=rows_key(rows), rows=rows, props=props))
    return out
