"""Rules of rules-2.17, each through :func:`extract_events` on a short article written for it: a
state's decision told with no place at its seat, a gerund's own clause for the tense, a leader acting
at home in a story about a sea, and a state named after a sentence-initial "In"."""

from __future__ import annotations

from datetime import date

from tests.helpers import event_saying


def test_a_states_decision_with_no_place_anywhere_is_made_at_its_seat():
    """An article naming no place but Iceland keeps each government decision, at Reykjavík, rather
    than dropping all but one as country-level fallbacks."""
    text = (
        "Iceland has issued new whaling licences that run until 2029, the government said on Friday.\n\n"
        "Iceland suspended the fin whale hunt in June 2023 after a report on animal welfare."
    )
    event = event_saying("suspended", text, date(2024, 12, 6))
    assert (event.place, event.event_date) == ("Reykjavík", date(2023, 6, 1))


def test_a_gerund_after_after_has_its_own_tense():
    text = "WASILLA - Mike Dunleavy will be Alaska's next governor after defeating Mark Begich in Tuesday's election."
    assert event_saying("defeating", text, date(2018, 11, 7)).event_date == date(2018, 11, 6)


def test_a_leader_acts_at_home_in_a_story_about_a_sea():
    text = (
        "Three members elected in the North Atlantic gave the government its majority.\n\n"
        "The North Atlantic seats have decided close elections before.\n\n"
        "Frederiksen called the election on 5 October."
    )
    assert event_saying("called the election", text, date(2022, 11, 2)).place == "Copenhagen"


def test_a_state_after_a_sentence_initial_in_is_where_it_happened():
    text = (
        "Three members were elected to the Danish parliament on Tuesday.\n\n"
        "In Greenland, Aaja Chemnitz held her seat, as the party that leads the government in Nuuk had hoped.\n\n"
        "In the Faroe Islands, Sjúrður Skaale held his seat on Tuesday."
    )
    assert event_saying("Skaale", text, date(2022, 11, 2)).place == "Faroe Islands"


def test_taking_office_is_an_event_of_its_own():
    text = (
        "HELSINKI - Alexander Stubb won Finland's presidential election on Sunday.\n\n"
        "Stubb, 55, will be sworn in on 1 March as Finland's 13th president."
    )
    assert event_saying("sworn in", text, date(2024, 2, 12)).event_date == date(2024, 3, 1)
