"""Column labels with units, shared by the tables that show the same quantities."""

from __future__ import annotations

import streamlit as st

from geodata.catalog.resources import CARA_VOLUMES, cara_volume_label

__all__ = ["cara_volume_columns"]

# Oil, NGL and oil equivalent to the million barrels; gas to the ten billion cubic feet.
_DECIMALS = {"gas_tcf": 2}


def cara_volume_columns(prefix: str = "") -> dict[str, st.column_config.NumberColumn]:
    """``st.dataframe`` column config for USGS CARA volumes (columns ``{prefix}oil_bbo`` ...),
    labelled with their units from the registry's :data:`CARA_VOLUMES`."""
    return {
        f"{prefix}{column}": st.column_config.NumberColumn(
            cara_volume_label(column), format=f"%.{_DECIMALS.get(column, 3)}f"
        )
        for column in CARA_VOLUMES
    }
