"""Rules of the events78 round, through :func:`extract_events` on short texts written for them (none is a sentence of
an article set): a happening told with no trigger word is still an event when its verb is a schedule in the present
("takes place in Bodø on 16 May", "opens on 1 September") or an irregular past form ("fled", "kept") and the sentence
has a date or a place of its own."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 5, 2)


def test_a_gathering_that_takes_place_on_a_day_is_an_event():
    events = extract_events("The annual conference takes place in Bodø on 16 May.", _PUBLISHED)
    assert [(e.place, e.event_date) for e in events] == [("Bodø", date(2024, 5, 16))]


def test_a_season_that_opens_on_a_day_is_an_event():
    events = extract_events("The hunting season opens on 1 September in Nuuk.", _PUBLISHED)
    assert [(e.place, e.event_date) for e in events] == [("Nuuk", date(2024, 9, 1))]


def test_people_who_fled_a_town_are_an_event_there():
    events = extract_events("Residents fled Grindavík on Friday night.", _PUBLISHED)
    assert [(e.place, e.event_date) for e in events] == [("Grindavík", date(2024, 4, 26))]


def test_a_watch_kept_on_a_day_is_an_event():
    events = extract_events("Villagers in Kivalina kept watch over the river on Monday.", _PUBLISHED)
    assert [(e.place, e.event_date) for e in events] == [("Kivalina", date(2024, 4, 29))]
