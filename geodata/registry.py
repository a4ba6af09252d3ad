"""The layer registry: one description per layer, read by the map, legend, sources page and exports.

A :class:`LayerSpec` says what a layer is (name, title, group), where it came from (source,
version, licence, accuracy) and how it is drawn (:class:`LayerStyle`). Layer catalogues in
:mod:`geodata.catalog` register their specs here; nothing else keeps a list of layer names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

import geopandas as gpd

__all__ = [
    "ACCURACY_LEVELS",
    "GROUPS",
    "LayerSpec",
    "LayerStyle",
    "LegendEntry",
    "Rgba",
    "STATE_PROFILE_ROLES",
]

Rgba = tuple[int, int, int, int]

#: Sidebar groups, in display order.
GROUPS: tuple[str, ...] = ("Political", "Maritime", "Shipping", "Resources", "Environment", "Reference")

#: How far a briefer can lean on a layer's lines.
ACCURACY_LEVELS: dict[str, str] = {
    "exact": "Exact to the stated source and scale.",
    "approximate": "Approximate: derived or simplified; do not use for navigation or legal limits.",
    "disputed": "Contains disputed lines or claims; shown as claimed, not as settled.",
}

#: The parts a layer can play in a state's profile (States page): the state's ``territory``
#: (one row per state), its ``parts`` (territories), its maritime ``zones`` and its
#: ``points`` (ports, installations). Each role but ``points`` belongs to one layer.
STATE_PROFILE_ROLES: tuple[str, ...] = ("territory", "parts", "zones", "points")


@dataclass(frozen=True)
class LegendEntry:
    """One swatch of a legend: a label and its colour (RGBA 0-255)."""

    label: str
    color: Rgba


@dataclass(frozen=True)
class LayerStyle:
    """How a layer is drawn on the polar map.

    Colours are RGBA 0-255. Widths and radii are screen pixels, so they stay legible at every
    zoom. With ``color_column`` set, each feature takes its fill (or point/line colour) from
    ``palette[feature[color_column]]``, falling back to ``fill``/``line``.
    """

    kind: Literal["polygon", "line", "point"]
    fill: Rgba | None = None
    line: Rgba = (60, 60, 60, 255)
    line_width_px: float = 1.0
    point_radius_px: float = 5.0
    color_column: str | None = None
    palette: dict[str, Rgba] = field(default_factory=dict)
    palette_labels: dict[str, str] = field(default_factory=dict)
    dashed: bool = False


@dataclass(frozen=True)
class LayerSpec:
    """Everything the app knows about a layer besides its features.

    Parameters
    ----------
    name : registry key, used in URLs and ``geodata.layer(name)``.
    title, group, description : what the sidebar, legend and sources page show.
    source, source_url, version, licence : provenance a briefer can cite.
    accuracy : one of :data:`ACCURACY_LEVELS`; ``accuracy_note`` says why.
    file : GeoJSON under ``geodata/data`` (EPSG:4326), or None for a computed layer.
    compute : builds the layer (EPSG:4326) when ``file`` is None.
    rebuilt_by : the command that rebuilds ``file`` from its source.
    default_on : shown when no layer selection is in the URL.
    tooltip : (column, label) pairs shown on hover, in order.
    label_column : column whose value is drawn as a text label at each feature, if any.
    draw_order : stacking on the map, low first (basemap 0, areas 10-30, lines 40-60,
        points 70-90); the sidebar orders by ``group`` instead.
    basemap : drawn under the page's own layers on every focused map (States, Routes,
        Resources, Ingest preview).
    state_profile : the layer's role in a state's profile, one of :data:`STATE_PROFILE_ROLES`
        (its rows then carry the state's ``iso3``; a zone two states claim is "CAN|USA"), or
        None for a layer the States page does not break down by state.
    """

    name: str
    title: str
    group: str
    description: str
    source: str
    source_url: str
    version: str
    licence: str
    accuracy: str
    accuracy_note: str
    style: LayerStyle
    file: str | None = None
    compute: Callable[[], gpd.GeoDataFrame] | None = None
    rebuilt_by: str = ""
    default_on: bool = True
    tooltip: tuple[tuple[str, str], ...] = ()
    label_column: str | None = None
    draw_order: int = 50
    basemap: bool = False
    state_profile: str | None = None

    def __post_init__(self) -> None:
        if self.group not in GROUPS:
            raise ValueError(f"layer {self.name!r}: unknown group {self.group!r}; use one of {GROUPS}")
        if self.accuracy not in ACCURACY_LEVELS:
            raise ValueError(f"layer {self.name!r}: accuracy must be one of {tuple(ACCURACY_LEVELS)}")
        if (self.file is None) == (self.compute is None):
            raise ValueError(f"layer {self.name!r}: give exactly one of file= or compute=")
        if self.state_profile is not None and self.state_profile not in STATE_PROFILE_ROLES:
            raise ValueError(f"layer {self.name!r}: state_profile must be one of {STATE_PROFILE_ROLES}")

    def legend(self) -> list[LegendEntry]:
        """Legend swatches: one per palette entry, or one for the whole layer."""
        style = self.style
        if style.color_column and style.palette:
            return [LegendEntry(style.palette_labels.get(key, key), color) for key, color in style.palette.items()]
        color = style.fill if style.fill is not None else style.line
        return [LegendEntry(self.title, color)]
