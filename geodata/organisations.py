"""Arctic organisations (companies, shipping lines, agencies) and the actor each acts for.

The table is hand-authored in ``geodata/sources/organisations.csv``, one cited row per
organisation, chosen from general lists, never from article text: every operator or partner
named in the ``resource_projects`` layer, every carrier named in the ``ports`` layer, and the
Arctic sealift and icebreaker carriers of the coastal states (``basis`` says which). Columns:
``name``, ``alt_names`` (pipe-separated), ``actor`` (the ISO 3166-1 alpha-3 code of the state the
organisation is headquartered in or owned by, or GRL/FRO for Greenland's and the Faroes' own),
``kind``, ``basis`` and ``source`` (where the headquarters or owner is stated).

The extractor (``dashboard/events``) reads these names as actors. This module never imports
streamlit: it is part of the data tier.
"""

from __future__ import annotations

import csv
from functools import lru_cache

from .settings import DATA_DIR

__all__ = ["ORGANISATION_COLUMNS", "ORGANISATIONS_CSV", "OrganisationError", "load_organisations"]

#: The hand-authored table (UTF-8 CSV, header row :data:`ORGANISATION_COLUMNS`).
ORGANISATIONS_CSV = DATA_DIR.parent / "sources" / "organisations.csv"
ORGANISATION_COLUMNS: tuple[str, ...] = ("name", "alt_names", "actor", "kind", "basis", "source")


class OrganisationError(ValueError):
    """The organisations table is invalid; the message names the row."""


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, str], ...]:
    with ORGANISATIONS_CSV.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != ORGANISATION_COLUMNS:
            raise OrganisationError(f"{ORGANISATIONS_CSV}: header must be {','.join(ORGANISATION_COLUMNS)}")
        raw = list(reader)
    for line, row in enumerate(raw, start=2):
        if None in row or None in row.values():
            # csv puts extra fields under the key None and leaves missing ones None.
            raise OrganisationError(
                f"{ORGANISATIONS_CSV}:{line}: {len(ORGANISATION_COLUMNS)} fields expected (quote a comma)"
            )
    rows = tuple({k: v.strip() for k, v in row.items()} for row in raw)
    for line, row in enumerate(rows, start=2):
        missing = [c for c in ("name", "actor", "basis", "source") if not row[c]]
        if missing:
            raise OrganisationError(f"{ORGANISATIONS_CSV}:{line} ({row['name'] or '?'}): no {', '.join(missing)}")
    return rows


def load_organisations() -> list[dict[str, str]]:
    """Every organisation as a dict of :data:`ORGANISATION_COLUMNS` (strings), in table order."""
    return [dict(row) for row in _load()]
