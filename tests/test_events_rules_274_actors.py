"""Rules of rules-2.74 on actors, through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): an air force the article named with its state ("the U.S. Air Force", "Britain's Royal
Air Force") and then names bare ("the Air Force") is that state's, not the state the story is about; an air base
named after the service ("Eielson Air Force Base") ties it to no one."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2023, 1, 20)


def test_the_air_force_named_bare_is_the_state_that_named_it_before():
    text = (
        "The U.S. Air Force sent four B-52 bombers to Bodo on Monday.\n\n"
        "On Wednesday the Air Force flew two of them over the Barents Sea alongside Norwegian fighters."
    )
    assert "USA" in extract_events(text, _PUBLISHED)[-1].actors


def test_the_air_force_named_bare_is_not_the_story_state():
    text = (
        "ANCHORAGE - Two Russian bombers flew into the Alaska Air Defense Identification Zone on Monday and were met "
        "by U.S. Air Force F-22 fighters.\n\n"
        "Under plans announced by the Air Force, two more squadrons will be based at Eielson Air Force Base in 2024."
    )
    assert extract_events(text, _PUBLISHED)[-1].actors == ("USA",)


def test_a_foreign_air_force_named_by_its_state_then_bare():
    text = (
        "REYKJAVIK - Britain's Royal Air Force sent four Typhoon fighters to Keflavik on Monday to police Icelandic "
        "airspace.\n\n"
        "On Wednesday the Air Force scrambled two of them to meet Russian bombers north of Iceland."
    )
    assert "GBR" in extract_events(text, _PUBLISHED)[-1].actors
