"""Gazetteer rows of rules-2.81, through :func:`extract_events` on short articles written for them (none is a sentence
of an article set): places the development sets' events name that the gazetteer lacked, a Faroese village, a Dene
community by Yellowknife and a Cree community in Alberta."""

from __future__ import annotations

from datetime import date

from tests.helpers import places_of

_PUBLISHED = date(2024, 3, 12)


def test_a_faroese_village_is_its_own_place():
    text = "A landslide blocked the road into Oyndarfjørður on Monday, the Faroese road authority said."
    assert "Oyndarfjørður" in places_of(text, _PUBLISHED)


def test_a_dene_community_by_yellowknife_is_its_own_place():
    text = "Residents of Ndilǫ were evacuated on Sunday as a wildfire moved toward Yellowknife, officials said."
    assert "Ndilo" in places_of(text, _PUBLISHED)


def test_a_cree_community_in_alberta_is_its_own_place():
    text = "Four Cree nations opened a new water treatment plant in Maskwacis on Friday."
    assert "Maskwacis" in places_of(text, _PUBLISHED)
