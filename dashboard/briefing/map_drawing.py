"""The map area of a static map: EPSG:3413 with +y up, the ocean disc, the registry layers with
their registry styles (the display data of :func:`dashboard.map.deck.project_for_display`),
their labels, and the events as the overlay places and colours them
(:func:`dashboard.events.overlay.event_rows`). :mod:`.render` lays the figure out around it.

Sizes are image pixels, converted to matplotlib points at :data:`DPI`. Untrusted text is drawn
with ``parse_math=False``, so ``$`` never starts mathtext.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd
import shapely
from matplotlib.collections import LineCollection
from matplotlib.patches import PathPatch
from matplotlib.path import Path as MplPath
from matplotlib.patheffects import withStroke

import geodata
from dashboard.events.model import EVENT_MARKER
from dashboard.events.overlay import event_rows
from dashboard.map.deck import OCEAN_COLOR, project_for_display
from geodata.geometry import polar_cap
from geodata.registry import DASH_PATTERN_PX
from geodata.symbols import MARKERS

from .content import ViewContent
from .model import feature_key_column

__all__ = ["DPI", "PT_PER_PX", "MapFrame", "draw_map", "hatch_pattern", "rgba"]

#: Figure resolution, dots per inch: one image pixel is ``72 / DPI`` matplotlib points.
DPI = 100
#: Matplotlib points per image pixel.
PT_PER_PX = 72 / DPI
_HIGHLIGHT = (0.05, 0.05, 0.05, 1.0)
_HATCH_DENSITY = 3  # matplotlib hatch repeats per hatch unit: about 8 px apart at 100 dpi
_MPL_HATCH = {"/": "/", "\\": "\\", "x": "x"}


def hatch_pattern(hatch: str | None) -> str | None:
    """The matplotlib hatch for a registry hatch (``"/"``, ``"\\"``, ``"x"``), or None without one."""
    return _MPL_HATCH[hatch] * _HATCH_DENSITY if hatch else None


def rgba(color) -> tuple[float, ...]:
    """A registry colour (0-255 RGB or RGBA) as matplotlib's 0-1 RGBA."""
    values = [float(c) / 255 for c in color]
    return tuple(values + [1.0] * (4 - len(values)))


def _marker_path(name: str) -> MplPath:
    """The registry marker ``name`` (:data:`geodata.symbols.MARKERS`) as a matplotlib marker."""
    return MplPath(np.asarray(MARKERS[name]), closed=False)


@dataclass(frozen=True)
class MapFrame:
    """Where the map sits in the image and what it shows: ``box_px`` (left, top, width, height in
    image pixels, origin top left), the centre in EPSG:3413 metres and metres per image pixel."""

    box_px: tuple[int, int, int, int]
    centre: tuple[float, float]
    metres_per_px: float

    def pixel_of(self, x: float, y: float) -> tuple[int, int]:
        """The image pixel (column, row) of EPSG:3413 point (x, y) in metres."""
        left, top, width, height = self.box_px
        col = left + width / 2 + (x - self.centre[0]) / self.metres_per_px
        row = top + height / 2 - (y - self.centre[1]) / self.metres_per_px
        return int(round(col)), int(round(row))

    def extent(self) -> tuple[float, float, float, float]:
        """(minx, maxx, miny, maxy) shown, metres."""
        _, _, width, height = self.box_px
        half_w, half_h = width * self.metres_per_px / 2, height * self.metres_per_px / 2
        return self.centre[0] - half_w, self.centre[0] + half_w, self.centre[1] - half_h, self.centre[1] + half_h


def _polygon_path(geom) -> MplPath | None:
    vertices, codes = [], []
    for polygon in shapely.get_parts(geom):
        if polygon.geom_type != "Polygon" or polygon.is_empty:
            continue
        for ring in (polygon.exterior, *polygon.interiors):
            coords = np.asarray(ring.coords)[:, :2]
            if len(coords) < 3:
                continue
            vertices.append(coords)
            ring_codes = np.full(len(coords), MplPath.LINETO, dtype=np.uint8)
            ring_codes[0], ring_codes[-1] = MplPath.MOVETO, MplPath.CLOSEPOLY
            codes.append(ring_codes)
    if not vertices:
        return None
    return MplPath(np.concatenate(vertices), np.concatenate(codes))


@lru_cache(maxsize=64)
def _layer_paths(name: str) -> tuple[MplPath | None, ...]:
    """Each feature of polygon layer ``name`` as a matplotlib path in EPSG:3413 metres (None where
    it has no polygon), built once per layer like :func:`~dashboard.map.deck.project_for_display`."""
    return tuple(_polygon_path(geom) for geom in project_for_display(name).geometry)


