"""Legend markup shared by every legend in the app (layers, event categories, routes).

Labels are always escaped; colours are RGB(A) 0-255 tuples. The widgets in
:mod:`dashboard.ui` draw what these functions return.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Literal

__all__ = ["legend_entries_html", "swatch_html"]

SwatchKind = Literal["polygon", "line", "point"]
_OCEAN_CSS = "#cde0ee"  # line swatches sit on the map's ocean colour (a white graticule stays visible)


def swatch_html(color: Sequence[int], kind: SwatchKind) -> str:
    """A small coloured swatch: a square for areas, a disc for points, a stroke for lines."""
    r, g, b, *rest = color
    alpha = (rest[0] if rest else 255) / 255
    css = f"rgba({r},{g},{b},{alpha:.2f})"
    if kind == "line":
        return (
            f'<span style="display:inline-block;width:24px;height:10px;background:{_OCEAN_CSS};'
            f'vertical-align:middle;position:relative"><span style="position:absolute;left:2px;'
            f'right:2px;top:3px;border-top:3px solid {css}"></span></span>'
        )
    radius = "50%" if kind == "point" else "2px"
    return (
        f'<span style="display:inline-block;width:14px;height:14px;background:{css};'
        f'border:1px solid #444;border-radius:{radius};vertical-align:middle"></span>'
    )


def legend_entries_html(entries: Iterable[tuple[str, Sequence[int]]], kind: SwatchKind) -> str:
    """One line per (label, colour) entry: swatch and escaped label."""
    return "".join(
        f'<div style="margin:2px 0">{swatch_html(color, kind)}&nbsp;{html.escape(label)}</div>'
        for label, color in entries
    )
