"""Rules of rules-2.54, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a sentence with no party, no date and no place of its own goes on with the latest event also when it is in
a later paragraph (rules-2.51 took only the same paragraph), and a second event on a country alone joins the latest
event as more of it in a later paragraph too (rules-2.52 took only the same paragraph); neither makes a sentence that
tells no happening an event."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 10, 4)
_QUAY = "Construction of a new quay in Kirkenes began in March, according to the port authority."


def test_a_partyless_sentence_in_a_later_paragraph_goes_on_with_the_latest_event():
    text = f"{_QUAY}\n\nHarbour master Ole Hansen said the work was on schedule."
    events = extract_events(text, _PUBLISHED)
    assert [e.place for e in events] == ["Kirkenes"]
    assert "Harbour master Ole Hansen said the work was on schedule." in events[0].evidence


def test_a_second_country_only_event_in_a_later_paragraph_joins_the_latest_event():
    text = "Canada's military tracked two Russian bombers on Sunday.\n\nCanadian fighters escorted the bombers away on Monday."
    events = extract_events(text, _PUBLISHED)
    assert len(events) == 1 and "Canadian fighters escorted the bombers" in events[0].evidence


def test_a_description_in_a_later_paragraph_is_still_no_event():
    text = f"{_QUAY}\n\nThe quay is 200 metres long."
    assert all("200 metres" not in e.evidence for e in extract_events(text, _PUBLISHED))
