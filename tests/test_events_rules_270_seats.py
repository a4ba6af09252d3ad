"""Rules of rules-2.70 (seats), through :func:`extract_events` on short articles written for them (none is a sentence
of an article set): a company's doings, or a state's people named by a demonym, in a story about a land with a
government of its own (Alaska, Nunavut) are not its state's acts at the seat of government; a dateline's town named
again where the ship goes or leaves is the sentence's place; "its home port" is the place the voyage was told to
have left; "Arctic" naming a class of patrol ships is no place."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 10, 8)


def test_a_company_buying_in_a_story_about_a_territory_is_not_at_the_capital():
    text = "Heavy snow closed roads across Nunavut on Monday.\n\nAgnico Eagle bought the gold mine in 2019."
    assert [event.place for event in extract_events(text, _PUBLISHED)] == ["Nunavut", "Nunavut"]


def test_a_demonym_is_not_its_state_acting_at_the_seat():
    text = (
        "Fighter jets intercepted two bombers over Alaska on Monday.\n\n"
        "A Russian pilot flew within a few metres of an F-16 in September."
    )
    assert "Moscow" not in [event.place for event in extract_events(text, _PUBLISHED)]


def test_the_dateline_town_sailed_into_is_the_place():
    text = "HALIFAX - HMCS Margaret Brooke sailed into Halifax on Tuesday after four months in the Northwest Passage."
    assert extract_events(text, _PUBLISHED)[0].place == "Halifax"


def test_the_dateline_town_left_is_the_place():
    text = "TROMSO - The cargo ship was free to leave Tromso on Friday after police searched it in the Barents Sea."
    assert extract_events(text, _PUBLISHED)[0].place == "Tromsø"


def test_its_home_port_is_the_place_the_voyage_left():
    text = (
        "ESQUIMALT - HMCS Max Bernays sailed into Esquimalt on Monday, three months after leaving Halifax on a voyage "
        "through the Northwest Passage.\n\nThe Arctic and Offshore Patrol Ship left its home port on 5 July."
    )
    events = extract_events(text, _PUBLISHED)
    assert [(event.place, event.event_date) for event in events] == [
        ("Esquimalt", date(2024, 10, 7)),
        ("Halifax", date(2024, 7, 5)),
    ]
