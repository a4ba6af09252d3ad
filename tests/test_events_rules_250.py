"""Rules of rules-2.50, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a sea made exact by the place right after it ("in the Barents Sea off Vardø") is at that place; an area
right after a place, with or without a comma and a compass word ("Dikson, on the Taymyr Peninsula", "Wrangel Island
in the Chukchi Sea", "the Lofoten Islands, in northern Norway"), only says where the place lies, also when the area
is no wider a kind of place than it (a region after an island)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import events_saying

_PUBLISHED = date(2024, 8, 8)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A trawler ran aground on Monday in the Barents Sea off Vardø.", "Vardø"),
        ("The cargo ship lost power on Tuesday in the Norwegian Sea near Bodø.", "Bodø"),
        ("The drifting tanker was taken in tow on Wednesday in the Bering Sea off Unalaska.", "Unalaska"),
    ],
)
def test_a_sea_made_exact_by_the_place_off_it_is_at_that_place(text, place):
    assert [e.place for e in events_saying("", text, _PUBLISHED)] == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Dikson, on the Taymyr Peninsula, opened a new coal terminal in July.", "Dikson"),
        ("Wildlife officers said that Wrangel Island in the Chukchi Sea saw a record number of bears in 2017.",
         "Wrangel Island"),
        ("The Lofoten Islands, in northern Norway, saw record cod catches in 2019.", "Lofoten"),
    ],
)  # fmt: skip
def test_an_area_right_after_a_place_only_says_where_it_lies(text, place):
    assert [e.place for e in events_saying("", text, _PUBLISHED)] == [place]


def test_a_sea_beside_a_place_it_is_not_made_exact_by_stays_the_place():
    # "off" before a coarser place (a country) does not move the event off the sea.
    events = events_saying("", "The frigate fired a missile on Friday in the Barents Sea off Norway.", _PUBLISHED)
    assert [e.place for e in events] == ["Barents Sea"]
