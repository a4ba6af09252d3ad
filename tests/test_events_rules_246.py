"""Rules of rules-2.46, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a dated sentence with no party and no place of its own goes on where the paragraph's last event was, when
that was a place more exact than a country ("The Kremlin said on Thursday that the talks would go ahead. They are due
to start on November 1, 2022"); a dateline's
or release line's date gives way to a date the sentence tells its happening by; a further dated clause after ",
where" is at the place before it ("... moved to St Petersburg, where the ship was launched in 2010")."""

from __future__ import annotations

from datetime import date

from tests.helpers import dates_saying, events_saying

_TALKS = "The Kremlin said on Thursday that the talks would go ahead."
_START = "They are due to start on November 1, 2022."


def test_a_dated_sentence_with_no_party_or_place_goes_on_where_the_paragraphs_last_event_was():
    events = events_saying("due to start", f"{_TALKS} {_START}", date(2021, 6, 18))
    assert [(e.place, e.event_date, e.actors) for e in events] == [("Moscow", date(2022, 11, 1), ("RUS",))]


def test_a_new_paragraph_goes_on_from_the_last_one_since_rules_254():
    # rules-2.46 held a new paragraph apart; rules-2.54 lets a sentence with no party or place go on with the latest
    # event in a later paragraph too.
    events = events_saying("due to start", f"{_TALKS}\n\n{_START}", date(2021, 6, 18))
    assert [(e.place, e.event_date, e.actors) for e in events] == [("Moscow", date(2022, 11, 1), ("RUS",))]


def test_the_arctic_is_no_place_to_go_on_at():
    # "the Arctic Ocean" is drawn as the Arctic: a second event there would be a second fallback in the article.
    text = (
        "The committee adopted a ban on heavy fuel oil in the Arctic Ocean on Thursday. "
        "They are expected to enter into force on November 1, 2022."
    )
    assert events_saying("enter into force", text, date(2021, 6, 18)) == []


def test_a_release_lines_date_gives_way_to_the_sentences_own():
    text = "Kuujjuaq, Nunavik -- April 29, 2025 -- Makivvik welcomes the result of yesterday's federal election."
    assert dates_saying("federal election", text, date(2025, 4, 29)) == {(date(2025, 4, 28), "day")}


def test_a_datelines_date_still_dates_a_sentence_with_no_other():
    text = "OSLO, March 31 (Reuters) - Equinor began pumping oil from its Johan Castberg field."
    assert dates_saying("pumping oil", text, date(2025, 3, 31)) == {(date(2025, 3, 31), "day")}


def test_a_further_clause_after_where_is_at_the_place_before_it():
    text = (
        "Construction of the icebreaker started in 2007 at a yard in Severodvinsk, before the order went to "
        "St Petersburg, where the ship was launched in 2010."
    )
    places = {e.event_date.year: e.place for e in events_saying("launched in 2010", text, date(2018, 5, 1))}
    assert places == {2007: "Severodvinsk", 2010: "Saint Petersburg"}
