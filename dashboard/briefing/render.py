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
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd
import shapely
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.patches import PathPatch, Polygon, Rectangle
from matplotlib.path import Path as MplPath
from matplotlib.patheffects import withStroke

import geodata
from dashboard.events.model import EVENT_MARKER
from dashboard.events.overlay import event_rows, unplaced_groups
from dashboard.map.deck import OCEAN_COLOR, project_for_display
from dashboard.map.legend import map_legend
from geodata.geometry import polar_cap
from geodata.registry import LegendEntry
from geodata.symbols import MARKERS

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
_HATCH_DENSITY = 3  # matplotlib hatch repeats per hatch unit: about 8 px apart at 100 dpi
_MPL_HATCH = {"/": "/", "\\": "\\", "x": "x"}


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


@dataclass
class RenderedMap:
    """A drawn view: the figure, where the map sits, the legend's labels as drawn, the footer text."""

    figure: Figure
    frame: MapFrame
    legend_labels: list[str]
    footer: str
    legend_entries: list[LegendEntry] = field(default_factory=list)  # the swatches drawn, in order
    labels_drawn: list[str] = field(default_factory=list)  # map labels drawn (after priority and collisions)


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
            marker=_marker_path(style.marker),
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
    elif style.kind == "label":
        pass  # text only: drawn with the other labels
    else:
        filled = style.fill_mode == "fill" and (style.fill is not None or bool(style.palette))
        hatch = _MPL_HATCH[style.hatch] * _HATCH_DENSITY if style.hatch else None
        for geom, fill, line in zip(gdf.geometry, gdf["_fill"], gdf["_line"]):
            path = _polygon_path(geom)
            if path is None:
                continue
            # One patch per feature: a hatch takes its colour from the patch's edge colour.
            ax.add_patch(
                PathPatch(
                    path,
                    facecolor=_rgba(fill) if filled else (0, 0, 0, 0),
                    edgecolor=_rgba(line),
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
        style = geodata.layer_spec(name).style.label
        for text, (x, y), min_zoom in zip(gdf["_label"], gdf["_label_xy"], gdf["_label_min_zoom"]):
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
            fontsize=size_px * _PT_PER_PX,
            fontweight=style.weight,
            fontstyle="italic" if style.italic else "normal",
            color=_rgba(style.color),
            zorder=30,
            parse_math=False,
            clip_on=True,
            path_effects=[withStroke(linewidth=3, foreground=(1, 1, 1, 0.86))],
        )
    return drawn


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
            marker=_marker_path(EVENT_MARKER),
            c=[_rgba(datum["fill"])],
            edgecolors=[_HIGHLIGHT if marked else (1, 1, 1, 1)],
            linewidths=3.0 if marked else 1.5,
            zorder=25,
        )


def _legend(ax, content: ViewContent, width: int, height: int) -> tuple[list[str], list[LegendEntry]]:
    """Draw the legend panel (pixel coordinates, origin top left); return the labels and the
    entries (swatches) drawn."""
    ax.set_xlim(0, width)
    ax.set_ylim(height, 0)
    ax.axis("off")
    rows: list[tuple[str, str, LegendEntry | None]] = [("heading", "Legend", None)]
    for group in view_legend(content):
        rows.append(("layer", group.title + (f" ({group.note})" if group.note else ""), None))
        rows += [("entry", entry.label, entry) for entry in group.entries]
    if not content.unplaced.empty:
        rows.append(("entry", f"{len(content.unplaced)} Arctic-wide or country events: listed, not drawn", None))
    if not content.outside.empty:
        rows.append(("entry", f"{len(content.outside)} chosen events lie south of the map edge", None))
    columns = 1 if len(rows) * 15 <= height - 20 else 2
    per_column = math.ceil(len(rows) / columns)
    line = max(min(26.0, (height - 20) / per_column), 9.0)
    font_pt = line * 0.56 * _PT_PER_PX / 0.72
    col_width = width / columns
    labels, drawn = [], []
    for i, (kind, label, entry) in enumerate(rows):
        col, row = divmod(i, per_column)
        x0, y = 14 + col * col_width, 14 + (row + 0.5) * line
        text_x = x0 + (26 if kind == "entry" else 0)
        max_chars = int((col_width - (text_x - x0) - 10) / (font_pt * 0.62 / _PT_PER_PX)) or 1
        shown = label if len(label) <= max_chars else label[: max_chars - 1] + "…"
        weight = "bold" if kind in ("heading", "layer") else "normal"
        size = font_pt * (1.25 if kind == "heading" else 1.0)
        ax.text(text_x, y, shown, va="center", ha="left", fontsize=size, fontweight=weight, parse_math=False)
        labels.append(label)
        if entry is not None:
            _swatch(ax, entry, x0, y, min(line * 0.7, 16))
            drawn.append(entry)
    return labels, drawn


