"""Rules of rules-2.61, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): what the article memory must not learn as a party's second name. A word that opens a sentence before its
subject ("Meanwhile, the Arctic Council ..."), a number ("Seven of the Arctic Council's eight members") and another
party of a list ("Canada, the European Union, the United States") are no names, nor is a person named after a visitor's
irregular past-tense verb ("Blinken saw Mayor Dagur Eggertsson") the visitor's; so later sentences that use such a name
do not gain a party they never named."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2021, 5, 20)


def _last_actors(text: str) -> list[str]:
    return sorted(extract_events(text, _PUBLISHED)[-1].actors)


def test_a_sentence_opener_is_no_name_of_the_subject_after_it():
    text = (
        "Norway hosted the Arctic Council's senior officials in Tromso on Monday.\n\n"
        "Meanwhile, the Arctic Council postponed its working group meetings.\n\n"
        "Meanwhile, Sweden sent two Gripen jets to Kiruna on Wednesday."
    )
    assert _last_actors(text) == ["SWE"]


def test_a_number_is_no_name_of_the_body_it_counts():
    text = (
        "Seven of the Arctic Council's eight members paused their work in Tromso on Monday.\n\n"
        "Norway said on Tuesday that Seven Islands Shipping had moved its office to Kirkenes."
    )
    assert _last_actors(text) == ["NOR"]


def test_a_party_of_a_list_is_no_name_of_the_next_party():
    text = (
        "The agreement was signed by Canada, the European Union, the United States and Japan in Ilulissat on Monday.\n\n"
        "The European Union said in Brussels on Tuesday that the Union would ratify the deal."
    )
    assert _last_actors(text) == ["EU"]


def test_a_name_in_apposition_to_its_own_party_is_still_learnt():
    text = (
        "Novatek, the Russian gas producer, loaded its first cargo at Sabetta on Monday.\n\n"
        "Novatek said on Tuesday that a second tanker would leave Sabetta in June."
    )
    assert "RUS" in _last_actors(text)


def test_a_person_met_is_not_of_the_state_of_the_person_who_met_them():
    # "saw" is a past tense without "-ed": the name after it is the object, not the visitor's own.
    text = (
        "U.S. Secretary of State Antony Blinken arrived in Reykjavik on Monday, where Blinken saw Mayor Dagur "
        "Eggertsson.\n\n"
        "Eggertsson said on Tuesday that Reykjavik would host the next meeting in Harpa."
    )
    assert "USA" not in _last_actors(text)
