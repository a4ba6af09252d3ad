"""Who an event is given to when the article names its parties by group, by office, by a
pronoun or only as what was said (rules-2.7), by a capital after a month, a demonym after a city,
a municipality, or only as where a journey ended (rules-2.8). Through :func:`find_actors` and
:func:`extract_events` on short texts written for each rule."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events import extract_events
from dashboard.events.extraction.actors import find_actors
from tests.helpers import event_saying


def _codes(text: str) -> set[str]:
    return {m.code for m in find_actors(text)}


def test_a_group_of_states_names_each_member():
    text = "Putin held talks with the leaders of the Nordic countries in St. Petersburg on Tuesday."
    assert _codes(text) >= {"RUS", "DNK", "FIN", "ISL", "NOR", "SWE"}
    assert _codes("The Baltic states closed their borders.") == {"EST", "LVA", "LTU"}


def test_the_eight_arctic_states_act_as_the_council():
    assert _codes("The eight Arctic states adopted a joint statement.") == {"ARC"}


def test_norad_is_both_the_united_states_and_canada():
    assert _codes("NORAD said it intercepted two bombers.") == {"USA", "CAN"}


def test_smaller_states_are_actors_by_name_and_demonym():
    assert _codes("The Latvian trawler was fined; the Lithuanian authorities helped.") == {"LVA", "LTU"}
    assert _codes("Taiwan's state oil company signed a letter of intent.") == {"TWN"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # every state the gazetteer names as a country is an actor, by name and demonym
        ("The Swiss firm and a Spanish shipowner signed the charter.", {"CHE", "ESP"}),
        ("North Korean hackers and a South Korean yard were named.", {"PRK", "KOR"}),
        ("The Scottish company drilled two wells off Disko Island.", {"GBR"}),
    ],
)
def test_the_gazetteers_countries_are_actors(sentence, expected):
    assert _codes(sentence) == expected


def test_alaskas_offices_are_the_united_states():
    text = "Two Russians landed on a beach near Gambell on Tuesday, Alaska's senators said."
    assert _codes(text) == {"RUS", "USA"}


def test_a_state_named_in_what_was_said_is_no_party_beside_the_speaker():
    text = "Danish Prime Minister Mette Frederiksen told TV 2 that Greenland belongs to the Greenlanders."
    assert _codes(text) == {"DNK"}


def test_a_local_official_belongs_to_the_state_where_the_places_lie():
    text = (
        "Trucks flying Russian flags drove through Barentsburg on Tuesday in a Russian parade.\n\n"
        "Russia's consulate said the parade was a tradition.\n\n"
        "Governor Lars Fause said on Wednesday that the helicopter flight had not been approved and that "
        "the governor's office in Longyearbyen would look into the matter."
    )
    event = event_saying("Fause", text, date(2023, 5, 12))
    assert event.actors == ("NOR",)


def test_an_organisation_based_in_a_city_is_that_citys_state():
    text = (
        "More than four kilometres of a seabed cable off Vesterålen have disappeared, the Bergen-based "
        "Institute of Marine Research said on Monday."
    )
    event = event_saying("cable", text, date(2021, 11, 10))
    assert event.actors == ("NOR",)


def test_he_opening_a_sentence_is_the_person_named_before():
    text = (
        "President Donald Trump said on Tuesday that he wanted Greenland.\n\n"
        "He cancelled a state visit to Copenhagen in August 2019, after Frederiksen called the idea absurd."
    )
    event = event_saying("cancelled", text, date(2025, 1, 8))
    assert set(event.actors) == {"USA", "DNK"}


def test_an_office_opening_the_sentence_is_the_story_states_beside_the_state_it_acts_on():
    text = (
        "Norway expels Russian diplomats\n\n"
        "Norway's government met in Oslo on Monday.\n\n"
        "The Ministry of Foreign Affairs has today declared 15 officers at the Russian Embassy in Oslo "
        "persona non grata.\n\n"
        "Norway wants to keep a dialogue with Moscow on fisheries."
    )
    event = event_saying("persona non grata", text, date(2023, 4, 13))
    assert set(event.actors) == {"NOR", "RUS"}


def test_a_service_opening_the_sentence_after_a_dateline_is_the_story_states():
    text = (
        "US Navy opens Arctic command\n\n"
        "SAN DIEGO, Calif. - The Navy opened a new Arctic command on Friday as Chinese research ships "
        "sail further north each summer.\n\n"
        "The United States has sent more ships to the Bering Sea since 2020.\n\n"
        "Washington wants allies to do the same, US officials said."
    )
    event = event_saying("new Arctic command", text, date(2024, 5, 4))
    assert "USA" in event.actors


# rules-2.8


def test_a_capital_after_a_month_opening_the_sentence_acts():
    """ "In April, Washington announced": a month is no place, so the capital is the state acting."""
    assert _codes("In April, Washington announced an aid package for Greenland.") == {"USA", "GRL"}


def test_a_demonym_after_a_located_city_is_a_party():
    """ "In Copenhagen, Danish Prime Minister ..." is Denmark speaking; "in Helsinki, Finland" stays a place."""
    text = "In Copenhagen, Danish Prime Minister Lars Løkke Rasmussen said the kingdom shared the grief."
    assert _codes(text) == {"DNK"}
    assert _codes("The talks were held in Helsinki, Finland, last week.") == set()


def test_states_a_journey_ends_in_are_no_parties():
    text = "Many passengers had already travelled home to towns across Norway, as well as to Germany and Denmark."
    assert _codes(text) == set()
    assert _codes("The crew flew back to Iceland and Norway on Friday.") == set()
    # a drift toward a state is a direction, not a party; a policy "toward Russia's borders" is one
    assert _codes("Soviet scientists drifted on the floe south toward Greenland.") == {"RUS"}
    assert _codes("NATO moved its infrastructure toward Russia's borders.") == {"NATO", "RUS"}


def test_a_municipality_is_the_state_its_places_lie_in():
    text = (
        "The cruise company suspended all expedition cruises on Monday after an outbreak on board.\n\n"
        "Tromsø municipality has reported the company to the police."
    )
    event = event_saying("municipality", text, date(2020, 8, 4))
    assert event.actors == ("NOR",)


def test_leaders_and_ministers_are_their_states_within_their_terms():
    def codes(text: str, on: date) -> list[tuple[str, str]]:
        return [(m.text, m.code) for m in find_actors(text, on=on)]

    summit = "Ronald Reagan and Mikhail Gorbachev held their summit in Reykjavik."
    assert codes(summit, date(1986, 10, 11)) == [("Ronald Reagan", "USA"), ("Mikhail Gorbachev", "RUS")]
    assert codes("The carrier USS Ronald Reagan sailed north.", date(2020, 5, 1)) == []  # out of term: a ship
    assert codes("Foreign Minister Guðlaugur Þór Þórðarson met Søreide.", date(2019, 2, 15)) == [
        ("Guðlaugur Þór Þórðarson", "ISL"),
        ("Søreide", "NOR"),
    ]
    # A surname that is also a month or a city needs the whole name.
    assert codes("Theresa May spoke in May; Lloyd Austin flew to Austin.", date(2018, 5, 1)) == [("Theresa May", "GBR")]
    # A reigning monarch acts for the state; "Frederik" alone is not the second half of "Jens-Frederik".
    assert codes("King Harald and Frederik opened the meeting.", date(2024, 5, 2)) == [
        ("King Harald", "NOR"),
        ("Frederik", "DNK"),
    ]
    assert codes("Jens-Frederik Nielsen spoke.", date(2025, 5, 2)) == [("Jens-Frederik Nielsen", "GRL")]


def test_an_unnamed_service_is_the_state_where_the_story_is_not_the_state_it_names_most():
    text = (
        "Navy answers Russian submarines from Norfolk\n\n"
        "NORFOLK, Va. - The Navy opened a new Atlantic command at Norfolk on Friday as Russian submarines "
        "sail further out.\n\n"
        "Russia's Northern Fleet has sent more submarines into the Atlantic since 2015.\n\n"
        "Russian bombers also flew near Norway in May.\n\n"
        "The command at Norfolk will grow over the coming year."
    )
    event = event_saying("new Atlantic command", text, date(2024, 5, 4))
    assert "USA" in event.actors


def test_a_company_introduced_by_its_home_city_is_that_citys_state_through_the_article():
    text = (
        "A fish farm built by the Tromsø company Polarlaks began operating in Iceland on Wednesday.\n\n"
        "Polarlaks opened its first farm in 2017 at Alta."
    )
    events = extract_events(text, date(2021, 9, 9))
    assert [("NOR" in e.actors) for e in events] == [True, True]
