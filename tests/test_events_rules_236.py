"""Rules of rules-2.36, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a date before a noun of a happening ("the Nov. 5 election") names that happening, an event of its own,
and gives way to the sentence's other date; "since", "after" and "before" open a clause of its own date when
a verb follows; a participle ("sworn in ... last Friday") tells a happening of its own date; a possessive before the
noun ("the Obama administration's strategy of May 2013") still names a happening."""

from __future__ import annotations

from datetime import date

from tests.helpers import dates_saying


def test_a_date_before_the_noun_of_a_happening_names_it_and_gives_way_to_the_sentences_date():
    text = "JUNEAU - State officials certified the results of the Nov. 5 referendum on Saturday in Juneau."
    assert dates_saying("certified the results", text, date(2024, 11, 30)) == {
        (date(2024, 11, 30), "day"),
        (date(2024, 11, 5), "day"),
    }


def test_since_opens_a_clause_of_its_own_date():
    text = (
        "REYKJAVIK - The institute will not recommend a quota, which means 2019 will be the first year without a "
        "fishery since Icelandic boats began catching capelin in 1963."
    )
    assert (date(1963, 1, 1), "year") in dates_saying("recommend a quota", text, date(2019, 3, 5))


def test_a_participle_tells_a_happening_of_its_own_date():
    text = "OTTAWA - Mark Carney, sworn in as prime minister last Friday, announced on Tuesday that Canada would buy radar."
    assert dates_saying("Mark Carney", text, date(2025, 3, 19)) == {
        (date(2025, 3, 14), "day"),
        (date(2025, 3, 18), "day"),
    }


def test_a_possessive_before_the_noun_still_names_a_happening():
    text = (
        "WASHINGTON - The White House published its strategy on Friday, the first rewrite since the Obama "
        "administration's strategy of May 2013."
    )
    assert (date(2013, 5, 1), "month") in dates_saying("published its strategy", text, date(2022, 10, 11))
