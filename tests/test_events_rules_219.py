"""Rules of rules-2.19, each through :func:`extract_events` on a short article written for it: a vessel
introduced with the party that operates or owns it ("the cargo ship Tian En, operated by China's COSCO")
is that party's when the article names it bare later."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events


def _actors_of(text: str, published: date, phrase: str) -> set[str]:
    return {code for e in extract_events(text, published) if phrase in e.evidence for code in e.actors}


def test_a_vessel_named_with_its_operator_is_the_operators_later():
    text = (
        "The heavy-lift ship Polar Lantern, operated by China's COSCO Shipping, arrived in Rotterdam on "
        "Wednesday.\n\n"
        "The project cargo was arranged by a French freight forwarder.\n\n"
        "Polar Lantern left Dalian on 4 August."
    )
    assert _actors_of(text, date(2018, 9, 6), "left Dalian") == {"CHN"}


def test_a_vessel_owned_by_a_state_is_that_states_later():
    text = (
        "The trawler Nordkyn Star, owned by the Norwegian state, was detained in the Barents Sea on Monday.\n\n"
        "Nordkyn Star reached Kirkenes on Tuesday."
    )
    assert "NOR" in _actors_of(text, date(2021, 3, 2), "reached Kirkenes")
