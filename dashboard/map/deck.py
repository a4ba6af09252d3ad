"""Build the true north-polar pydeck map from registry layers.

Layers arrive in EPSG:4326 from :mod:`geodata`, are projected to a north-polar CRS
(EPSG:3413 by default: metres, 45°W pointing down) and drawn in deck.gl's OrthographicView in
plain Cartesian coordinates, with no tile basemap. The ocean disc, land, graticule, labels and
legend are all ours, so the map works with no network.
"""

from __future__ import annotations

import json
import math
import numbers
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pydeck as pdk
import shapely
from pydeck.bindings.json_tools import default_serialize

import geodata
from geodata.geometry import polar_cap
from geodata.registry import LayerSpec

__all__ = [
    "CompactDeck",
    "DISPLAY_TOLERANCE_M",
    "LABEL_TEXT_STYLE",
    "MAX_ZOOM",
    "MIN_ZOOM",
    "OCEAN_COLOR",
    "PIXELS",
    "PolarView",
    "build_deck",
    "format_value",
    "deck_layers_for",
    "project_for_display",
    "tooltip_text",
]

#: Simplification tolerance for drawing, metres in the polar CRS. At full-Arctic zoom one
#: screen pixel is ~10 km, so 1 km is invisible and shrinks what the browser receives.
DISPLAY_TOLERANCE_M = 1000.0

OCEAN_COLOR = (205, 224, 238, 255)
#: deck.gl's "pixels" units for widths, radii and sizes. pydeck turns every plain string
#: argument into an accessor ("@@=pixels"); enum-like props must be wrapped to reach deck.gl
#: as literal strings.
PIXELS = pdk.types.String("pixels")

#: deck.gl zoom limits of every polar map (about 80 km to 80 m per pixel).
MIN_ZOOM, MAX_ZOOM = -16.0, -6.0

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


@dataclass(frozen=True)
class PolarView:
    """Where the camera looks: ``target`` in polar-CRS metres and deck.gl ``zoom``.

    In OrthographicView one unit is one metre, so ``zoom = log2(pixels per metre)``:
    -13.5 shows about 11.6 km per pixel, the whole cap north of ~50°N on a 700 px map.
    ``height_px`` is the height of the map on the screen the camera was framed for: with the
    zoom it fixes how many metres the view spans top to bottom, which an export of a differently
    sized image keeps (:mod:`dashboard.briefing.render`).
    """

    x: float = 0.0
    y: float = 0.0
    zoom: float = -13.6
    height_px: int = 720

    def view_state(self) -> pdk.ViewState:
        # No latitude/longitude here: they would switch deck.gl back to a geographic viewport.
        return pdk.ViewState(target=[self.x, self.y, 0], zoom=self.zoom, min_zoom=MIN_ZOOM, max_zoom=MAX_ZOOM)


def format_value(value: Any) -> str:
    """A feature attribute as a briefer reads it: 1,234,567 for large numbers (years stay 1949), dates without a
    midnight time (GeoJSON dates load as timestamps), everything else as ``str``."""
    if isinstance(value, bool | np.bool_):
        return "yes" if value else "no"
    if isinstance(value, numbers.Integral):
        return f"{value:,}" if abs(value) >= 10_000 else str(value)  # years stay 1949
    if isinstance(value, numbers.Real):
        return f"{value:,.0f}" if abs(value) >= 100 else f"{value:g}"
    if isinstance(value, pd.Timestamp | datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def tooltip_text(row: dict[str, Any], fields: Sequence[tuple[str, str]]) -> str:
    """Plain-text tooltip ("Label: value" lines) for one feature; shown with innerText, never HTML."""
    lines = []
    for column, label in fields:
        value = row.get(column)
        if value is None or (isinstance(value, float) and math.isnan(value)) or value == "":
            continue
        lines.append(f"{label}: {format_value(value)}")
    return "\n".join(lines)


def _rgba(value: Iterable[int] | None) -> list[int]:
    return [int(v) for v in value] if value is not None else [0, 0, 0, 0]


@lru_cache(maxsize=64)
def project_for_display(name: str, crs: str = geodata.POLAR_CRS) -> gpd.GeoDataFrame:
    """Layer ``name`` projected to ``crs`` (metres), simplified for display, with drawing columns.

    Adds ``_fill``, ``_line`` (RGBA lists), ``_tooltip`` (text) and, for labelled layers,
    ``_label`` (text; "" for a feature left unlabelled), ``_label_xy`` (``crs`` metres) and
    ``_label_min_zoom`` (the deck.gl zoom it shows from: the feature's own priority column or the
    style's ``min_zoom``). With an ``outline`` or ``hatch`` fill mode the palette colour goes to
    ``_line``. Cached per (name, crs); treat the result as read-only.
    """
    spec = geodata.layer_spec(name)
    gdf = geodata.layer(name).to_crs(crs)
    style = spec.style
    if style.kind not in ("point", "label"):
        gdf["geometry"] = gdf.geometry.simplify(DISPLAY_TOLERANCE_M, preserve_topology=True)
        gdf["geometry"] = shapely.set_precision(gdf.geometry.values, 1.0)  # whole metres
        gdf = gdf[~gdf.geometry.is_empty]
    records = gdf.drop(columns="geometry").to_dict("records")
    palette = style.palette if style.color_column else {}
    fills, lines, tips = [], [], []
    for row in records:
        key = str(row.get(style.color_column)) if style.color_column else None
        color = palette.get(key) if key is not None else None
        fills.append(_rgba(color or style.fill))
        outlined = style.kind != "polygon" or style.fill_mode != "fill"
        lines.append(_rgba(color if (color and outlined) else style.line))
        tips.append(tooltip_text(row, spec.tooltip) or spec.title)
    gdf = gdf.assign(_fill=fills, _line=lines, _tooltip=tips)
    if spec.label_column:
        points = [_label_point(g) for g in gdf.geometry]
        gdf["_label"] = gdf[spec.label_column].fillna("").astype(str)
        gdf["_label_xy"] = [[round(p.x), round(p.y)] for p in points]
        column = style.label.min_zoom_column
        gdf["_label_min_zoom"] = gdf[column].astype(float) if column else style.label.min_zoom
    return gdf


def _label_point(geom):
    """Where a feature's label goes: the middle of its longest line, or inside its largest
    polygon part (Norway on the mainland, not on Svalbard), or the point itself."""
    parts = list(shapely.get_parts(geom)) or [geom]
    if parts[0].geom_type in ("LineString", "LinearRing"):
        longest = max(parts, key=lambda p: p.length)
        return longest.interpolate(0.5, normalized=True)
    return max(parts, key=lambda p: p.area).representative_point()


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
        initial_view_state=view.view_state(),
        map_provider=None,
        map_style=None,
        tooltip={"text": "{_tooltip}", "style": {"whiteSpace": "pre-line", "fontSize": "14px"}},
    )
