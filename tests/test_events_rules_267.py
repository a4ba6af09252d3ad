"""Rules of rules-2.67, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): the Norwegian, Icelandic and Swedish coast guards' and navies' hull prefixes ("KV", "NoCGV", "ICGV",
"HSwMS") introduce a ship, whose name is often a place's ("KV Svalbard", "KV Nordkapp"): the ship is no place, and it
is its state's."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2023, 1, 20)


def test_a_coast_guard_ship_named_after_a_place_is_not_that_place():
    text = (
        "TROMSO - The Norwegian Coast Guard said on Friday that it had stopped a Russian trawler in the Barents Sea.\n\n"
        "KV Nordkapp escorted the trawler north on Sunday."
    )
    last = extract_events(text, _PUBLISHED)[-1]
    assert last.place != "North Cape"


def test_a_ship_named_by_its_prefix_is_its_states():
    text = "ICGV Thor towed the disabled cargo ship north on Monday."
    assert extract_events(text, _PUBLISHED)[0].actors == ("ISL",)


def test_a_hull_prefix_before_a_place_name_hides_the_place_for_the_article():
    text = (
        "OSLO - Inspectors from the coast guard vessel KV Svalbard boarded a Latvian trawler on Monday.\n\n"
        "KV Svalbard then sailed north on Tuesday."
    )
    assert "Svalbard" not in [event.place for event in extract_events(text, _PUBLISHED)]
