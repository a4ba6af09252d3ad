"""Rules of rules-2.91 (events91), through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): a self-governing territory's home rule gained or introduced is a step of the whole
territory, over its area, and a further year the sentence gives is a step of its own, at the territory's seat; an Icelandic patronymic's initial
("Guðni Th. Jóhannesson") does not end a sentence; a force or body "has been based at" a place since a date, or "is to be
based at" one, is stationed there (a happening without a trigger word)."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 6, 12)


def test_home_rule_gained_is_over_the_territory_not_at_the_story_town():
    text = (
        "NUUK - Protesters gathered outside the parliament building in Nuuk on Tuesday.\n\n"
        "The island gained home rule from Denmark in 1979, and Greenland's Inuit Ataqatigiit party has often led it."
    )
    [event] = [e for e in extract_events(text, _PUBLISHED) if e.event_date.year == 1979]
    assert (event.place, event.geo_precision) == ("Greenland", "country")


def test_home_rule_introduced_is_over_the_territory():
    text = (
        "NUUK - Greenland's premier opened the new harbour in Nuuk on Monday.\n\n"
        "Siumut has led Greenland's government for most of the years since home rule was introduced in 1979."
    )
    [event] = [e for e in extract_events(text, _PUBLISHED) if e.event_date.year == 1979]
    assert event.place == "Greenland"


def test_home_rule_and_self_government_are_two_steps_the_second_at_the_seat():
    text = (
        "NUUK - Greenland's parliament met in Nuuk on Monday.\n\n"
        "Greenland, home to some 57,000 people, gained home rule in 1979 and wider self-government in 2009."
    )
    years = {e.event_date.year: e.place for e in extract_events(text, _PUBLISHED) if e.event_date.year < 2020}
    assert years == {1979: "Greenland", 2009: "Nuuk"}


def test_an_icelandic_patronymic_initial_does_not_end_the_sentence():
    text = "On Tuesday the US secretary of state met President Guðni Th. Jóhannesson in Reykjavík."
    [event] = extract_events(text, _PUBLISHED)
    assert event.place == "Reykjavík" and "Jóhannesson in Reykjavík" in event.evidence


def test_a_force_based_somewhere_since_a_date_is_stationed_there_then():
    text = "About 300 U.S. Marines have been based at Setermoen, an army camp in Troms, since March 2019."
    [event] = extract_events(text, _PUBLISHED)
    assert (event.place, event.event_date) == ("Setermoen", date(2019, 3, 1))


def test_a_force_to_be_based_somewhere_is_an_event_there_not_a_company_based_in_a_town():
    text = "Part of the US Marine battalion is to be based at Setermoen from next year. The supplier is based in Oslo."
    assert [event.place for event in extract_events(text, _PUBLISHED)] == ["Setermoen"]
