"""Rules of rules-2.71 (place ranking when a sentence names several places), through :func:`extract_events` on short
articles written for them (none is a sentence of an article set): a place named only after "from" is a home or a
starting point, not where it happened when the sentence puts another place after a locative; and of places named
together ("A and B"), the date rule picks the first, not the one nearest the date; a lawmaker's home town ("a
Kodiak Republican") is no place of the happening."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 5, 1)


def test_soldiers_from_a_town_act_where_the_sentence_puts_them():
    text = (
        "In April 2019 marines from Bodø and Harstad, joined by soldiers from Finland, jumped onto a drifting ice "
        "floe near the North Pole."
    )
    assert extract_events(text, _PUBLISHED)[0].place == "North Pole"


def test_a_trip_to_two_capitals_on_a_day_is_at_the_first_named():
    text = "The prime minister's first foreign trip took him to Oslo and Stockholm on Tuesday."
    assert extract_events(text, _PUBLISHED)[0].place == "Oslo"


def test_two_towns_bidding_together_in_a_year_are_at_the_first_named():
    text = "Kirkenes and Vadsø first bid together in 2010 for the winter festival, which went instead to Alta."
    assert extract_events(text, _PUBLISHED)[0].place == "Kirkenes"


def test_a_lawmakers_home_town_is_not_where_he_spoke():
    text = (
        "JUNEAU - The Alaska House passed the budget bill on Monday.\n\n"
        "Senate President Gary Stevens, a Kodiak Republican, said on Tuesday that the Senate would take it up next week."
    )
    assert "Kodiak" not in [event.place for event in extract_events(text, _PUBLISHED)]
