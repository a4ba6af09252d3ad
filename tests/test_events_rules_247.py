"""Rules of rules-2.47, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): an area named right after a town with "in" or "on" only says where the town lies ("returned to
Sabetta on the Yamal Peninsula"), as one described after a comma does ("Pevek, a port ... in Chukotka")."""

from __future__ import annotations

from datetime import date

from tests.helpers import places_saying


def test_an_area_right_after_a_town_only_says_where_the_town_lies():
    text = "Russia's Novatek said its tanker returned to Sabetta on the Yamal Peninsula after a voyage of two weeks."
    assert places_saying("returned to Sabetta", text, date(2021, 2, 10)) == {"Sabetta"}


def test_an_area_named_alone_after_a_locative_is_still_the_place():
    text = "Russia's Novatek said it had found a new gas field on the Yamal Peninsula."
    assert places_saying("new gas field", text, date(2021, 2, 10)) == {"Yamal Peninsula"}
