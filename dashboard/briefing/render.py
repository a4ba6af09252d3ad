"""The static map: a :class:`~dashboard.briefing.model.View` drawn with matplotlib (Agg, offline).

Same picture as the interactive map: EPSG:3413 with +y up (Greenland below the pole, Russia
above), the ocean disc, the registry layers with their registry styles (the display data of
:func:`dashboard.map.deck.project_for_display`), labels, the events as the overlay places and
colours them (:func:`dashboard.events.overlay.event_rows`), a legend from the registry, a title and
a footer with the sources and the as-of date. No list of layers or colours lives here.

The camera keeps the screen's vertical extent: a view whose camera says ``height_px`` pixels at
``zoom`` shows ``height_px / 2**zoom`` metres from bottom to top of the map area, whatever the
image size. Figures are built without pyplot (no display, no global state; Agg draws the
PNG). Untrusted text is drawn with ``parse_math=False``, so ``$`` never starts mathtext.
"""

from __future__ import annotations

import io
import math
import textwrap
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
import shapely
from matplotlib.collections import LineCollection, PatchCollection
from matplotlib.figure import Figure
from matplotlib.patches import Circle, PathPatch, Rectangle
from matplotlib.path import Path as MplPath
from matplotlib.patheffects import withStroke

import geodata
from dashboard.events import CATEGORIES, CATEGORY_COLORS
from dashboard.events.overlay import event_rows
from dashboard.map.deck import OCEAN_COLOR, project_for_display
from geodata.geometry import polar_cap

from .content import ViewContent, event_sources, layer_sources
from .model import feature_key_column

__all__ = ["DEFAULT_SIZE_PX", "MapFrame", "RenderedMap", "render_view", "png_bytes"]

#: Default image size, pixels (a 1080p projector).
DEFAULT_SIZE_PX = (1920, 1080)
_DPI = 100
_PT_PER_PX = 72 / _DPI
_TITLE_PX, _FOOTER_PX, _LEGEND_PX = 90, 72, 430
_HIGHLIGHT = (0.05, 0.05, 0.05, 1.0)
_NOTE_COLOR = (0.65, 0.05, 0.05, 1.0)
_LABEL_FONT_PT = 12.5


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


@dataclass
class RenderedMap:
    """A drawn view: the figure, where the map sits, the legend's labels as drawn, the footer text."""

    figure: Figure
    frame: MapFrame
    legend_labels: list[str]
    footer: str


