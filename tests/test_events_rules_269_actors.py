"""Event actors named again after their introduction, through :func:`extract_events` on short articles written for
them (none is a sentence of an article set): a company by the first words of its name or as "the company", a company
by the city it is based in, "It" opening a sentence as the subject of the sentence before, and the party that took a
land in a clause naming only the land."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2022, 3, 25)


def _actors_saying(words: str, text: str) -> list[tuple[str, ...]]:
    return [event.actors for event in extract_events(text, _PUBLISHED) if words in event.evidence]


def test_a_company_named_again_short_or_as_the_company_is_its_states():
    text = (
        "STOCKHOLM - The government on Tuesday granted a mining permit to the British company Tundra Mining.\n\n"
        "Tundra first applied for the permit in 2014, and Swedish police removed protesters from the site that summer.\n\n"
        "In March the company stopped buying Russian coal."
    )
    assert all("GBR" in actors for actors in _actors_saying("Tundra first", text))
    assert all("GBR" in actors for actors in _actors_saying("In March", text))


def test_a_company_named_by_its_home_city_is_that_citys_states_when_named_again():
    text = (
        "BEIJING - Shandong Gold agreed in May 2020 to buy Toronto-based Ikkuma for C$230 million.\n\n"
        "Ikkuma shareholders approved the sale in June 2020, a month after Chinese regulators had cleared it."
    )
    assert "CAN" in _actors_saying("shareholders", text)[0]


def test_it_opening_a_sentence_with_a_past_verb_is_the_subject_before():
    text = (
        "SEOUL - South Korea has been seeking a bigger role in the region for a decade.\n\n"
        "It joined the Arctic Council as an observer in May 2013 at a ministerial meeting in Kiruna, Sweden."
    )
    assert "KOR" in _actors_saying("It joined", text)[0]


def test_the_party_that_took_a_land_is_a_party_to_its_clause():
    text = (
        "WASHINGTON - The president announced new sanctions on Friday against Moscow over its invasion of Ukraine on "
        "Feb. 24."
    )
    invasion = [e for e in extract_events(text, _PUBLISHED) if e.event_date == date(2022, 2, 24)]
    assert invasion and "RUS" in invasion[0].actors
