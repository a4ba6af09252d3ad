"""Rules of rules-2.60, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a word that owns what follows ("Baffinland Iron Mines Corp.'s Mary River mine") ends the company's own
name, so the place after it is not taken for a second name of the company; a name introduced after its actor ("Chinese
company Everest Energy") is still learnt."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2021, 2, 10)


def test_the_place_a_company_owns_is_a_place():
    text = "The hunters, from Pond Inlet, arrived at Baffinland Iron Mines Corp.'s Mary River mine on Thursday."
    assert [e.place for e in extract_events(text, _PUBLISHED)] == ["Mary River Mine"]


def test_a_name_introduced_after_its_actor_is_still_learnt():
    text = (
        "Chinese company Everest Energy bought a copper mine in Greenland on Monday.\n\n"
        "Everest Energy said on Tuesday that drilling would start in the summer near Nuuk."
    )
    events = extract_events(text, _PUBLISHED)
    assert "CHN" in events[-1].actors
