"""Rules of carried91, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a national legislature by its common noun ("parliament", Canada's "Senate") voting or deciding in a
sentence that names no place votes at the seat of government of the state whose legislature the story tells (the
dateline capital's, else the state whose parliament the article names), not at the town the story is filed from; and
what a decree or a law told as signed made ("Under a law signed in December, ...") is made at the story's state's
seat."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2023, 3, 10)


def _place_of(text: str, words: str) -> str:
    return next(event.place for event in extract_events(text, _PUBLISHED) if words in event.evidence)


def test_parliament_voting_in_a_story_from_a_town_votes_at_the_capital():
    text = (
        "KAJAANI, Finland -- Work on a fence along the eastern border near Kajaani began on Monday.\n\n"
        "On Tuesday parliament approved the funding by 150 votes to 20."
    )
    assert _place_of(text, "parliament approved") == "Helsinki"


def test_the_parliament_named_earlier_is_the_one_whose_committee_backs_a_deal():
    text = (
        "The Norwegian parliament on Thursday approved a deal with the United States, signed in Washington in May.\n\n"
        "Last week, the parliament's defence committee unanimously backed the deal."
    )
    assert _place_of(text, "committee unanimously backed") == "Oslo"


def test_the_senate_in_a_story_on_canada_is_canadas():
    text = (
        "IQALUIT, Nunavut -- A federal law on Inuit languages took effect in Nunavut on Monday.\n\n"
        "The Senate passed the bill last Thursday, days before senators rose for the summer."
    )
    assert _place_of(text, "The Senate passed") == "Ottawa"


def test_parliament_voting_is_its_states_act():
    text = (
        "HELSINKI -- Finland's ambassador handed over the country's application at the alliance's headquarters "
        "in Brussels on Wednesday.\n\n"
        "On Monday parliament approved the application by 180 votes to 9."
    )
    event = next(e for e in extract_events(text, _PUBLISHED) if "parliament approved" in e.evidence)
    assert event.actors[0] == "FIN"
    assert event.place == "Helsinki"


def test_what_a_decree_or_a_signed_law_made_is_made_at_the_seat():
    text = (
        "MURMANSK -- A new port authority for the Kola Bay began work in Murmansk on Monday.\n\n"
        "Under a law signed in December, the state shipping agency became the operator of the bay's terminals.\n\n"
        "The borders of the bay's port zone were set out in a presidential decree in May 2019."
    )
    places = {e.evidence[:20]: e.place for e in extract_events(text, _PUBLISHED)}
    assert places["Under a law signed i"] == "Moscow"
    assert places["The borders of the b"] == "Moscow"
