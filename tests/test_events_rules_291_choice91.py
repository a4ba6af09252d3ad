"""Rules of choice91, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a capital named as the government that acts, the subject of the main clause, is where the act happens,
not the state or region the sentence names after it ("Moscow answered ... from its embassy in Russia"); a place
named in the possessive gives way to the place it owns ("near Alaska's Aleutian Islands"); a body named by its
home town ("Houston-based ConocoPhillips said") speaks from that town when the sentence names no place."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 3, 8)


def test_a_capital_answering_is_at_the_capital_not_at_its_state():
    text = "Two days later Moscow retaliated by expelling a Finnish diplomat from its embassy in Russia."
    assert extract_events(text, _PUBLISHED)[0].place == "Moscow"


def test_a_capital_in_the_second_clause_after_and():
    text = (
        "Norway expelled a Russian diplomat on Tuesday, and Moscow responded by closing the Norwegian consulate in "
        "Russia."
    )
    assert extract_events(text, _PUBLISHED)[0].place == "Moscow"


def test_a_capital_denouncing_what_happens_near_its_states_borders():
    text = "Beijing condemned the drills on Monday, saying that foreign warships near China's coast were a threat."
    assert extract_events(text, _PUBLISHED)[0].place == "Beijing"


def test_a_place_named_in_the_possessive_gives_way_to_the_place_it_owns():
    text = (
        "In May last year, two Russian destroyers sailed near Alaska's Pribilof Islands, prompting the Coast Guard to "
        "send a cutter."
    )
    assert extract_events(text, _PUBLISHED)[0].place == "Pribilof Islands"


def test_a_body_named_by_its_home_town_speaks_from_that_town():
    text = (
        "NOME, Alaska -- The state's regulators on Monday approved a new gold mine near Nome.\n\n"
        "The Vancouver-based miner said on Tuesday that construction would start in the spring."
    )
    assert extract_events(text, _PUBLISHED)[1].place == "Vancouver"
