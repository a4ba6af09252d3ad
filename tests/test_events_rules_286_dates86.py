"""Rules of rules-2.86, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a sentence with no date of its own whose subject lists several parties ("The airline, the police and
the accident board have opened investigations") tells its news in the present perfect, as of the report's day, like
one with a single subject; it does not take the day of the happening the lede told."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events
from dashboard.events.extraction.tense import told_as_of_now

_PUBLISHED = date(2021, 3, 12)


def test_a_listed_subject_in_the_present_perfect_is_told_as_of_now():
    assert told_as_of_now("Statoil, the Troms police and the Coastal Administration have opened investigations.")
    assert told_as_of_now("Iceland, Norway and Denmark have all signed the declaration.")


def test_a_listed_subjects_investigation_is_dated_by_the_report():
    text = (
        "A fire broke out at a fish plant in Vardø on Monday.\n\n"
        "The plant's owner, the Finnmark police and the Labour Inspection Authority have all opened investigations."
    )
    last = extract_events(text, _PUBLISHED)[-1]
    assert last.event_date == _PUBLISHED


def test_states_listed_as_a_subject_react_on_the_report_day():
    text = (
        "Russia fired a hypersonic missile from a frigate in the Barents Sea on Tuesday.\n\n"
        "Norway, Finland and Sweden have condemned the test as a threat to regional security."
    )
    last = extract_events(text, _PUBLISHED)[-1]
    assert last.event_date == _PUBLISHED
