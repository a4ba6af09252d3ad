"""Rules of rules-2.75 on elections (pair75), through :func:`extract_events` on short articles written for them (none is
a sentence of an article set): an election told by its seats ("won 12 seats", "tied with eight seats each", "had
taken the seat", "was first elected in 2017") is a vote over the state's area, and over the story's territory when it
is a territory's; a sentence naming no party puts it in the territory its place lies in."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2025, 11, 5)


def test_a_tie_in_seats_is_the_territorys_vote():
    text = (
        "WHITEHORSE -- The Yukon Party won a majority in Yukon's territorial election on Monday.\n\n"
        "Four years ago, in 2021, the Liberals and the Yukon Party tied with nine seats each."
    )
    assert extract_events(text, _PUBLISHED)[-1].place == "Yukon"


def test_a_seat_taken_with_no_party_named_is_the_territorys_vote():
    text = (
        "IQALUIT -- A former teacher won the Nunavut riding in the federal vote on Monday.\n\n"
        "The outgoing member had taken the seat for the Liberals in October 2015 with 2,900 votes."
    )
    assert extract_events(text, _PUBLISHED)[-1].place == "Nunavut"


def test_a_member_first_elected_in_a_year_was_elected_across_the_territory():
    text = (
        "IQALUIT -- Nunavut's legislature chose a new premier on Wednesday.\n\n"
        "The new premier was first elected in 2013 and later served as finance minister."
    )
    assert extract_events(text, _PUBLISHED)[-1].place == "Nunavut"
