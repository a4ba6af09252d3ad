"""Rules of rules-2.66, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a third round of places Arctic and polar news names that the gazetteer lacked (geodata/SOURCES.md,
"Places Arctic news names, third round of session 34"): research stations, mines, ports and a planned road's port."""

from __future__ import annotations

from datetime import date

from tests.helpers import places_of

_PUBLISHED = date(2024, 2, 8)


def test_a_new_polar_research_station_is_the_place_of_its_opening():
    text = "China opened Qinling Station, its fifth research station in Antarctica, on Wednesday."
    assert places_of(text, _PUBLISHED) == ["Qinling Station"]


def test_a_flight_to_a_northern_mine_is_placed_at_the_mine():
    assert places_of(
        "A chartered plane carrying workers to the Diavik Diamond Mine crashed on Tuesday.", _PUBLISHED
    ) == ["Diavik Diamond Mine"]


def test_an_oil_port_and_a_planned_arctic_port_are_places():
    assert places_of("The tanker loaded crude at Kozmino on Monday before sailing for China.", _PUBLISHED) == [
        "Kozmino"
    ]
    assert places_of("Nunavut and Ottawa agreed on Monday to fund the port at Grays Bay.", _PUBLISHED) == ["Grays Bay"]
