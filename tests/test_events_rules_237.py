"""Rules of rules-2.37, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): what a speaker said will or would happen on a weekday lies ahead of the report; "a month later" counts
from the last day named, not from a year named since; a change "from <a measure> in 2018 to <another> in 2021" is
dated by its end; a weekend is its Saturday; police, prosecutors and local courts act for the state where they
are; a vote, an election or a coalition with no place of its own is at the state's seat, not at the site (a mine) the
story is about."""

from __future__ import annotations

from datetime import date

from tests.helpers import actors_saying, dates_saying, places_saying

# A Saturday.
_PUBLISHED = date(2022, 3, 5)


def test_what_a_speaker_said_would_happen_on_a_weekday_lies_ahead():
    text = (
        "JUNEAU - The Alaska House Speaker said the chamber would introduce a bill on Monday ordering the fund to "
        "sell its Russian holdings."
    )
    assert dates_saying("introduce a bill", text, _PUBLISHED) == {(date(2022, 3, 7), "day")}


def test_what_a_speaker_said_will_happen_on_a_weekday_lies_ahead():
    text = "TROMSØ - The harbour master said the ship will leave on Tuesday for the Barents Sea."
    assert dates_saying("harbour master", text, _PUBLISHED) == {(date(2022, 3, 8), "day")}


def test_a_weekday_said_on_is_still_the_one_before():
    text = "TROMSØ - The harbour master said on Tuesday that the cable ship will leave Tromsø for the Barents Sea."
    assert dates_saying("cable ship", text, _PUBLISHED) == {(date(2022, 3, 1), "day")}


def test_a_month_later_counts_from_the_last_day_named_not_a_year_named_since():
    text = (
        "COPENHAGEN - A landslide struck Dickson Fjord in Greenland on September 16, 2023, and set off a tsunami.\n\n"
        "The landslide was the largest seen in Greenland since measurements began in 1980.\n\n"
        "A month later, on October 11, a second landslide struck Dickson Fjord."
    )
    assert dates_saying("a second landslide", text, date(2024, 9, 12)) == {(date(2023, 10, 11), "day")}


def test_a_change_between_two_measures_is_dated_by_its_end():
    text = (
        "KODIAK, Alaska - The state closed the crab fishery on Monday.\n\n"
        "Surveys showed the crab stock fell from about 8 billion animals in 2018 to about 1 billion in 2021."
    )
    assert dates_saying("crab stock fell", text, date(2022, 10, 12)) == {(date(2021, 1, 1), "year")}


def test_a_weekend_is_its_saturday():
    text = "NOME, Alaska - A storm pushed the sea over the seawall over the weekend, flooding Front Street."
    assert dates_saying("seawall", text, date(2022, 9, 19)) == {(date(2022, 9, 17), "day")}


def test_police_act_for_the_state_where_they_are():
    text = (
        "MOSCOW - Police stopped a Russian man at the border near Kirkenes on 13 October as he tried to take "
        "drones into Russia."
    )
    assert "NOR" in actors_saying("Police stopped", text, date(2022, 10, 20))


def test_a_district_court_acts_for_the_state_where_it_sits():
    text = (
        "TROMSØ - A Russian researcher was brought before the district court in Tromsø on Tuesday, charged with spying."
    )
    assert "NOR" in actors_saying("district court", text, date(2022, 10, 28))


def test_a_vote_in_a_story_about_a_mine_is_held_at_the_seat():
    text = (
        "NUUK, Greenland - Greenland's parliament has banned uranium mining, ending the Kvanefjeld project.\n\n"
        "The Kvanefjeld deposit near Narsaq holds rare earths and uranium, and Greenland's government says it still "
        "welcomes other mines.\n\n"
        "Twelve members voted for the bill on Tuesday, November 9, and nine voted against."
    )
    assert places_saying("Twelve members voted", text, date(2021, 11, 12)) == {"Nuuk"}
