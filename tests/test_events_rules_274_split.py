"""Rules of rules-2.74 (split74), through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): a sentence that tells two happenings at two places and two dates gives each its own
clause's place; the start of a record ("since records began in 1950") dates no happening; a clause telling again a
happening an earlier sentence told adds its sentence to that event's evidence; and a date of what was said ("he said
Norway would reach the target already this year") does not keep the sentence's other clauses from being cut."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 4, 10)


def test_the_first_clause_keeps_its_own_place_when_the_second_names_another():
    text = (
        "The foreign minister announced the plan at a press conference in Oslo on 19 December 2023, and two days "
        "later the ambassador signed the agreement in Washington."
    )
    places = {event.event_date: event.place for event in extract_events(text, _PUBLISHED)}
    assert places[date(2023, 12, 19)] == "Oslo"
    assert places[date(2023, 12, 21)] == "Washington, D.C."


def test_the_start_of_a_record_is_no_happening():
    text = "Heavy rain fell on the Greenland ice sheet on Sunday, the largest amount since records began in 1950."
    assert [event.event_date.year for event in extract_events(text, _PUBLISHED)] == [2024]


def test_a_clause_telling_an_earlier_happening_again_is_evidence_of_it():
    text = (
        "The Northwest Territories took over control of its lands and resources in 2014.\n\n"
        "Yukon took over its lands and resources in 2003, and the Northwest Territories did so in 2014."
    )
    later = next(e for e in extract_events(text, date(2024, 1, 20)) if e.event_date == date(2014, 1, 1))
    assert "Yukon took over" in later.evidence


def test_a_date_of_what_was_said_does_not_hide_the_clause_before_it():
    text = (
        "The prime minister first promised more defence spending at a conference in Munich in February, and on "
        "March 14 he said Norway would reach the NATO target already this year."
    )
    assert date(2024, 3, 14) in [event.event_date for event in extract_events(text, _PUBLISHED)]
