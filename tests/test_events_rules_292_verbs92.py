"""Rules of rules-2.92, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): happenings that news English tells without a trigger word and in a verb form the happening-verb test
did not know: "called" with its object ("called him a liar"), a schedule told in the present by a phrase ("takes
over ... on 1 July", "enters into force"), "died", an "-ed" form on a stem too short for the "-ed" test, and
irregular past tenses ("hit", "sped", "caught")."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 3, 12)


def _places(text: str) -> dict[str, str | None]:
    return {event.evidence: event.place for event in extract_events(text, _PUBLISHED)}


def test_called_with_a_pronoun_or_an_article_is_a_happening():
    text = (
        "FAIRBANKS - Alaska's governor vetoed the school funding bill on Friday.\n\n"
        "At a rally in Fairbanks on Saturday, the governor called him a liar."
    )
    assert _places(text).get("At a rally in Fairbanks on Saturday, the governor called him a liar.") == "Fairbanks"


def test_a_schedule_told_in_the_present_by_a_phrase_is_a_happening():
    text = (
        "HELSINKI - The Finnish government met on Monday.\n\n"
        "Finland takes over the rotating presidency of the Nordic Council of Ministers on 1 July."
    )
    last = extract_events(text, _PUBLISHED)[-1]
    assert last.evidence.startswith("Finland takes over") and last.event_date == date(2024, 7, 1)


def test_died_is_a_happening_verb():
    text = (
        "HAMMERFEST - Rescuers searched the Barents Sea on Monday after a fishing boat capsized.\n\n"
        "Two of its crew died off Sørøya on Sunday evening."
    )
    assert _places(text).get("Two of its crew died off Sørøya on Sunday evening.") == "Sørøya"


def test_an_irregular_past_tense_is_a_happening_verb():
    text = (
        "VARDØ - The harbour was closed to traffic on Monday.\n\n"
        "A storm hit Vardø on Saturday night.\n\n"
        "A Russian trawler sped past Kirkenes on Sunday."
    )
    places = _places(text)
    assert places.get("A storm hit Vardø on Saturday night.") == "Vardø"
    assert places.get("A Russian trawler sped past Kirkenes on Sunday.") == "Kirkenes"


def test_a_sentence_told_in_an_irregular_past_is_a_happening_of_its_own():
    # "caught" is a past tense the happening-word test knew only as an "-ed" form would be: without it the sentence was
    # read as background and folded into the lede.
    text = "OSLO - Norway's government met on Monday.\n\nThe coast guard caught a Russian trawler near Vardø."
    assert "The coast guard caught a Russian trawler near Vardø." in {
        e.evidence for e in extract_events(text, _PUBLISHED)
    }
