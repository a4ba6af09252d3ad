"""Rules of rules-2.90 (carried90), through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): a national office taken up or left, with no place named, is at the state's seat of
government, even in a story filed from or set in a town."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 6, 14)


def test_a_minister_resigning_in_a_story_filed_from_a_town_is_at_the_capital():
    text = "TROMSO -- Kari Hansen resigned as Norway's minister of fisheries on Thursday after a row over quotas."
    assert extract_events(text, _PUBLISHED)[0].place == "Oslo"


def test_a_prime_minister_sworn_in_told_in_a_story_at_a_town_is_at_the_capital():
    text = (
        "Prime Minister Mark Carney visited Iqaluit on Tuesday to meet Inuit leaders.\n\n"
        "Carney was sworn in as prime minister on 14 March."
    )
    assert extract_events(text, _PUBLISHED)[-1].place == "Ottawa"


def test_a_prime_minister_stepping_down_in_a_story_at_a_mine_town_is_at_the_capital():
    text = (
        "KIRUNA -- The mining company LKAB opened a new shaft on Monday.\n\n"
        "Eva Lind stepped down as prime minister in March 2023."
    )
    assert extract_events(text, _PUBLISHED)[-1].place == "Stockholm"


def test_becoming_a_minister_in_a_story_at_a_town_is_at_the_capital():
    text = (
        "BODO -- Per Dahl opened the new fish landing hall in Bodo on Monday.\n\n"
        "Dahl became minister of fisheries in October 2021."
    )
    assert extract_events(text, _PUBLISHED)[-1].place == "Oslo"


def test_a_past_government_named_by_its_head_acts_at_the_capital():
    text = (
        "KIRUNA -- The mining company LKAB opened a new shaft on Monday.\n\n"
        "The shaft replaces one that the government of Prime Minister Eva Lind approved in 2015."
    )
    assert extract_events(text, _PUBLISHED)[-1].place == "Stockholm"


def test_congress_opening_an_area_told_in_a_story_at_a_town_is_at_washington():
    text = (
        "KODIAK -- Fishermen met in Kodiak on Monday to discuss the salmon season.\n\n"
        "Congress opened the coastal plain of the Arctic National Wildlife Refuge to drilling in December 2017."
    )
    assert extract_events(text, _PUBLISHED)[-1].place == "Washington, D.C."
