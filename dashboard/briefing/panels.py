"""The panels around a static map: the legend from the registry (the same groups the
interactive map shows) and the footer with the sources and the as-of date. No list of layers
or colours lives here. Untrusted text is drawn with ``parse_math=False``.
"""

from __future__ import annotations

import math
from datetime import date

import numpy as np
from matplotlib.patches import Polygon, Rectangle

from dashboard.events.overlay import unplaced_groups
from dashboard.map.deck import OCEAN_COLOR
from dashboard.map.legend import map_legend
from geodata.registry import LegendEntry
from geodata.symbols import MARKERS

from .content import ViewContent, event_sources, layer_sources
from .map_drawing import PT_PER_PX, hatch_pattern, rgba

__all__ = ["draw_legend", "footer_text", "short_footer_text", "unplaced_note", "view_legend"]


def draw_legend(ax, content: ViewContent, width: int, height: int) -> tuple[list[str], list[LegendEntry]]:
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
    font_pt = line * 0.56 * PT_PER_PX / 0.72
    col_width = width / columns
    labels, drawn = [], []
    for i, (kind, label, entry) in enumerate(rows):
        col, row = divmod(i, per_column)
        x0, y = 14 + col * col_width, 14 + (row + 0.5) * line
        text_x = x0 + (26 if kind == "entry" else 0)
        max_chars = int((col_width - (text_x - x0) - 10) / (font_pt * 0.62 / PT_PER_PX)) or 1
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
    fill = rgba(entry.color)
    rim = (0.2, 0.2, 0.2)
    if entry.symbol in MARKERS:
        outline = np.asarray(MARKERS[entry.symbol]) * (side / 2) * np.array([1, -1]) + (x0 + 11, y)
        ax.add_patch(Polygon(outline, closed=True, facecolor=fill, edgecolor=rim, linewidth=0.8))
    elif entry.symbol in ("line", "dashed"):
        ax.add_patch(Rectangle((x0, y - side / 2), 22, side, facecolor=rgba(OCEAN_COLOR), edgecolor="none"))
        style = (0, (3, 2)) if entry.symbol == "dashed" else "solid"
        ax.plot([x0 + 2, x0 + 20], [y, y], color=fill, linewidth=3 * PT_PER_PX, linestyle=style)
    elif entry.symbol == "text":
        ax.text(x0 + 11, y, "Aa", ha="center", va="center", color=fill, fontstyle="italic", fontweight="bold")
    else:
        corner = (x0 + 11 - side / 2, y - side / 2)
        if entry.symbol == "fill":
            ax.add_patch(Rectangle(corner, side, side, facecolor=fill, edgecolor=rim))
        else:
            hatch = hatch_pattern(entry.hatch)
            ax.add_patch(Rectangle(corner, side, side, facecolor="none", edgecolor=fill, linewidth=1.5, hatch=hatch))


def view_legend(content: ViewContent):
    """The legend groups of a resolved view: :func:`dashboard.map.legend.map_legend` of its layers
    and of the categories of its drawn events (the same entries the interactive map shows)."""
    return map_legend(content.layers, set(content.events.get("category", ())))


def unplaced_note(content: ViewContent) -> str:
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


def short_footer_text(content: ViewContent) -> str:
    """The footer a projector can show in two lines: each drawn layer's data version with the
    layers from it, the events' outlets and latest date, and where the full list is.

    Example: "Data: Natural Earth 4.1.0 / world-atlas 2.0.2 (Arctic states, Land) · computed
    (Graticule) · Events: Arctic Today, latest 2025-02-27 · All sources: Sources page".
    """
    by_version: dict[str, list[str]] = {}
    for source in layer_sources(content.layers):
        by_version.setdefault(source.version, []).append(source.title)
    layer_part = " · ".join(f"{version} ({', '.join(titles)})" for version, titles in by_version.items())
    parts = [f"Data: {layer_part or 'no layers'}"]
    outlets = sorted({s.outlet or s.title for s in event_sources([content.events, content.outside, content.unplaced])})
    as_of = content.as_of()
    if outlets:
        parts.append(f"Events: {', '.join(outlets)}, latest {as_of.isoformat() if as_of else '—'}")
    parts.append("All sources: Sources page")
    return " · ".join(parts)
