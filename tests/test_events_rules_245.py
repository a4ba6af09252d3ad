"""Rules of rules-2.45, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a journey's start is read as such when it opens the sentence ("From Oslo she flew on to Tromsø"); a start
followed by a "where" clause that holds the sentence's date is where the dated happening was ("arrived from Oslo, where
she had met ... on Monday"); a town after a person's name and "of" is the person's home ("Anna Berg of Alta won"); an
ocean named beside a place within it only gives the area; a state's act told with no place, in a story about a land area
(a territory, a US state, a refuge), is at the state's seat of government."""

from __future__ import annotations

from datetime import date

from tests.helpers import places_saying

_PUBLISHED = date(2024, 3, 8)


def test_a_journey_named_from_its_start_at_the_opening_is_at_its_destination():
    text = "From Oslo the foreign minister flew on to Tromso for talks with Russian officials, and in the evening to Kirkenes."
    assert places_saying("flew on to", text, _PUBLISHED) == {"Tromsø"}


def test_a_start_with_a_where_clause_holding_the_date_is_where_the_dated_happening_was():
    text = (
        "The minister arrived in Kirkenes from Oslo, where she had met the Finnish president on Tuesday, "
        "after a week of talks in Helsinki."
    )
    assert places_saying("where she had met", text, _PUBLISHED) == {"Oslo"}


def test_a_where_clause_without_the_date_changes_nothing():
    # The date is the main clause's; Oslo is only where she came from.
    text = "The minister arrived in Kirkenes on Tuesday from Oslo, where the government sits."
    assert places_saying("arrived in Kirkenes", text, _PUBLISHED) == {"Kirkenes"}


def test_a_place_before_a_dated_where_clause_that_is_no_start_keeps_its_rank():
    # Only a journey's start is read so: a country named before "where" is not moved ahead of the town.
    text = "Officials flew to Tromso to brief reporters about Norway, where the exercise had begun on Monday."
    assert places_saying("brief reporters", text, _PUBLISHED) == {"Tromsø"}


def test_a_town_after_a_persons_name_and_of_is_the_persons_home():
    text = "NOME, Alaska -- Anna Berg of Bethel won the sled dog race early on Wednesday after nine days on the trail."
    assert places_saying("won the sled dog race", text, _PUBLISHED) == {"Nome"}


def test_a_town_after_a_bodys_name_and_of_is_still_a_place():
    # "the Mayor of Tromso" is a title, not a person named with a home town.
    text = "The Mayor of Tromso opened the new harbour terminal on Wednesday."
    assert places_saying("opened the new harbour", text, _PUBLISHED) == {"Tromsø"}


def test_an_ocean_beside_a_place_within_it_only_gives_the_area():
    text = (
        "KEFLAVIK -- Iceland and the European Union agreed on Thursday to deepen their defence ties in the North "
        "Atlantic, at a meeting at Keflavik."
    )
    assert places_saying("deepen their defence", text, _PUBLISHED) <= {"Keflavík", "Keflavík Air Base"}


def test_an_ocean_named_alone_is_still_a_place():
    text = "Two Russian submarines were tracked in the North Atlantic on Tuesday, the navy said."
    assert places_saying("submarines were tracked", text, _PUBLISHED) == {"North Atlantic"}


_YUKON = (
    "Yukon miners wait for a ruling\n\n"
    "WHITEHORSE -- Mining companies in the Yukon are waiting for a court ruling on a disputed claim, the Yukon "
    "Chamber of Mines said on Wednesday. The Yukon government expects the ruling next month.\n\n"
)


def test_a_states_act_in_a_story_about_a_land_area_is_at_its_seat():
    text = _YUKON + "Canada first listed the area as protected in 2016."
    assert places_saying("first listed the area", text, _PUBLISHED) == {"Ottawa"}


def test_a_states_act_in_a_story_about_a_town_stays_where_the_story_is():
    text = (
        "Kiruna waits for a ruling\n\n"
        "KIRUNA -- Residents of Kiruna are waiting for a court ruling on the mine, the town said on Wednesday. "
        "Kiruna's council expects the ruling next month.\n\n"
        "Sweden first listed the area as protected in 2016."
    )
    assert places_saying("first listed the area", text, _PUBLISHED) == {"Kiruna"}
