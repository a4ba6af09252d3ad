"""The place-candidate headroom quoted in the README's extraction section: development sets only, every miss counted
once, and the rules' right places a part of the events with a right candidate.

``python -m tests.place_candidates`` prints the counts.
"""

from __future__ import annotations

from tests.extraction_sets import SETS
from tests.place_candidates import NOWHERE, SOURCES, main, tally


def test_held_out_sets_are_not_read():
    held_out = [s for s in SETS if not s.list_misses]
    assert held_out, "there are held-out sets"
    assert tally(held_out) == {}


def test_each_miss_is_counted_once_and_the_right_places_are_candidates(capsys):
    counts = tally()
    misses = counts["scored"] - counts["placed right"]
    assert counts["scored"] > 2000
    assert sum(counts[source] for source in (*SOURCES, NOWHERE)) == misses
    assert counts["placed right"] <= counts["a right candidate"] <= counts["scored"]
    assert counts["a right candidate"] == counts["placed right"] + misses - counts[NOWHERE]
    main()
    assert f"misses by where the first right candidate is: {misses}" in capsys.readouterr().out
