"""Rules of rules-2.62, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): what the article memory takes for a vessel's name. A state named whole after a plural vessel noun ("the
most capable submarines Russia has built") is no vessel, so the state stays a place for the rest of the article; a
middle initial or a nobiliary particle does not end a name ("USS Harry S. Truman", "the tanker Christophe de
Margerie"), so no first name alone becomes the ship's."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2021, 5, 20)


def test_a_state_after_a_plural_vessel_noun_stays_a_place():
    text = (
        "The Yasen class are the most capable submarines Russia has built since the Cold War, NATO officials said on "
        "Monday.\n\n"
        "A Finnish delegation travelled to Russia on Tuesday for talks on the border."
    )
    events = extract_events(text, _PUBLISHED)
    assert [(e.place, e.actors) for e in events if e.event_date == date(2021, 5, 18)] == [("Russia", ("FIN",))]


def test_a_ships_name_with_a_middle_initial_is_learnt_whole():
    text = (
        "The USS Harry S. Truman sailed into the Norwegian Sea on Monday.\n\n"
        "Harry Kane said in London on Tuesday that England would play Norway in Oslo."
    )
    assert "USA" not in extract_events(text, _PUBLISHED)[-1].actors


def test_a_vessel_named_by_its_noun_is_still_its_owners():
    text = (
        "The Chinese icebreaker Xue Long 2 left Shanghai on Monday for the Arctic.\n\n"
        "Xue Long 2 reached the Bering Strait on Friday."
    )
    assert "CHN" in extract_events(text, _PUBLISHED)[-1].actors
