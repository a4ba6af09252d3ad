"""Rules of rules-2.74 on happenings with no trigger word of their own, through :func:`extract_events` on short
articles written for them (none is a sentence of an article set): a plan told with "should" and its own date, a bare
participle with its own day, the verbs news uses for a ship lost or a penalty fought; and a second sentence that
falls back on the story's place is folded into the event it repeats, not dropped."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 5, 1)


def test_a_plan_told_with_should_and_a_date_is_an_event():
    text = (
        "Total signed the deal with Novatek in Moscow on Thursday.\n\n"
        "The sale of the stake should close by the end of March next year."
    )
    assert date(2025, 3, 1) in [event.event_date for event in extract_events(text, _PUBLISHED)]


def test_a_bare_participle_with_its_own_day_is_an_event():
    text = (
        "NASA released two satellite photographs of the Ok glacier in Iceland on Monday.\n\n"
        "The first, taken on September 14, 1986, shows a white cap of ice."
    )
    assert date(1986, 9, 14) in [event.event_date for event in extract_events(text, _PUBLISHED)]


def test_a_ship_that_capsized_or_sank_is_a_shipping_event():
    capsized = "The Norwegian Coast Guard said on Monday that a Russian trawler had capsized off Vardø."
    sank = "A Russian fishing trawler sank off Vardø on Monday."
    assert [extract_events(text, _PUBLISHED)[0].category for text in (capsized, sank)] == ["shipping", "shipping"]


def test_contesting_a_penalty_is_a_legal_event():
    text = "Nornickel is contesting the calculation of the damages at the arbitration court in Krasnoyarsk."
    assert extract_events(text, _PUBLISHED)[0].trigger == "contesting"


def test_a_second_comment_on_the_storys_place_is_folded_into_the_event_it_repeats():
    text = (
        "Three Russian submarines surfaced through the ice near Alexandra Land on Friday, the Navy said.\n\n"
        "The exercise has been under way since March 20 around Franz Josef Land.\n\n"
        "Sailors of the Northern Fleet are taking part alongside the submarine crews.\n\n"
        "Two interceptors flew to the North Pole during the exercise on March 22.\n\n"
        "Admiral Nikolai Yevmenov said the Navy would keep training in the far north."
    )
    events = extract_events(text, date(2021, 3, 26))
    assert any("keep training in the far north" in event.evidence for event in events)
