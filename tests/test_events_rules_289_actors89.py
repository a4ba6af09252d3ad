"""Rules of the actors89 round, through :func:`extract_events` on short articles written for them (none is a sentence
of an article set): a sentence whose definite subject names a thing the story introduced as a party's before ("The
embassy was closed in 1961." after "Canada reopened its embassy") is also about that party, not only about the
sentence just before it."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2021, 6, 10)


def test_a_definite_subject_takes_the_party_that_introduced_it_as_its_own():
    text = (
        "REYKJAVIK -- Canada reopened its embassy in Reykjavik on Wednesday, decades after it last had a mission "
        "there.\n\n"
        "British troops had occupied Iceland in May 1940.\n\n"
        "The embassy was closed in 1961."
    )
    last = extract_events(text, _PUBLISHED)[-1]
    assert last.evidence.startswith("The embassy")
    assert "CAN" in last.actors


def test_a_definite_subject_takes_the_party_named_before_it_as_an_adjective():
    text = (
        "TROMSO -- The coast guard took delivery of a new Norwegian icebreaker in Tromso on Monday.\n\n"
        "German engineers tested its engines in Hamburg in March.\n\n"
        "The new icebreaker left Tromso on its first patrol on Tuesday."
    )
    last = extract_events(text, _PUBLISHED)[-1]
    assert last.evidence.startswith("The new icebreaker")
    assert "NOR" in last.actors


def test_the_allies_are_nato():
    text = "BRUSSELS -- The allies agreed on Thursday to station more fighter jets in northern Norway next winter."
    assert "NATO" in extract_events(text, _PUBLISHED)[0].actors
