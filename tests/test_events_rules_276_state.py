"""Rules of rules-2.76 on named bodies (state76), through :func:`extract_events` on short articles written for them
(none is a sentence of an article set): a region's health service or hospital trust ("Nunavut Public Health",
"Nordland Hospital") and an agency named with its area after its field ("Elections Yukon", "Statistics Norway") are
bodies, not the region's middle; the story's town stays the place."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 3, 8)


def test_a_regions_health_service_is_not_the_region():
    text = (
        "IQALUIT - The city shut its water treatment plant on Wednesday after a fuel smell was reported.\n\n"
        "Nunavut Public Health told residents on Thursday to boil their tap water until further notice."
    )
    assert [event.place for event in extract_events(text, _PUBLISHED)][-1] == "Iqaluit"


def test_a_regions_hospital_trust_is_not_the_region():
    text = (
        "BODO - A ferry hit a quay in heavy wind on Wednesday and twelve passengers were hurt.\n\n"
        "The local hospital, part of Nordland Hospital, opened its emergency ward to them on Wednesday evening."
    )
    assert "Nordland" not in [event.place for event in extract_events(text, _PUBLISHED)]


def test_an_agency_named_with_its_area_is_not_the_area():
    text = (
        "WHITEHORSE - Two candidates tied in a rural riding in Monday's territorial election.\n\n"
        "Elections Yukon asked a judge on Thursday to recount the ballots."
    )
    assert [event.place for event in extract_events(text, _PUBLISHED)][-1] == "Whitehorse"
