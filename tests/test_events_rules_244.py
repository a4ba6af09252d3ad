"""Rules of rules-2.44, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a part of a state is a gazetteer kind of its own ("part"), whether named by a direction ("northern
Norway") or as the state's Arctic ("the Canadian Arctic"); the Canadian Arctic is a place, and "Canadian" there no
party."""

from __future__ import annotations

from datetime import date

from dashboard.events.extraction.places import default_gazetteer
from tests.helpers import actors_saying, places_saying

_SHIPS = "Two Chinese research ships sailed through the Canadian Arctic in August, the coast guard said."


def test_the_canadian_arctic_is_a_place():
    assert places_saying("research ships", _SHIPS, date(2024, 9, 2)) == {"Canadian Arctic"}


def test_canadian_in_the_canadian_arctic_names_no_party():
    assert "CAN" not in actors_saying("research ships", _SHIPS, date(2024, 9, 2))


def test_a_part_gives_way_to_a_finer_place_named_before_it():
    text = (
        "The Milne Ice Shelf, the last intact ice shelf in the Canadian Arctic, lost 40 per cent of its area in July."
    )
    assert places_saying("Milne Ice Shelf", text, date(2020, 8, 7)) == {"Milne Ice Shelf"}


def test_parts_are_their_own_kind():
    gazetteer = default_gazetteer()
    assert {gazetteer.lookup(n).kind for n in ("Northern Norway", "Western Alaska", "Canadian Arctic")} == {"part"}
