"""Rules of rules-2.75 on actors (actors75), through :func:`extract_events` on short articles written for them (none is
a sentence of an article set): "It" after a time opener ("Last month it hosted ...") is the party the sentence before
opened with, as a sentence-opening "It" with a past verb already is."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2023, 6, 2)


def test_it_after_last_month_is_the_subject_named_before():
    text = (
        "Iceland, a small NATO member, has taken a hard line on Moscow since 2022. "
        "Last month it hosted a conference of European leaders in Reykjavik, which condemned Russia's war on Ukraine."
    )
    last = extract_events(text, _PUBLISHED)[-1]
    assert "ISL" in last.actors


def test_it_after_last_year_is_the_subject_named_before():
    text = (
        "OTTAWA - Canada, a founding NATO member, has stepped up its naval patrols in northern waters since 2022. "
        "Last year it sent two frigates to the Baltic Sea, where Russia's navy shadowed them for a week."
    )
    last = extract_events(text, _PUBLISHED)[-1]
    assert "CAN" in last.actors
