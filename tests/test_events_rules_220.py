"""Rules of rules-2.20, each through :func:`extract_events` on a short article written for it: an
abbreviation the article defines for a party ("the Norwegian Sámi Association (NSR)") is never the place
the gazetteer knows by those letters; a place listed after a relative clause about the object ("the
agreement, which gives access to bases, including Rissala air base outside Kuopio") describes the object,
not where the happening was."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events
from tests.helpers import places_saying


def test_an_abbreviation_defined_for_a_party_is_not_the_place_it_spells():
    text = (
        "KARASJOK - The Norwegian Sámi Association (NSR) won the Sámi Parliament election in Karasjok on "
        "Monday.\n\n"
        "NSR won 17 of the 39 seats in 2013, its party secretary said."
    )
    places = places_saying("17 of the 39 seats", text, date(2021, 9, 15))
    assert places and "Northern Sea Route" not in places


def test_the_abbreviation_of_the_place_itself_still_names_it():
    text = (
        "The tanker Christophe de Margerie sailed the Northern Sea Route (NSR) in August 2017 without an "
        "icebreaker escort.\n\n"
        "Traffic on the NSR reached 32 million tonnes in 2020, Rosatom said."
    )
    assert places_saying("32 million tonnes", text, date(2021, 2, 1)) == {"Northern Sea Route"}


def test_a_qualifier_in_brackets_is_not_an_abbreviation():
    text = "BP Exploration (Alaska) sold its stake in Prudhoe Bay to Hilcorp on Tuesday."
    assert places_saying("sold its stake", text, date(2019, 8, 29)) == {"Prudhoe Bay"}


def test_places_listed_in_a_relative_clause_about_the_object_are_not_the_happenings():
    text = (
        "HELSINKI - The Finnish Parliament on Monday approved the defence agreement with the United States, "
        "which opens 15 areas to American forces, including Rissala air base outside Kuopio."
    )
    assert places_saying("approved the defence agreement", text, date(2024, 7, 2)) == {"Helsinki"}


def test_the_government_by_title_alone_decides_at_the_seat():
    text = (
        "KIRKENES - Russians who come to Storskog as tourists will be turned back from next Wednesday.\n\n"
        "The government announced on Thursday that it would close the crossing to Russian tourists."
    )
    assert places_saying("The government announced", text, date(2024, 5, 24)) == {"Oslo"}


def test_a_state_named_as_the_one_deciding_decides_at_its_seat():
    text = (
        "KIRKENES - Traffic at Storskog has fallen by half this year.\n\n"
        "Finland restricted entry for Russian tourists in September 2022, after the Kremlin announced a "
        "partial mobilisation."
    )
    assert places_saying("Finland restricted entry", text, date(2024, 5, 24)) == {"Helsinki"}


def test_a_states_regional_body_or_a_group_of_states_is_not_the_state_deciding():
    text = (
        "DUTCH HARBOR, Alaska - The Bering Sea snow crab season is cancelled.\n\n"
        "The Alaska Department of Fish and Game announced on Monday that the fishery will stay closed."
    )
    assert "Washington, D.C." not in places_saying("announced on Monday", text, date(2022, 10, 11))


def test_the_next_day_after_a_day_in_the_same_sentence_is_the_day_after_it():
    text = (
        "MURMANSK - The platform Severny Polyus arrived at the Murmansk sea port from St Petersburg on "
        "September 14 and left for the Central Arctic the next day with the expedition on board."
    )
    days = {e.event_date for e in extract_events(text, date(2022, 10, 5)) if "left for" in e.evidence}
    assert date(2022, 9, 15) in days and date(2022, 9, 14) in days


def test_a_happening_in_a_states_town_with_no_party_named_is_that_states():
    text = (
        "WINNIPEG - Nunavut, the last Canadian jurisdiction without a case, has one.\n\n"
        "The community of Sanikiluaq recorded its first case on Friday."
    )
    actors = {c for e in extract_events(text, date(2020, 11, 8)) if "Sanikiluaq" in e.evidence for c in e.actors}
    assert actors == {"CAN"}


def test_a_name_the_gazetteer_ends_in_lower_case_is_read_whole():
    text = (
        "The Greenland ice sheet lost about 532 billion tonnes of ice in 2019, the researchers said in a "
        "study published on Thursday."
    )
    assert places_saying("532 billion tonnes", text, date(2020, 8, 21)) == {"Greenland ice sheet"}
