"""Rules of rules-2.43, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a part of a state named by a direction ("northern Norway", "western Alaska", "north-western Greenland")
is the gazetteer's row for that part, not the state's middle; it gives way to a finer place of its state, and it is no
place the whole story is at."""

from __future__ import annotations

from datetime import date

from dashboard.events.extraction.places import default_gazetteer
from tests.helpers import places_saying


def test_a_direction_before_a_state_names_its_part():
    text = "OSLO - Some 20,000 troops began a winter exercise in northern Norway on Monday, the armed forces said."
    assert places_saying("winter exercise", text, date(2024, 3, 5)) == {"Northern Norway"}


def test_the_part_lies_in_the_part_not_at_the_states_middle():
    gazetteer = default_gazetteer()
    north = gazetteer.find("in northern Norway")[0]
    assert north.name == "Northern Norway" and north.lat > 67
    assert gazetteer.find("a storm in western Alaska")[0].name == "Western Alaska"
    assert gazetteer.find("a fire in north-western Greenland")[0].name == "Northwest Greenland"
    assert [p.name for p in gazetteer.find("factories in eastern China")] == ["China"]  # no such row: the state


def test_the_part_gives_way_to_a_finer_place_of_its_state():
    text = "Floodwater swept through Nome, a town in western Alaska, on Saturday, state officials said."
    assert places_saying("Floodwater swept", text, date(2022, 9, 18)) == {"Nome"}


def test_a_part_named_again_and_again_is_not_where_the_story_is():
    # The story is at Bodo; "northern Norway" says where Bodo is and what the exercise covers.
    text = (
        "BODO - A US Marine Corps aircraft crashed near Bodo in northern Norway on Friday during an exercise.\n\n"
        "The exercise, held across northern Norway every two years, brought 30,000 troops to northern Norway.\n\n"
        "Rescuers reached the wreck on Saturday morning."
    )
    assert places_saying("Rescuers reached", text, date(2022, 3, 20)) == {"Bodø"}
