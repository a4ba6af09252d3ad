"""Rules of rules-2.52, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): "this morning", "this afternoon" and "this evening" date a happening to the publication day and "last
night" to the day before; a second event on a country alone, in the paragraph of the event before it, is no event of its
own (the article keeps one) but tells more of that event: its sentence joins that event's evidence instead of being
dropped. (rules-2.54 lets such an event join the latest event in a later paragraph too.)"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events import extract_events

_PUBLISHED = date(2024, 5, 8)


@pytest.mark.parametrize(
    ("text", "place", "when"),
    [
        ("The plane landed in Longyearbyen late last night with two patients on board.", "Longyearbyen",
         date(2024, 5, 7)),
        ("This afternoon the King will open the new town hall in Kiruna.", "Kiruna", date(2024, 5, 8)),
        ("The ferry left Torshavn this morning for Hirtshals.", "Tórshavn", date(2024, 5, 8)),
    ],
)  # fmt: skip
def test_parts_of_the_day_date_a_happening(text, place, when):
    assert [(e.place, e.event_date) for e in extract_events(text, _PUBLISHED)] == [(place, when)]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Canada's military tracked two Russian bombers on Sunday. Canadian fighters escorted the bombers away on "
            "Monday.",
            "Canadian fighters escorted the bombers away on Monday.",
        ),
        (
            "Norwegian police arrested two men on Friday. Norwegian prosecutors charged them with espionage on "
            "Saturday.",
            "Norwegian prosecutors charged them with espionage on Saturday.",
        ),
    ],
)
def test_a_second_country_only_event_joins_the_evidence_of_its_paragraphs_event(text, second):
    events = extract_events(text, _PUBLISHED)
    assert len(events) == 1 and events[0].geo_precision == "country"
    assert second in events[0].evidence


def test_a_second_country_only_event_in_another_paragraph_joins_it_since_rules_254():
    # rules-2.52 dropped it; rules-2.54 lets it tell more of the latest event in a later paragraph too.
    text = (
        "Norwegian police arrested two men on Friday.\n\nNorwegian prosecutors charged them with espionage on Saturday."
    )
    events = extract_events(text, _PUBLISHED)
    assert len(events) == 1 and "prosecutors" in events[0].evidence
