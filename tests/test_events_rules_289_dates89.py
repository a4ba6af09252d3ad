"""Rules of session 41's dates89 round, through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): a month or day a sentence names without its year takes the right one when a plan told in
the past or an awaited step puts it just ahead ("was expected to start in March", "with an agreement expected in May"),
when it names its own "last" beside another clause's "next year", when a list's commas do not end the clause that
tells it ahead, and when the sentence opens with that month's year ("In August 2021, ... on 18 August"); a weekday
lies ahead after "intended to", not after "the vote" (a noun)."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events import extract_events

_PUBLISHED = date(2023, 2, 10)


def _dates(text: str) -> dict[str, date]:
    return {event.place: event.event_date for event in extract_events(text, _PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "place", "month"),
    [
        (
            "The ferry operator said the repair of the damaged hull in Tromsø was expected to start in March, once a "
            "dock was free.",
            "Tromsø",
            3,
        ),
        (
            "Equinor will sell a stake in the field off Hammerfest to a Japanese group, with an agreement expected in "
            "May.",
            "Hammerfest",
            5,
        ),
    ],
)
def test_a_month_just_ahead_planned_or_awaited_is_this_year(text, place, month):
    assert _dates(text)[place] == date(2023, month, 1)


def test_last_november_keeps_its_year_beside_next_year():
    text = (
        "Finland opened a new border station at Salla last November, and Norway's station at Storskog is due to open "
        "next year."
    )
    assert _dates(text)["Salla"] == date(2022, 11, 1)


def test_a_list_of_things_does_not_end_the_clause_told_ahead():
    text = "Denmark and Norway are to send frigates, aircraft and divers to a NATO exercise off Bodø in April and May."
    assert _dates(text)["Bodø"] == date(2023, 4, 1)


def test_a_day_takes_the_year_of_the_month_that_opens_the_sentence():
    text = (
        "In August 2021, after a long dispute over fishing quotas, the minister said during a visit to Tromsø on "
        "18 August that talks would resume."
    )
    assert _dates(text)["Tromsø"] == date(2021, 8, 18)


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # A Wednesday article: "intended to" puts Monday ahead.
        (
            "The Speaker said after meeting the party leaders in Oslo that he intended to hold a new vote on Monday.",
            "Oslo",
            13,
        ),
        # "the vote" is a noun, no vote told ahead: Sunday is the last one.
        (
            "Aleqa Hammond will lead the council in Nuuk for four years after winning 60 percent of the vote on Sunday.",
            "Nuuk",
            5,
        ),
    ],
)
def test_a_weekday_told_ahead_or_back(text, place, day):
    assert {e.place: e.event_date for e in extract_events(text, date(2023, 2, 8))}[place] == date(2023, 2, day)
