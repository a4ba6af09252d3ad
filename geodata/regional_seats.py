"""Where the government of an Arctic region sits: a territory's, province's, state's, county's or federal
subject's seat (Nunavut's at Iqaluit, Alaska's at Juneau, Finnmark's at Vadsø).

The table is hand-authored in ``geodata/sources/regional_seats.csv``, one cited row per region, the
regions being the gazetteer's sub-national divisions with a government of their own. Columns: ``region``
and ``seat`` (gazetteer names; the seat lies in the region's state), ``body`` (the government or
assembly that sits there) and ``source``. The extractor (``dashboard/events``) places what a region's
government or legislature does at its seat, as it places a state's acts at the state's capital.

No build step. This module never imports streamlit: it is part of the data tier.
"""

from __future__ import annotations

import csv
from functools import lru_cache

from .settings import DATA_DIR

__all__ = ["REGIONAL_SEAT_COLUMNS", "REGIONAL_SEATS_CSV", "RegionalSeatError", "load_regional_seats"]

#: The hand-authored table (UTF-8 CSV, header row :data:`REGIONAL_SEAT_COLUMNS`).
REGIONAL_SEATS_CSV = DATA_DIR.parent / "sources" / "regional_seats.csv"
REGIONAL_SEAT_COLUMNS: tuple[str, ...] = ("region", "seat", "body", "source")


class RegionalSeatError(ValueError):
    """The regional seats table is invalid; the message names the row."""


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, str], ...]:
    with REGIONAL_SEATS_CSV.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != REGIONAL_SEAT_COLUMNS:
            raise RegionalSeatError(f"{REGIONAL_SEATS_CSV}: header must be {','.join(REGIONAL_SEAT_COLUMNS)}")
        raw = list(reader)
    rows = []
    for line, row in enumerate(raw, start=2):
        if None in row or None in row.values():
            raise RegionalSeatError(f"{REGIONAL_SEATS_CSV}:{line}: {len(REGIONAL_SEAT_COLUMNS)} fields expected")
        row = {k: v.strip() for k, v in row.items()}
        if missing := [c for c in REGIONAL_SEAT_COLUMNS if not row[c]]:
            raise RegionalSeatError(f"{REGIONAL_SEATS_CSV}:{line} ({row['region'] or '?'}): no {', '.join(missing)}")
        rows.append(row)
    return tuple(rows)


def load_regional_seats() -> dict[str, str]:
    """Each region's gazetteer name -> its seat's gazetteer name, in table order."""
    return {row["region"]: row["seat"] for row in _load()}
