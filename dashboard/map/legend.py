"""The map legend: which entries it shows (one function for every renderer) and their markup.

:func:`map_legend` turns the visible layers and event categories into groups of
:class:`~geodata.registry.LegendEntry` (label, colour, symbol) straight from the registry; the
interactive map's legend (:mod:`dashboard.ui.legend`) and the static renderer
(:mod:`dashboard.briefing.panels`) both draw what it returns. Labels are always escaped;
colours are RGB(A) 0-255 tuples.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import quote

import geodata
from dashboard.events.model import CATEGORIES, CATEGORY_COLORS, EVENT_MARKER
from geodata.registry import LegendEntry
from geodata.symbols import MARKERS

__all__ = ["EVENTS_LEGEND_TITLE", "LegendGroup", "legend_entries_html", "map_legend", "swatch_html"]

#: The heading of the event categories' group.
EVENTS_LEGEND_TITLE = "Events (by category)"

_OCEAN_CSS = "#cde0ee"  # line swatches sit on the map's ocean colour (a white graticule stays visible)
_ALIASES = {"polygon": "fill", "point": "circle"}  # the layer kinds older callers pass


@dataclass(frozen=True)
class LegendGroup:
    """One block of the legend: a layer (or the events) with its entries.

    ``layer`` is the registry name (None for the events); ``note`` is the accuracy caveat
    ("approximate", "disputed") or "" for exact layers.
    """

    title: str
    layer: str | None
    note: str
    entries: tuple[LegendEntry, ...]


def map_legend(layer_names: Iterable[str], event_categories: Iterable[str] = ()) -> list[LegendGroup]:
    """The legend of a map showing ``layer_names`` (in that order) and events of ``event_categories``.

    Each layer's entries come from its registry spec (:meth:`~geodata.registry.LayerSpec.legend`);
    the events group lists the given categories in legend order, as circles of their colour.
    Unknown layer names are skipped (an old link may name a retired layer).
    """
    known = set(geodata.layer_names())
    groups = []
    for name in layer_names:
        if name not in known:
            continue
        spec = geodata.layer_spec(name)
        note = "" if spec.accuracy == "exact" else spec.accuracy
        groups.append(LegendGroup(spec.title, name, note, tuple(spec.legend())))
    wanted = set(event_categories)
    entries = tuple(LegendEntry(c, (*CATEGORY_COLORS[c], 255), EVENT_MARKER) for c in CATEGORIES if c in wanted)
    if entries:
        groups.append(LegendGroup(EVENTS_LEGEND_TITLE, None, "", entries))
    return groups


def _marker_svg(symbol: str, css: str) -> str:
    """The marker's shape as an image of an SVG (a data URI), not inline SVG: ``st.html`` sanitises
    with HTML alone allowed and drops inline SVG, but keeps an image's data URI."""
    points = " ".join(f"{7 + 6 * x:.2f},{7 - 6 * y:.2f}" for x, y in MARKERS[symbol])
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" viewBox="0 0 14 14">'
        f'<polygon points="{points}" fill="{css}" stroke="#333" stroke-width="1"/></svg>'
    )
    return f'<img src="data:image/svg+xml,{quote(svg)}" width="14" height="14" alt="" style="vertical-align:middle">'


def swatch_html(color: Sequence[int], kind: str, hatch: str | None = None) -> str:
    """A small swatch for a legend symbol (see :class:`~geodata.registry.LegendEntry`): the marker
    shape for points, a stroke for lines, a filled, outlined or hatched square for areas."""
    symbol = _ALIASES.get(kind, kind)
    r, g, b, *rest = color
    alpha = (rest[0] if rest else 255) / 255
    css = f"rgba({r},{g},{b},{alpha:.2f})"
    if symbol in MARKERS:
        return _marker_svg(symbol, css)
    if symbol in ("line", "dashed"):
        style = "dashed" if symbol == "dashed" else "solid"
        return (
            f'<span style="display:inline-block;width:24px;height:10px;background:{_OCEAN_CSS};'
            f'vertical-align:middle;position:relative"><span style="position:absolute;left:2px;'
            f'right:2px;top:3px;border-top:3px {style} {css}"></span></span>'
        )
    if symbol == "text":
        return f'<span style="display:inline-block;width:14px;color:{css};font-style:italic;font-weight:600">Aa</span>'
    background = "transparent"
    if symbol == "fill":
        background = css
    elif symbol == "hatch":
        angles = {"/": ("45deg",), "\\": ("-45deg",), "x": ("45deg", "-45deg")}[hatch or "/"]
        background = ",".join(f"repeating-linear-gradient({a},{css} 0 1.5px,transparent 1.5px 5px)" for a in angles)
    border = "1px solid #444" if symbol == "fill" else f"2px solid {css}"
    return (
        f'<span style="display:inline-block;width:14px;height:14px;background:{background};'
        f'border:{border};border-radius:2px;vertical-align:middle;box-sizing:border-box"></span>'
    )


def legend_entries_html(entries: Iterable[tuple[str, Sequence[int]] | LegendEntry], kind: str = "fill") -> str:
    """One line per entry: swatch and escaped label. A :class:`LegendEntry` brings its own
    symbol; a plain (label, colour) pair is drawn as ``kind``."""
    lines = []
    for entry in entries:
        if isinstance(entry, LegendEntry):
            swatch = swatch_html(entry.color, entry.symbol, entry.hatch)
            label = entry.label
        else:
            label, color = entry
            swatch = swatch_html(color, kind)
        lines.append(f'<div style="margin:2px 0">{swatch}&nbsp;{html.escape(label)}</div>')
    return "".join(lines)
