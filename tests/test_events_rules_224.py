"""Rules of rules-2.24, each through :func:`extract_events` on a short article written for it: a state's
government, parliament or national institution that decides or speaks in a sentence naming no place does
so at its seat of government (the settled annotation convention), not where the story is; a deed on the
spot and a company named with its state stay where the story is."""

from __future__ import annotations

from datetime import date

from tests.helpers import places_saying

_AT_ROVANIEMI = (
    "ROVANIEMI, Finland - Hundreds of American troops arrived at Rovaniemi Air Base on Monday for a winter "
    "exercise with the Finnish army.\n\n"
)


def test_a_government_decision_with_no_place_named_is_made_at_the_seat_not_where_the_story_is():
    text = _AT_ROVANIEMI + "The government submitted the defence cooperation agreement to Parliament on May 30."
    assert places_saying("submitted", text, date(2024, 7, 3)) == {"Helsinki"}


def test_a_national_institution_that_announces_does_so_at_the_seat():
    text = (
        "ROVANIEMI, Finland - A lightning strike set off an artillery shell at the Rovajärvi training area on "
        "Tuesday, injuring two conscripts.\n\nThe Defence Forces announced the autumn exercise in mid-October."
    )
    assert places_saying("announced the autumn exercise", text, date(2024, 11, 6)) == {"Helsinki"}


def test_a_state_hosting_an_exercise_is_where_the_story_is_not_at_its_seat():
    text = (
        "KIRKENES, Norway - Norway closed the Storskog border crossing to Russian tourists on Wednesday.\n\n"
        "In the autumn of 2018 Norway hosted NATO's largest exercise in decades."
    )
    assert "Oslo" not in places_saying("hosted", text, date(2023, 5, 24))


def test_a_company_named_with_its_state_does_not_act_at_that_states_seat():
    text = (
        "SABETTA, Russia - Novatek took the final investment decision on Arctic LNG 2 at Sabetta on Thursday.\n\n"
        "France's Total bought its 10 per cent stake last year."
    )
    assert "Paris" not in places_saying("Total bought", text, date(2019, 9, 6))
