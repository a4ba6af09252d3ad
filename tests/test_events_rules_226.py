"""Rules of rules-2.26, each through :func:`extract_events` on a short article written for it: a federal
agency is its state's party and decides at its seat; a government named by its common noun, opening a
sentence that names another party, decides at the seat of the state the story is in; and a leader's words
dated on another day than the story's are spoken at the seat (the story's day is the one before the
sentence, not the sentence's own)."""

from __future__ import annotations

from datetime import date

from dashboard.events.extraction.actors import find_actors
from tests.helpers import places_saying

_AT_FAIRBANKS = (
    "FAIRBANKS, Alaska - Hilcorp's Liberty oil project in the Beaufort Sea suffered a setback on Monday.\n\n"
)


def test_a_federal_agency_deciding_in_an_alaska_story_decides_in_washington():
    text = _AT_FAIRBANKS + "The Bureau of Ocean Energy Management approved the project in October 2018."
    assert places_saying("approved the project", text, date(2020, 12, 8)) == {"Washington, D.C."}


def test_federal_agencies_are_the_united_states_but_another_states_survey_is_not():
    def codes(text: str) -> set[str]:
        return {m.code for m in find_actors(text, on=date(2020, 1, 1))}

    assert codes("The Federal Energy Regulatory Commission set out a schedule.") == {"USA"}
    assert codes("The U.S. Geological Survey recorded the quake.") == {"USA"}
    assert "USA" not in codes("Scientists from the Geological Survey of Denmark and Greenland examined the slope.")
    assert codes("Roscosmos postponed the launch.") == {"RUS"}


def test_the_government_by_its_common_noun_decides_at_the_seat_of_the_storys_state():
    text = (
        "HELSINKI - The Finnish Parliament on Monday approved the defence agreement with the United States.\n\n"
        "The agreement covers 15 sites, among them the air base at Rovaniemi in Lapland.\n\n"
        "The government submitted it to Parliament on May 30."
    )
    assert places_saying("submitted it", text, date(2024, 7, 2)) == {"Helsinki"}


def test_the_government_closing_airspace_to_another_states_aircraft_is_not_that_states():
    text = (
        "OTTAWA - Canada closed its ports to Russian ships on Monday.\n\n"
        "On Sunday the government closed Canadian airspace to Russian aircraft."
    )
    assert "Moscow" not in places_saying("closed Canadian airspace", text, date(2022, 3, 1))


def test_a_senators_statement_on_another_day_than_the_storys_is_made_at_the_seat():
    text = _AT_FAIRBANKS + "Sen. Lisa Murkowski said in an emailed statement early Sunday that she strongly disagreed."
    assert places_saying("Murkowski said", text, date(2020, 12, 8)) == {"Washington, D.C."}
