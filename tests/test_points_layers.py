"""The ``ports`` and ``bases`` layers: enough places, each where a briefer would expect it.

Distances are geodesic (WGS 84): the nearest coastline point is found in the equal-area
EPSG:6931 and the distance to it measured on the ellipsoid, so no projection scale error
enters the 25 km thresholds.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from shapely.ops import nearest_points

import geodata
from geodata.build.points import (
    POINT_COLUMNS,
    POINT_TABLES,
    PointTableError,
    points_frame,
    read_point_table,
)
from geodata.settings import EQUAL_AREA_CRS
from tests.helpers import geodesic_km

#: A point counts as "at the coast" (ports) or "by land" (bases) within this distance.
COAST_KM = 25.0

#: River ports lie up-river of the Natural Earth 1:50m coastline; each gets its own bound (km
#: from that coastline) instead of the 25 km coast test. Dudinka is on the Yenisei, about
#: 140 km above where the 1:50m coastline closes the Yenisei Gulf.
RIVER_PORT_MAX_COAST_KM = {"Dudinka": 200.0}

#: Well-known places, typed here independently of the CSV: (layer, name) -> (lat, lon).
#: A sign slip (east for west) or swapped lat/lon in the table lands thousands of km away.
SPOT_CHECKS = {
    ("ports", "Murmansk"): (68.97, 33.08),
    ("ports", "Longyearbyen"): (78.22, 15.63),
    ("ports", "Reykjavík"): (64.15, -21.94),
    ("ports", "Nuuk"): (64.18, -51.72),
    ("ports", "Churchill"): (58.77, -94.17),
    ("ports", "Nome"): (64.50, -165.41),
    ("ports", "Provideniya"): (64.42, -173.23),
    ("ports", "Pevek"): (69.70, 170.31),
    ("bases", "Pituffik Space Base"): (76.53, -68.70),
    ("bases", "CFS Alert"): (82.50, -62.35),
    ("bases", "Eielson AFB"): (64.67, -147.10),
    ("bases", "Nagurskoye (Arctic Trefoil)"): (80.80, 47.67),
    ("bases", "Keflavík Air Base"): (63.99, -22.61),
    ("bases", "Mys Shmidta"): (68.87, -179.37),
}
SPOT_CHECK_KM = 5.0


@pytest.fixture(scope="module")
def ports() -> gpd.GeoDataFrame:
    """The ``ports`` layer as served (EPSG:4326)."""
    return geodata.layer("ports")


@pytest.fixture(scope="module")
def bases() -> gpd.GeoDataFrame:
    """The ``bases`` layer as served (EPSG:4326)."""
    return geodata.layer("bases")


@pytest.fixture(scope="module")
def land_polar():
    """All land (Natural Earth 1:50m) as one geometry in EPSG:6931."""
    return shapely.union_all(geodata.layer("land").to_crs(EQUAL_AREA_CRS).geometry.values)


@pytest.fixture(scope="module")
def states_polar() -> gpd.GeoDataFrame:
    """The eight states in EPSG:6931."""
    return geodata.layer("states").to_crs(EQUAL_AREA_CRS)


def _km_to(points: gpd.GeoDataFrame, target) -> pd.Series:
    """Geodesic km from each point (EPSG:4326) to the nearest point of ``target`` (EPSG:6931)."""
    polar = points.to_crs(EQUAL_AREA_CRS).geometry
    nearest = gpd.GeoSeries([nearest_points(p, target)[1] for p in polar], crs=EQUAL_AREA_CRS).to_crs("EPSG:4326")
    return pd.Series(
        [geodesic_km(p.x, p.y, q.x, q.y) for p, q in zip(points.geometry, nearest)],
        index=points["name"].values,
    )


def test_enough_places(ports, bases):
    assert len(ports) >= 40
    assert len(bases) >= 30
    # Every state with an Arctic coast has ports; every one of the eight has installations.
    assert {"RUS", "NOR", "DNK", "ISL", "CAN", "USA"} <= set(ports["iso3"])
    assert set(bases["iso3"]) == {"USA", "CAN", "DNK", "ISL", "NOR", "SWE", "FIN", "RUS"}


@pytest.mark.parametrize("layer", ["ports", "bases"])
def test_rows_are_complete_unique_and_cited(layer):
    gdf = geodata.layer(layer)
    assert list(gdf.columns[:-1]) == list(POINT_COLUMNS)
    assert not gdf["name"].duplicated().any(), gdf.loc[gdf["name"].duplicated(), "name"].tolist()
    for column in POINT_COLUMNS:
        assert gdf[column].astype(str).str.strip().ne("").all(), f"{layer}: empty {column}"
    assert gdf["source"].str.len().ge(10).all()
    assert (gdf.geometry.geom_type == "Point").all()


@pytest.mark.parametrize("layer", ["ports", "bases"])
def test_lat_lon_columns_match_geometry(layer):
    gdf = geodata.layer(layer)
    np.testing.assert_allclose(gdf.geometry.x, gdf["lon"], atol=1e-9)
    np.testing.assert_allclose(gdf.geometry.y, gdf["lat"], atol=1e-9)


@pytest.mark.parametrize("layer", ["ports", "bases"])
def test_every_kind_has_a_legend_entry(layer):
    spec = geodata.layer_spec(layer)
    used = set(geodata.layer(layer)["kind"])
    assert used <= set(spec.style.palette), used - set(spec.style.palette)
    assert {column for column, _ in spec.tooltip} <= set(POINT_COLUMNS)
    assert spec.group == {"ports": "Shipping", "bases": "Political"}[layer]


def test_sea_ports_are_at_the_coast(ports, land_polar):
    sea = ports[~ports["name"].isin(RIVER_PORT_MAX_COAST_KM)]
    km = _km_to(sea, land_polar.boundary)
    too_far = km[km > COAST_KM].round(1).to_dict()
    assert not too_far, f"ports more than {COAST_KM} km from the coastline: {too_far}"


def test_river_ports_are_on_land_near_their_estuary(ports, land_polar):
    river = ports[ports["kind"] == "river port"]
    assert set(river["name"]) == set(RIVER_PORT_MAX_COAST_KM)
    km = _km_to(river, land_polar.boundary)
    for name, limit in RIVER_PORT_MAX_COAST_KM.items():
        assert km[name] <= limit
    assert river.to_crs(EQUAL_AREA_CRS).within(land_polar).all()


def test_bases_are_on_or_by_land(bases, land_polar):
    polar = bases.to_crs(EQUAL_AREA_CRS)
    offshore = bases[~polar.within(land_polar).values]
    km = _km_to(offshore, land_polar) if len(offshore) else pd.Series(dtype=float)
    too_far = km[km > COAST_KM].round(1).to_dict()
    assert not too_far, f"bases more than {COAST_KM} km from land: {too_far}"


@pytest.mark.parametrize("layer", ["ports", "bases"])
def test_each_place_lies_in_or_off_the_state_it_names(layer, states_polar):
    gdf = geodata.layer(layer)
    polar = gdf.to_crs(EQUAL_AREA_CRS)
    wrong = {}
    for row, point in zip(gdf.itertuples(), polar.geometry):
        km = states_polar.distance(point) / 1000.0  # EPSG:6931 metres; a screen, not a measure
        nearest = states_polar["iso3"].iloc[int(np.argmin(km.values))]
        own = float(km[states_polar["iso3"] == row.iso3].iloc[0])
        if nearest != row.iso3 or own > COAST_KM:
            wrong[row.name] = (row.iso3, nearest, round(own, 1))
    assert not wrong, f"{layer}: iso3 disagrees with the state territory (named, nearest, km): {wrong}"


@pytest.mark.parametrize(("layer", "name"), sorted(SPOT_CHECKS))
def test_spot_check_known_coordinates(layer, name):
    row = geodata.layer(layer).set_index("name").loc[name]
    lat, lon = SPOT_CHECKS[(layer, name)]
    assert geodesic_km(row["lon"], row["lat"], lon, lat) <= SPOT_CHECK_KM


def test_west_longitudes_are_negative(ports, bases):
    both = pd.concat([ports, bases])
    by_name = both.set_index("name")
    # The Americas, Greenland, Iceland and the Faroes are all west of Greenwich.
    for iso3 in ("CAN", "ISL"):
        assert (both.loc[both["iso3"] == iso3, "lon"] < 0).all()
    assert (both.loc[both["iso3"] == "USA", "lon"] < -140).all()
    assert by_name.loc["Tórshavn", "lon"] < 0 < by_name.loc["Kirkenes", "lon"]


@pytest.mark.parametrize("layer", ["ports", "bases"])
def test_committed_file_matches_its_source_table(layer):
    table = POINT_TABLES[layer]
    rebuilt = points_frame(read_point_table(table.csv_path, table.kinds))
    served = geodata.layer(layer)
    pd.testing.assert_frame_equal(
        pd.DataFrame(served.drop(columns="geometry")),
        pd.DataFrame(rebuilt.drop(columns="geometry")),
        check_dtype=False,
    )


# --- bad input: a clear message naming row and column, and no file written ------------------

_HEADER = ",".join(POINT_COLUMNS)
_GOOD = 'Murmansk,RUS,deep-water port,68.97,33.06,"Ice-free port.","Wikipedia"'


def _table(tmp_path: Path, *rows: str, header: str = _HEADER) -> Path:
    path = tmp_path / "ports.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ('Murmansk,RUS,deep-water port,68,97,33.06,"x","y"', "row 2: 8 fields but the header has 7"),
        ('Murmansk,RUS,deep-water port,"68,97",33.06,"x","y"', "lat='68,97' is not a number"),
        ('Murmansk,RUS,deep-water port,68.97,200.0,"x","y"', "lon=200.0 is outside"),
        ('Murmansk,RUS,deep-water port,30.0,33.06,"x","y"', "lat=30.0 is outside"),
        ('Murmansk,GBR,deep-water port,68.97,33.06,"x","y"', "iso3='GBR'"),
        ('Murmansk,RUS,spaceport,68.97,33.06,"x","y"', "kind='spaceport'"),
        ('Murmansk,RUS,deep-water port,68.97,33.06,"x",""', "empty source"),
    ],
)
def test_bad_rows_are_named(tmp_path, row, message):
    with pytest.raises(PointTableError, match=message):
        read_point_table(_table(tmp_path, row), POINT_TABLES["ports"].kinds)


def test_duplicate_names_are_refused(tmp_path):
    with pytest.raises(PointTableError, match="duplicate name, already on row 2"):
        read_point_table(_table(tmp_path, _GOOD, _GOOD), POINT_TABLES["ports"].kinds)


def test_missing_column_is_refused(tmp_path):
    path = _table(tmp_path, "Murmansk,RUS,deep-water port,68.97,33.06,x", header="name,iso3,kind,lat,lon,note")
    with pytest.raises(PointTableError, match="missing column\\(s\\) source"):
        read_point_table(path, POINT_TABLES["ports"].kinds)


def test_a_bad_table_writes_nothing(tmp_path, monkeypatch):
    import geodata.build.points as points

    bad = _table(tmp_path, _GOOD, 'Oops,RUS,deep-water port,95,33,"x","y"')
    monkeypatch.setattr(geodata.layers, "DATA_DIR", tmp_path / "data")
    monkeypatch.setitem(
        points.POINT_TABLES,
        "ports",
        points.PointTable("ports", bad, points.POINT_TABLES["ports"].kinds),
    )
    with pytest.raises(PointTableError, match="row 3 \\(Oops\\): lat=95.0 is outside"):
        points.build_ports()
    assert not (tmp_path / "data").exists()
