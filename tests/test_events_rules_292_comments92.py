"""Rules of rules-2.92 (comments92), through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): a comment told in the past days after the story's day is as of the report, but not one
that belongs to the happening: spoken at the event, quoted first, or telling the happening in
an irregular past ("came", "gave")."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2023, 1, 20)
_LEDE = "The United States reopened its consulate in Nuuk on Tuesday, its first in Greenland since 1953.\n\n"
_TUESDAY = date(2023, 1, 17)


def _last_date(sentence: str) -> date:
    return extract_events(_LEDE + sentence, _PUBLISHED)[-1].event_date


def test_a_comment_told_to_the_ceremony_is_of_the_story_day():
    assert _last_date("Greenland's foreign minister told the ceremony that the island valued the new ties.") == _TUESDAY


def test_a_quote_attributed_after_it_is_of_the_story_day():
    assert _last_date('"This is a proud day for both our peoples," Greenland\'s premier told reporters.') == _TUESDAY


def test_a_comment_telling_the_happening_in_an_irregular_past_is_of_the_story_day():
    assert _last_date("Greenland's premier said the reopening came after years of talks.") == _TUESDAY
