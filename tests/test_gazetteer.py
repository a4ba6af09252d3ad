"""The Arctic gazetteer: names resolve, places sit where they are, the table stays valid."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Point

import geodata
from geodata.build.gazetteer import (
    GAZETTEER_CSV,
    GazetteerError,
    build_gazetteer,
    known_iso3,
    read_gazetteer_csv,
    validate_gazetteer,
)
from geodata.gazetteer import (
    GAZETTEER_COLUMNS,
    GEO_PRECISIONS,
    KINDS,
    fold_name,
    load_gazetteer,
    lookup,
    name_index,
    names_of,
)
from geodata.settings import POLAR_CRS
from tests.helpers import geodesic_km

#: Known positions typed from Wikipedia infoboxes (degrees, west/south negative); the
#: table takes most of these places from GeoNames, so this is a second reference.
WIKIPEDIA_POSITIONS = {
    "Utqiaġvik": (71.2906, -156.7886),
    "Tromsø": (69.6828, 18.9428),
    "Murmansk": (68.9667, 33.0833),
    "Severomorsk": (69.0667, 33.4167),
    "Nuuk": (64.1756, -51.7389),
    "Iqaluit": (63.7489, -68.5197),
    "Reykjavík": (64.1333, -21.9333),
    "Helsinki": (60.1708, 24.9375),
    "Istanbul": (41.0136, 28.9550),
    "Washington, D.C.": (38.9047, -77.0164),
    "Anadyr": (64.7333, 177.5167),  # just west of the antimeridian: positive
    "Provideniya": (64.4167, -173.2333),  # across the antimeridian: negative
    "Wrangel Island": (71.2333, -179.4167),
    "Pituffik Space Base": (76.5312, -68.7031),
    "Kirkenes": (69.7269, 30.0456),
}

#: Straits and fjords too narrow to survive in Natural Earth 1:50m land (their point lies "on land");
#: the fjords' points were checked to lie in water at 1:10m (geodata/SOURCES.md, gazetteer).
NARROW_STRAITS = {
    "Prince of Wales Strait",
    "Matochkin Shar",
    "Bellot Strait",
    "Ameralik",
    "Nordvestfjord",
    "Petermann Fjord",
    "Dove Bugt",
    "Hvalfjörður",  # 2026-12 round 3: about 4 km wide; in water at 1:10m
}

#: Kinds that name a spot on land belonging to one state.
ON_LAND_KINDS = {"settlement", "capital", "city", "port", "base"}


@pytest.fixture(scope="module")
def gazetteer() -> gpd.GeoDataFrame:
    """The built gazetteer, EPSG:4326."""
    return load_gazetteer()


@pytest.fixture(scope="module")
def polar_states() -> gpd.GeoDataFrame:
    """The eight Arctic states projected to the polar CRS (metres)."""
    return geodata.layer("states").to_crs(POLAR_CRS)


def test_has_enough_places_with_the_documented_columns(gazetteer):
    assert len(gazetteer) >= 400
    assert tuple(gazetteer.columns) == (*GAZETTEER_COLUMNS, "geometry")
    assert gazetteer.crs.to_epsg() == 4326
    assert set(gazetteer.geom_type) == {"Point"}
    assert set(gazetteer["kind"]) <= set(KINDS)
    assert set(gazetteer["geo_precision"]) <= set(GEO_PRECISIONS)
    assert (gazetteer["source"].str.len() > 0).all()


def test_geometry_matches_lat_lon_columns(gazetteer):
    assert (abs(gazetteer.geometry.x - gazetteer["lon"]) < 1e-4).all()
    assert (abs(gazetteer.geometry.y - gazetteer["lat"]) < 1e-4).all()


def test_every_name_and_alt_name_resolves_to_its_own_row(gazetteer):
    index = name_index()
    for row, (name, alts) in enumerate(zip(gazetteer["name"], gazetteer["alt_names"])):
        for alias in names_of(name, alts):
            assert index[fold_name(alias)] == row, f"{alias!r} does not resolve to {name!r}"
            assert lookup(alias)["name"] == name


@pytest.mark.parametrize("name", sorted(WIKIPEDIA_POSITIONS))
def test_known_places_are_within_25_km_of_a_second_reference(name):
    lat, lon = WIKIPEDIA_POSITIONS[name]
    place = lookup(name)
    assert place is not None, f"{name} missing from the gazetteer"
    assert geodesic_km(place["lon"], place["lat"], lon, lat) < 25


@pytest.mark.parametrize(
    "alias, canonical",
    [
        ("Thule", "Pituffik Space Base"),
        ("Thule Air Base", "Pituffik Space Base"),
        ("Barrow", "Utqiaġvik"),
        ("Tromso", "Tromsø"),
        ("TROMSØ", "Tromsø"),
        ("Reykjavik", "Reykjavík"),
        ("Nunavik", "Nunavik"),
        ("Vilkitsky Strait", "Vilkitsky Strait"),
        ("Franz Josef Land", "Franz Josef Land"),
        ("Kola Peninsula", "Kola Peninsula"),
        ("JBER", "Joint Base Elmendorf–Richardson"),
        ("Joint Base Elmendorf-Richardson", "Joint Base Elmendorf–Richardson"),  # ASCII hyphen
        ("Godthaab", "Nuuk"),
        ("Keflavik", "Keflavík"),
        ("Ny-Alesund", "Ny-Ålesund"),
        ("Helsinki", "Helsinki"),
        ("Istanbul", "Istanbul"),
        ("Washington", "Washington, D.C."),
        ("Northern Sea Route", "Northern Sea Route"),
        ("the Arctic", "Arctic"),
        ("Dvinskaya Guba", "Dvina Bay"),
        ("Arctic Yellow River Station", "Yellow River Station"),
        ("Zvezda Shipbuilding Complex", "Zvezda shipyard"),
        ("Scoresby Sound", "Scoresby Sund"),
        ("Frobisher Bay", "Frobisher Bay"),
        ("Arctic LNG 2", "Utrenneye field"),
        ("Lianyungang", "Lianyungang"),
        # rules-2.8 additions: a hyphenated name is one word, so Ny-Ålesund keeps its own row.
        ("Alesund", "Ålesund"),
        ("Ust Luga", "Ust-Luga"),
        ("CFB Cold Lake", "Cold Lake"),
        ("Ward Hunt Island", "Ward Hunt Ice Shelf"),
        ("Nalunaq gold mine", "Nalunaq"),
        ("Varangerfjorden", "Varangerfjord"),
        # 2026-12 round 2: small settlements, with their old Danish and former names.
        ("Kraulshavn", "Nuussuaq, Avannaata"),
        ("Sydprøven", "Alluitsup Paa"),
        ("Fort Norman", "Tulita"),
        ("Kwigillingok", "Kwigillingok"),
        # 2026-12 round 3: Icelandic places (IS 50V), small communities at their airport, islands, counties.
        ("Flateyri", "Flateyri"),
        ("Myvatn", "Mývatn"),
        ("Mount Thorbjorn", "Mount Þorbjörn"),
        ("Lake Iliamna", "Iliamna Lake"),
        ("Eagle, Alaska", "Eagle, Alaska"),
        ("Lutselk'e", "Lutselk'e"),
        ("Sheremetyevo", "Sheremetyevo International Airport"),
        ("Jamtland", "Jämtland"),
        ("Meliadine gold mine", "Meliadine"),
    ],
)
def test_names_news_uses_find_the_right_place(alias, canonical):
    assert lookup(alias)["name"] == canonical


@pytest.mark.parametrize(
    "bare",
    [
        "Aappilattoq",
        "Tasiusaq",
        "Qeqertaq",
        "Kangerluk",
        "Golovin",
        "Pilot Station",
        "Prøven",
        "Eagle",
        "Tanana",
        "Thorbjorn",
    ],
)
def test_shared_words_and_common_nouns_name_a_small_settlement_only_when_qualified(bare):
    # Two Greenland settlements share the name, or the name is a Greenlandic common noun inside other
    # place names, an English word, a surname or given name, or shared with a river and an organisation
    # ("Tanana Chiefs Conference"): only the qualified row exists (geodata/SOURCES.md).
    assert lookup(bare) is None


def test_lookup_of_an_unknown_name_is_none_and_fold_rejects_non_text():
    assert lookup("Atlantis") is None
    with pytest.raises(TypeError, match="expects a str"):
        fold_name(None)


def test_fold_name_strips_accents_case_and_odd_punctuation():
    assert fold_name("  Utqiaġvik ") == "utqiagvik"
    assert fold_name("Tromsø") == "tromso"
    assert fold_name("Ísafjörður") == "isafjordur"
    assert fold_name("Joint Base Elmendorf–Richardson") == "joint base elmendorf-richardson"
    assert fold_name("Qamani’tuaq") == "qamani'tuaq"


def test_iso3_codes_are_valid_and_the_eight_states_agree_with_the_states_layer(gazetteer):
    used = set(gazetteer["iso3"]) - {""}
    assert used <= known_iso3()
    arctic = set(geodata.layer("states")["iso3"])
    assert arctic <= used
    countries = gazetteer[gazetteer["kind"] == "country"].set_index("iso3")
    for iso3 in arctic:
        assert lookup(countries.at[iso3, "name"])["iso3"] == iso3


def test_places_on_land_lie_in_or_near_their_own_state(gazetteer, polar_states):
    # A flipped sign or a swapped lat/lon moves a place thousands of km; 60 km allows for
    # the 1:50m coastline and small islands (Little Diomede, Shemya) it leaves out.
    # The states layer stops at the map edge (40°N), so southern cities are left out.
    arctic = gazetteer[
        gazetteer["iso3"].isin(polar_states["iso3"]) & gazetteer["kind"].isin(ON_LAND_KINDS) & (gazetteer["lat"] > 41)
    ]
    projected = arctic.to_crs(POLAR_CRS)
    shapes = polar_states.set_index("iso3").geometry
    far = [
        (name, round(geom.distance(shapes[iso3]) / 1000))
        for name, iso3, geom in zip(projected["name"], projected["iso3"], projected.geometry)
        if geom.distance(shapes[iso3]) > 60_000
    ]
    assert not far, f"places far from their state: {far}"
    assert len(arctic) > 250


def test_seas_and_straits_are_at_sea(gazetteer):
    land = geodata.layer("land").to_crs(POLAR_CRS).union_all()
    waters = gazetteer[
        gazetteer["kind"].isin({"sea", "ocean", "strait"})
        & (gazetteer["geo_precision"] != "arctic")
        & (gazetteer["lat"] > 41)
        & ~gazetteer["name"].isin(NARROW_STRAITS)
    ]
    on_land = [n for n, g in zip(waters["name"], waters.to_crs(POLAR_CRS).geometry) if land.contains(g)]
    assert not on_land, f"water bodies placed on land: {on_land}"


def test_precision_follows_the_kind(gazetteer):
    expected = {
        "base": {"point"},
        "country": {"country"},
        "capital": {"city"},
        "settlement": {"city"},
        "sea": {"region"},
        "strait": {"region", "point"},
    }
    for kind, allowed in expected.items():
        got = set(gazetteer.loc[gazetteer["kind"] == kind, "geo_precision"])
        assert got <= allowed, f"{kind}: {got - allowed}"
    assert lookup("Arctic")["geo_precision"] == "arctic"


def test_built_file_is_up_to_date_with_the_source_table(gazetteer):
    table = read_gazetteer_csv()
    assert list(table["name"]) == list(gazetteer["name"])
    assert list(table["alt_names"]) == list(gazetteer["alt_names"])
    assert (table["lat"].astype(float) - gazetteer["lat"]).abs().max() < 1e-6
    assert (table["lon"].astype(float) - gazetteer["lon"]).abs().max() < 1e-6


def _write(path, rows):
    pd.DataFrame(rows, columns=list(GAZETTEER_COLUMNS)).to_csv(path, index=False)
    return path


GOOD_ROW = ["Tromsø", "Tromso", "69.6489", "18.9551", "city", "NOR", "city", "GeoNames"]


def test_builder_writes_points_from_a_valid_table(tmp_path):
    source = _write(tmp_path / "g.csv", [GOOD_ROW])
    [written] = build_gazetteer(source, tmp_path / "g.geojson")
    built = gpd.read_file(written)
    assert built.geometry.iloc[0].equals_exact(Point(18.9551, 69.6489), 1e-6)


@pytest.mark.parametrize(
    "bad_row, message",
    [
        (["Nowhere", "", "95", "0", "city", "NOR", "city", "x"], "lat 95.0 outside"),
        (["Nowhere", "", "70", "200", "city", "NOR", "city", "x"], "lon 200.0 outside"),
        (["Nowhere", "", "70", "20", "village", "NOR", "city", "x"], "kind 'village'"),
        (["Nowhere", "", "70", "20", "city", "NOR", "town", "x"], "geo_precision 'town'"),
        (["Nowhere", "", "70", "20", "city", "NRW", "city", "x"], "iso3 'NRW'"),
        (["Nowhere", "", "70", "20", "city", "NOR", "city", ""], "no source"),
        (["Nowhere", "", "70,5", "20", "city", "NOR", "city", "x"], "is not a number"),
        (["Romsa", "TROMSO", "70", "20", "city", "NOR", "city", "x"], "'tromso' refers to several places"),
    ],
)
def test_builder_rejects_a_bad_table_and_writes_nothing(tmp_path, bad_row, message):
    source = _write(tmp_path / "g.csv", [GOOD_ROW, bad_row])
    target = tmp_path / "g.geojson"
    with pytest.raises(GazetteerError, match=message):
        build_gazetteer(source, target)
    assert not target.exists()


def test_builder_rejects_a_table_with_the_wrong_header(tmp_path):
    source = tmp_path / "g.csv"
    source.write_text("name,lat,lon\nTromsø,69.6,18.9\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="header must be"):
        build_gazetteer(source, tmp_path / "g.geojson")


def test_the_shipped_table_is_valid():
    assert GAZETTEER_CSV.exists()
    validate_gazetteer(read_gazetteer_csv())
