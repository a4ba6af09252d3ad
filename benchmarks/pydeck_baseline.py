"""The naive pydeck deck of ``python -m dashboard.bench``'s baseline (``baseline_app.py``) and of
``map_benchmark.py``: every registry layer as GeoJSON in one ``pdk.Deck``, re-sent whole on every
rerun. Not used by the app, which draws with its own component (``dashboard/ui/polar_map.py``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import geopandas as gpd
import numpy as np
import pydeck as pdk
from pydeck.bindings.json_tools import default_serialize

import geodata
from dashboard.map.deck import MAX_ZOOM, MIN_ZOOM, OCEAN_COLOR, PolarView, project_for_display
from geodata.geometry import polar_cap
from geodata.registry import LayerSpec

__all__ = ["CompactDeck", "build_deck", "deck_layers_for"]

#: deck.gl's "pixels" units for widths, radii and sizes. pydeck turns every plain string
#: argument into an accessor ("@@=pixels"); enum-like props must be wrapped to reach deck.gl
#: as literal strings.
PIXELS = pdk.types.String("pixels")

#: TextLayer arguments every map label shares: pixel sizes, a white halo, a font found on
#: Windows, macOS and Linux, and "auto" characters (the default is ASCII only, no "í" in
#: Reykjavík). pdk.types.String keeps pydeck from reading the strings as accessors.
LABEL_TEXT_STYLE: dict[str, Any] = {
    "size_units": PIXELS,
    "character_set": pdk.types.String("auto"),
    "font_family": pdk.types.String("Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"),
    "outline_width": 2,
    "font_settings": {"sdf": True},
    "pickable": False,
}


def _geojson_features(gdf: gpd.GeoDataFrame) -> dict:
    keep = [c for c in ("_fill", "_line", "_tooltip") if c in gdf.columns]
    return json.loads(gdf[[*keep, "geometry"]].to_json(drop_id=True))


def deck_layers_for(spec: LayerSpec, crs: str = geodata.POLAR_CRS, zoom: float = MAX_ZOOM) -> list[pdk.Layer]:
    """The pydeck layer(s) that draw registry layer ``spec``; ids are ``spec.name`` (+ "-labels").

    Labels whose priority (``_label_min_zoom``) is above ``zoom`` are left out."""
    gdf = project_for_display(spec.name, crs)
    style = spec.style
    layers: list[pdk.Layer] = []
    if style.kind == "label":
        pass  # text only: the TextLayer below
    elif style.kind == "point":
        data = [
            {"position": [round(g.x), round(g.y)], "_fill": fill, "_line": line, "_tooltip": tip}
            for g, fill, line, tip in zip(gdf.geometry, gdf["_fill"], gdf["_line"], gdf["_tooltip"])
        ]
        layers.append(
            pdk.Layer(
                "ScatterplotLayer",
                data=data,
                id=spec.name,
                pickable=True,
                get_position="position",
                get_fill_color="_fill",
                get_line_color=[30, 30, 30, 220],
                stroked=True,
                radius_units=PIXELS,
                get_radius=style.point_radius_px,
                line_width_units=PIXELS,
                get_line_width=1,
            )
        )
    else:
        layers.append(
            pdk.Layer(
                "GeoJsonLayer",
                data=_geojson_features(gdf),
                id=spec.name,
                pickable=bool(spec.tooltip),
                filled=style.kind == "polygon"
                and style.fill_mode == "fill"
                and (style.fill is not None or bool(style.palette)),
                stroked=True,
                get_fill_color="properties._fill",
                get_line_color="properties._line",
                line_width_units=PIXELS,
                get_line_width=style.line_width_px,
                line_width_min_pixels=0.5,
            )
        )
    if spec.label_column:
        # st.pydeck_chart never reports the camera, so labels are chosen once for ``zoom``.
        label_style = style.label
        labels = [
            {"position": xy, "text": text}
            for xy, text, min_zoom in zip(gdf["_label_xy"], gdf["_label"], gdf["_label_min_zoom"])
            if text and min_zoom <= zoom
        ]
        layers.append(
            pdk.Layer(
                "TextLayer",
                data=labels,
                id=f"{spec.name}-labels",
                get_position="position",
                get_text="text",
                get_size=label_style.size_px,
                get_color=list(label_style.color),
                font_weight=label_style.weight,
                font_style=pdk.types.String("italic" if label_style.italic else "normal"),
                outline_color=[255, 255, 255, 220],
                **LABEL_TEXT_STYLE,
            )
        )
    return layers


class CompactDeck(pdk.Deck):
    """A Deck whose JSON has no indentation: pydeck indents by 2, which quadruples what the
    browser receives on every rerun (about 4.7 MB instead of 1.1 MB for land + states)."""

    def to_json(self) -> str:
        return json.dumps(self, sort_keys=True, default=default_serialize, separators=(",", ":"))


@lru_cache(maxsize=8)
def _ocean_polygon(crs: str, min_lat: float) -> list[list[float]]:
    cap = polar_cap(min_lat, crs, step_deg=1.0)
    return [[round(x), round(y)] for x, y in np.asarray(cap.exterior.coords)]


def build_deck(
    layer_names: Sequence[str],
    *,
    crs: str = geodata.POLAR_CRS,
    view: PolarView | None = None,
    extra_layers: Sequence[pdk.Layer] = (),
) -> CompactDeck:
    """A pydeck Deck drawing ``layer_names`` (registry names) on the polar map.

    Layers are stacked by their registry ``draw_order``; ``extra_layers`` (e.g. events, a
    computed route) go above them and text labels above everything. The ocean disc is drawn first.
    """
    view = view or PolarView()
    specs = sorted((geodata.layer_spec(n) for n in layer_names), key=lambda s: s.draw_order)
    ocean = pdk.Layer(
        "PolygonLayer",
        data=[{"polygon": _ocean_polygon(crs, geodata.MAP_EXTENT_MIN_LAT)}],
        id="ocean",
        get_polygon="polygon",
        get_fill_color=list(OCEAN_COLOR),
        stroked=False,
        pickable=False,
    )
    shapes: list[pdk.Layer] = []
    labels: list[tuple[float, pdk.Layer]] = []
    for spec in specs:
        for layer in deck_layers_for(spec, crs, zoom=view.zoom):
            if layer.type == "TextLayer":
                labels.append((spec.style.label.size_px, layer))
            else:
                shapes.append(layer)
    # Larger names on top: a state's name is never hidden under a strait's.
    labels = [layer for _size, layer in sorted(labels, key=lambda item: item[0])]
    # Labels go on top of every shape and marker, so a port never hides a state's name.
    deck_layers: list[pdk.Layer] = [ocean, *shapes, *extra_layers, *labels]
    return CompactDeck(
        layers=deck_layers,
        views=[pdk.View(type="OrthographicView", controller=True, flip_y=False)],
        initial_view_state=_view_state(view),
        map_provider=None,
        map_style=None,
        tooltip={"text": "{_tooltip}", "style": {"whiteSpace": "pre-line", "fontSize": "14px"}},
    )


def _view_state(view: PolarView) -> pdk.ViewState:
    # No latitude/longitude here: they would switch deck.gl back to a geographic viewport.
    return pdk.ViewState(target=[view.x, view.y, 0], zoom=view.zoom, min_zoom=MIN_ZOOM, max_zoom=MAX_ZOOM)
