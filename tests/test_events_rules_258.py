"""Rules of rules-2.58, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a town named beside a wide area of its own state, the area ranked first, is where the happening was;
a statement keeps the area it is about, and a destination still ahead stays behind."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import places_of

_PUBLISHED = date(2024, 10, 4)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Wildfires burned across the Northwest Territories on Wednesday, and Yellowknife was evacuated.",
            "Yellowknife",
        ),
        ("A polar bear attacked a tourist camp on Svalbard on Friday, near Longyearbyen.", "Longyearbyen"),
        ("Heavy snow fell in Finnmark on Monday, closing the airport at Kirkenes.", "Kirkenes"),
    ],
    ids=["territory", "archipelago", "county"],
)
def test_a_town_beside_a_wide_area_of_its_state_is_the_place(text, town):
    assert places_of(text, _PUBLISHED) == [town]


def test_a_statement_keeps_the_area_it_is_about():
    text = "The fisheries minister said on Tuesday that trawling in Finnmark would be cut, a blow to Kirkenes."
    assert places_of(text, _PUBLISHED) == ["Finnmark"]


def test_a_destination_ahead_is_not_the_place():
    text = "On Thursday the tanker entered the Gulf of Ob on its way to Sabetta."
    assert places_of(text, _PUBLISHED)[0] == "Gulf of Ob"
