"""Rules of rules-2.76 on seas (sea76), through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): ships that entered the Arctic Ocean, or patrolled in it, were there, not at the place
the story opened at, though "the Arctic" of a sentence is otherwise read as the story's place."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 11, 5)


def test_ships_that_entered_the_arctic_ocean_were_there():
    text = (
        "Russia's embassy in Washington said on Monday that its ships were on normal patrols.\n\n"
        "Last August, the Russian navy said its frigates had entered the Arctic Ocean on a long patrol."
    )
    assert extract_events(text, _PUBLISHED)[-1].place == "Arctic Ocean"


def test_a_patrol_in_the_arctic_ocean_is_at_the_ocean():
    text = (
        "The Pentagon said in Washington on Monday that it would send two icebreakers north. "
        "Last October, two Chinese research ships patrolled in the central Arctic Ocean."
    )
    assert extract_events(text, _PUBLISHED)[-1].place == "Arctic Ocean"
