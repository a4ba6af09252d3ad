"""Rules of rules-2.51, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a follow-up sentence with no place and no date of its own is at the story's main place, not at the place
the sentence before named last; a sentence with no party, no date and no place of its own, right after an event in the
same paragraph, goes on with that event (its evidence) instead of being dropped; a site's kind between a place and the
area after it ("the Pikka field on the North Slope") does not keep the area from only saying where the place lies."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events import extract_events

_PUBLISHED = date(2024, 10, 4)


def test_a_follow_up_with_no_place_or_date_is_at_the_story_main_place():
    text = (
        "The icebreaker Sibir reached Murmansk on Thursday, two weeks after it left Saint Petersburg. It was escorted "
        "across the Baltic Sea on Thursday by two tugs.\n\nA welcome ceremony was held on the pier after the mooring."
    )
    ceremony = [e for e in extract_events(text, _PUBLISHED) if e.evidence.startswith("A welcome ceremony")]
    assert [(e.place, e.event_date) for e in ceremony] == [("Murmansk", date(2024, 10, 3))]


@pytest.mark.parametrize(
    ("text", "place", "comment"),
    [
        (
            "Construction of a new quay in Kirkenes began in March, according to the port authority. Harbour master "
            "Ole Hansen said the work was on schedule.",
            "Kirkenes",
            "Harbour master Ole Hansen said the work was on schedule.",
        ),
        (
            "Work on the new runway in Nuuk started in June, according to the airport company. Project manager Lars "
            "Berg said the paving was on time.",
            "Nuuk",
            "Project manager Lars Berg said the paving was on time.",
        ),
    ],
)
def test_a_partyless_undated_placeless_sentence_goes_on_with_the_event_before_it(text, place, comment):
    events = extract_events(text, _PUBLISHED)
    assert [e.place for e in events] == [place]
    assert comment in events[0].evidence


def test_a_sentence_telling_no_happening_does_not_go_on_with_the_event_before_it():
    # A description ("is 200 metres long") is background, in the event's paragraph or after it. (Up to rules-2.52 this
    # test held "It rained." in a new paragraph out; rules-2.53 lets a verb alone go on with the story there.)
    quay = "Construction of a new quay in Kirkenes began in March, according to the port authority."
    for text in (f"{quay} The quay is 200 metres long.", f"{quay}\n\nThe quay is 200 metres long."):
        assert all("200 metres" not in e.evidence for e in extract_events(text, _PUBLISHED))


def test_a_site_kind_between_a_place_and_its_area_keeps_the_place():
    text = "Drilling at the Pikka field on the North Slope began in August, according to the operator."
    assert [e.place for e in extract_events(text, _PUBLISHED)] == ["Pikka"]
