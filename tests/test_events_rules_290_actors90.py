"""Rules of rules-2.90 (actors90), through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): a town's court or police act for the town's state; a subject introduced as a party's
thing stays that party's though the sentence names others; a located city's state is a party through its office; a
president's administration is the United States' in any year; Trident Juncture beside parties is NATO's too."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2019, 3, 20)


def test_a_towns_court_acts_for_the_towns_state():
    text = "On Monday a court in Ningbo sentenced a Swedish businessman to eight years in prison."
    assert "CHN" in extract_events(text, _PUBLISHED)[0].actors


def test_a_thing_introduced_as_a_partys_stays_its_partys():
    text = (
        "ANCHORAGE - A U.S. fighter shot down a Chinese research balloon over the sea on Monday.\n\n"
        "That balloon had crossed Canada and Alaska on 1 March."
    )
    assert "CHN" in extract_events(text, _PUBLISHED)[-1].actors


def test_a_state_after_a_located_city_is_a_party_through_its_minister():
    text = "In Bergen, Norway's fisheries minister said on Tuesday that his government would work with Finland."
    assert "NOR" in extract_events(text, _PUBLISHED)[0].actors


def test_a_presidents_administration_is_the_united_states_in_any_year():
    text = "In 1959 the Eisenhower administration offered Iceland a loan for a new harbour at Keflavik."
    assert "USA" in extract_events(text, _PUBLISHED)[0].actors


def test_trident_juncture_beside_a_sentences_parties_is_natos_too():
    text = "Shortly after Trident Juncture began in Norway on 25 October, Finnish pilots reported GPS jamming."
    assert "NATO" in extract_events(text, date(2018, 11, 4))[0].actors
