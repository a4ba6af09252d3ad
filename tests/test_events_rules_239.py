"""Rules of rules-2.39, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a happening told in the past with no date of its own, in a story with no day of its own near
publication, continues the last date the article named, not the publication day."""

from __future__ import annotations

from datetime import date

from tests.helpers import dates_saying

_TSUNAMI = (
    "COPENHAGEN - Scientists have explained a seismic signal that rang around the world for nine days.\n\n"
    "On September 16, 2023, a mountain collapsed into Dickson Fjord in Greenland and set off a tsunami.\n\n"
    "The wave destroyed buildings at the research station on Ella Island."
)


def test_a_past_happening_without_a_date_continues_the_last_date_named():
    assert dates_saying("research station", _TSUNAMI, date(2024, 9, 12)) == {(date(2023, 9, 16), "day")}


def test_a_comment_without_a_date_stays_at_the_report():
    text = _TSUNAMI + "\n\nThe station's head said the loss was a blow to research in East Greenland."
    assert dates_saying("station's head said", text, date(2024, 9, 12)) == {(date(2024, 9, 12), "day")}


def test_the_ledes_day_still_carries_over():
    text = (
        "NUUK - A landslide struck Dickson Fjord in Greenland on Monday and set off a tsunami.\n\n"
        "The wave destroyed buildings at the research station on Ella Island."
    )
    assert dates_saying("research station", text, date(2023, 9, 20)) == {(date(2023, 9, 18), "day")}
