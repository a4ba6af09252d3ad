"""The second annotations behind the agreement figures: the same happenings as the gold, well formed.

``python -m tests.annotation_agreement`` compares them with the gold; the figures are quoted in
tests/data/articles/README.md as the bound on what any extractor can score.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.annotation_agreement import agreement, pairs, second_annotated_sets

SETS = second_annotated_sets()


def test_two_sets_are_annotated_twice():
    assert {p.name for p in SETS} >= {"blind16", "blind17"}


@pytest.mark.parametrize("set_dir", SETS, ids=[p.name for p in SETS])
def test_the_second_annotation_is_of_the_gold_events_and_well_formed(set_dir):
    for _gold, theirs in pairs(set_dir):
        date.fromisoformat(theirs["date"])
        assert theirs["date_precision"] in ("day", "month", "year")
        if theirs["place"] is not None:
            assert -90 <= theirs["lat"] <= 90 and -180 <= theirs["lon"] <= 180
        assert isinstance(theirs["actors"], list)


@pytest.mark.parametrize("set_dir", SETS, ids=[p.name for p in SETS])
def test_agreement_is_counted_over_every_event(set_dir):
    tally = agreement(set_dir)
    assert tally.events == len(pairs(set_dir))
    assert 0 < tally.place <= tally.placed <= tally.events
