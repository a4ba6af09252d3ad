"""Rules of rules-2.27, each through :func:`extract_events` on a short article written for it: a state's
decision about "the Arctic" is made at its seat, not where the story is; a national committee or board
decides at the seat of the story's state even when the sentence names no state; and a legislature's vote
filed from its town stays there when a riding is named further on."""

from __future__ import annotations

from datetime import date

from tests.helpers import places_saying


def test_a_state_decision_about_the_arctic_is_made_at_the_seat_not_where_the_story_is():
    text = (
        "COLD LAKE, Alberta - Canadian and American fighter jets trained over Cold Lake on Thursday, and more "
        "exercises at Cold Lake are planned.\n\n"
        "The State Department said Friday that President Joe Biden plans to upgrade the job of Arctic coordinator "
        "to an ambassador-at-large for the Arctic region."
    )
    assert places_saying("State Department said Friday", text, date(2022, 8, 29)) == {"Washington, D.C."}


def test_the_arctic_in_a_sentence_with_no_decision_is_still_where_the_story_is():
    text = (
        "TROMSØ, Norway - Norway and Russia set the Barents Sea cod quota for next year on Thursday.\n\n"
        "The cod stock is the largest Arctic stock of its kind, researchers said on Friday."
    )
    assert "Oslo" not in places_saying("largest Arctic stock", text, date(2024, 10, 26))


def test_a_national_board_decides_at_the_seat_of_the_storys_state_when_the_sentence_names_none():
    text = (
        "KIRUNA, Sweden - Voters in Kiruna cast their ballots again on Sunday in the rerun of the Sami Parliament "
        "election, after the first count in Kiruna was found flawed.\n\n"
        "In July the Election Review Board ordered a new election."
    )
    assert places_saying("Election Review Board ordered", text, date(2021, 9, 20)) == {"Stockholm"}


def test_a_legislatures_vote_filed_from_its_town_stays_there_when_a_riding_is_named():
    text = (
        "IQALUIT - The members of Nunavut's legislative assembly chose John Main as the territory's next premier "
        "on Tuesday, making the MLA for Arviat North-Whale Cove the first leader of Nunavut who is not Inuk."
    )
    assert places_saying("legislative assembly chose", text, date(2025, 11, 20)) == {"Iqaluit"}


def test_an_international_body_is_not_the_storys_state_institution():
    text = (
        "OSLO - Norway's Supreme Court ruled on Tuesday that snow crab off Svalbard belongs to the continental "
        "shelf, and Svalbard's fishery is Norway's to regulate.\n\n"
        "The European Commission said on Wednesday that it had taken note of the judgment."
    )
    assert "Oslo" not in places_saying("European Commission said", text, date(2023, 2, 16))
