"""Arctic Atlas geodata: GeoPandas layers by name, with their provenance.

>>> import geodata
>>> geodata.layer_names()[:2]
['states', 'territories']
>>> geodata.layer("states").crs.to_epsg()
4326

This package never imports streamlit: it is the data tier.
"""

from __future__ import annotations

from .layers import layer, layer_names, layer_path, layer_spec, layer_specs
from .registry import ACCURACY_LEVELS, GROUPS, STATE_PROFILE_ROLES, LayerSpec, LayerStyle, LegendEntry
from .settings import EQUAL_AREA_CRS, GEOGRAPHIC_CRS, MAP_EXTENT_MIN_LAT, POLAR_CRS

__all__ = [
    "ACCURACY_LEVELS",
    "EQUAL_AREA_CRS",
    "GEOGRAPHIC_CRS",
    "GROUPS",
    "LayerSpec",
    "LayerStyle",
    "LegendEntry",
    "MAP_EXTENT_MIN_LAT",
    "POLAR_CRS",
    "STATE_PROFILE_ROLES",
    "layer",
    "layer_names",
    "layer_path",
    "layer_spec",
    "layer_specs",
]
