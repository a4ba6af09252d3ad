"""Rules of rules-2.92 (ownday92), through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): the current week or month told in the past just after a month turns lies mostly in the
month before ("declared a state of emergency this week" in a Thursday, August 1 story is July's; "the deal reached
earlier this month" in a December 1 story is November's), while a plan for this week keeps the publication's month."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events


def _month(event) -> tuple[int, int]:
    return event.event_date.year, event.event_date.month


def test_this_week_told_in_the_past_on_the_first_is_the_previous_month():
    text = "The governor of Yakutia declared a state of emergency in three districts this week."
    event = extract_events(text, date(2019, 8, 1))[0]  # a Thursday: Monday to Wednesday were in July
    assert (_month(event), event.date_precision) == ((2019, 7), "month")


def test_earlier_this_month_on_the_first_is_the_previous_month():
    text = "Norway's parliament approved the new fishing quota for the Barents Sea earlier this month."
    event = extract_events(text, date(2023, 12, 1))[0]
    assert _month(event) == (2023, 11)


def test_this_month_told_in_the_past_on_the_first_is_the_previous_month():
    text = "Wildfires burned two million hectares of forest in Siberia this month, officials in Krasnoyarsk said."
    event = extract_events(text, date(2021, 9, 1))[0]
    assert _month(event) == (2021, 8)


def test_earlier_in_the_week_mostly_in_the_previous_month_is_that_month_but_a_plan_is_not():
    published = date(2022, 6, 2)  # a Thursday: Monday and Tuesday were in May
    text = "Finnish border guards turned back two Russian trawlers earlier in the week."
    assert _month(extract_events(text, published)[0]) == (2022, 5)
    text = "The foreign ministers of the Nordic states will meet in Reykjavik this week."
    assert _month(extract_events(text, published)[0]) == (2022, 6)


def test_hours_after_the_storys_happening_is_the_ledes_day_not_the_day_named_last():
    text = (
        "TROMSO - A landslide swept four cabins into the sea near Skjervoy on Wednesday.\n\n"
        "The county's geologists inspected the slope on Thursday.\n\n"
        "In the hours after the slide, police evacuated twelve houses in Skjervoy."
    )
    last = extract_events(text, date(2020, 6, 5))[-1]  # a Friday
    assert "evacuated" in last.evidence
    assert last.event_date == date(2020, 6, 3)


def test_shortly_after_another_happening_is_the_ledes_day():
    text = (
        "Two Russian bombers flew near the Aleutian Islands on Tuesday, NORAD said.\n\n"
        "In May, China and Russia held a naval exercise in the Sea of Japan.\n\n"
        "The flights came shortly after the two navies held another round of joint patrols off Alaska."
    )
    last = extract_events(text, date(2024, 7, 25))[-1]  # a Thursday
    assert "flights came" in last.evidence
    assert (last.event_date, last.date_precision) == (date(2024, 7, 23), "day")
