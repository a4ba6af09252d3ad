"""Route calculator: Arctic route against the Suez/Panama route, as a briefer quotes it."""

from __future__ import annotations

import math

import numpy as np
import pytest

from dashboard.profiles.routes import (
    PORTS,
    NoArcticRouteError,
    RouteComparison,
    SamePortError,
    SpeedError,
    UnknownPortError,
    compare_routes,
    find_port,
    passages_of,
    port_names,
)
from geodata.measure import KM_PER_NM, WGS84


@pytest.fixture(scope="module")
def rotterdam_yokohama() -> RouteComparison:
    """Rotterdam to Yokohama at 14 knots, the textbook NSR case."""
    return compare_routes("Rotterdam", "Yokohama", 14)


def test_rotterdam_yokohama_is_at_least_30_percent_shorter_via_the_nsr(rotterdam_yokohama):
    c = rotterdam_yokohama
    assert c.arctic.via == "Northern Sea Route"
    assert c.conventional.via == "Suez Canal"
    assert c.saving_pct >= 30.0, c.summary()
    # Published: ~11,200 nmi via Suez, ~7,350 nmi via the NSR (Schøyen & Bråthen 2011, J. Transp. Geogr.).
    assert 10_500 <= c.conventional.length_nm <= 12_000
    assert 7_000 <= c.arctic.length_nm <= 8_000


def test_rotterdam_shanghai_saves_about_a_fifth():
    c = compare_routes("Rotterdam", "Shanghai", 14)
    assert (c.arctic.via, c.conventional.via) == ("Northern Sea Route", "Suez Canal")
    assert 15.0 <= c.saving_pct <= 30.0, c.summary()


def test_murmansk_yokohama_matches_the_published_suez_and_nsr_distances():
    """Valdai Club: 12,840 nmi via Suez, 5,770 nmi via the NSR (2.2 times shorter)."""
    c = compare_routes("Murmansk", "Yokohama", 14)
    assert c.conventional.length_nm == pytest.approx(12_840, rel=0.05)
    assert c.arctic.length_nm == pytest.approx(5_770, rel=0.10)


def test_new_york_shanghai_compares_the_northwest_passage_with_panama():
    c = compare_routes("New York", "Shanghai", 14)
    assert (c.arctic.via, c.conventional.via) == ("Northwest Passage", "Panama Canal")
    assert c.saving_pct > 10.0
    assert c.season == "August–October"


def test_days_are_distance_over_speed(rotterdam_yokohama):
    c = rotterdam_yokohama
    for route in (c.arctic, c.conventional):
        assert route.length_nm == pytest.approx(route.length_km / KM_PER_NM)
        assert route.days == pytest.approx(route.length_nm / 14 / 24)
    assert c.saving_days == pytest.approx(c.conventional.days - c.arctic.days)
    faster = compare_routes("Rotterdam", "Yokohama", 28)
    assert faster.arctic.days == pytest.approx(c.arctic.days / 2)


def test_lengths_are_geodesic_lengths_of_the_drawn_lines(rotterdam_yokohama):
    lines = rotterdam_yokohama.lines()
    assert lines.crs.to_epsg() == 4326
    assert list(lines["kind"]) == ["arctic", "conventional"]
    for km, line in zip(lines["length_km"], lines.geometry):
        assert WGS84.geometry_length(line) / 1000 == pytest.approx(km, abs=1)
        lons = np.asarray(line.coords)[:, 0]
        assert np.abs(np.diff(lons)).max() < 180.0, "longitudes must be continuous"


def test_routes_start_and_end_at_the_ports(rotterdam_yokohama):
    for route in (rotterdam_yokohama.arctic, rotterdam_yokohama.conventional):
        coords = np.asarray(route.geometry.coords)
        assert tuple(coords[0]) == pytest.approx(find_port("Rotterdam").lonlat)
        lon, lat = coords[-1]
        assert ((lon + 180) % 360 - 180, lat) == pytest.approx(find_port("Yokohama").lonlat)


def test_the_arctic_line_goes_north_and_the_suez_line_does_not(rotterdam_yokohama):
    arctic_lats = np.asarray(rotterdam_yokohama.arctic.geometry.coords)[:, 1]
    suez_lats = np.asarray(rotterdam_yokohama.conventional.geometry.coords)[:, 1]
    assert arctic_lats.max() > 75.0
    assert suez_lats.max() < 60.0
    assert "Suez Canal" in passages_of(rotterdam_yokohama.conventional.geometry)


def test_summary_reads_out_the_numbers(rotterdam_yokohama):
    text = rotterdam_yokohama.summary()
    assert "Rotterdam to Yokohama" in text and "Northern Sea Route" in text and "Suez Canal" in text
    assert f"{rotterdam_yokohama.saving_pct:.0f}%" in text
    assert list(rotterdam_yokohama.table()["route"]) == ["Arctic", "Conventional"]


def test_port_names_are_forgiving():
    assert find_port("tromso").name == "Tromsø"
    assert find_port("GDANSK").name == "Gdańsk"
    assert find_port("NLRTM").name == "Rotterdam"
    assert find_port("Pusan").name == "Busan"


def test_catalogue_is_big_enough_and_cited():
    assert len(PORTS) >= 40
    assert len(set(port_names())) == len(PORTS)
    for port in PORTS:
        assert port.source, port.name
        assert -180 <= port.lon <= 180 and -90 <= port.lat <= 90


# --- bad input: each case gets its own, specific message -------------------------------


def test_unknown_port_suggests_close_names():
    with pytest.raises(UnknownPortError, match=r"unknown port 'Roterdam'.*did you mean Rotterdam"):
        compare_routes("Roterdam", "Yokohama", 14)


def test_unknown_port_without_a_close_name_says_so():
    with pytest.raises(UnknownPortError, match="no similar name"):
        compare_routes("Rotterdam", "Atlantis", 14)


def test_same_port_twice():
    with pytest.raises(SamePortError, match="both Rotterdam"):
        compare_routes("Rotterdam", "rotterdam", 14)
    with pytest.raises(SamePortError, match="both Antwerp"):
        compare_routes("Antwerpen", "Antwerp", 14)


@pytest.mark.parametrize(
    ("speed", "message"),
    [
        (0, "more than 0 knots"),
        (-5, "more than 0 knots"),
        (41, "not plausible"),
        (500, "not plausible"),
        (math.nan, "finite"),
        ("fast", "number of knots"),
        (True, "number of knots"),
    ],
)
def test_bad_speeds(speed, message):
    with pytest.raises(SpeedError, match=message):
        compare_routes("Rotterdam", "Yokohama", speed)


def test_no_arctic_route_where_none_makes_sense():
    with pytest.raises(NoArcticRouteError, match=r"Rotterdam–New York: no Arctic passage.*across open ocean"):
        compare_routes("Rotterdam", "New York", 14)
    with pytest.raises(NoArcticRouteError, match="via the Suez Canal"):
        compare_routes("Piraeus", "Yokohama", 14)


def test_no_comparison_for_a_port_only_the_arctic_reaches():
    with pytest.raises(
        NoArcticRouteError, match=r"every sea route to Prudhoe Bay \(West Dock\) runs through Arctic waters"
    ):
        compare_routes("Murmansk", "Prudhoe Bay", 14)


def test_errors_are_value_errors():
    """Callers (the page) can catch one type and show the message."""
    for exc in (UnknownPortError, SamePortError, SpeedError, NoArcticRouteError):
        assert issubclass(exc, ValueError)
