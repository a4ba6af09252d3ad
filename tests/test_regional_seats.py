"""The regional seats table (geodata/sources/regional_seats.csv): each row cited, its region and seat
gazetteer places of one state, and read by the extractor to place what a region's government does."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events import extract_events
from geodata.gazetteer import lookup
from geodata.regional_seats import RegionalSeatError, _load, load_regional_seats

SEATS = load_regional_seats()


def test_every_row_is_cited_and_names_a_region_and_a_seat_in_its_state():
    assert len(SEATS) >= 20
    for row in _load():
        region, seat = lookup(row["region"]), lookup(row["seat"])
        assert row["source"].startswith("Wikipedia: ") and row["body"], row["region"]
        assert region is not None and region["kind"] == "region", row["region"]
        assert seat is not None and seat["iso3"] == region["iso3"], row["seat"]
        assert seat["name"] == row["seat"] and region["name"] == row["region"], "canonical gazetteer names"


def test_a_broken_table_is_refused_with_its_line(tmp_path, monkeypatch):
    broken = tmp_path / "regional_seats.csv"
    broken.write_text("region,seat,body,source\nNunavut,Iqaluit,,\n", encoding="utf-8")
    monkeypatch.setattr("geodata.regional_seats.REGIONAL_SEATS_CSV", broken)
    _load.cache_clear()
    try:
        with pytest.raises(RegionalSeatError, match=r":2 \(Nunavut\): no body, source"):
            _load()
    finally:
        monkeypatch.undo()
        _load.cache_clear()
    assert len(_load()) == len(SEATS)  # the project's table is read again


@pytest.mark.parametrize(
    ("text", "published", "seat"),
    [
        # The region named as the body's owner: not the region's middle, its seat.
        ("In May 2018 the Nunavut government withdrew as co-proponent of the road.", date(2025, 6, 5), "Iqaluit"),
        (
            "The remnants of Typhoon Merbok flooded villages on the coast of Alaska on Saturday. On Monday Gov. "
            "Mike Dunleavy asked the president for a federal disaster declaration.",
            date(2022, 9, 20),
            "Juneau",
        ),
    ],
)
def test_what_a_regions_government_does_happens_at_its_seat(text, published, seat):
    events = extract_events(text, published)
    assert seat in [e.place for e in events], [(e.place, e.evidence) for e in events]


def test_a_region_named_for_what_happened_there_stays_the_place():
    # Not a body of the region: the flooding happened across it.
    [event] = extract_events("Severe flooding struck Nunavut on 3 May 2024.", date(2024, 5, 5))
    assert event.place == "Nunavut"
