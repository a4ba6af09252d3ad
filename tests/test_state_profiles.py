"""State profiles and the comparison table, checked against the layers they are read from."""

from __future__ import annotations

import math

import pytest

import geodata
from dashboard.map.camera import fit_bounds
from dashboard.profiles.resources import PUBLISHED_TOTALS, VOLUME_COLUMNS
from dashboard.profiles.state_map import CONTEXT_LAYERS, state_overlay
from dashboard.profiles.states import (
    comparison_table,
    parse_state_param,
    state_codes,
    state_label,
    state_profile,
    state_view,
)


@pytest.fixture(scope="module")
def table():
    """The eight-state comparison table."""
    return comparison_table()


def test_eight_states_by_name():
    codes = state_codes()
    assert sorted(codes) == sorted(geodata.layer("states")["iso3"])
    assert [state_label(c) for c in codes] == sorted(state_label(c) for c in codes)


def test_russia_has_the_largest_eez(table):
    by_eez = table.sort_values("eez_km2", ascending=False)
    assert by_eez.iloc[0]["iso3"] == "RUS"
    assert 7.0e6 < by_eez.iloc[0]["eez_km2"] < 8.5e6  # Marine Regions: ≈7.57 million km²


def test_norway_counts_svalbard_apart_and_jan_mayen_in():
    norway = state_profile("NOR")
    zones = dict(zip(norway.zones["zone"], norway.zones["counted_as"]))
    svalbard = next(z for z in zones if z.startswith("Svalbard"))
    jan_mayen = next(z for z in zones if z.startswith("Jan Mayen"))
    assert zones[svalbard] == "disputed" and zones[jan_mayen] == "EEZ"
    eez = geodata.layer("eez")
    own = eez[eez["iso3"] == "NOR"]
    assert math.isclose(norway.eez_total_km2, own["area_km2"].sum(), rel_tol=1e-9)
    assert math.isclose(norway.eez_disputed_km2, own.loc[own["status"] == "disputed", "area_km2"].sum())


def test_beaufort_wedge_is_disputed_for_both_canada_and_usa():
    wedge = geodata.layer("eez").query("iso3 == 'CAN|USA'")["area_km2"].sum()
    assert wedge > 0
    for iso3 in ("CAN", "USA"):
        assert math.isclose(state_profile(iso3).eez_disputed_km2, wedge)


def test_land_area_and_counts_match_the_layers(table):
    states = geodata.layer("states").set_index("iso3")
    ports = geodata.layer("ports")["iso3"].value_counts()
    bases = geodata.layer("bases")["iso3"].value_counts()
    for row in table.itertuples():
        assert row.land_km2 == round(states.loc[row.iso3, "area_km2"])
        assert row.arctic_ports == ports.get(row.iso3, 0)
        assert row.military_installations == bases.get(row.iso3, 0)
    assert table["arctic_ports"].sum() == len(geodata.layer("ports"))


def test_nato_status_and_accession_years(table):
    rows = table.set_index("iso3")
    assert rows.loc["FIN", "nato_since"] == 2023 and rows.loc["SWE", "nato_since"] == 2024
    assert rows.loc["NOR", "nato_since"] == 1949 and rows.loc["RUS", "nato_member"] == "no"
    assert state_profile("RUS").nato_since is None


def test_resource_shares_sum_to_the_cara_totals(table):
    for column in ("oil_bbo", "gas_tcf", "ngl_bbo"):
        assert table[f"cara_{column}"].sum() == pytest.approx(PUBLISHED_TOTALS[column], rel=0.01)
    assert table["cara_boe_share_pct"].sum() == pytest.approx(100.0, abs=0.2)
    # Finland, Iceland and Sweden hold no assessed province.
    assert (table.set_index("iso3").loc[["FIN", "ISL", "SWE"], "cara_boe_bbo"] == 0).all()


def test_shared_province_is_split_equally():
    norway = state_profile("NOR").provinces.set_index("code")
    russia = state_profile("RUS").provinces.set_index("code")
    assert norway.loc["EBB", "share"] == 0.5 and russia.loc["EBB", "share"] == 0.5
    assert norway.loc["EBB", "gas_tcf"] == pytest.approx(317.56 / 2)
    assert set(state_profile("NOR").resources) == set(VOLUME_COLUMNS)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("NOR", "NOR"),
        ("nor", "NOR"),
        ("Norway", "NOR"),
        (["RUS"], "RUS"),
        ("XYZ", None),
        ("", None),
        (None, None),
    ],
)
def test_state_param(value, expected):
    assert parse_state_param(value) == expected


def test_unknown_state_is_refused_with_the_codes():
    with pytest.raises(ValueError, match="unknown Arctic state 'XYZ'.*NOR"):
        state_profile("XYZ")


def test_view_frames_norway_and_its_zones():
    view = state_view("NOR", width_px=800, height_px=560)
    # Norway, Svalbard and Jan Mayen lie on the 45°W–135°E side of the pole that points right-down
    # in EPSG:3413 (x > 0, y < 0), and the state fills more than the whole-Arctic view.
    assert view.x > 0 and view.y < 0
    assert view.zoom > -13.0


def test_fit_bounds_shows_the_whole_box():
    view = fit_bounds((0, 0, 4_000_000, 1_000_000), width_px=800, height_px=600, margin=0.0)
    assert 2**view.zoom * 4_000_000 == pytest.approx(800, rel=1e-3)
    assert (view.x, view.y) == (2_000_000, 500_000)
    with pytest.raises(ValueError, match="finite"):
        fit_bounds((0, 0, float("nan"), 1))


def test_state_map_outlines_only_that_state_and_its_points():
    layers = {layer.id: layer for layer in state_overlay("ISL", lambda f: f.filename)}
    assert {"land", "states", "eez"} <= set(CONTEXT_LAYERS)
    assert set(layers) == {"state-outline", "state-ports", "state-bases"}
    ports = geodata.layer("ports")
    assert len(layers["state-ports"].rows) == (ports["iso3"] == "ISL").sum()
    assert all(row["tooltip"] for row in layers["state-ports"].rows)
    assert layers["state-outline"].url.startswith("state-outline-ISL-")
