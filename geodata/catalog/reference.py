"""Reference layers computed from geometry alone: the graticule and the Arctic Circle."""

from __future__ import annotations

from ..reference import arctic_circle, graticule
from ..registry import LayerSpec, LayerStyle

__all__ = ["LAYERS"]

ARCTIC_CIRCLE = LayerSpec(
    name="arctic_circle",
    title="Arctic Circle",
    group="Reference",
    description="The Arctic Circle at 66°33′49″N (mean latitude for epoch 2017; it drifts ~15 m a year).",
    source="Computed by Arctic Atlas from the obliquity of the ecliptic",
    source_url="https://en.wikipedia.org/wiki/Arctic_Circle",
    version="computed",
    licence="Project data (no third-party source)",
    accuracy="exact",
    accuracy_note="A parallel at 66.5636°N, sampled every 0.25° of longitude.",
    compute=arctic_circle,
    style=LayerStyle(kind="line", line=(30, 90, 160, 255), line_width_px=2.0, dashed=True),
    tooltip=(("name", "Line"), ("latitude_dms", "Latitude")),
    draw_order=45,
    basemap=True,
)

GRATICULE = LayerSpec(
    name="graticule",
    title="Graticule",
    group="Reference",
    description="Parallels every 10° (40°N to 80°N) and meridians every 30°.",
    source="Computed by Arctic Atlas",
    source_url="",
    version="computed",
    licence="Project data (no third-party source)",
    accuracy="exact",
    accuracy_note="Parallels sampled every 0.25° of longitude; meridians stop at 89°N.",
    compute=graticule,
    style=LayerStyle(kind="line", line=(255, 255, 255, 150), line_width_px=0.8),
    tooltip=(("label", "Graticule"),),
    draw_order=40,
    basemap=True,
)

LAYERS = (GRATICULE, ARCTIC_CIRCLE)
