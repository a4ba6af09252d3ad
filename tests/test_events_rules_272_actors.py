"""Actor rules of rules-2.72, through :func:`extract_events` on short articles written for them (none is a sentence of
an article set): a listed leader named by three words or more ("Troels Lund Poulsen") is named again by the last
word alone ("Poulsen said"), and a capital named as the sender of a protest ("a protest from Copenhagen") is its
state, a party to what the sentence tells, while the city stays among the sentence's places; a government or minister
named only by office in Nuuk or Torshavn is Greenland's or the Faroes' (their places lie in the Danish realm); Iceland's
Marine and Freshwater Research Institute is Iceland's, and an Inuit land-claim organisation (Nunavut Tunngavik) Canada's
(geodata's organisations table)."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 3, 8)


def test_a_leader_named_again_by_the_last_word_of_a_long_name_is_that_leaders_state():
    text = (
        "Danish Defence Minister Troels Lund Poulsen presented a new Arctic patrol plan on Thursday.\n\n"
        "Asked about the cost, Poulsen declined to give a figure on Friday and pointed to talks with NATO allies."
    )
    last = extract_events(text, _PUBLISHED)[-1]
    assert "DNK" in last.actors


def test_a_capital_that_sent_a_protest_is_its_state():
    text = "Canadian troops landed on the island in 2005, which drew a formal protest from Copenhagen."
    assert "DNK" in extract_events(text, _PUBLISHED)[0].actors


def test_a_capital_that_sent_a_complaint_stays_a_place_the_sentence_names():
    text = "Russia's new fishing rules drew a formal complaint from Oslo on Monday."
    event = extract_events(text, _PUBLISHED)[0]
    assert "NOR" in event.actors
    assert event.place_mention == "Oslo"  # named there, not Norway's seat by default


def test_an_office_named_alone_at_nuuk_or_torshavn_is_the_home_rules():
    nuuk = "The government in Nuuk announced a new mining licence round on Monday."
    assert extract_events(nuuk, _PUBLISHED)[0].actors == ("GRL",)
    torshavn = (
        "Prime Minister Jens Hansen met the party leaders in Torshavn on Wednesday to discuss the fisheries deal."
    )
    assert "FRO" in extract_events(torshavn, _PUBLISHED)[0].actors


def test_a_national_institute_and_an_indigenous_organisation_are_their_states():
    institute = "The Marine and Freshwater Research Institute said on Tuesday that the capelin stock had recovered."
    assert extract_events(institute, _PUBLISHED)[0].actors == ("ISL",)
    land_claim = "Nunavut Tunngavik filed a court challenge on Monday against the new caribou hunting rules."
    assert extract_events(land_claim, _PUBLISHED)[0].actors == ("CAN",)
