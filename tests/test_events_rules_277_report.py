"""Rules of rules-2.77 on reported scenes (report77), through :func:`extract_events` on short articles written for them
(none is a sentence of an article set): a sentence that says at one place what happened at another ("In Oslo, the
ministry said its frigate sailed into the Kara Sea") tells two happenings: the statement, where it was made, and the
reported happening, at its own scene, with the same parties and date."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events
from tests.helpers import places_of

_PUBLISHED = date(2024, 7, 26)


def test_a_statement_opened_by_its_place_also_tells_the_scene():
    text = "In Beijing, China's defence ministry said on Thursday its bombers had flown a joint patrol over the Bering Sea."
    assert places_of(text, _PUBLISHED) == ["Beijing", "Bering Sea"]


def test_a_statement_said_in_a_capital_also_tells_the_scene():
    text = "Russia's defence ministry said in Moscow on Monday that its warships had exercised in the Barents Sea."
    events = extract_events(text, _PUBLISHED)
    assert [event.place for event in events] == ["Moscow", "Barents Sea"]
    assert events[1].event_date == events[0].event_date and events[1].actors == events[0].actors


def test_officials_at_a_place_report_a_happening_elsewhere():
    text = "Officials in Washington said on Friday that fighter jets had intercepted two bombers off Kodiak Island."
    assert places_of(text, _PUBLISHED) == ["Washington, D.C.", "Kodiak Island"]


def test_a_statement_told_at_a_place_tells_the_scene():
    text = (
        "The Norwegian embassy in Moscow told reporters on Friday that border guards had detained the trawler's "
        "crew in the Barents Sea."
    )
    assert places_of(text, _PUBLISHED) == ["Moscow", "Barents Sea"]
