"""Rules of rules-2.78 (places78), through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): a land invaded, dated by a relative clause right after it ("Russia's invasion of Ukraine,
which began on February 24"), is the place of the happening that clause dates, not the story's town."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2022, 3, 10)


def _invasion_event(text: str):
    return next(e for e in extract_events(text, _PUBLISHED) if "invasion" in e.evidence)


def test_an_invasion_dated_by_which_began_is_at_the_land_invaded():
    text = (
        "TROMSO - The Arctic research group said on Tuesday that it would pause its joint work with Moscow.\n\n"
        "Its members pointed to Russia's invasion of Ukraine, which began on February 24."
    )
    event = _invasion_event(text)
    assert (event.place, event.event_date) == ("Ukraine", date(2022, 2, 24))


def test_an_invasion_dated_by_that_started_in_a_month_is_at_the_land_invaded():
    text = (
        "KIRKENES - The border crossing at Storskog stayed open on Wednesday.\n\n"
        "Traffic has fallen since the invasion of Ukraine, that started in February 2022."
    )
    assert _invasion_event(text).place == "Ukraine"
