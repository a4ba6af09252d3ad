"""Ready-made views that read well on a projector: few layers, framed on one region (no Streamlit).

Each preset takes its layers from the registry (the ``basemap`` flag, sidebar groups) and names a
layer only where a group would bring too much; those names are checked against the registry when
this module is imported. Regions are framed with :func:`dashboard.map.camera.fit_bounds` on real
geometry: gazetteer places (a sea or strait is a point, so each gets a ``pad_km`` margin) and named
features of registry layers (Greenland from ``territories``, the NSR from ``routes``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import geopandas as gpd
from shapely.geometry import box

import geodata
from dashboard.events.filters import EventsViewState
from dashboard.map.camera import fit_bounds
from dashboard.map.selection import basemap_layers, layers_in_group

from .model import FeatureRef, View, feature_key_column

__all__ = ["PRESET_SIZE_PX", "Preset", "preset", "preset_names", "preset_view", "presets"]

#: Presets are framed for a 16:9 screen of this size (the camera's ``height_px`` is the height).
PRESET_SIZE_PX = (1600, 900)


@dataclass(frozen=True)
class Preset:
    """A named view recipe: ``layers`` builds the layer list from the registry, ``places`` and
    ``features`` are what the camera frames, ``pad_km`` the margin around each place."""

    name: str
    title: str
    description: str
    layers: Callable[[], list[str]]
    places: tuple[str, ...] = ()
    features: tuple[FeatureRef, ...] = ()
    pad_km: float = 250.0


def _basemap_and(*extra: str) -> Callable[[], list[str]]:
    return lambda: [*basemap_layers(), *extra]


def _basemap_and_group(group: str, *extra: str) -> Callable[[], list[str]]:
    return lambda: [*basemap_layers(), *layers_in_group(group), *extra]


_PRESETS: tuple[Preset, ...] = (
    Preset(
        name="arctic",
        title="The Arctic: states and events",
        description="The whole Arctic with the eight states and the events only.",
        layers=basemap_layers,
        features=(FeatureRef("arctic_circle", "Arctic Circle"),),
        pad_km=0.0,
    ),
    Preset(
        name="barents-kola",
        title="The Barents Sea and the Kola Peninsula",
        description="Bases, ports and EEZs from Svalbard to Novaya Zemlya and the Kola bases.",
        layers=_basemap_and("eez", "bases", "ports"),
        places=("Barents Sea", "Kola Peninsula", "Svalbard", "Novaya Zemlya", "Finnmark", "Franz Josef Land"),
    ),
    Preset(
        name="bering-alaska",
        title="The Bering Strait and Alaska",
        description="Alaska, Chukotka and the Bering Strait: EEZs, bases and ports.",
        layers=_basemap_and("eez", "bases", "ports"),
        places=("Bering Strait", "Chukotka", "Alaska", "North Slope", "Chukchi Sea", "Bering Sea", "Nome"),
    ),
    Preset(
        name="greenland-giuk",
        title="Greenland and the GIUK gap",
        description="Greenland, Iceland and the Faroes: the North Atlantic gateway, with bases and EEZs.",
        layers=_basemap_and("eez", "bases"),
        places=("GIUK gap", "Faroe Islands", "Denmark Strait", "Shetland", "Fram Strait"),
        features=(FeatureRef("territories", "Greenland"),),
        pad_km=150.0,
    ),
    Preset(
        name="northern-sea-route",
        title="The Northern Sea Route",
        description="The NSR along Russia's Arctic coast with its ports (the Shipping layers).",
        layers=_basemap_and_group("Shipping"),
        features=(FeatureRef("routes", "Northern Sea Route"),),
        pad_km=150.0,
    ),
)


def _check_against_registry() -> None:
    known = set(geodata.layer_names())
    for item in _PRESETS:
        missing = [name for name in [*item.layers(), *(f.layer for f in item.features)] if name not in known]
        if missing:
            raise RuntimeError(f"briefing preset {item.name!r} names unknown layers {missing}")


_check_against_registry()


def presets() -> tuple[Preset, ...]:
    """Every preset, in menu order."""
    return _PRESETS


def preset_names() -> list[str]:
    """The presets' names (``arctic``, ``barents-kola``, ...)."""
    return [p.name for p in _PRESETS]


def preset(name: str) -> Preset:
    """The preset called ``name``; ``KeyError`` listing the names otherwise."""
    for item in _PRESETS:
        if item.name == name:
            return item
    raise KeyError(f"unknown preset {name!r}; presets are {', '.join(preset_names())}")


def _framed_geometry(item: Preset) -> gpd.GeoSeries:
    """What ``item`` frames, in EPSG:3413 metres: padded places plus the named features."""
    from geodata.gazetteer import lookup

    shapes = []
    pad = item.pad_km * 1000.0
    for place in item.places:
        row = lookup(place)
        if row is None:
            raise RuntimeError(f"briefing preset {item.name!r}: {place!r} is not in the gazetteer")
        point = gpd.GeoSeries.from_xy([row["lon"]], [row["lat"]], crs=geodata.GEOGRAPHIC_CRS).to_crs(geodata.POLAR_CRS)
        x, y = point.iloc[0].x, point.iloc[0].y
        shapes.append(box(x - pad, y - pad, x + pad, y + pad))
    for ref in item.features:
        gdf = geodata.layer(ref.layer)
        column = feature_key_column(ref.layer)
        match = gdf[gdf[column].astype(str) == ref.name] if column else gdf.iloc[0:0]
        if match.empty:
            raise RuntimeError(f"briefing preset {item.name!r}: no feature {ref.name!r} in layer {ref.layer!r}")
        shapes += list(
            match.to_crs(geodata.POLAR_CRS).geometry.buffer(pad) if pad else match.to_crs(geodata.POLAR_CRS).geometry
        )
    return gpd.GeoSeries(shapes, crs=geodata.POLAR_CRS)


@lru_cache(maxsize=16)
def preset_view(name: str) -> View:
    """The :class:`View` of preset ``name``: its layers, events on, the camera framing its region
    on a :data:`PRESET_SIZE_PX` screen."""
    item = preset(name)
    width_px, height_px = PRESET_SIZE_PX
    camera = fit_bounds(_framed_geometry(item).total_bounds, width_px=width_px, height_px=height_px, margin=0.03)
    return View(
        layers=tuple(dict.fromkeys(item.layers())),
        camera=camera,
        events=EventsViewState(on=True),
        title=item.title,
        projector_text=True,
    )
