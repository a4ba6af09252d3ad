"""Rules of rules-2.21, each through :func:`extract_events` on a short article written for it: a place
named after a state ("Russia's Northern Sea Route") is never learnt as a name of that state's, not even
its tail once a leading word is cleaned off ("Sea Route")."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events
from tests.helpers import places_saying


def test_a_place_named_after_a_state_is_not_learnt_as_the_states():
    text = (
        "SHANGHAI - A container ship crossed Russia's Northern Sea Route this month.\n\n"
        "The Chinese ship NewNew Star entered the Northern Sea Route through the Bering Strait on Sept. 4."
    )
    entered = [e for e in extract_events(text, date(2024, 9, 18)) if "on Sept. 4" in e.evidence]
    assert [e.actors for e in entered] == [("CHN",)]
    assert "Sea Route" not in entered[0].actor_mentions


def test_over_and_across_say_where_as_in_does():
    text = (
        "KETCHIKAN, Alaska - The balloon crossed Alaska last week.\n\n"
        "On Jan. 31 it came back into the United States over northern Idaho."
    )
    places = places_saying("northern Idaho", text, date(2023, 2, 6))
    assert places == {"Idaho"}


def test_a_town_a_ship_left_or_reached_is_named_as_a_place():
    text = (
        "The aircraft carrier Harry S. Truman sailed into the Norwegian Sea this week.\n\n"
        "The Truman left Norfolk in April for a deployment that lasted three months."
    )
    places = places_saying("left Norfolk", text, date(2018, 10, 20))
    assert places and all("Norfolk" in place for place in places)


def test_a_place_named_again_by_its_noun_is_where_the_sentence_happened():
    text = (
        "MURMANSK - The floating nuclear plant Akademik Lomonosov was built at the Baltic Shipyard.\n\n"
        "Rosatom's barge, which has no engines of its own, left the shipyard on April 28, towed by two tugs."
    )
    places = places_saying("left the shipyard", text, date(2018, 5, 19))
    assert places == {"Baltic Shipyard"}