def _swatch(ax, entry: LegendEntry, x0: float, y: float, side: float) -> None:
    """Draw ``entry``'s symbol in the legend panel (pixel coordinates, y down) at row ``y``."""
    rgba = _rgba(entry.color)
    rim = (0.2, 0.2, 0.2)
    if entry.symbol in MARKERS:
        outline = np.asarray(MARKERS[entry.symbol]) * (side / 2) * np.array([1, -1]) + (x0 + 11, y)
        ax.add_patch(Polygon(outline, closed=True, facecolor=rgba, edgecolor=rim, linewidth=0.8))
    elif entry.symbol in ("line", "dashed"):
        ax.add_patch(Rectangle((x0, y - side / 2), 22, side, facecolor=_rgba(OCEAN_COLOR), edgecolor="none"))
        style = (0, (3, 2)) if entry.symbol == "dashed" else "solid"
        ax.plot([x0 + 2, x0 + 20], [y, y], color=rgba, linewidth=3 * _PT_PER_PX, linestyle=style)
    elif entry.symbol == "text":
        ax.text(x0 + 11, y, "Aa", ha="center", va="center", color=rgba, fontstyle="italic", fontweight="bold")
    else:
        corner = (x0 + 11 - side / 2, y - side / 2)
        if entry.symbol == "fill":
            ax.add_patch(Rectangle(corner, side, side, facecolor=rgba, edgecolor=rim))
        else:
            hatch = _MPL_HATCH[entry.hatch] * _HATCH_DENSITY if entry.hatch else None
            ax.add_patch(Rectangle(corner, side, side, facecolor="none", edgecolor=rgba, linewidth=1.5, hatch=hatch))


def view_legend(content: ViewContent):
    """The legend groups of a resolved view: :func:`dashboard.map.legend.map_legend` of its layers
    and of the categories of its drawn events (the same entries the interactive map shows)."""
    return map_legend(content.layers, set(content.events.get("category", ())))


def _unplaced_note(content: ViewContent) -> str:
    """ "Not drawn at a point: Arctic-wide 5 · Russia 1" for the view's unplaced events, or ""."""
    groups = unplaced_groups(content.unplaced)
    return ("Not drawn at a point: " + " · ".join(f"{n} {len(f)}" for n, f in groups.items())) if groups else ""


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
    drawn_labels = _draw_labels(ax, ordered, frame, camera.zoom)
    unplaced = _unplaced_note(content)
    if unplaced:
        ax.text(
            0.01,
            0.985,
            unplaced,
            transform=ax.transAxes,
            va="top",
            fontsize=13,
            zorder=40,
            parse_math=False,
            bbox={"facecolor": (1, 1, 1, 0.9), "edgecolor": (0.3, 0.3, 0.3), "pad": 4},
        )
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
    labels, entries = _legend(legend_ax, content, _LEGEND_PX, map_h)
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
    return RenderedMap(
        figure=fig, frame=frame, legend_labels=labels, footer=footer, legend_entries=entries, labels_drawn=drawn_labels
    )


def png_bytes(rendered: RenderedMap) -> bytes:
    """The rendered map as PNG bytes of exactly its pixel size (no tight bounding box)."""
    buffer = io.BytesIO()
    rendered.figure.savefig(buffer, format="png", dpi=_DPI, metadata={"Software": None})
    return buffer.getvalue()


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
