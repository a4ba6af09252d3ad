"""Rules of rules-2.76 on the story's day (carry76), through :func:`extract_events` on short articles written for them
(none is a sentence of an article set): a sentence dated by a recent day that tells a further happening on a later
day ("made landfall on Monday night, and the water rose through the night and into Tuesday") has moved the story on
to that later day, which the sentences after it that name no date of their own share."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 10, 18)  # a Friday


def _dates(text: str) -> list[date]:
    return [event.event_date for event in extract_events(text, _PUBLISHED)]


def test_a_dateless_sentence_after_into_a_later_day_takes_the_later_day():
    text = (
        "Typhoon Halong made landfall near Kipnuk on Monday night, and the water at Bethel rose through the night and "
        "into Tuesday, peaking about eight feet above the high tide line.\n\n"
        "In Napakiak, several homes were flooded and knocked off their foundations."
    )
    assert _dates(text)[-1] == date(2024, 10, 15)


def test_the_later_day_carries_over_more_than_one_sentence():
    text = (
        "Typhoon Halong made landfall near Kipnuk on Monday night, and the water at Bethel rose through the night and "
        "into Tuesday, peaking about eight feet above the high tide line.\n\n"
        "In Napakiak, several homes were flooded and knocked off their foundations.\n\n"
        "In Kwigillingok, the surge damaged boardwalks and fuel tanks."
    )
    assert _dates(text)[-2:] == [date(2024, 10, 15), date(2024, 10, 15)]


def test_a_second_day_named_in_the_sentence_moves_the_story_on():
    text = (
        "The remnants of the typhoon struck Kipnuk on Sunday, and the river at Bethel flooded on Monday.\n\n"
        "In Napakiak, several homes were flooded and knocked off their foundations."
    )
    assert _dates(text)[-1] == date(2024, 10, 14)
