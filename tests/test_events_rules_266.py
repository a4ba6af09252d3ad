"""Rules of rules-2.66, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a third round of places Arctic and polar news names that the gazetteer lacked (geodata/SOURCES.md,
"Places Arctic news names, third round of session 34"): research stations, mines, ports and a planned road's port."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 2, 8)


def _places(text: str) -> list[str]:
    return [event.place for event in extract_events(text, _PUBLISHED)]


def test_a_new_polar_research_station_is_the_place_of_its_opening():
    text = "China opened Qinling Station, its fifth research station in Antarctica, on Wednesday."
    assert _places(text) == ["Qinling Station"]


def test_a_flight_to_a_northern_mine_is_placed_at_the_mine():
    assert _places("A chartered plane carrying workers to the Diavik Diamond Mine crashed on Tuesday.") == [
        "Diavik Diamond Mine"
    ]


def test_an_oil_port_and_a_planned_arctic_port_are_places():
    assert _places("The tanker loaded crude at Kozmino on Monday before sailing for China.") == ["Kozmino"]
    assert _places("Nunavut and Ottawa agreed on Monday to fund the port at Grays Bay.") == ["Grays Bay"]
