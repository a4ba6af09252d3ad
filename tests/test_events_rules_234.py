"""Rules of rules-2.34, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a weekday in apposition to its date ("on Saturday, July 7th") is that date; a day told ahead is the next
such day, not one eleven months back; "due in", "has to" put a month ahead; a date set off by commas before its verb
takes the tense of the clause after it; "a year ago" is the publication's month a year back; a year naming a thing
("the 2017 tax law") gives way to the sentence's other date; a plan, a "when" clause or an irregular past with a date of
its own is a happening of its own; "Jan" before a capitalised word is a name."""

from __future__ import annotations

from datetime import date

from dashboard.events.extraction.dates import resolve_date
from tests.helpers import dates_saying


def test_a_weekday_in_apposition_to_an_ordinal_date_is_that_date():
    text = "TROMSØ - A Russian trawler was detained by the Norwegian coast guard near Bjørnøya late on Sunday, May 5th."
    assert dates_saying("trawler was detained", text, date(2019, 5, 18)) == {(date(2019, 5, 5), "day")}


def test_a_day_told_ahead_in_a_december_article_is_next_january():
    text = (
        "JUNEAU - The governor-elect, who takes office on Jan. 15, promised to reopen the road to Ambler.\n\n"
        "The state will hold a special election in Juneau on Jan. 20."
    )
    assert dates_saying("special election", text, date(2022, 12, 9)) == {(date(2023, 1, 20), "day")}
    # Told in the past, the same words are this January.
    past = "JUNEAU - The new legislature convened in Juneau on Jan. 20 and elected its speaker."
    assert dates_saying("convened", past, date(2022, 12, 9)) == {(date(2022, 1, 20), "day")}


def test_due_in_and_has_to_put_a_month_ahead():
    assert resolve_date("The council's next session, due in November, was moved to Tromsø.", date(2021, 3, 2)).date == (
        date(2021, 11, 1)
    )
    assert resolve_date("The ferry has to stop sailing in October, when the ice comes.", date(2021, 3, 2)).date == (
        date(2021, 10, 1)
    )
    # Told in the past, "was due in" looks back.
    assert resolve_date("The report was due in November but came late.", date(2021, 3, 2)).date == date(2020, 11, 1)


def test_a_date_set_off_before_its_verb_takes_the_tense_of_the_clause_after_it():
    published = date(2024, 9, 12)
    assert resolve_date("Weeks later, on October 2, a second slide hit the fjord.", published).date == date(2023, 10, 2)
    assert resolve_date("Next month, on October 2, the ministers will meet in Nuuk.", published).date == date(
        2024, 10, 2
    )


def test_a_year_ago_is_the_month_a_year_back():
    text = "KIRUNA - The old town hall closed a year ago to make way for the mine, and its clock tower was moved."
    assert dates_saying("closed a year ago", text, date(2025, 8, 20)) == {(date(2024, 8, 1), "month")}
    # Two or more years ago stay years.
    assert resolve_date("The hall closed two years ago.", date(2025, 8, 20)).precision == "year"


def test_a_year_naming_a_thing_gives_way_to_the_sentences_other_date():
    sentence = "Under the 2019 fisheries agreement, the two states must review the quotas again in 2026."
    assert resolve_date(sentence, date(2024, 3, 1)).date == date(2026, 1, 1)
    # Alone, it still dates the sentence.
    assert resolve_date("The quotas follow the 2019 fisheries agreement.", date(2024, 3, 1)).date == date(2019, 1, 1)


def test_a_plan_with_its_own_date_is_a_happening_of_its_own():
    text = "NUUK - Work on the new terminal began in 2020, and the longer runway at Ilulissat is due to open in 2026."
    assert dates_saying("runway at Ilulissat", text, date(2024, 10, 1)) == {
        (date(2020, 1, 1), "year"),
        (date(2026, 1, 1), "year"),
    }


def test_a_when_clause_with_its_own_date_is_a_happening_of_its_own():
    text = (
        "ANCHORAGE - A federal judge ruled on Friday that the Interior Department had broken the law when it sold "
        "leases in the refuge in January 2021."
    )
    assert dates_saying("federal judge ruled", text, date(2023, 3, 5)) == {
        (date(2023, 3, 3), "day"),
        (date(2021, 1, 1), "month"),
    }


def test_an_irregular_past_tells_a_happening_of_its_own_date():
    text = "IQALUIT - Talks on devolution got under way in 2016, but stalled in 2019 over the cost of the transfer."
    assert dates_saying("Talks on devolution", text, date(2024, 1, 18)) == {
        (date(2016, 1, 1), "year"),
        (date(2019, 1, 1), "year"),
    }


def test_a_short_month_name_before_a_capitalised_word_is_a_name():
    assert not resolve_date("The photographs were taken by Jan Erik Olsen.", date(2021, 6, 3)).explicit
    # Written with its point, or before a year, it is still the month.
    assert resolve_date("The talks ended in Jan. after a month.", date(2021, 6, 3)).date == date(2021, 1, 1)
    assert resolve_date("The talks ended in Jan 2020 after a month.", date(2021, 6, 3)).date == date(2020, 1, 1)


def test_a_happening_named_by_a_noun_with_its_own_date_is_an_event_of_its_own():
    text = (
        "OTTAWA - The minister announced new sanctions on Friday over Russia's attack on the Zaporizhzhia plant on "
        "March 4."
    )
    assert dates_saying("new sanctions", text, date(2022, 3, 12)) == {
        (date(2022, 3, 11), "day"),
        (date(2022, 3, 4), "day"),
    }
    # Alone, the noun's date is the sentence's: no second event.
    alone = "OTTAWA - The minister condemned the attack on the Zaporizhzhia plant on March 4."
    assert dates_saying("condemned", alone, date(2022, 3, 12)) == {(date(2022, 3, 4), "day")}
