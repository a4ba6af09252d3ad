"""Military installations (sidebar group "Political"): the ``bases`` layer.

Kept apart from :mod:`geodata.catalog.political` (states and territories) so each file has
one owner; :mod:`geodata.catalog` gathers both into the "Political" group.
"""

from __future__ import annotations

from ..registry import LayerSpec, LayerStyle

__all__ = ["BASE_KIND_COLORS", "LAYERS"]

#: Legend colour (RGBA) of each installation ``kind``; the keys are the only kinds a base may have.
BASE_KIND_COLORS: dict[str, tuple[int, int, int, int]] = {
    "naval base": (23, 55, 140, 255),
    "air base": (203, 24, 29, 255),
    "army garrison": (84, 110, 40, 255),
    "radar/space": (117, 41, 160, 255),
    "forward operating location": (241, 105, 19, 255),
    "coast guard": (230, 171, 2, 255),
    "headquarters": (40, 40, 40, 255),
}

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
        point_radius_px=5.0,
        color_column="kind",
        palette=BASE_KIND_COLORS,
        palette_labels=_BASE_KIND_LABELS,
    ),
    tooltip=(("name", "Installation"), ("kind", "Kind"), ("note", "Note"), ("source", "Source")),
    draw_order=85,
    state_profile="points",
)

LAYERS: tuple[LayerSpec, ...] = (BASES,)
