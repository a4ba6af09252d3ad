"""Rules of storyday92, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a news lede with no date of its own ("The company has scrapped ...", "Russia test-fired ...") takes
the day of the week before publication that the next sentence names first ("It announced the decision on Monday"),
not the publication day; and a comment on the story's ruling ("said in Trondheim that the ruling was a victory") is
on the ruling's day, also when reported days later."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 5, 1)  # a Wednesday


def _dates(text: str, words: str) -> list[date]:
    return [e.event_date for e in extract_events(text, _PUBLISHED) if words in e.evidence]


def test_a_present_perfect_lede_takes_the_day_the_next_sentence_names():
    text = (
        "A Swedish mining company has scrapped its plan for a copper mine near Kiruna, citing falling metal prices.\n\n"
        "The company announced the decision on Monday after a board meeting in Stockholm."
    )
    assert _dates(text, "scrapped its plan") == [date(2024, 4, 29)]


def test_the_day_of_a_statement_released_after_the_lede():
    text = (
        "NUUK -- Greenland's government has suspended all new fishing licences in Disko Bay.\n\n"
        "In a statement released in Nuuk on Tuesday, the government said stocks had fallen for a third year."
    )
    assert _dates(text, "suspended all new fishing") == [date(2024, 4, 30)]


def test_the_day_may_be_told_in_the_second_sentence_after_the_lede():
    text = (
        "TROMSO -- Norway has opened a new coast guard station on the island of Senja.\n\n"
        "The station will house two patrol vessels and a helicopter.\n\n"
        "Defence Minister Bjorn Arild Gram opened it at a ceremony on Saturday."
    )
    assert _dates(text, "opened a new coast guard") == [date(2024, 4, 27)]


def test_a_lede_in_the_simple_past_takes_the_day_told_after_it_too():
    text = (
        "Russia test-fired a new hypersonic missile from a frigate in the White Sea.\n\n"
        "The Defence Ministry said the launch took place on Sunday and that the missile hit its target."
    )
    assert _dates(text, "test-fired a new hypersonic") == [date(2024, 4, 28)]


def test_a_comment_on_the_ruling_is_on_the_rulings_day():
    text = (
        "OSLO -- Norway's Supreme Court on Monday revoked the licence of a wind farm on reindeer pastures at Fosen.\n\n"
        "Sami reindeer herders said in Trondheim that the ruling was a victory for their rights."
    )
    assert _dates(text, "a victory for their rights") == [date(2024, 4, 29)]
