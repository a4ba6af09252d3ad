"""Rules of rules-2.83 (actors82), through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): a sentence whose subject is only "It", "They" or "The company" keeps the party the
previous event named first, next to the parties it names after its verb."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 5, 1)


def test_it_carries_the_previous_party_next_to_a_foreign_one():
    text = (
        "OSLO - The Norwegian government bought a plot of land near Longyearbyen on Monday.\n\n"
        "It sold the old hotel in Tromso to a Chinese businessman on Tuesday."
    )
    last = extract_events(text, _PUBLISHED)[-1]
    assert set(last.actors) == {"CHN", "NOR"}


def test_it_carries_a_ministry_past_the_diplomats_it_expelled():
    text = (
        "COPENHAGEN - The Danish foreign ministry protested on Monday against a flight over Bornholm.\n\n"
        "It expelled two Russian diplomats from Copenhagen on Tuesday."
    )
    last = extract_events(text, _PUBLISHED)[-1]
    assert "DNK" in last.actors


def test_they_carry_the_previous_party():
    text = (
        "HELSINKI - Finnish border guards closed the crossing at Vaalimaa on Monday.\n\n"
        "They turned back a group of Russian cyclists at Salla on Tuesday."
    )
    last = extract_events(text, _PUBLISHED)[-1]
    assert "FIN" in last.actors
