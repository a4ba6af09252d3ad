"""Profiles of the eight Arctic states, and a table comparing them, from the layers.

Every figure is read from a registry layer, chosen by its ``state_profile`` role, so a
profile says what the map shows:

- land area: ``area_km2`` of the territory layer (``states``: equal-area EPSG:6931, of the land
  north of the map edge at 40°N: the contiguous United States is cut there), with each part
  from the parts layer (``territories``);
- EEZ area: the sum of the state's zones in the zones layer (``eez``: computed, approximate;
  geodesic km²). Zones whose ``status`` is "disputed" are counted apart: Norway's Svalbard
  zone, and the Beaufort Sea wedge that Canada and the United States both claim (counted for both);
- points (ports, military installations): rows of each points layer with the state's ``iso3``;
- NATO and Arctic Council status: columns of the territory layer;
- CARA resources: :func:`dashboard.profiles.resources.state_attribution` (shared provinces split
  equally among their states; an approximation, see its ``ATTRIBUTION_NOTE``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import geopandas as gpd
import pandas as pd

import geodata
from dashboard.map.camera import fit_geometries
from dashboard.map.deck import PolarView
from dashboard.map.selection import state_profile_layer, state_profile_layers
from dashboard.profiles.resources import VOLUME_COLUMNS, state_attribution

__all__ = [
    "STATE_PARAM",
    "StateProfile",
    "comparison_table",
    "parse_state_param",
    "point_count_column",
    "state_codes",
    "state_label",
    "state_profile",
    "state_view",
]

#: Query-string key that selects a state on the States page (``?state=NOR``).
STATE_PARAM = "state"

_POINT_COLUMNS = ["name", "kind", "note", "lat", "lon", "source"]


def _split(iso3: str) -> list[str]:
    """The states of an ``iso3`` value; the disputed Beaufort wedge is stored as "CAN|USA"."""
    return [part for part in str(iso3).split("|") if part]


@lru_cache(maxsize=1)
def _states() -> pd.DataFrame:
    return geodata.layer(state_profile_layer("territory")).drop(columns="geometry").set_index("iso3")


def point_count_column(name: str) -> str:
    """The comparison table's column counting a state's rows of points layer ``name``: its
    title in snake case ("Arctic ports" -> ``arctic_ports``)."""
    return "_".join(geodata.layer_spec(name).title.lower().split())


def state_codes() -> list[str]:
    """ISO3 codes of the eight Arctic states, ordered by name (Canada ... United States)."""
    return list(_states().sort_values("name").index)


def state_label(iso3: str) -> str:
    """The state's name as the selectbox shows it, e.g. "Norway"."""
    return str(_states().loc[iso3, "name"]) if iso3 in _states().index else iso3


