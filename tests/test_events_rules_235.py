"""Rules of rules-2.35, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a happening named by a noun and dated by "in" is an event of its own beside the sentence's date; a clause
opened by "that", "which" or "who" with its own date and verb is a happening of its own; a sentence is cut before the
clause whose verb the next date belongs to, not at the last comma before that date. The first three fail under
rules-2.34; the last guards what the new cut must keep."""

from __future__ import annotations

from datetime import date

from tests.helpers import dates_saying


def test_a_happening_named_by_a_noun_and_dated_by_in_is_an_event_of_its_own():
    text = (
        "NUUK - The arrest warrant was issued in 2012 over a confrontation in the Southern Ocean in 2010 with a "
        "Japanese whaling ship."
    )
    assert (date(2010, 1, 1), "year") in dates_saying("arrest warrant", text, date(2024, 7, 22))


def test_a_that_clause_with_its_own_date_and_verb_is_a_happening_of_its_own():
    text = (
        "OSLO - The foreign ministry announced on Friday that it will close its consulate in Murmansk on September 1."
    )
    assert dates_saying("foreign ministry announced", text, date(2023, 6, 9)) == {
        (date(2023, 6, 9), "day"),
        (date(2023, 9, 1), "day"),
    }


def test_a_relative_clause_after_commas_is_cut_where_its_verb_begins():
    text = (
        "BODØ - The navy on Sunday named the two sailors of a patrol boat that ran aground near Bodø, south of the "
        "Lofoten islands, on Friday night while on an exercise."
    )
    assert (date(2023, 3, 17), "day") in dates_saying("patrol boat", text, date(2023, 3, 20))


def test_a_later_year_told_after_and_stays_its_own_clause():
    text = "WHITEHORSE - Last year, only about 9,000 salmon made it past Dawson, near the border, and 2021 was worse."
    assert dates_saying("salmon made it past", text, date(2023, 5, 23)) == {
        (date(2022, 1, 1), "year"),
        (date(2021, 1, 1), "year"),
    }
