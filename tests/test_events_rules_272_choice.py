"""Rules of rules-2.72 (choice), through :func:`extract_events` on short articles written for them (none is a sentence
of an article set): a place named only as the seat elected members hold ("Alaska's U.S. senators", "Fairbanks Reps.
Ann Smith and Tom Berg") is not where they acted; and a place named only after "from" gives way to the place the
sentence opens with ("Nunavik won ... after decades of rule from Quebec City"); a place that opens an association's,
a league's or a committee's name is not a place ("the Bering Sea Fishermen's Association voted")."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 5, 3)


def test_a_states_senators_are_not_at_their_state():
    text = (
        "OTTAWA - Canada on Monday raised its tariff on frozen fish bound for the United States.\n\n"
        "Alaska's U.S. senators protested the tariff on Tuesday."
    )
    assert extract_events(text, _PUBLISHED)[-1].place != "Alaska"


def test_a_congressional_delegation_is_not_at_its_state():
    text = (
        "WASHINGTON - The Interior Department on Wednesday cancelled seven oil leases in the Arctic refuge.\n\n"
        "Alaska's all-Republican congressional delegation condemned the decision on Thursday."
    )
    assert extract_events(text, _PUBLISHED)[-1].place != "Alaska"


def test_a_town_before_members_titles_is_their_seat_not_the_place():
    text = (
        "JUNEAU - The Alaska Legislature on Monday passed a bill to raise the school funding formula.\n\n"
        "On Tuesday, Fairbanks Reps. Ann Smith and Tom Berg sent a letter asking the governor to sign it."
    )
    assert extract_events(text, _PUBLISHED)[-1].place == "Juneau"


def test_the_place_a_sentence_opens_with_beats_a_place_named_after_from():
    text = "Nunavik won its own regional government in 2019 after decades of rule from Quebec City."
    assert extract_events(text, _PUBLISHED)[0].place == "Nunavik"


def test_a_place_that_opens_an_associations_name_is_not_the_place():
    text = (
        "NOME - Dozens of fishermen met on Monday to discuss the closure of the chum salmon fishery.\n\n"
        "The Bering Sea Fishermen's Association voted on Tuesday to ask the state for disaster relief."
    )
    assert extract_events(text, _PUBLISHED)[-1].place == "Nome"