def _line_parts(geom) -> list[np.ndarray]:
    parts = []
    for part in shapely.get_parts(geom):
        if part.geom_type in ("Polygon",):
            part = part.exterior
        if not part.is_empty:
            parts.append(np.asarray(part.coords)[:, :2])
    return parts


def _draw_layer(ax, name: str, highlighted: set[str]) -> None:
    spec = geodata.layer_spec(name)
    style = spec.style
    gdf = project_for_display(name)
    zorder = 2 + spec.draw_order / 10
    width_pt = style.line_width_px * PT_PER_PX
    # Matplotlib scales a dash pattern by the line's width: the registry's pixels divided by it.
    dash, gap = (length / style.line_width_px for length in DASH_PATTERN_PX)
    linestyle = (0, (dash, gap)) if style.dashed else "solid"
    key_column = feature_key_column(name)
    keys = gdf[key_column].astype(str).tolist() if key_column and key_column in gdf else [""] * len(gdf)
    if style.kind == "point":
        xs = [g.x for g in gdf.geometry]
        ys = [g.y for g in gdf.geometry]
        size = (2 * style.point_radius_px * PT_PER_PX) ** 2
        ax.scatter(
            xs,
            ys,
            s=size,
            marker=_marker_path(style.marker),
            c=[rgba(c) for c in gdf["_fill"]],
            edgecolors=[rgba((30, 30, 30, 220))],
            linewidths=PT_PER_PX,
            zorder=zorder,
        )
        marked = [(x, y) for x, y, k in zip(xs, ys, keys) if k in highlighted]
        if marked:
            ax.scatter(
                *zip(*marked), s=size * 4, facecolors="none", edgecolors=[_HIGHLIGHT], linewidths=2.5, zorder=zorder
            )
    elif style.kind == "line":
        segments, colors = [], []
        for geom, color in zip(gdf.geometry, gdf["_line"]):
            for part in _line_parts(geom):
                segments.append(part)
                colors.append(rgba(color))
        ax.add_collection(
            LineCollection(segments, colors=colors, linewidths=width_pt, linestyles=linestyle, zorder=zorder)
        )
    elif style.kind == "label":
        pass  # text only: drawn with the other labels
    else:
        filled = style.fill_mode == "fill" and (style.fill is not None or bool(style.palette))
        hatch = hatch_pattern(style.hatch)
        for path, fill, line in zip(_layer_paths(name), gdf["_fill"], gdf["_line"]):
            if path is None:
                continue
            # One patch per feature: a hatch takes its colour from the patch's edge colour.
            # add_artist, not add_patch: the view limits are set, and add_patch's data-limit
            # update walks every Bézier segment (about half the time of a warm PNG).
            ax.add_artist(
                PathPatch(
                    path,
                    facecolor=rgba(fill) if filled else (0, 0, 0, 0),
                    edgecolor=rgba(line),
                    linewidth=width_pt,
                    linestyle=linestyle,
                    hatch=hatch,
                    zorder=zorder,
                )
            )
    marked_shapes = [g for g, k in zip(gdf.geometry, keys) if k in highlighted and style.kind != "point"]
    for geom in marked_shapes:
        for part in _line_parts(geom):
            ax.plot(part[:, 0], part[:, 1], color=_HIGHLIGHT, linewidth=3.0, zorder=20)


