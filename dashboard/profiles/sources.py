"""Provenance of every layer as a table, straight from the layer registry."""

from __future__ import annotations

import pandas as pd

import geodata

__all__ = ["sources_table"]


def sources_table() -> pd.DataFrame:
    """One row per registered layer: name, title, group, feature count, source, version,
    licence, accuracy, accuracy note and the command that rebuilds it."""
    rows = []
    for spec in geodata.layer_specs():
        rows.append(
            {
                "layer": spec.name,
                "title": spec.title,
                "group": spec.group,
                "features": len(geodata.layer(spec.name)),
                "source": spec.source,
                "source_url": spec.source_url,
                "version": spec.version,
                "licence": spec.licence,
                "accuracy": spec.accuracy,
                "accuracy_note": spec.accuracy_note,
                "rebuilt_by": spec.rebuilt_by or "computed at run time",
                "description": spec.description,
            }
        )
    return pd.DataFrame(rows)
