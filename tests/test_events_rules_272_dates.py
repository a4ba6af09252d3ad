"""Rules of the dates72 round, through :func:`extract_events` on short articles written for them (none is a sentence
of an article set): a sentence that opens with an older month or year ("Last September, ...", "In 2014, ...") sets a
scene, and the next sentence, telling a happening in the past with no date of its own, goes on in it rather than on
the story's day."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 4, 18)  # a Thursday
_LEDE = "Norway's government approved a new Arctic strategy on Tuesday.\n\n"


def _dates(text: str) -> list[tuple[date, str]]:
    return [(event.event_date, event.date_precision) for event in extract_events(text, _PUBLISHED)]


def test_a_past_happening_goes_on_in_the_month_the_sentence_before_opened_with():
    text = (
        _LEDE + "Last September, the Russian navy sent two frigates into the Barents Sea.\n\n"
        "The Norwegian Coast Guard tracked the ships near Vardø."
    )
    assert _dates(text)[-1] == (date(2023, 9, 1), "month")


def test_a_past_happening_goes_on_in_the_month_of_last_year_the_sentence_before_opened_with():
    text = (
        _LEDE + "In April last year, Norway expelled fifteen Russian diplomats.\n\n"
        "Moscow answered by ordering ten Norwegian diplomats out of Russia."
    )
    assert _dates(text)[-1] == (date(2023, 4, 1), "month")


def test_a_past_happening_goes_on_in_the_year_the_sentence_before_opened_with():
    text = (
        _LEDE + "In 2014, a forest fire burned 15,000 hectares of woodland in Västmanland.\n\n"
        "Sweden asked the European Union for help, and Italy sent two water-bombing aircraft."
    )
    assert _dates(text)[-1] == (date(2014, 1, 1), "year")
