"""Rules of rules-2.73 (unread73), through :func:`extract_events` and the gazetteer on short texts written for them
(none is a sentence of an article set): seas, oceans or rivers listed before one shared plural noun ("the Beaufort
and Chukchi seas") are each that sea, although the listed word alone ("Beaufort") names no place, where a
preposition puts the sentence in them."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events
from dashboard.events.extraction.places import default_gazetteer

_PUBLISHED = date(2023, 9, 20)


def test_two_seas_sharing_one_noun_are_both_found():
    text = "The icebreaker spent August mapping the seabed in the Chukchi and Beaufort seas."
    found = {place.name: text[place.start : place.end] for place in default_gazetteer().find(text)}
    assert found == {"Chukchi Sea": "Chukchi", "Beaufort Sea": "Beaufort seas"}


def test_a_list_of_seas_names_each_of_them():
    text = "The tanker sailed through the Kara, Laptev and East Siberian seas without an escort."
    names = [place.name for place in default_gazetteer().find(text)]
    assert names == ["Kara Sea", "Laptev Sea", "East Siberian Sea"]


def test_an_event_in_seas_sharing_one_noun_is_placed_there():
    text = (
        "SEATTLE - A Coast Guard cutter returned to its home port on Monday.\n\n"
        "In July the cutter deployed acoustic moorings in the Beaufort and Chukchi seas."
    )
    assert extract_events(text, _PUBLISHED)[-1].place == "Beaufort Sea"
