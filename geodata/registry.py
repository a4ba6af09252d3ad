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

from .symbols import MARKERS

__all__ = [
    "ACCURACY_LEVELS",
    "DASH_PATTERN_PX",
    "FILL_MODES",
    "GROUPS",
    "HATCHES",
    "LabelStyle",
    "LayerSpec",
    "LayerStyle",
    "LegendEntry",
    "Rgba",
    "STATE_PROFILE_ROLES",
]

Rgba = tuple[int, int, int, int]

#: A dashed line (:attr:`LayerStyle.dashed`): dashes this many screen pixels long, gaps this long
#: (the live map and the exports draw the same pattern).
DASH_PATTERN_PX: tuple[float, float] = (6.0, 4.0)

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


#: How a polygon layer is painted. ``fill``: an opaque or translucent fill (only for layers that
#: do not overlap others: land, states). ``outline``: the feature's colour on its outline only.
#: ``hatch``: outline plus diagonal hatching in the feature's colour, no fill, so the layer reads
#: on top of any state fill and overlapping layers stay distinct.
FILL_MODES: tuple[str, ...] = ("fill", "outline", "hatch")

#: Hatch directions: "/" rising lines, "\\" falling lines, "x" both. Lines are 1.5 px wide and
#: 8 px apart on screen whatever the zoom.
HATCHES: tuple[str, ...] = ("/", "\\", "x")


@dataclass(frozen=True)
class LegendEntry:
    """One swatch of a legend: a label, its colour (RGBA 0-255) and its symbol.

    ``symbol`` is what the swatch looks like: a marker name of :data:`geodata.symbols.MARKERS`
    for points, ``line`` (``dashed`` when dashed) for lines, ``fill``/``outline``/``hatch`` for
    polygons (see :data:`FILL_MODES`), ``text`` for label-only layers. ``hatch`` is the
    direction of a hatched swatch. Two entries with the same symbol are told apart by colour alone.
    """

    label: str
    color: Rgba
    symbol: str = "fill"
    hatch: str | None = None


@dataclass(frozen=True)
class LabelStyle:
    """How a layer's text labels are drawn.

    Parameters
    ----------
    size_px : text height on a desktop screen, CSS pixels.
    projector_scale : multiply ``size_px`` by this when presenting (projector or briefing
        export), so a label stays readable from the back of the room.
    min_zoom : the labels appear at this deck.gl zoom and closer (OrthographicView on EPSG:3413:
        ``zoom = log2(pixels per metre)``; the whole Arctic is about -13.6, a region -12). A
        feature's own ``min_zoom_column`` value, when given, overrides it: that is its priority.
    min_zoom_column : column holding each feature's min zoom, or None.
    color : text colour (RGBA 0-255); the halo is always white.
    italic, weight : font style; water bodies are italic by cartographic convention.
    """

    size_px: float = 13.0
    projector_scale: float = 1.5
    min_zoom: float = -16.0
    min_zoom_column: str | None = None
    color: Rgba = (30, 30, 30, 255)
    italic: bool = False
    weight: int = 600


@dataclass(frozen=True)
class LayerStyle:
    """How a layer is drawn on the polar map.

    Colours are RGBA 0-255. Widths and radii are screen pixels, so they stay legible at every
    zoom. With ``color_column`` set, each feature takes its fill (or point/line colour) from
    ``palette[feature[color_column]]``, falling back to ``fill``/``line``.

    ``kind="label"`` is a point layer drawn as text only (sea and strait names). ``marker`` is
    a point layer's shape (:data:`geodata.symbols.MARKERS`). ``fill_mode`` and ``hatch`` say how
    a polygon layer is painted (:data:`FILL_MODES`, :data:`HATCHES`); with ``outline`` or
    ``hatch`` the palette colour goes on the outline (and hatching), not into a fill.
    ``label`` styles the layer's text labels (with :attr:`LayerSpec.label_column`). A ``dashed``
    line or outline is drawn in dashes of :data:`DASH_PATTERN_PX`.
    """

    kind: Literal["polygon", "line", "point", "label"]
    fill: Rgba | None = None
    line: Rgba = (60, 60, 60, 255)
    line_width_px: float = 1.0
    point_radius_px: float = 5.0
    color_column: str | None = None
    palette: dict[str, Rgba] = field(default_factory=dict)
    palette_labels: dict[str, str] = field(default_factory=dict)
    dashed: bool = False
    marker: str = "circle"
    fill_mode: str = "fill"
    hatch: str | None = None
    label: LabelStyle = field(default_factory=LabelStyle)

    def __post_init__(self) -> None:
        if self.marker not in MARKERS:
            raise ValueError(f"marker must be one of {tuple(MARKERS)}, got {self.marker!r}")
        if self.fill_mode not in FILL_MODES:
            raise ValueError(f"fill_mode must be one of {FILL_MODES}, got {self.fill_mode!r}")
        if (self.fill_mode == "hatch") != (self.hatch is not None):
            raise ValueError("give hatch= exactly when fill_mode='hatch'")
        if self.hatch is not None and self.hatch not in HATCHES:
            raise ValueError(f"hatch must be one of {HATCHES}, got {self.hatch!r}")

    @property
    def symbol(self) -> str:
        """The legend symbol of this style (see :class:`LegendEntry`)."""
        if self.kind == "point":
            return self.marker
        if self.kind == "line":
            return "dashed" if self.dashed else "line"
        if self.kind == "label":
            return "text"
        return self.fill_mode


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
    label_column : column whose value is drawn as a text label at each feature, if any (empty
        values are not drawn); ``style.label`` sets its size, priority and font.
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
        symbol, hatch = style.symbol, style.hatch
        if style.color_column and style.palette:
            return [
                LegendEntry(style.palette_labels.get(key, key), color, symbol, hatch)
                for key, color in style.palette.items()
            ]
        if style.kind == "label":
            return [LegendEntry(self.title, style.label.color, symbol)]
        color = style.fill if style.fill is not None and style.fill_mode == "fill" else style.line
        return [LegendEntry(self.title, color, symbol, hatch)]
