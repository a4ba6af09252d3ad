"""Rules of rules-2.22, each through :func:`extract_events` on a short article written for it: a state's
reaction from abroad, a minister's or a department's act and a policy issued are placed at the seat of
government; an election named by its date or demonym and a state joining an alliance are at the country
(the conventions settled for issue 11); a sentence that opens on its place is there, and "the same day"
dates a statement over a date inside what was said."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_saying, places_saying


def test_a_reaction_from_abroad_is_made_at_the_reacting_states_seat():
    text = (
        "PLESETSK, Russia - Russia destroyed one of its own satellites with a missile fired from Plesetsk on Monday.\n\n"
        "Secretary of State Antony Blinken condemned the test on Tuesday."
    )
    assert places_saying("condemned the test", text, date(2021, 11, 17)) == {"Washington, D.C."}


def test_an_election_named_by_its_date_or_demonym_is_at_the_country():
    text = (
        "NUUK - Greenland's new premier formed a coalition in Nuuk on Friday.\n\n"
        "Demokraatit came first in the election of 11 March with a third of the vote."
    )
    assert places_saying("election of 11 March", text, date(2025, 3, 29)) == {"Greenland"}
    text = (
        "KANGERLUSSUAQ, Greenland - The American secretary of state landed at Kangerlussuaq on Thursday.\n\n"
        "Inuit Ataqatigiit won the Greenlandic election of April 6 on a promise to stop a uranium mine."
    )
    assert places_saying("Greenlandic election", text, date(2021, 5, 21)) == {"Greenland"}


def test_a_state_joining_an_alliance_is_at_the_country():
    text = (
        "BODO, Norway - Norway's government presented a defence plan in Bodø this week.\n\n"
        "Finland became a member of NATO on 4 April last year."
    )
    assert places_saying("Finland became a member", text, date(2024, 4, 8)) == {"Finland"}


def test_two_states_joining_in_one_sentence_are_not_put_at_the_first():
    text = (
        "ANCHORAGE, Alaska - The Pentagon published its new Arctic strategy at a base in Alaska on Monday.\n\n"
        "Finland joined the alliance last year and Sweden in March."
    )
    assert "Finland" not in places_saying("Sweden in March", text, date(2024, 7, 23))


def test_a_strategy_issued_by_a_department_is_made_at_the_seat():
    text = (
        "FORT WAINWRIGHT, Alaska - The Army set out how it means to fight in the Arctic at Fort Wainwright on Tuesday.\n\n"
        "The Department of the Air Force issued its own Arctic strategy in July 2020."
    )
    assert places_saying("issued its own Arctic strategy", text, date(2021, 3, 17)) == {"Washington, D.C."}


def test_a_ministers_announcement_is_made_at_the_seat():
    text = (
        "BODO, Norway - Soldiers in Bodø will get new air defences under the long-term plan.\n\n"
        "Defence Minister Bjørn Arild Gram announced the plan on Friday."
    )
    assert places_saying("announced the plan", text, date(2024, 4, 8)) == {"Oslo"}


def test_a_sentence_opening_on_its_place_is_there_on_the_same_day_it_names():
    text = (
        "COPENHAGEN - Greenland's government accepted an American aid package on Thursday, April 23.\n\n"
        "In Washington, the State Department confirmed the package the same day and said the United States "
        "would reopen its consulate in Nuuk this summer."
    )
    confirmed = events_saying("confirmed the package", text, date(2020, 4, 24))
    # The statement at its place; since rules-2.77 the consulate it reports is an event of its own, at Nuuk.
    assert [(e.place, e.event_date) for e in confirmed] == [
        ("Washington, D.C.", date(2020, 4, 23)),
        ("Nuuk", date(2020, 4, 23)),
    ]


def test_years_ago_this_month_is_that_month_so_many_years_back():
    text = (
        "ILULISSAT, Greenland - Arctic foreign ministers met in Ilulissat on Thursday.\n\n"
        "Ten years ago this month, the five Arctic coastal states signed a declaration in the same town."
    )
    signed = events_saying("Ten years ago", text, date(2018, 5, 24))
    assert [(e.event_date, e.date_precision) for e in signed] == [(date(2008, 5, 1), "month")]
