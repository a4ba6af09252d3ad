"""Build ``sea_labels.geojson``: names of seas and straits, drawn as map labels.

The source is ``geodata/sources/sea_labels.csv``: one row per label with its ``kind`` (sea or
strait) and ``min_zoom``, the deck.gl zoom from which it shows (its priority: the big seas show
on the whole-Arctic view, the Northwest Passage's straits only on a regional one). A row whose
``source`` is ``gazetteer`` takes its point from the gazetteer's row of that name (its citation
comes along); other rows give their own ``lat``/``lon`` and citation.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd

from ..gazetteer import lookup
from ..settings import GEOGRAPHIC_CRS
from .output import write_layer

__all__ = ["BUILDERS", "SEA_LABELS_CSV", "build_sea_labels", "sea_labels_frame"]

#: The hand-authored table: ``name,kind,min_zoom,lat,lon,source``.
SEA_LABELS_CSV = Path(__file__).resolve().parents[1] / "sources" / "sea_labels.csv"
_KINDS = ("sea", "strait")


def sea_labels_frame(path: Path = SEA_LABELS_CSV) -> gpd.GeoDataFrame:
    """The labels as points (EPSG:4326) with ``name``, ``kind``, ``min_zoom`` and ``source``.

    Raises
    ------
    ValueError
        Naming every row with an unknown kind, a zoom outside -16..-6, a gazetteer name the
        gazetteer lacks, or its own point without a citation.
    """
    table = pd.read_csv(path, dtype={"name": str, "kind": str, "source": str}, keep_default_na=False)
    rows, problems = [], []
    for line, row in enumerate(table.to_dict("records"), start=2):
        where = f"{path.name}:{line} ({row['name']})"
        if row["kind"] not in _KINDS:
            problems.append(f"{where}: kind must be one of {_KINDS}")
        if not -16.0 <= float(row["min_zoom"]) <= -6.0:
            problems.append(f"{where}: min_zoom must be between -16 and -6")
        if row["source"] == "gazetteer":
            place = lookup(row["name"])
            if place is None:
                problems.append(f"{where}: not in the gazetteer; give lat, lon and a source")
                continue
            lat, lon, source = float(place["lat"]), float(place["lon"]), f"Gazetteer: {place['source']}"
        else:
            if row["lat"] == "" or row["lon"] == "" or not row["source"]:
                problems.append(f"{where}: a row outside the gazetteer needs lat, lon and a source")
                continue
            lat, lon, source = float(row["lat"]), float(row["lon"]), row["source"]
        rows.append(
            {
                "name": row["name"],
                "kind": row["kind"],
                "min_zoom": float(row["min_zoom"]),
                "source": source,
                "lat": lat,
                "lon": lon,
            }
        )
    if problems:
        raise ValueError("sea labels: " + "; ".join(problems))
    frame = pd.DataFrame(rows)
    points = gpd.points_from_xy(frame.pop("lon"), frame.pop("lat"), crs=GEOGRAPHIC_CRS)
    return gpd.GeoDataFrame(frame, geometry=points, crs=GEOGRAPHIC_CRS)


def build_sea_labels() -> list[Path]:
    """Write ``sea_labels.geojson``; return its path."""
    return [write_layer(sea_labels_frame(), "sea_labels", decimals=4)]


BUILDERS = {"sea_labels": build_sea_labels}