def _draw_labels(ax, names: list[str], frame: MapFrame, zoom: float) -> list[str]:
    """Draw the labels of ``names`` that the camera's ``zoom`` shows (their priority), at the
    registry's size times its projector scale, largest and highest-priority first; a label that
    would overlap one already drawn (or leave the map) is skipped. Returns the texts drawn."""
    minx, maxx, miny, maxy = frame.extent()
    candidates = []
    for name in names:
        gdf = project_for_display(name)
        if "_label" not in gdf:
            continue
        layer_style = geodata.layer_spec(name).style
        style = layer_style.label
        names_areas = layer_style.kind == "polygon" and layer_style.fill_mode == "fill"
        for text, (x, y), min_zoom, shape in zip(gdf["_label"], gdf["_label_xy"], gdf["_label_min_zoom"], gdf.geometry):
            if names_areas and not (minx <= x <= maxx and miny <= y <= maxy):
                # A state whose label point is out of the frame is named on its part in view.
                x, y = _point_in_view(shape, (minx, miny, maxx, maxy))
            if text and min_zoom <= zoom and minx <= x <= maxx and miny <= y <= maxy:
                candidates.append((-style.size_px, float(min_zoom), text, x, y, style))
    candidates.sort(key=lambda c: (c[0], c[1]))
    taken: list[tuple[float, float, float, float]] = []
    drawn = []
    map_left, map_top, map_w, map_h = frame.box_px
    for _neg_size, _min_zoom, text, x, y, style in candidates:
        size_px = style.size_px * style.projector_scale
        col, row = frame.pixel_of(x, y)
        half_w, half_h = 0.3 * size_px * len(text) + 3, 0.6 * size_px + 2  # rough text box, pixels
        box = (col - half_w, row - half_h, col + half_w, row + half_h)
        if box[0] < map_left or box[2] > map_left + map_w or box[1] < map_top or box[3] > map_top + map_h:
            continue
        if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in taken):
            continue
        taken.append(box)
        drawn.append(text)
        ax.text(
            x,
            y,
            text,
            ha="center",
            va="center",
            fontsize=size_px * PT_PER_PX,
            # The font has a regular and a bold face only: pick as CSS does for the live map (500 and
            # below regular, 600 and above bold), instead of matplotlib's fallback warning on stderr.
            fontweight="bold" if style.weight >= 600 else "normal",
            fontstyle="italic" if style.italic else "normal",
            color=rgba(style.color),
            zorder=30,
            parse_math=False,
            clip_on=True,
            path_effects=[withStroke(linewidth=3, foreground=(1, 1, 1, 0.86))],
        )
    return drawn


def _point_in_view(shape, bounds: tuple[float, float, float, float]) -> tuple[float, float]:
    """A point inside the largest part of ``shape`` within ``bounds`` (minx, miny, maxx, maxy;
    EPSG:3413 metres), or (inf, inf) when none of it is in view."""
    seen = shape.intersection(shapely.box(*bounds))
    parts = [p for p in shapely.get_parts(seen) if p.geom_type == "Polygon" and not p.is_empty]
    if not parts:
        return (math.inf, math.inf)
    point = max(parts, key=lambda p: p.area).representative_point()
    return (point.x, point.y)


def _draw_events(ax, events: pd.DataFrame) -> None:
    if events.empty:
        return
    rows = event_rows(events)  # the overlay's own positions (rings for shared points) and colours
    highlighted = dict(zip(events["event_id"].astype(str), events["highlighted"]))
    for datum in rows:
        x, y = datum["position"]
        radius_pt = datum["radius"] * PT_PER_PX
        marked = highlighted.get(datum["feature"], False)
        ax.scatter(
            [x],
            [y],
            s=(2 * radius_pt) ** 2,
            marker=_marker_path(EVENT_MARKER),
            c=[rgba(datum["fill"])],
            edgecolors=[_HIGHLIGHT if marked else (1, 1, 1, 1)],
            linewidths=3.0 if marked else 1.5,
            zorder=25,
        )


def draw_map(ax, content: ViewContent, frame: MapFrame, zoom: float, *, labels: bool = True) -> list[str]:
    """Draw the map area of ``content`` on ``ax`` as ``frame`` shows it: the ocean disc, the layers
    in draw order with the view's highlighted features marked, the events, then (unless
    ``labels`` is false) the labels that ``zoom`` shows. Returns the label texts drawn."""
    minx, maxx, miny, maxy = frame.extent()
    ax.set_xlim(minx, maxx)
    ax.set_ylim(miny, maxy)  # +y up: matplotlib's default, deck.gl's flipY=false
    ax.set_aspect("auto")
    ax.axis("off")
    ax.set_facecolor("white")
    cap = polar_cap(geodata.MAP_EXTENT_MIN_LAT, geodata.POLAR_CRS, step_deg=1.0)
    ax.add_artist(PathPatch(_polygon_path(cap), facecolor=rgba(OCEAN_COLOR), edgecolor="none", zorder=1))
    highlighted_by_layer: dict[str, set[str]] = {}
    for ref in content.view.highlighted_features:
        highlighted_by_layer.setdefault(ref.layer, set()).add(ref.name)
    ordered = sorted(content.layers, key=lambda n: geodata.layer_spec(n).draw_order)
    for name in ordered:
        _draw_layer(ax, name, highlighted_by_layer.get(name, set()))
    _draw_events(ax, content.events)
    return _draw_labels(ax, ordered, frame, zoom) if labels else []
