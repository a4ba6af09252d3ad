"""Reference layers: the graticule and the Arctic Circle (computed), and the sea and strait names."""

from __future__ import annotations

from ..reference import arctic_circle, graticule
from ..registry import LabelStyle, LayerSpec, LayerStyle

__all__ = ["LAYERS", "SEA_LABEL_COLOR"]

#: Water names in a dark sea blue, italic by cartographic convention (land names are upright).
SEA_LABEL_COLOR = (25, 75, 135, 255)

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
    style=LayerStyle(kind="line", line=(20, 40, 90, 255), line_width_px=2.0, dashed=True),
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

SEA_LABELS = LayerSpec(
    name="sea_labels",
    title="Seas and straits (names)",
    group="Reference",
    description=(
        "Names of the Arctic seas and straits, the Northwest Passage's channels and the "
        "Northern Sea Route's straits. The big seas show on the whole-Arctic view; narrower "
        "straits appear as you zoom in (each name's `min_zoom`)."
    ),
    source="Arctic Atlas gazetteer (nominal interior points, cited per row) and geodata/sources/sea_labels.csv",
    source_url="geodata/sources/sea_labels.csv",
    version="compiled 2026",
    licence="Project data (names and nominal points by the authors)",
    accuracy="approximate",
    accuracy_note=(
        "A label marks a point inside the sea or strait, chosen to read well, not its centre; "
        "seas and straits have no agreed single point (IHO S-23 limits are not drawn)."
    ),
    file="sea_labels.geojson",
    rebuilt_by="python -m geodata.build sea_labels",
    style=LayerStyle(
        kind="label",
        label=LabelStyle(size_px=15.0, color=SEA_LABEL_COLOR, italic=True, weight=500, min_zoom_column="min_zoom"),
    ),
    label_column="name",
    draw_order=95,
    basemap=True,
)

LAYERS = (GRATICULE, ARCTIC_CIRCLE, SEA_LABELS)
