"""Rules of rules-2.53, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a sentence whose only sign of a happening is its verb, naming no place and no date, goes on with the story
also when it opens a paragraph of its own (up to rules-2.52 only in the paragraph of the event before it): it folds into
that event or is an event at the story's place and day. One naming a country alone is still background."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events import extract_events

_PUBLISHED = date(2024, 5, 8)


@pytest.mark.parametrize(
    ("text", "follow_up"),
    [
        (
            "The trawler Polar Star ran aground off Vardo on Tuesday.\n\nAll nine of its crew were lifted to safety.",
            "All nine of its crew were lifted to safety.",
        ),
        (
            "Fire broke out at the sawmill in Kemi on Monday.\n\nThe workers were sent home.",
            "The workers were sent home.",
        ),
    ],
)
def test_a_verb_alone_in_a_new_paragraph_goes_on_with_the_story(text, follow_up):
    events = extract_events(text, _PUBLISHED)
    assert any(follow_up in e.evidence for e in events)


def test_a_verb_alone_naming_a_country_is_still_background():
    text = "The trawler Polar Star ran aground off Vardo on Tuesday.\n\nNorway was shaken by the news."
    assert all("shaken" not in e.evidence for e in extract_events(text, _PUBLISHED))