def parse_state_param(value: str | list[str] | None) -> str | None:
    """The state code in a ``?state=`` value ("NOR", "nor" or "Norway"), or ``None`` when
    absent or not one of the eight (an old or hand-edited link still opens the page)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if not value:
        return None
    wanted = str(value).strip().casefold()
    for iso3, name in _states()["name"].items():
        if wanted in (iso3.casefold(), str(name).casefold()):
            return str(iso3)
    return None


def _check(iso3: str) -> str:
    if iso3 not in _states().index:
        raise ValueError(f"unknown Arctic state {iso3!r}; use one of {', '.join(state_codes())}")
    return iso3


@dataclass(frozen=True)
class StateProfile:
    """One Arctic state's figures. Areas are km²; volumes are billion barrels (oil, NGL, oil
    equivalent) and trillion cubic feet (gas).

    ``zones`` lists its EEZ zones (``zone``, ``status``, ``area_km2``, ``counted_as``:
    "EEZ" or "disputed"); ``parts`` its territories with land areas; ``points`` its rows of
    each points layer, by layer name (ports, military installations); ``provinces`` the CARA
    provinces that count for it with its ``share``.
    """

    iso3: str
    name: str
    land_km2: float
    eez_km2: float
    eez_disputed_km2: float
    nato_member: bool
    nato_since: int | None
    nato_status: str
    arctic_council: str
    parts: pd.DataFrame
    zones: pd.DataFrame
    points: dict[str, pd.DataFrame]
    provinces: pd.DataFrame
    resources: dict[str, float]

    @property
    def eez_total_km2(self) -> float:
        """EEZ including the disputed zones the state claims, km²."""
        return self.eez_km2 + self.eez_disputed_km2


def _zones(iso3: str) -> pd.DataFrame:
    eez = geodata.layer(state_profile_layer("zones")).drop(columns="geometry")
    mine = eez[[iso3 in _split(code) for code in eez["iso3"]]].copy()
    mine["counted_as"] = ["disputed" if status == "disputed" else "EEZ" for status in mine["status"]]
    columns = ["zone", "status", "counted_as", "area_km2", "boundaries", "note"]
    return mine[[c for c in columns if c in mine.columns]].sort_values("area_km2", ascending=False, ignore_index=True)


def _points(name: str, iso3: str) -> pd.DataFrame:
    points = geodata.layer(name).drop(columns="geometry")
    mine = points[points["iso3"] == iso3]
    return mine[[c for c in _POINT_COLUMNS if c in mine.columns]].sort_values("lat", ascending=False, ignore_index=True)


@lru_cache(maxsize=16)
def _profile(iso3: str) -> StateProfile:
    row = _states().loc[iso3]
    parts = geodata.layer(state_profile_layer("parts")).drop(columns="geometry")
    parts = parts[parts["iso3"] == iso3][["territory", "status", "area_km2"]]
    zones = _zones(iso3)
    attribution = state_attribution()
    provinces = attribution[attribution["iso3"] == iso3].drop(columns="iso3").reset_index(drop=True)
    since = row.get("nato_since")
    return StateProfile(
        iso3=iso3,
        name=str(row["name"]),
        land_km2=float(row["area_km2"]),
        eez_km2=float(zones.loc[zones["counted_as"] == "EEZ", "area_km2"].sum()),
        eez_disputed_km2=float(zones.loc[zones["counted_as"] == "disputed", "area_km2"].sum()),
        nato_member=bool(row["nato_member"]),
        nato_since=None if pd.isna(since) else int(since),
        nato_status=str(row["nato_status"]),
        arctic_council=str(row["arctic_council_role"]),
        parts=parts.sort_values("area_km2", ascending=False, ignore_index=True),
        zones=zones,
        points={name: _points(name, iso3) for name in state_profile_layers("points")},
        provinces=provinces.sort_values("boe_bbo", ascending=False, ignore_index=True),
        resources={column: float(provinces[column].sum()) for column in VOLUME_COLUMNS},
    )


def state_profile(iso3: str) -> StateProfile:
    """The profile of Arctic state ``iso3`` (e.g. "NOR"); ``ValueError`` naming the eight
    codes otherwise. Cached: treat the returned tables as read-only."""
    return _profile(_check(iso3))


def comparison_table() -> pd.DataFrame:
    """The eight states side by side, one row each, largest land area first.

    Columns (units in the names): ``state``, ``iso3``, ``land_km2``, ``eez_km2`` (zones not
    disputed), ``eez_disputed_km2``, one count per points layer (:func:`point_count_column`:
    ``arctic_ports``, ``military_installations``), ``nato_member``, ``nato_since``, ``arctic_council``, ``cara_oil_bbo``, ``cara_gas_tcf``,
    ``cara_ngl_bbo``, ``cara_boe_bbo``, ``cara_boe_share_pct`` (CARA figures attributed with
    the equal-split approximation).
    """
    rows = []
    for iso3 in state_codes():
        p = state_profile(iso3)
        rows.append(
            {
                "state": p.name,
                "iso3": iso3,
                "land_km2": round(p.land_km2),
                "eez_km2": round(p.eez_km2),
                "eez_disputed_km2": round(p.eez_disputed_km2),
                **{point_count_column(name): len(rows) for name, rows in p.points.items()},
                "nato_member": "yes" if p.nato_member else "no",
                "nato_since": p.nato_since,
                "arctic_council": p.arctic_council,
                **{f"cara_{column}": round(p.resources[column], 3) for column in VOLUME_COLUMNS},
            }
        )
    table = pd.DataFrame(rows)
    table["nato_since"] = table["nato_since"].astype("Int64")
    table["cara_boe_share_pct"] = (100.0 * table["cara_boe_bbo"] / table["cara_boe_bbo"].sum()).round(1)
    return table.sort_values("land_km2", ascending=False, ignore_index=True)


def state_view(iso3: str, *, width_px: int = 800, height_px: int = 560) -> PolarView:
    """The camera framing the state's territory and its EEZ zones on a chart of that size."""
    _check(iso3)
    territory = geodata.layer(state_profile_layer("territory"))
    territory = territory[territory["iso3"] == iso3].geometry
    eez = geodata.layer(state_profile_layer("zones"))
    zones = eez[[iso3 in _split(code) for code in eez["iso3"]]].geometry
    both = gpd.GeoSeries(pd.concat([territory, zones], ignore_index=True), crs=geodata.GEOGRAPHIC_CRS)
    return fit_geometries(both, width_px=width_px, height_px=height_px)
