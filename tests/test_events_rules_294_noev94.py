"""Rules of session 44's noev94 round, through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): a plan told in the present with "hopes/aims/wants/seeks/vows/pledges/promises/proposes
to" is a happening's verb as "plans/expects/intends to" is (an event with a date or a place of its own), and its date
lies ahead of the story's day."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2019, 5, 30)


def test_a_town_hoping_to_open_something_next_year_is_an_event_there():
    events = extract_events("The municipality of Hammerfest hopes to open a new quay next year.", _PUBLISHED)
    assert [(e.place, e.event_date, e.date_precision) for e in events] == [("Hammerfest", date(2020, 1, 1), "year")]


def test_a_council_aiming_to_finish_a_building_is_an_event():
    events = extract_events("The town council of Vadsø aims to finish the new school next year.", _PUBLISHED)
    assert [(e.place, e.actors) for e in events] == [("Vadsø", ("NOR",))]


def test_a_pledge_dated_by_a_bare_month_lies_ahead():
    events = extract_events("The council in Bodø pledges to finish the new library in August.", _PUBLISHED)
    assert [(e.place, e.event_date, e.date_precision) for e in events] == [("Bodø", date(2019, 8, 1), "month")]
