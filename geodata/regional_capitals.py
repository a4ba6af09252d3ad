"""Seats of government of Arctic sub-national regions (a territory's, a state's, a county's ...).

The table is hand-authored in ``geodata/sources/regional_capitals.csv``, one cited row per
region: the gazetteer marks only national capitals (and Nuuk, Tórshavn) as kind ``capital``,
and the extractor needs to know that "the Nunavut government" sits in Iqaluit. Columns:
``region`` (a gazetteer region's name, spelt exactly as the gazetteer spells it), ``capital``
(the gazetteer name of the town or city its government sits in), ``state`` (the ISO 3166-1
alpha-3 code of the state the region belongs to) and ``source`` (the statute or the regional
government's own site that states the seat). Greenland and the Faroes are not rows: the
gazetteer already holds Nuuk and Tórshavn as capitals.

No coordinates are stored here: a region's and a capital's points are the gazetteer's
(:func:`geodata.gazetteer.lookup`, EPSG:4326 degrees). The extractor (``dashboard/events``)
reads the table for regions' capitals and decisions of regional governments. This module never imports
streamlit: it is part of the data tier.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from .gazetteer import fold_name
from .settings import DATA_DIR

__all__ = [
    "REGIONAL_CAPITALS_CSV",
    "REGIONAL_CAPITAL_COLUMNS",
    "RegionalCapitalError",
    "load_regional_capitals",
]

#: The hand-authored table (UTF-8 CSV, header row :data:`REGIONAL_CAPITAL_COLUMNS`).
REGIONAL_CAPITALS_CSV = DATA_DIR.parent / "sources" / "regional_capitals.csv"
REGIONAL_CAPITAL_COLUMNS: tuple[str, ...] = ("region", "capital", "state", "source")

_STATE_CODE = re.compile(r"[A-Z]{3}")


class RegionalCapitalError(ValueError):
    """The regional capitals table is invalid; the message names the file and line."""


@lru_cache(maxsize=4)
def _load(path: Path) -> tuple[dict[str, str], ...]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != REGIONAL_CAPITAL_COLUMNS:
            raise RegionalCapitalError(f"{path}:1: header must be {','.join(REGIONAL_CAPITAL_COLUMNS)}")
        # reader.line_num is the physical line a record ends on (blank lines are skipped).
        raw = [(reader.line_num, row) for row in reader]
    rows: list[dict[str, str]] = []
    seen: dict[str, int] = {}
    for line, row in raw:
        if None in row or None in row.values():
            # csv puts extra fields under the key None and leaves missing ones None.
            raise RegionalCapitalError(
                f"{path}:{line}: {len(REGIONAL_CAPITAL_COLUMNS)} fields expected (quote a comma)"
            )
        row = {k: v.strip() for k, v in row.items()}
        where = f"{path}:{line} ({row['region'] or '?'})"
        missing = [c for c in REGIONAL_CAPITAL_COLUMNS if not row[c]]
        if missing:
            raise RegionalCapitalError(f"{where}: no {', '.join(missing)}")
        if not _STATE_CODE.fullmatch(row["state"]):
            raise RegionalCapitalError(f"{where}: state {row['state']!r} is not an ISO 3166-1 alpha-3 code")
        key = fold_name(row["region"])
        if key in seen:
            raise RegionalCapitalError(f"{where}: region already on line {seen[key]}")
        seen[key] = line
        rows.append(row)
    return tuple(rows)


def load_regional_capitals(path: Path | None = None) -> list[dict[str, str]]:
    """Every region's seat of government, in table order.

    Parameters
    ----------
    path : pathlib.Path, optional
        Another table to read (tests); :data:`REGIONAL_CAPITALS_CSV` by default.

    Returns
    -------
    list[dict[str, str]]
        One dict of :data:`REGIONAL_CAPITAL_COLUMNS` (stripped strings) per row; fresh
        copies, safe to modify. Coordinates are the gazetteer's, not this table's.

    Raises
    ------
    RegionalCapitalError
        The header is wrong, or a row has a missing or extra field, a ``state`` that is not
        three upper-case letters, or a region an earlier row already has; the message names
        ``file:line``.
    """
    return [dict(row) for row in _load(Path(path) if path is not None else REGIONAL_CAPITALS_CSV)]
