"""Rules of rules-2.57, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): the day a span of days began, told after the day the story is about, does not become the day that later
undated sentences share."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 10, 5)  # a Saturday

_EXERCISE = (
    "MURMANSK -- Russia's Northern Fleet finished four days of exercises in the Barents Sea on Friday with a series "
    "of missile launches.\n\n"
    "The exercise started on Tuesday and involved 40 warships and 8,000 sailors, the Defence Ministry said.\n\n"
    "A submarine fired a cruise missile at a target on Novaya Zemlya."
)


def _dates(text: str) -> list[str]:
    return [e.event_date.isoformat() for e in extract_events(text, _PUBLISHED)]


def test_the_day_a_span_began_is_not_the_story_day():
    dates = _dates(_EXERCISE)
    assert dates[1] == "2024-10-01"  # the start keeps its own day
    assert dates[-1] == "2024-10-04"  # the launch is the story's Friday


def test_a_later_day_still_moves_the_story_day():
    text = _EXERCISE.replace("The exercise started on Tuesday", "The exercise was extended on Saturday")
    assert _dates(text)[-1] == "2024-10-05"
