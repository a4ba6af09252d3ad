"""Rules of rules-2.82 (abroad82), through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): the sea a patrol covers ("cutters on patrol in the Bering Sea") is where the patrolling
ships were, not where what they came across was; the more specific place the sentence names for that is."""

from __future__ import annotations

from datetime import date

from tests.helpers import places_of

_PUBLISHED = date(2024, 5, 1)


def test_a_patrols_sea_gives_way_to_where_the_ships_were_met():
    text = "On Tuesday a Coast Guard cutter on patrol in the Bering Sea came across three Russian warships north of Kiska Island."
    assert places_of(text, _PUBLISHED) == ["Kiska"]


def test_a_sea_being_patrolled_gives_way_to_the_port_of_the_happening():
    text = "Last week two frigates patrolling the Barents Sea stopped a fishing vessel off Vardø."
    assert places_of(text, _PUBLISHED) == ["Vardø"]