def _rgba(color) -> tuple[float, ...]:
    values = [float(c) / 255 for c in color]
    return tuple(values + [1.0] * (4 - len(values)))


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
    linestyle = (0, (4, 3)) if style.dashed else "solid"
    width_pt = style.line_width_px * _PT_PER_PX
    key_column = feature_key_column(name)
    keys = gdf[key_column].astype(str).tolist() if key_column and key_column in gdf else [""] * len(gdf)
    if style.kind == "point":
        xs = [g.x for g in gdf.geometry]
        ys = [g.y for g in gdf.geometry]
        size = (2 * style.point_radius_px * _PT_PER_PX) ** 2
        ax.scatter(
            xs,
            ys,
            s=size,
            c=[_rgba(c) for c in gdf["_fill"]],
            edgecolors=[_rgba((30, 30, 30, 220))],
            linewidths=_PT_PER_PX,
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
                colors.append(_rgba(color))
        ax.add_collection(
            LineCollection(segments, colors=colors, linewidths=width_pt, linestyles=linestyle, zorder=zorder)
        )
    else:
        filled = style.fill is not None or bool(style.palette)
        patches, faces, edges = [], [], []
        for geom, fill, line in zip(gdf.geometry, gdf["_fill"], gdf["_line"]):
            path = _polygon_path(geom)
            if path is not None:
                patches.append(PathPatch(path))
                faces.append(_rgba(fill) if filled else (0, 0, 0, 0))
                edges.append(_rgba(line))
        ax.add_collection(
            PatchCollection(
                patches, facecolors=faces, edgecolors=edges, linewidths=width_pt, linestyles=linestyle, zorder=zorder
            )
        )
    marked_shapes = [g for g, k in zip(gdf.geometry, keys) if k in highlighted and style.kind != "point"]
    for geom in marked_shapes:
        for part in _line_parts(geom):
            ax.plot(part[:, 0], part[:, 1], color=_HIGHLIGHT, linewidth=3.0, zorder=20)


def _draw_labels(ax, names: list[str], extent: tuple[float, float, float, float]) -> None:
    minx, maxx, miny, maxy = extent
    for name in names:
        gdf = project_for_display(name)
        if "_label" not in gdf:
            continue
        for text, (x, y) in zip(gdf["_label"], gdf["_label_xy"]):
            if minx <= x <= maxx and miny <= y <= maxy:
                ax.text(
                    x,
                    y,
                    text,
                    ha="center",
                    va="center",
                    fontsize=_LABEL_FONT_PT,
                    fontweight="bold",
                    color=(0.12, 0.12, 0.12),
                    zorder=30,
                    parse_math=False,
                    clip_on=True,
                    path_effects=[withStroke(linewidth=3, foreground=(1, 1, 1, 0.86))],
                )


def _draw_events(ax, events: pd.DataFrame) -> None:
    if events.empty:
        return
    rows = event_rows(events)  # the overlay's own positions (rings for shared points) and colours
    highlighted = dict(zip(events["event_id"].astype(str), events["highlighted"]))
    for datum in rows:
        x, y = datum["position"]
        radius_pt = datum["radius"] * _PT_PER_PX
        marked = highlighted.get(datum["feature"], False)
        ax.scatter(
            [x],
            [y],
            s=(2 * radius_pt) ** 2,
            c=[_rgba(datum["fill"])],
            edgecolors=[_HIGHLIGHT if marked else (1, 1, 1, 1)],
            linewidths=3.0 if marked else 1.5,
            zorder=25,
        )


def _legend(ax, content: ViewContent, width: int, height: int) -> list[str]:
    """Draw the legend panel (pixel coordinates, origin top left); return the labels drawn."""
    ax.set_xlim(0, width)
    ax.set_ylim(height, 0)
    ax.axis("off")
    rows: list[tuple[str, str, tuple | None, str]] = [("heading", "Legend", None, "")]
    for name in content.layers:
        spec = geodata.layer_spec(name)
        note = "" if spec.accuracy == "exact" else f" ({spec.accuracy})"
        rows.append(("layer", spec.title + note, None, ""))
        rows += [("entry", entry.label, entry.color, spec.style.kind) for entry in spec.legend()]
    categories = [c for c in CATEGORIES if c in set(content.events.get("category", ()))]
    if categories:
        rows.append(("layer", "Events (by category)", None, ""))
        rows += [("entry", c, CATEGORY_COLORS[c], "point") for c in categories]
    if not content.outside.empty:
        rows.append(("entry", f"{len(content.outside)} chosen events lie south of the map edge", None, ""))
    columns = 1 if len(rows) * 15 <= height - 20 else 2
    per_column = math.ceil(len(rows) / columns)
    line = max(min(26.0, (height - 20) / per_column), 9.0)
    font_pt = line * 0.56 * _PT_PER_PX / 0.72
    col_width = width / columns
    labels = []
    for i, (kind, label, color, swatch) in enumerate(rows):
        col, row = divmod(i, per_column)
        x0, y = 14 + col * col_width, 14 + (row + 0.5) * line
        text_x = x0 + (26 if kind == "entry" else 0)
        max_chars = int((col_width - (text_x - x0) - 10) / (font_pt * 0.62 / _PT_PER_PX)) or 1
        shown = label if len(label) <= max_chars else label[: max_chars - 1] + "…"
        weight = "bold" if kind in ("heading", "layer") else "normal"
        size = font_pt * (1.25 if kind == "heading" else 1.0)
        ax.text(text_x, y, shown, va="center", ha="left", fontsize=size, fontweight=weight, parse_math=False)
        labels.append(label)
        if color is None:
            continue
        side = min(line * 0.7, 16)
        rgba = _rgba(color)
        if swatch == "line":
            ax.add_patch(Rectangle((x0, y - side / 2), 22, side, facecolor=_rgba(OCEAN_COLOR), edgecolor="none"))
            ax.plot([x0 + 2, x0 + 20], [y, y], color=rgba, linewidth=3 * _PT_PER_PX / 0.72 * 0.72)
        elif swatch == "point":
            ax.add_patch(Circle((x0 + 11, y), side / 2, facecolor=rgba, edgecolor=(0.27, 0.27, 0.27)))
        else:
            ax.add_patch(
                Rectangle((x0 + 11 - side / 2, y - side / 2), side, side, facecolor=rgba, edgecolor=(0.27, 0.27, 0.27))
            )
    return labels


def footer_text(content: ViewContent, made: date) -> str:
    """The footer: every drawn layer's source and version, the events' outlets, the as-of dates."""
    layer_part = "; ".join(f"{s.title}: {s.source} ({s.version})" for s in layer_sources(content.layers))
    outlets = sorted({s.outlet or s.title for s in event_sources([content.events, content.outside, content.unplaced])})
    as_of = content.as_of()
    parts = [f"Sources: {layer_part or 'no layers'}."]
    if outlets:
        parts.append(f"Events reported by: {', '.join(outlets)}; latest event {as_of.isoformat() if as_of else '—'}.")
    parts.append(f"Arctic Atlas, EPSG:3413 polar stereographic; made {made.isoformat()}.")
    return " ".join(parts)


def render_view(
    content: ViewContent,
    *,
    title: str | None = None,
    size_px: tuple[int, int] = DEFAULT_SIZE_PX,
    made: date | None = None,
) -> RenderedMap:
    """Draw a resolved view (:func:`~dashboard.briefing.content.view_content`) at ``size_px`` pixels.

    ``title`` defaults to the view's title; ``made`` (the footer's date) to today.
    """
    width, height = size_px
    if width < 640 or height < 360:
        raise ValueError(f"image size must be at least 640×360 pixels, got {width}×{height}")
    view = content.view
    fig = Figure(figsize=(width / _DPI, height / _DPI), dpi=_DPI, facecolor="white")
    map_w, map_h = width - _LEGEND_PX, height - _TITLE_PX - _FOOTER_PX
    camera = view.camera
    metres_per_px = camera.height_px * 2.0 ** (-camera.zoom) / map_h
    frame = MapFrame((0, _TITLE_PX, map_w, map_h), (float(camera.x), float(camera.y)), metres_per_px)
    ax = fig.add_axes((0, _FOOTER_PX / height, map_w / width, map_h / height))
    minx, maxx, miny, maxy = frame.extent()
    ax.set_xlim(minx, maxx)
    ax.set_ylim(miny, maxy)  # +y up: matplotlib's default, deck.gl's flipY=false
    ax.set_aspect("auto")
    ax.axis("off")
    ax.set_facecolor("white")
    cap = polar_cap(geodata.MAP_EXTENT_MIN_LAT, geodata.POLAR_CRS, step_deg=1.0)
    ax.add_patch(PathPatch(_polygon_path(cap), facecolor=_rgba(OCEAN_COLOR), edgecolor="none", zorder=1))
    highlighted_by_layer: dict[str, set[str]] = {}
    for ref in view.highlighted_features:
        highlighted_by_layer.setdefault(ref.layer, set()).add(ref.name)
    ordered = sorted(content.layers, key=lambda n: geodata.layer_spec(n).draw_order)
    for name in ordered:
        _draw_layer(ax, name, highlighted_by_layer.get(name, set()))
    _draw_events(ax, content.events)
    _draw_labels(ax, ordered, (minx, maxx, miny, maxy))
    for i, note in enumerate(content.notes[:6]):
        ax.text(
            0.01,
            0.015 + 0.035 * i,
            "Note: " + note,
            transform=ax.transAxes,
            fontsize=12,
            color=_NOTE_COLOR,
            zorder=40,
            parse_math=False,
            bbox={"facecolor": (1, 1, 1, 0.85), "edgecolor": "none", "pad": 2},
        )
    heading = title if title is not None else (view.title or "Arctic Atlas")
    fig.text(
        0.012, 1 - 48 / height, _shorten(heading, 90), fontsize=26, fontweight="bold", va="center", parse_math=False
    )
    legend_ax = fig.add_axes((map_w / width, _FOOTER_PX / height, _LEGEND_PX / width, map_h / height))
    labels = _legend(legend_ax, content, _LEGEND_PX, map_h)
    footer = footer_text(content, made or date.today())
    wrapped = textwrap.wrap(footer, width=int(width / 7.2))
    if len(wrapped) > 3:
        wrapped = wrapped[:3]
        wrapped[-1] = wrapped[-1][: max(0, len(wrapped[-1]) - 40)] + " … (full list on the sources slide)"
    fig.text(
        0.008,
        (_FOOTER_PX - 10) / height,
        "\n".join(wrapped),
        fontsize=9.5,
        va="top",
        color=(0.25, 0.25, 0.25),
        parse_math=False,
        linespacing=1.35,
    )
    return RenderedMap(figure=fig, frame=frame, legend_labels=labels, footer=footer)


def png_bytes(rendered: RenderedMap) -> bytes:
    """The rendered map as PNG bytes of exactly its pixel size (no tight bounding box)."""
    buffer = io.BytesIO()
    rendered.figure.savefig(buffer, format="png", dpi=_DPI, metadata={"Software": None})
    return buffer.getvalue()


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
