"""Rules of the capital-dateline round after rules-2.82, through :func:`extract_events` on short articles written for
them (none is a sentence of an article set): a story filed from a capital about a sea or a region of its state puts
what its institutions do (a court's case, a government's election) at the capital, not at the sea or the region the
story is about."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2022, 3, 10)


def _last_place(text: str) -> str:
    return extract_events(text, _PUBLISHED)[-1].place


def test_going_to_court_in_a_story_filed_from_the_capital_about_a_sea_is_at_the_capital():
    text = (
        "OSLO -- A court in the Norwegian capital ruled on Thursday that the state may open more of the Barents Sea "
        "to drilling.\n\n"
        "The Barents Sea holds most of the country's undiscovered gas, and drilling in the Barents Sea began in 1980.\n\n"
        "The environmental groups went to court in March 2020."
    )
    assert _last_place(text) == "Oslo"


def test_a_hearing_in_a_story_filed_from_the_capital_about_a_region_is_at_the_capital():
    text = (
        "HELSINKI - A court ruled on Thursday that Finland may build a new road to the border crossings in Lapland.\n\n"
        "Reindeer herders in Lapland have long asked for a better road, and tourism in Lapland grew fast in 2019.\n\n"
        "The case was heard over three days from 4 February, when herders protested outside the courthouse."
    )
    assert _last_place(text) == "Helsinki"


def test_forming_a_government_in_a_story_filed_from_the_capital_is_at_the_capital():
    text = (
        "OSLO -- Norway's new government will speed up drilling in the Barents Sea, the energy minister said on "
        "Thursday.\n\n"
        "The Barents Sea holds most of the country's undiscovered gas, and drilling in the Barents Sea began in 1980.\n\n"
        "Labour's leader said on election night in September that he would form a new government."
    )
    assert _last_place(text) == "Oslo"
