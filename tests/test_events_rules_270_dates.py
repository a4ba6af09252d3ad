"""Rules of rules-2.70 (dates), through :func:`extract_events` on short articles written for them (none is a sentence
of an article set): a month or day named without its year in a "when" clause takes the year the clause hangs on ("in
2011, when a storm flooded the harbour on 12 March"), and "the year before" or "the day before" closing a clause after a
date of the same sentence counts back from it ("Kinross bought the mine in 2019, after its owner went bankrupt the year
before")."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 6, 14)


def _dates(text: str) -> set[tuple[date, str]]:
    return {(event.event_date, event.date_precision) for event in extract_events(text, _PUBLISHED)}


def test_a_day_in_a_when_clause_takes_the_year_before_it():
    text = (
        "The last time Norway closed the port of Vardø was in 2011, when a storm flooded the harbour on 12 March "
        "and damaged the fish plant."
    )
    assert (date(2011, 3, 12), "day") in _dates(text)


def test_a_month_in_a_when_clause_after_until_takes_that_year():
    text = "The volcano near Grindavík had been quiet for centuries until 2021, when lava broke through in March."
    assert (date(2021, 3, 1), "month") in _dates(text)


def test_the_year_before_counts_back_from_the_year_named():
    text = "Kinross bought the Kupol mine in Chukotka in 2019, after its Russian owner went bankrupt the year before."
    assert (date(2018, 1, 1), "year") in _dates(text)


def test_a_day_before_closing_its_clause_counts_back_from_the_day_named():
    text = "The coast guard towed the trawler to Tromsø on 3 June 2024, after its engine had failed the day before."
    assert (date(2024, 6, 2), "day") in _dates(text)
