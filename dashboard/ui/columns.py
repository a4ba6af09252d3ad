"""Column labels with units, shared by the tables that show the same quantities."""

from __future__ import annotations

import streamlit as st

__all__ = ["cara_volume_columns"]


def cara_volume_columns(prefix: str = "") -> dict[str, st.column_config.NumberColumn]:
    """``st.dataframe`` column config for USGS CARA volumes (columns ``{prefix}oil_bbo`` ...):
    oil and NGL in billion barrels, gas in trillion cubic feet."""
    return {
        f"{prefix}oil_bbo": st.column_config.NumberColumn("oil (billion bbl)", format="%.3f"),
        f"{prefix}gas_tcf": st.column_config.NumberColumn("gas (Tcf)", format="%.2f"),
        f"{prefix}ngl_bbo": st.column_config.NumberColumn("NGL (billion bbl)", format="%.3f"),
        f"{prefix}boe_bbo": st.column_config.NumberColumn("oil equivalent (billion bbl)", format="%.3f"),
    }
