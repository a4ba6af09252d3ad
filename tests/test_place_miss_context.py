"""The place-miss breakdown quoted in the README's extraction section: development sets only, every miss counted once.

``python -m tests.place_miss_context`` prints where the place of each event missed by its place alone is told.
"""

from __future__ import annotations

from tests.extraction_sets import SETS
from tests.place_miss_context import KINDS, main, place_misses


def test_only_development_sets_are_read_and_each_miss_has_one_kind(capsys):
    misses = place_misses()
    held_out = {s.directory.name for s in SETS if not s.list_misses}
    assert misses, "the development sets have events missed by their place"
    assert all(kind in KINDS for kind, *_ in misses)
    assert not any(where.split("/")[0] in held_out for _, where, _, _ in misses)
    main([])
    printed = capsys.readouterr().out
    counts = [int(line.rsplit(": ", 1)[1]) for line in printed.splitlines()[1:]]
    assert sum(counts) == len(misses) and len(counts) == len(KINDS)
