"""Rules of rules-2.19, each through :func:`extract_events` on a short article written for it: a vessel
introduced with the party that operates or owns it ("the cargo ship Tian En, operated by China's COSCO")
is that party's when the article names it bare later; a national body's decision or a head of government's
order in a sentence that names no place is made at the seat of government."""

from __future__ import annotations

from datetime import date

from tests.helpers import actors_saying, places_saying


def test_a_vessel_named_with_its_operator_is_the_operators_later():
    text = (
        "The heavy-lift ship Polar Lantern, operated by China's COSCO Shipping, arrived in Rotterdam on "
        "Wednesday.\n\n"
        "The project cargo was arranged by a French freight forwarder.\n\n"
        "Polar Lantern left Dalian on 4 August."
    )
    assert actors_saying("left Dalian", text, date(2018, 9, 6)) == {"CHN"}


def test_a_vessel_owned_by_a_state_is_that_states_later():
    text = (
        "The trawler Nordkyn Star, owned by the Norwegian state, was detained in the Barents Sea on Monday.\n\n"
        "Nordkyn Star reached Kirkenes on Tuesday."
    )
    assert "NOR" in actors_saying("reached Kirkenes", text, date(2021, 3, 2))


def test_a_ministrys_decision_in_a_story_elsewhere_in_its_state_is_made_at_the_seat():
    text = (
        "The coastal ship Nordic Star was held in Bergen on Monday over its Russian insurance.\n\n"
        "Late on Wednesday Norway's foreign ministry told the company that the sanctions did not apply.\n\n"
        "After a second review, the ministry reversed its view on Thursday."
    )
    published = date(2022, 4, 15)
    assert places_saying("told the company", text, published) == {"Oslo"}
    assert places_saying("reversed its view", text, published) == {"Oslo"}


def test_a_ministry_named_as_the_source_leaves_the_happening_where_it_was():
    text = (
        "Russian paratroopers landed on Alexandra Land on Sunday, Russia's defence ministry said.\n\n"
        "On Tuesday the troops held a combat exercise, the ministry said."
    )
    assert places_saying("combat exercise", text, date(2020, 4, 28)) == {"Alexandra Land"}
    # ... and so does a state's ministry named with its state at the end.
    named = text.replace("the ministry said.", "Russia's defence ministry said.")
    assert places_saying("combat exercise", named, date(2020, 4, 28)) == {"Alexandra Land"}


def test_a_territorys_government_is_not_the_states():
    text = (
        "Iqaluit's water was found to be contaminated with fuel on Tuesday.\n\n"
        "The territorial government announced on Wednesday that residents should not drink tap water."
    )
    assert "Ottawa" not in places_saying("territorial government", text, date(2021, 10, 14))


def test_a_presidents_order_is_made_at_the_seat():
    text = (
        "The Arctic National Wildlife Refuge in Alaska has been fought over for decades.\n\n"
        "President Bill Clinton vetoed a Republican plan to open it in 1995."
    )
    assert places_saying("vetoed", text, date(2021, 6, 2)) == {"Washington, D.C."}


WILLOW = "The Willow project lies on Alaska's North Slope, where ConocoPhillips has drilled for years.\n\n"


def test_a_federal_departments_approval_is_made_in_washington_not_at_the_project():
    places = places_saying(
        "approved", WILLOW + "The Interior Department approved the project on Monday.", date(2023, 3, 14)
    )
    assert places == {"Washington, D.C."}
    # ... but not a department in what a judge found: the judge acted, not the department.
    found = places_saying(
        "found", WILLOW + "A judge found on Monday that the Interior Department had erred.", date(2023, 3, 14)
    )
    assert "Washington, D.C." not in found
