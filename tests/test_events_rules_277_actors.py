"""Rules of rules-2.77 on actors, through :func:`extract_events` on short articles written for them (none is a sentence
of an article set): "National Defence" names Canada's department, but a "Ministry of National Defence" is another
state's (China's, Poland's), named by the words before it."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 9, 30)


def test_a_ministry_of_national_defence_is_not_canada():
    text = "In Beijing, China's Ministry of National Defence said its bombers flew over the Bering Sea on Tuesday."
    assert {event.actors for event in extract_events(text, _PUBLISHED)} == {("CHN",)}


def test_the_department_of_national_defence_is_canada():
    text = "OTTAWA - The Department of National Defence said two CF-18s escorted the bombers on Tuesday."
    assert extract_events(text, _PUBLISHED)[0].actors == ("CAN",)
