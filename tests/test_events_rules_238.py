"""Rules of rules-2.38, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a national institution that annuls, overturns, upholds, fines, certifies, opens a case or gives its
backing decides at its seat; an irregular participle after a past auxiliary ("was set on", "had been broken on") tells
a happening of its own date."""

from __future__ import annotations

from datetime import date

from tests.helpers import dates_saying, places_saying


def test_a_national_board_that_annuls_decides_at_the_seat():
    text = (
        "KIRUNA, Sweden - The Sami Parliament in Kiruna met on Monday for the first time since the spring.\n\n"
        "Sweden's Sami Parliament election in Kiruna was held in May.\n\n"
        "In July the Election Review Board annulled the election, finding that errors had affected the outcome."
    )
    assert places_saying("Election Review Board", text, date(2025, 9, 30)) == {"Stockholm"}


def test_a_national_committee_that_opens_a_case_decides_at_the_seat():
    text = (
        "MURMANSK - A floating dock sank at the Roslyakovo shipyard near Murmansk on Tuesday, damaging the carrier "
        "Admiral Kuznetsov.\n\n"
        "Russia's Investigative Committee opened a criminal case on Wednesday over breaches of safety rules."
    )
    assert places_saying("criminal case", text, date(2018, 10, 31)) == {"Moscow"}


def test_a_record_that_was_set_on_a_day_is_a_happening_of_that_day():
    text = (
        "NUUK - Melt spread across the Greenland ice sheet on Sunday, a rare event for September.\n\n"
        "The previous record for a late-season melt was set on August 27, 2003, when melt spread across Greenland."
    )
    assert (date(2003, 8, 27), "day") in dates_saying("previous record", text, date(2022, 9, 6))


def test_ground_broken_on_a_day_is_a_happening_of_that_day():
    text = (
        "LONGYEARBYEN, Svalbard - Norway opened the rebuilt entrance of the Svalbard Global Seed Vault on Tuesday.\n\n"
        "Ground had been broken on 19 June 2006 at Longyearbyen."
    )
    assert dates_saying("Ground had been broken", text, date(2018, 2, 27)) == {(date(2006, 6, 19), "day")}
