"""Military installations (sidebar group "Political"): the ``bases`` layer.

Kept apart from :mod:`geodata.catalog.political` (states and territories) so each file has
one owner; :mod:`geodata.catalog` gathers both into the "Political" group.
"""

from __future__ import annotations

from ..registry import LabelStyle, LayerSpec, LayerStyle

__all__ = ["BASE_KIND_COLORS", "LAYERS", "POINT_LABEL"]

#: Legend colour (RGBA) of each installation ``kind``; the keys are the only kinds a base may have.
#: Okabe & Ito's colour-blind-safe set; installations are triangles, so they never read as ports
#: (squares) even where the two layers share a colour.
BASE_KIND_COLORS: dict[str, tuple[int, int, int, int]] = {
    "naval base": (0, 114, 178, 255),
    "air base": (86, 180, 233, 255),
    "army garrison": (0, 158, 115, 255),
    "radar/space": (204, 121, 167, 255),
    "forward operating location": (230, 159, 0, 255),
    "coast guard": (240, 228, 66, 255),
    "headquarters": (0, 0, 0, 255),
}

#: Names of points (ports, installations, projects): small, and only once zoomed in on a region.
POINT_LABEL = LabelStyle(size_px=11.0, min_zoom=-12.0, weight=500)

_BASE_KIND_LABELS = {
    "naval base": "Naval base / shipyard",
    "air base": "Air base",
    "army garrison": "Army garrison",
    "radar/space": "Radar, space or signals station",
    "forward operating location": "Forward operating location",
    "coast guard": "Coast guard",
    "headquarters": "Joint headquarters",
}

BASES = LayerSpec(
    name="bases",
    title="Military installations",
    group="Political",
    description=(
        "Publicly documented military installations in the Arctic and sub-Arctic of the eight "
        "Arctic states: naval and air bases, garrisons, radar and space stations, NORAD forward "
        "operating locations, coast guard bases and joint headquarters."
    ),
    source="Arctic Atlas installations table, compiled from public references cited per row (CSIS Arctic Military Tracker, defence ministries, US Air Force and Space Force fact sheets, Wikipedia coordinates)",
    source_url="geodata/sources/bases.csv",
    version="compiled 2026",
    licence="Project data (facts from public sources, cited per row)",
    accuracy="approximate",
    accuracy_note=(
        "Each point marks the airfield, harbour or garrison town as publicly mapped, within about "
        "2-5 km; not a survey of the installation. Only widely reported facts; roles change, so "
        "check the cited source before quoting a unit or aircraft type."
    ),
    file="bases.geojson",
    rebuilt_by="python -m geodata.build bases",
    style=LayerStyle(
        kind="point",
        line=(255, 255, 255, 255),
        point_radius_px=7.0,
        color_column="kind",
        palette=BASE_KIND_COLORS,
        palette_labels=_BASE_KIND_LABELS,
        marker="triangle",
        label=POINT_LABEL,
    ),
    tooltip=(("name", "Installation"), ("kind", "Kind"), ("note", "Note"), ("source", "Source")),
    label_column="name",
    draw_order=85,
    state_profile="points",
)

LAYERS: tuple[LayerSpec, ...] = (BASES,)
