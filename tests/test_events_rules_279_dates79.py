"""Rules of rules-2.79 (helper dates79), through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): a date that only gives a record's baseline or a comparison ("the highest since 1980",
"no bigger flood since 1953", "larger than the spill off Alaska in 1989") is no date of the story's happenings, so
the past happenings told after it with no date of their own keep the last date a happening was told on; "That year"
right after it still means the year named. Nor is the day of what would have been ("would probably have been in use
two days earlier") a day of the story."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 5, 2)


def _last(text: str):
    return extract_events(text, _PUBLISHED)[-1]


def test_a_records_baseline_is_not_the_date_the_story_goes_on_in():
    text = (
        "On March 3, 2023, a rockslide crashed into the fjord near Uummannaq.\n\n"
        "The wave it raised was the highest recorded in Greenland since 1980.\n\n"
        "The wave destroyed a hunting cabin on Salliaruseq island."
    )
    assert _last(text).event_date == date(2023, 3, 3)


def test_no_greater_happening_since_a_year_is_a_baseline_too():
    text = (
        "In October 2022, a storm surge flooded the harbour of Hammerfest.\n\n"
        "The town had seen no bigger flood since 1953.\n\n"
        "The water swept away several boats moored at the quay."
    )
    assert _last(text).event_date.year == 2022


def test_the_other_side_of_a_comparison_is_a_baseline():
    text = (
        "On June 9, 2023, a tanker ran aground off Hammerfest.\n\n"
        "The spill was larger than the one off Alaska in 1989.\n\n"
        "Oil reached the beaches of Soroya island."
    )
    assert _last(text).event_date == date(2023, 6, 9)


def test_the_day_of_what_would_have_been_is_no_day_of_the_story():
    text = (
        "A landslide destroyed eight cabins near Alta in Norway on Wednesday.\n\n"
        "Many of the cabins would probably have been in use two days earlier, over the long holiday weekend.\n\n"
        "Geologists from Trondheim inspected the slope."
    )
    assert _last(text).event_date == date(2024, 5, 1)
