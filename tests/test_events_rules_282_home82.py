"""Rules of rules-2.82 (home82), through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): a state's instrument told in the passive with no place of its own ("The permits were
issued in 2019") and "the government" acting in a story about a sea, which lies in no state, are at the seat of the
story's state, not at the refuge, wind farm or sea the story is about."""

from __future__ import annotations

from datetime import date

from tests.helpers import places_saying

_PUBLISHED = date(2023, 3, 14)


def test_leases_issued_in_the_passive_are_at_the_seat():
    text = (
        "ANCHORAGE, Alaska - A judge on Monday halted drilling in the Arctic National Wildlife Refuge.\n\n"
        "The leases were issued on Dec. 3, 2020, weeks before the new administration took office."
    )
    assert places_saying("leases were issued", text, _PUBLISHED) == {"Washington, D.C."}


def test_licences_granted_by_a_directorate_are_at_the_seat():
    text = (
        "TRONDHEIM, Norway - Reindeer herders protested on Tuesday at the Fosen wind farm, built on their winter "
        "pastures.\n\n"
        "The turbines at Fosen have turned since 2020.\n\n"
        "The licences were granted by the energy directorate in 2011 despite objections from the herders."
    )
    assert places_saying("licences were granted", text, _PUBLISHED) == {"Oslo"}


def test_the_government_acting_in_a_story_about_a_sea_is_at_the_seat():
    text = (
        "OSLO - Norway will open new blocks in the Barents Sea to oil exploration, a court in the Norwegian capital "
        "ruled on Tuesday.\n\n"
        "Norway has so far found little oil in the Barents Sea.\n\n"
        "In June 2017 the government awarded nine licences to eleven companies, among them Chevron of the United States."
    )
    assert places_saying("government awarded", text, _PUBLISHED) == {"Oslo"}
