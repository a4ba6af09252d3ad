"""The seed article (Arctic Today, 2025-02-27) still yields the events a briefer expects.

The article is not in the repository; the ``seed_text`` fixture finds it (or skips).
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events import extract_events

PUBLISHED = date(2025, 2, 27)


@pytest.fixture(scope="module")
def seed_events(seed_text):
    """The events extracted from the seed article (skips where the article is absent)."""
    return extract_events(seed_text, PUBLISHED, outlet="Arctic Today")


def _find(events, *, actors=(), evidence="", place=None, day=None, precision=None):
    return [
        e
        for e in events
        if set(actors) <= set(e.actors)
        and evidence in e.evidence
        and (place is None or e.place == place)
        and (day is None or e.event_date == day)
        and (precision is None or e.date_precision == precision)
    ]


@pytest.mark.parametrize(
    ("what", "query"),
    [
        ("the US-Russia talks", dict(actors={"USA", "RUS"}, evidence="exploring potential economic cooperation")),
        ("the Istanbul embassy meetings", dict(actors={"USA", "RUS"}, evidence="embassy", place="Istanbul")),
        (
            "the Helsinki news conference",
            dict(actors={"USA", "RUS"}, evidence="news conference", place="Helsinki", day=date(2018, 7, 16)),
        ),
        (
            "China's near-Arctic declaration",
            dict(actors={"CHN"}, evidence="near-Arctic state", day=date(2018, 1, 1), precision="year"),
        ),
        ("the Polar Silk Road", dict(actors={"CHN"}, evidence="Polar Silk Road")),
        ("the Pentagon's Arctic strategy", dict(actors={"USA"}, evidence="Arctic strategy warns")),
        ("NATO and Russia's military build-up", dict(actors={"NATO", "RUS"}, evidence="military")),
    ],
)
def test_seed_article_yields_its_events(seed_events, what, query):
    assert _find(seed_events, **query), f"no event for {what}: {[e.summary for e in seed_events]}"


def test_seed_article_has_at_most_one_country_or_arctic_fallback(seed_events):
    fallbacks = [e for e in seed_events if e.geo_precision in ("country", "arctic") and not e.place_mention]
    assert len(fallbacks) <= 1, [e.summary for e in fallbacks]
