"""Rules of actdate94 (after rules-2.93), through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): a sentence that names no place, whose place would be its state alone while the article's
one country-level event is taken, was folded into the latest event and lost its own date. When it names a date of its
own and shares a party with the latest event, it is a further step of that story, at the latest event's scene. And a
day in a verbless "after" clause of a sentence told in the past ("took office after the election on 30 November") lies
before that happening, not ahead of publication; a day and month a few weeks after publication in a sentence told in
the past ("had invited the president for a state visit on September 5") is this year's, not eleven months back."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_VOTES = (
    "LEVANGER -- Erna Solberg was re-elected prime minister by the Storting on Friday, ending four months of caretaker "
    "government.\n\n"
    "The minister bought shares in a salmon farming group earlier this year.\n\n"
    "The Storting voted Solberg out on 28 September, and the President of the Storting then tried both main "
    "candidates. Labour leader Jonas Gahr Store was rejected on 10 November, and Solberg herself was voted down on "
    "12 December. Solberg is to present her cabinet on Monday."
)

_MINISTER = (
    "LEVANGER -- Per Hansen resigned as Norway's minister of fisheries on Thursday after a row over share trades.\n\n"
    "The minister bought shares in a salmon farming group earlier this year.\n\n"
    "He became minister of fisheries in October 2021, when the Labour government took office. He was previously "
    "minister of transport in Jens Stoltenberg's government from 2009 to 2012."
)


def test_a_later_dated_vote_is_an_event_at_the_scene_of_the_first():
    events = extract_events(_VOTES, date(2019, 1, 19))
    assert ("Oslo", date(2018, 12, 12)) in [(e.place, e.event_date) for e in events]


def test_the_steps_earlier_clause_is_an_event_at_the_same_scene():
    events = extract_events(_VOTES, date(2019, 1, 19))
    assert ("Oslo", date(2018, 11, 10)) in [(e.place, e.event_date) for e in events]


def test_a_step_announced_for_a_coming_day_is_an_event_of_that_day():
    events = extract_events(_VOTES, date(2019, 1, 19))
    assert ("Oslo", date(2019, 1, 21)) in [(e.place, e.event_date) for e in events]


def test_an_earlier_office_is_an_event_of_its_own_year():
    events = extract_events(_MINISTER, date(2023, 7, 14))
    assert ("Oslo", date(2009, 1, 1), "year") in [(e.place, e.event_date, e.date_precision) for e in events]
    assert [e.place for e in events].count("Norway") == 1


def test_a_day_after_which_a_past_happening_came_is_not_ahead():
    text = "The new coalition took office in Reykjavik after the election on 30 November."
    assert extract_events(text, date(2025, 7, 15))[0].event_date == date(2024, 11, 30)


def test_a_visit_invited_for_a_day_weeks_ahead_is_this_years():
    text = "King Harald had invited the president for a state visit to Oslo on September 5 and 6."
    assert extract_events(text, date(2019, 8, 22))[0].event_date == date(2019, 9, 5)


def test_a_plan_that_was_to_run_from_a_day_weeks_ahead_is_this_years():
    text = "The championships in Tromso were to run from 20 to 26 March."
    assert extract_events(text, date(2022, 3, 10))[0].event_date == date(2022, 3, 20)


def test_a_month_just_ahead_in_a_past_clause_is_this_years():
    text = "Preparations in Rovaniemi were under way for a ministerial meeting of the Arctic Council in June."
    event = extract_events(text, date(2021, 5, 12))[0]
    assert (event.event_date, event.date_precision) == (date(2021, 6, 1), "month")


def test_a_month_a_past_verb_tells_just_before_is_last_years():
    text = "The municipal council in Kiruna approved the plan in June."
    event = extract_events(text, date(2021, 5, 12))[0]
    assert (event.event_date, event.date_precision) == (date(2020, 6, 1), "month")
