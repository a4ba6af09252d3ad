"""The political layers: the eight Arctic states, their territories, land, and reference lines."""

from __future__ import annotations

import subprocess
import sys

import geopandas as gpd
import pytest
from shapely.geometry import Point

import geodata
from geodata.measure import area_km2
from geodata.reference import ARCTIC_CIRCLE_LAT

ARCTIC_STATES = {"USA", "CAN", "DNK", "FIN", "ISL", "NOR", "SWE", "RUS"}


@pytest.fixture(scope="module")
def states() -> gpd.GeoDataFrame:
    """The ``states`` layer as served (EPSG:4326)."""
    return geodata.layer("states")


@pytest.fixture(scope="module")
def states_polar(states) -> gpd.GeoDataFrame:
    """The ``states`` layer projected to EPSG:3413, indexed by iso3."""
    return states.to_crs(geodata.POLAR_CRS).set_index("iso3")


@pytest.fixture(scope="module")
def territories_polar() -> gpd.GeoDataFrame:
    """The ``territories`` layer projected to EPSG:3413, indexed by territory name."""
    return geodata.layer("territories").to_crs(geodata.POLAR_CRS).set_index("territory")


def polar_point(lon: float, lat: float):
    """A lon/lat point (degrees) projected to EPSG:3413."""
    return gpd.GeoSeries([Point(lon, lat)], crs=4326).to_crs(geodata.POLAR_CRS).iloc[0]


def test_every_arctic_state_once_with_its_code(states):
    assert sorted(states["iso3"]) == sorted(ARCTIC_STATES)
    assert states["iso3"].is_unique
    assert states.crs.to_epsg() == 4326


def test_nato_accession_years_and_arctic_council(states):
    years = dict(zip(states["iso3"], states["nato_since"]))
    assert {c: years[c] for c in ("USA", "CAN", "DNK", "ISL", "NOR")} == dict.fromkeys(
        ("USA", "CAN", "DNK", "ISL", "NOR"), 1949
    )
    assert years["FIN"] == 2023 and years["SWE"] == 2024
    assert gpd.pd.isna(years["RUS"])
    assert states["arctic_council"].all()


@pytest.mark.parametrize("name", ["states", "territories", "land"])
def test_geometries_valid_in_lonlat_and_after_projecting(name):
    gdf = geodata.layer(name)
    assert gdf.is_valid.all()
    assert gdf.to_crs(geodata.POLAR_CRS).is_valid.all()
    assert gdf.to_crs(geodata.EQUAL_AREA_CRS).is_valid.all()


def test_layers_clipped_to_the_map_extent():
    for name in ("states", "territories", "land"):
        assert geodata.layer(name).total_bounds[1] >= geodata.MAP_EXTENT_MIN_LAT - 1e-6


@pytest.mark.parametrize(
    "territory, iso3",
    [
        ("Greenland", "DNK"),
        ("Faroe Islands", "DNK"),
        ("Svalbard", "NOR"),
        ("Jan Mayen", "NOR"),
        ("Åland", "FIN"),
        ("Alaska", "USA"),
    ],
)
def test_territory_lies_inside_its_state(territories_polar, states_polar, territory, iso3):
    part = territories_polar.loc[territory, "geometry"]
    realm = states_polar.loc[iso3, "geometry"]
    assert territories_polar.loc[territory, "iso3"] == iso3
    assert part.difference(realm).area < 1e-6 * part.area
    others = states_polar.drop(index=iso3).geometry
    assert not others.intersects(part.buffer(-100)).any()


@pytest.mark.parametrize(
    "place, lon, lat, iso3",
    [
        ("Nuuk", -51.72, 64.18, "DNK"),
        ("Longyearbyen", 15.63, 78.22, "NOR"),
        ("Nome, Alaska", -165.41, 64.50, "USA"),
        ("Attu Island, Aleutians", 173.1, 52.87, "USA"),
        ("Tórshavn", -6.77, 62.01, "DNK"),
        ("Anadyr, Chukotka", 177.5, 64.73, "RUS"),
    ],
)
def test_known_places_fall_in_the_right_state(states_polar, place, lon, lat, iso3):
    point = polar_point(lon, lat)
    distances = states_polar.distance(point)
    assert distances.idxmin() == iso3, place
    assert distances.min() < 15_000, f"{place} is {distances.min() / 1000:.0f} km from {iso3}"


@pytest.mark.parametrize(
    "what, west_of_180, east_of_180",
    [
        ("Chukotka", (176.0, 66.0), (-173.0, 66.0)),
        ("Wrangel Island", (179.3, 71.2), (-179.3, 71.2)),
    ],
)
def test_russia_is_whole_across_the_antimeridian(states_polar, what, west_of_180, east_of_180):
    russia = states_polar.loc["RUS", "geometry"]
    a, b = polar_point(*west_of_180), polar_point(*east_of_180)
    (part,) = [p for p in russia.geoms if p.contains(a)]
    assert part.contains(b), f"{what} is cut at the antimeridian"


def test_stored_longitudes_are_continuous_across_the_antimeridian(states):
    russia = states.set_index("iso3").loc["RUS", "geometry"]
    chukotka = max(russia.geoms, key=lambda p: p.area)
    assert chukotka.bounds[2] > 180, "the mainland polygon should run on past 180°E"
    assert chukotka.contains(Point(360 - 173.0, 66.0))


def test_state_areas_match_the_source_features(states, world_atlas_dir):
    from geodata.build.natural_earth import source_state_features

    source = source_state_features(world_atlas_dir)
    source_area = area_km2(source).groupby(source["iso3"]).sum()
    ours = area_km2(states).groupby(states["iso3"]).sum()
    for iso3 in ARCTIC_STATES:
        assert ours[iso3] == pytest.approx(source_area[iso3], rel=0.03), iso3


def test_arctic_circle_is_the_computed_parallel():
    circle = geodata.layer("arctic_circle")
    lats = [y for _, y in circle.geometry.iloc[0].coords]
    assert min(lats) == max(lats) == pytest.approx(66 + 33 / 60 + 49 / 3600)
    assert pytest.approx(66.5636, abs=1e-4) == ARCTIC_CIRCLE_LAT


def test_graticule_has_parallels_every_10_and_meridians_every_30_degrees():
    grid = geodata.layer("graticule")
    assert sorted(grid.loc[grid["kind"] == "parallel", "value"]) == [40, 50, 60, 70, 80]
    assert len(grid[grid["kind"] == "meridian"]) == 12


def test_python_m_geodata_list_prints_every_layer(repo_root):
    out = subprocess.run(
        [sys.executable, "-m", "geodata", "list"], cwd=repo_root, capture_output=True, text=True, check=True
    ).stdout
    for name in geodata.layer_names():
        line = next(line for line in out.splitlines() if line.startswith(name + " "))
        assert str(len(geodata.layer(name))) in line
    assert "Natural Earth" in out
