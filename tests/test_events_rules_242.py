"""Rules of rules-2.42, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a state a visitor went to, or that forces were sent or moved into, is where it happened and no party
("Frederik last visited Greenland", "deployed 300 Marines to Norway", "drones crossed into Poland"); and a place named
again by its noun ("the same yard") places a sentence that names no party of its own."""

from __future__ import annotations

from datetime import date

from tests.helpers import actors_saying, places_saying

_ROYAL_VISIT = (
    "NUUK - King Frederik arrived in Nuuk on Monday for a three-day visit, his second since he took the throne.\n\n"
    "Frederik last visited Greenland in August of last year, when he sailed along the west coast."
)


def test_a_state_visited_is_the_visits_place():
    assert places_saying("last visited Greenland", _ROYAL_VISIT, date(2025, 4, 28)) == {"Greenland"}


def test_a_state_visited_is_no_party_to_the_visit():
    assert actors_saying("last visited Greenland", _ROYAL_VISIT, date(2025, 4, 28)) == {"DNK"}


def test_a_state_visit_called_off_keeps_its_host_as_a_party():
    # Nobody went: the host is a party to the news, not the place it happened.
    text = (
        "WASHINGTON - President Donald Trump postponed a state visit to Denmark on Tuesday after its prime minister "
        "said the island was not for sale."
    )
    assert {"USA", "DNK"} <= actors_saying("postponed a state visit", text, date(2019, 8, 21))


def test_forces_deployed_to_a_state_are_placed_there():
    text = "OSLO - The United States deployed 300 Marines to Norway on Monday for a winter exercise near Trondheim."
    assert actors_saying("deployed 300 Marines", text, date(2017, 1, 17)) == {"USA"}


def test_fighters_sent_to_a_state_are_placed_there_and_it_is_no_party():
    text = "Britain sent four Typhoon fighters to Iceland on Monday to police its airspace for a month."
    assert places_saying("sent four Typhoon", text, date(2019, 8, 13)) == {"Iceland"}
    assert actors_saying("sent four Typhoon", text, date(2019, 8, 13)) == {"GBR"}


def test_a_note_sent_to_a_state_keeps_it_as_a_party():
    text = "MOSCOW - Russia sent a protest note to Norway on Monday over the new rules for Svalbard."
    assert "NOR" in actors_saying("protest note", text, date(2023, 6, 5))


def test_drones_that_crossed_into_a_state_are_placed_there():
    text = (
        "WARSAW - Poland shot down several drones on Wednesday. Two days earlier, Russian drones crossed into "
        "Lithuania during an attack on western Ukraine."
    )
    assert places_saying("crossed into Lithuania", text, date(2025, 9, 10)) == {"Lithuania"}


_SHIPYARD = (
    "ST PETERSBURG - The nuclear icebreaker Ural was floated out at the Baltic Shipyard in St Petersburg on Friday.\n\n"
    "Its sister ship Sibir was launched at the same yard in September 2017."
)


def test_the_same_yard_is_the_shipyard_named_before():
    assert places_saying("launched at the same yard", _SHIPYARD, date(2019, 5, 25)) == {"Baltic Shipyard"}


def test_a_capital_speaking_of_the_arctic_speaks_at_home():
    text = (
        "JUNEAU - Four Chinese navy ships sailed into the U.S. exclusive economic zone in the Bering Sea on Tuesday.\n\n"
        "In a policy paper issued in January 2018, Beijing described itself as a near-Arctic state and promised a "
        "Polar Silk Road."
    )
    assert places_saying("near-Arctic state", text, date(2021, 9, 14)) == {"Beijing"}


def test_a_state_joining_an_alliance_is_placed_at_the_state():
    # The settled convention: joining an alliance is a state-wide happening, at the country.
    text = (
        "TROMSO - Some 20,000 troops began the Joint Viking exercise in Troms on Monday.\n\n"
        "Much of the planning is done with Finland, which joined NATO in April 2023."
    )
    assert places_saying("which joined NATO", text, date(2025, 3, 4)) == {"Finland"}


def test_a_settlement_named_after_its_kind_is_where_it_happened():
    text = (
        "IQALUIT - Nunavut, long free of the virus, recorded its first case on Friday, in the remote Hudson Bay "
        "community of Sanikiluaq."
    )
    assert places_saying("recorded its first case", text, date(2020, 11, 7)) == {"Sanikiluaq"}
