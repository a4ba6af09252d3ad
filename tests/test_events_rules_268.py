"""Rules of rules-2.68, through :func:`extract_events` on a short article written for them (none is a sentence of an
article set): an article has one event at a country alone (issue #11), and a sentence with no place or date of its
own, put at the story's place (here the Kvanefjeld mine), does not take it. A state-wide happening after it (an
election's result, joining an alliance) is still at the country, as the annotation conventions place it."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2023, 11, 12)
_STORY = (
    "Greenland bans uranium mining, ending the Kvanefjeld mine\n\n"
    "Greenland's parliament has passed a law that reinstates the ban on uranium mining.\n\n"
    "Twelve members voted for the bill on Tuesday, November 9, and nine against.\n\n"
    "The ban puts a stop to the Kvanefjeld project in the fjords near the southern town of Narsaq. The Australian "
    "company Greenland Minerals has spent more than a decade trying to develop the deposit.\n\n"
)


def _place_of(last_paragraph: str) -> str:
    events = extract_events(_STORY + last_paragraph, _PUBLISHED)
    assert "Kvanefjeld" in [event.place for event in events]  # the sentence put at the story's place
    return next(event.place for event in events if event.evidence.startswith(last_paragraph[:30]))


def test_an_election_result_after_a_sentence_at_the_story_place_is_at_the_country():
    assert _place_of("The left-wing party Inuit Ataqatigiit won the snap election held on April 6.") == "Greenland"


def test_an_accession_after_a_sentence_at_the_story_place_is_at_the_country():
    paragraph = (
        "Denmark's government said it respected the vote, and Finland, which joined NATO in April 2023, said nothing."
    )
    assert _place_of(paragraph) == "Finland"


def test_the_article_still_has_one_event_at_a_country_alone():
    text = _STORY + (
        "The left-wing party Inuit Ataqatigiit won the snap election held on April 6.\n\n"
        "Finland joined NATO in April 2023, and Denmark's government said it respected the vote."
    )
    assert [event.geo_precision for event in extract_events(text, _PUBLISHED)].count("country") == 1
