"""Rules of rules-2.65, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a second round of places Arctic news names that the gazetteer lacked (geodata/SOURCES.md, "Places Arctic
news names, second round of session 34") places the happenings told at them."""

from __future__ import annotations

from datetime import date

from tests.helpers import places_of

_PUBLISHED = date(2023, 4, 1)


def test_a_crash_at_an_army_post_in_kentucky_is_there():
    text = "Nine soldiers died when two Black Hawk helicopters crashed near Fort Campbell on Wednesday night."
    assert places_of(text, _PUBLISHED) == ["Fort Campbell"]


def test_a_speech_at_the_world_economic_forum_is_in_davos():
    text = "Norway's prime minister told the World Economic Forum in Davos on Thursday that Europe must rearm."
    assert places_of(text, _PUBLISHED) == ["Davos"]


def test_a_baltic_island_and_a_siberian_river_are_places():
    assert places_of("Danish police found the leak off Bornholm on Tuesday.", _PUBLISHED) == ["Bornholm"]
    assert places_of(
        "Russia plans a new oil terminal on the Yenisei River, the company said on Monday.", _PUBLISHED
    ) == ["Yenisei River"]


def test_a_qualified_name_only_where_the_bare_one_is_ambiguous():
    # "Salisbury" alone is also a surname and a dozen places: only "Salisbury, England" names the English city.
    assert "Salisbury, England" not in places_of(
        "Lord Salisbury said on Monday that the treaty would hold.", _PUBLISHED
    )
    assert places_of("Two Russian officers poisoned a former spy in Salisbury, England, in March 2018.", _PUBLISHED)[
        0
    ] == ("Salisbury, England")
