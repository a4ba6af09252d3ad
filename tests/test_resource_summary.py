"""CARA tables and charts: every province, sums against the USGS totals, equal split by state."""

from __future__ import annotations

import pytest

import geodata
from dashboard.profiles.resources import (
    PUBLISHED_TOTALS,
    province_table,
    province_view,
    state_attribution,
    state_totals,
    totals_check,
    volume_chart,
    volume_chart_data,
)


def test_province_table_has_every_province_largest_first():
    table = province_table()
    assert len(table) == len(geodata.layer("resources")) == 25
    assert table["boe_bbo"].is_monotonic_decreasing
    assert table.iloc[0]["province"] == "West Siberian Basin"


def test_sums_match_the_usgs_totals_within_one_percent():
    check = totals_check().set_index("measure")
    assert list(check["usgs_published"]) == list(PUBLISHED_TOTALS.values())
    assert check["difference_pct"].abs().max() < 1.0
    assert check.loc["Gas", "unit"].startswith("trillion cubic feet")


def test_state_attribution_splits_equally_and_sums_to_the_totals():
    attribution = state_attribution()
    shares = attribution.groupby("code")["share"].sum()
    assert (shares.round(9) == 1.0).all()  # every province counted exactly once in all
    lm = attribution[attribution["code"] == "LM"]
    assert sorted(lm["iso3"]) == ["CAN", "DNK", "RUS"] and list(lm["share"]) == pytest.approx([1 / 3] * 3)
    totals = state_totals()
    assert len(totals) == 8
    assert totals["oil_bbo"].sum() == pytest.approx(province_table()["oil_bbo"].sum())
    assert totals.iloc[0]["iso3"] == "RUS"


def test_chart_converts_gas_to_oil_equivalent():
    data = volume_chart_data(province_table().head(1), "province")
    gas = data[data["component"] == "Gas"].iloc[0]
    assert gas["bboe"] == pytest.approx(651.50 / 6, abs=1e-3)
    assert gas["amount"] == "651.50 Tcf"
    assert data["bboe"].sum() == pytest.approx(132.572, abs=0.01)


def test_chart_spec_has_one_bar_per_province_and_units():
    spec = volume_chart(province_table(), "province", "Province").to_dict()
    assert spec["mark"]["type"] == "bar"
    assert "oil equivalent" in spec["encoding"]["x"]["title"]
    values = next(iter(spec["datasets"].values()))
    assert len({row["label"] for row in values}) == 25


def test_province_view_frames_the_arctic():
    view = province_view()
    assert abs(view.x) < 1_500_000 and abs(view.y) < 1_500_000
