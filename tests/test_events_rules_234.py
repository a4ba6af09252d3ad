"""Rules of rules-2.34, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a weekday in apposition to its date ("on Saturday, July 7th") is that date; a day told ahead is the next
such day, not one eleven months back; "due in", "has to" put a month ahead; a date set off by commas before its verb
takes the tense of the clause after it; "a year ago" is the publication's month a year back; a year naming a thing
("the 2017 tax law") gives way to the sentence's other date."""

from __future__ import annotations

from datetime import date

from dashboard.events.extraction.dates import resolve_date
from tests.helpers import events_saying


def _dates(phrase: str, text: str, published: date) -> set[tuple[date, str]]:
    return {(e.event_date, e.date_precision) for e in events_saying(phrase, text, published)}


def test_a_weekday_in_apposition_to_an_ordinal_date_is_that_date():
    text = "TROMSØ - A Russian trawler was detained by the Norwegian coast guard near Bjørnøya late on Sunday, May 5th."
    assert _dates("trawler was detained", text, date(2019, 5, 18)) == {(date(2019, 5, 5), "day")}


def test_a_day_told_ahead_in_a_december_article_is_next_january():
    text = (
        "JUNEAU - The governor-elect, who takes office on Jan. 15, promised to reopen the road to Ambler.\n\n"
        "The state will hold a special election in Juneau on Jan. 20."
    )
    assert _dates("special election", text, date(2022, 12, 9)) == {(date(2023, 1, 20), "day")}
    # Told in the past, the same words are this January.
    past = "JUNEAU - The new legislature convened in Juneau on Jan. 20 and elected its speaker."
    assert _dates("convened", past, date(2022, 12, 9)) == {(date(2022, 1, 20), "day")}


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
    assert _dates("closed a year ago", text, date(2025, 8, 20)) == {(date(2024, 8, 1), "month")}
    # Two or more years ago stay years.
    assert resolve_date("The hall closed two years ago.", date(2025, 8, 20)).precision == "year"


def test_a_year_naming_a_thing_gives_way_to_the_sentences_other_date():
    sentence = "Under the 2019 fisheries agreement, the two states must review the quotas again in 2026."
    assert resolve_date(sentence, date(2024, 3, 1)).date == date(2026, 1, 1)
    # Alone, it still dates the sentence.
    assert resolve_date("The quotas follow the 2019 fisheries agreement.", date(2024, 3, 1)).date == date(2019, 1, 1)
