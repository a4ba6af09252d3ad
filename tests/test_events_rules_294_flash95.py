"""Rules of rules-2.94 (helper flash95, issue #11), through :func:`extract_events` on short articles written for
them (none is a sentence of an article set): a flashback ("On Monday, the secretary of state gave a speech") dates the
sentences after it, but a later paragraph that names the lede's happening again ("At the end of the meeting") is back
on the lede's day; a happening of other parties told there is an event of its own."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2019, 5, 8)  # a Wednesday

# A lede on Tuesday's meeting, a flashback to Monday's speech, and a paragraph between (its last paragraph follows).
_MEETING = (
    "ROVANIEMI - Arctic Council ministers ended their meeting{where} on Tuesday without a joint declaration, after the "
    "United States objected to language on climate change.\n\n"
    "On Monday, the U.S. secretary of state gave a speech in the city in which he criticised China and Russia.\n\n"
    "Several delegations had hoped for a statement on black carbon.\n\n"
)


def _on(text: str, evidence: str) -> date:
    return next(e.event_date for e in extract_events(text, _PUBLISHED) if evidence in e.evidence)


def test_a_later_paragraph_naming_the_ledes_meeting_is_on_the_ledes_day():
    text = _MEETING.format(where=" in Rovaniemi") + (
        "At the end of the meeting Finland handed the chairmanship of the council to Iceland."
    )
    assert _on(text, "At the end of the meeting") == date(2019, 5, 7)


def test_a_chair_handed_over_after_a_flashback_is_on_the_ledes_day_and_its_own_event():
    text = _MEETING.format(where="") + (
        "The meeting closed Finland's two-year chairmanship. Iceland took over the rotating chair and will lead the "
        "council until 2021."
    )
    events = extract_events(text, _PUBLISHED)
    iceland = next(e for e in events if e.evidence.startswith("Iceland took over"))
    assert iceland.event_date == date(2019, 5, 7) and "ISL" in iceland.actors
    assert _on(text, "The meeting closed") == date(2019, 5, 7)


def test_a_later_paragraph_after_the_ceremony_is_on_the_ledes_day():
    text = (
        "KIRUNA - Hundreds of people watched on Tuesday as the town's wooden church was rolled to its new site at a "
        "slow ceremony that lasted all day.\n\n"
        "On Saturday, the bishop held a last service in the church at its old site. He thanked the parish.\n\n"
        "Engineers had prepared the route for months.\n\n"
        "After the ceremony the mining company thanked the residents of Kiruna for their patience."
    )
    assert _on(text, "After the ceremony") == date(2019, 5, 7)
