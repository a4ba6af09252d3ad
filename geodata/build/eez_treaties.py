"""Typed-in maritime boundary facts for the ``eez`` build: treaty lines, priorities, disputes.

Everything here is a published fact with its citation; :mod:`geodata.build.eez` turns it into
geometry. Coordinates are (longitude, latitude) in degrees, WGS 84. Longitudes west of the
antimeridian in the Bering Sea are written "unwrapped" (167°E is -193°) so that each line is
continuous.

Precision. Where a treaty's turning points could be transcribed they are marked ``published``;
the others were placed by following the treaty's own description (e.g. "midway between Attu
and Copper Island") or its published map, and are marked ``approximate`` (a few to ~20 km).
At the 1:50m scale of the coastline (and of this layer) the difference is hardly visible, but
the layer is labelled approximate and must not be used for legal limits.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..measure import WGS84

__all__ = [
    "BEAUFORT_WEDGE",
    "DisputedArea",
    "PRIORITY_RULES",
    "PriorityRule",
    "TREATIES",
    "TreatyLine",
]

Lonlat = tuple[float, float]


@dataclass(frozen=True)
class TreatyLine:
    """An agreed boundary between the zones ``side_a`` and ``side_b`` (zone keys of the build).

    ``line`` runs through the turning points; ``a_closure``/``b_closure`` are extra vertices
    that, appended after the line's last point, close a polygon on that party's side. The
    union of the two polygons is where the treaty, not the median line, decides who owns
    the water: inside it, each side keeps everything within either party's 200 nm that lies
    on its side (which is how the treaties treat the "special areas").
    """

    key: str
    title: str
    citation: str
    side_a: tuple[str, ...]
    side_b: tuple[str, ...]
    line: tuple[Lonlat, ...]
    a_closure: tuple[Lonlat, ...]
    b_closure: tuple[Lonlat, ...]
    precision: str


@dataclass(frozen=True)
class PriorityRule:
    """``winner`` keeps its full 200-nm zone where it overlaps ``loser``'s zone."""

    winner: str
    loser: str
    title: str
    citation: str


@dataclass(frozen=True)
class DisputedArea:
    """Water claimed by two zones: ``claim_box`` (lon/lat ring) cut from ``taken_from``'s zone."""

    zone: str
    iso3: str
    taken_from: tuple[str, ...]
    claim_box: tuple[Lonlat, ...]
    note: str
    citation: str


_BERING_MERIDIAN = -(168 + 58 / 60 + 37 / 3600)  # 168°58'37"W


def _compromise_line(start: Lonlat, end: Lonlat, n: int = 12) -> list[Lonlat]:
    """Points between ``start`` and ``end`` halfway between the great circle and the rhumb line.

    The 1867 Convention did not say which projection its "straight lines" were drawn on;
    the 1990 agreement settled on a line between the two readings.
    """
    great = np.array(WGS84.npts(*start, *end, n))
    great[:, 0] = np.where(great[:, 0] > 0, great[:, 0] - 360.0, great[:, 0])  # keep unwrapped
    t = np.linspace(0, 1, n + 2)[1:-1]
    merc = lambda lat: np.log(np.tan(np.pi / 4 + np.radians(lat) / 2))  # noqa: E731
    y = merc(start[1]) + t * (merc(end[1]) - merc(start[1]))
    rhumb_lat = np.degrees(2 * np.arctan(np.exp(y)) - np.pi / 2)
    lons = start[0] + t * (end[0] - start[0])
    # Great-circle latitude at the rhumb line's longitudes, then average the two latitudes.
    great_lat = (
        np.interp(lons, great[::-1, 0], great[::-1, 1])
        if great[0, 0] > great[-1, 0]
        else np.interp(lons, great[:, 0], great[:, 1])
    )
    return [(float(x), float((a + b) / 2)) for x, a, b in zip(lons, great_lat, rhumb_lat)]


_USA_RUSSIA_LINE: tuple[Lonlat, ...] = (
    (_BERING_MERIDIAN, 86.0),  # "into the Arctic Ocean as far as permitted under international law"
    (_BERING_MERIDIAN, 65.5),  # published: 65°30'N 168°58'37"W
    (-172.0, 64.2),  # approximate: midway between St Lawrence Island and Cape Chukotsky
    (-175.0, 62 + 35 / 60),  # published: 62°35'N 175°00'W
    *_compromise_line((-175.0, 62 + 35 / 60), (-189.7, 53.7)),
    (-189.7, 53.7),  # approximate: midway between Attu and Copper (Medny) Island
    (-193.0, 52.3),  # approximate: the meridian of 193°W (167°E)
)

_NORWAY_RUSSIA_LINE: tuple[Lonlat, ...] = (
    (32 + 4 / 60 + 23.00 / 3600, 70 + 16 / 60 + 28.95 / 3600),  # published: point 1 (end of the 2007 line)
    (37.0, 73.65),  # approximate (treaty map): south-eastern bend
    (38.2, 75.2),  # approximate: east of the "Loophole"
    (38.0, 75.8),
    (37.0, 77.2),
    (35.0, 79.55),  # approximate: between Kvitøya (Svalbard) and Victoria Island (Franz Josef Land)
    (34.3, 80.55),
    (32.1, 84.7),  # approximate: end in the Arctic Ocean (the line is 907 M long)
)

_HANS_ISLAND_LINE: tuple[Lonlat, ...] = (
    (-67.07, 80.69),  # approximate: the 1973 median line south of the island
    (-(66 + 29.0 / 60), 80 + 49.2 / 60),  # published: 1973 agreement point 122 (80°49.2'N 66°29.0'W)
    (-(66 + 26.3 / 60), 80 + 49.8 / 60),  # published: 1973 agreement point 123 (80°49.8'N 66°26.3'W)
    (-65.85, 80.96),  # approximate: the 1973 median line north of the island
)

_GREENLAND_JAN_MAYEN_LINE: tuple[Lonlat, ...] = (
    (-5.0, 74.36),  # approximate: point A, where the median line meets Greenland's 200-nm limit
    # Approximate: halfway between the median line and Greenland's 200-nm limit, the Court's
    # equal division (ICJ Reports 1993, paras. 91-92), measured on our coastline at each parallel.
    (-6.71, 74.0),
    (-8.56, 73.5),
    (-10.29, 73.0),
    (-11.73, 72.5),
    (-12.78, 72.0),
    (-13.32, 71.5),
    (-13.46, 71.0),
    (-13.5, 70.5),
    (-13.56, 70.0),
    (-(13 + 16 / 60), 69 + 35 / 60),  # published: tri-point with Iceland, 69°35'00"N 13°16'00"W (1997)
)

#: Agreed boundaries typed in; they override the computed median line near them.
TREATIES: tuple[TreatyLine, ...] = (
    TreatyLine(
        key="USA-RUS-1990",
        title="USA–USSR Maritime Boundary Agreement (1990)",
        citation=(
            "Agreement between the USA and the USSR on the Maritime Boundary, Washington, 1 June 1990 "
            "(provisionally applied; US Senate consent 1991; US Dept. of State, Limits in the Seas "
            "No. 112 and Treaty Doc. 101-22): along 168°58'37\"W north of 65°30'N, and the 1867 "
            "Convention line through the Bering Sea"
        ),
        side_a=("RUS",),
        side_b=("USA-AK",),
        line=_USA_RUSSIA_LINE,
        a_closure=((-215.0, 52.3), (-215.0, 86.0)),
        b_closure=((-150.0, 52.3), (-150.0, 86.0)),
        precision="published meridian and 62°35'N 175°W; Bering Sea bends approximate",
    ),
    TreatyLine(
        key="NOR-RUS-2010",
        title="Norway–Russia Barents Sea treaty (Murmansk, 2010)",
        citation=(
            "Treaty between the Kingdom of Norway and the Russian Federation concerning Maritime "
            "Delimitation and Cooperation in the Barents Sea and the Arctic Ocean, Murmansk, "
            "15 September 2010, Article 1 (in force 7 July 2011); point 1 is the end of the 2007 "
            "Varangerfjord agreement line"
        ),
        side_a=("RUS",),
        side_b=("NOR", "SJM-SV"),
        line=_NORWAY_RUSSIA_LINE,
        a_closure=((45.0, 84.7), (45.0, 69.0), (32.5, 69.0)),
        b_closure=((10.0, 84.7), (10.0, 69.0), (31.5, 69.0)),
        precision="point 1 published; points 2-8 approximate (from the treaty map)",
    ),
    TreatyLine(
        key="DNK-NOR-1995",
        title="Greenland–Jan Mayen boundary (ICJ 1993; Denmark–Norway agreement 1995)",
        citation=(
            "Maritime Delimitation in the Area between Greenland and Jan Mayen (Denmark v. Norway), "
            "Judgment, I.C.J. Reports 1993, p. 38; Denmark–Norway agreement of 18 December 1995 and "
            "its additional protocol of 11 November 1997 (tri-point 69°35'N 13°16'W)"
        ),
        side_a=("GRL",),
        side_b=("SJM-JM",),
        line=_GREENLAND_JAN_MAYEN_LINE,
        a_closure=((-16.5, 69.3), (-16.5, 74.36)),
        b_closure=((-10.0, 69.3), (-2.0, 74.36)),
        precision="tri-point published; the rest reconstructed from the Court's equal-division method",
    ),
    TreatyLine(
        key="CAN-DNK-2022",
        title="Canada–Denmark/Greenland boundary agreement (2022): Hans Island split",
        citation=(
            "Agreement between Canada and the Kingdom of Denmark together with the Government of "
            "Greenland on the maritime and land boundary in the area between Greenland and Canada, "
            "Ottawa, 14 June 2022 (Hans Island/Tartupaluk split along a ravine); joins points 122 "
            "and 123 of the 1973 continental shelf agreement. Elsewhere (Nares Strait, Baffin Bay, "
            "Davis Strait) the agreed line is an equidistance line, which the median line reproduces"
        ),
        side_a=("CAN",),
        side_b=("GRL",),
        line=_HANS_ISLAND_LINE,
        a_closure=((-67.5, 81.05), (-68.3, 80.65)),
        b_closure=((-64.6, 80.95), (-65.6, 80.55)),
        precision="points 122 and 123 published; the channel ends approximate",
    ),
)

#: Agreements that give one zone its full 200 nm against another (instead of a median line).
PRIORITY_RULES: tuple[PriorityRule, ...] = (
    PriorityRule(
        winner="ISL",
        loser="SJM-JM",
        title="Iceland–Norway agreement on Jan Mayen (1980)",
        citation=(
            "Agreement between Iceland and Norway concerning fishery and continental shelf questions, "
            "Reykjavík, 28 May 1980: Iceland's economic zone extends to 200 nm towards Jan Mayen"
        ),
    ),
)

#: The Beaufort Sea wedge: Canada claims the 141°W meridian as the boundary, the USA an
#: equidistance line, which bends east of the meridian. The wedge is the water between them.
BEAUFORT_WEDGE = DisputedArea(
    zone="Beaufort Sea wedge (disputed)",
    iso3="CAN|USA",
    taken_from=("USA-AK", "CAN"),
    # East of 141°W, north of the Yukon/Alaska coast: the side Canada claims. The USA's
    # equidistance zone reaching into it is the wedge.
    claim_box=((-141.0, 69.0), (-141.0, 86.0), (-120.0, 86.0), (-120.0, 69.0)),
    note=(
        "Canada holds that the 1825 Anglo-Russian treaty makes the 141°W meridian the maritime "
        "boundary; the USA applies an equidistance line. Unresolved; about 21,000 km² in the "
        "published literature."
    ),
    citation=(
        "US Dept. of State, Limits in the Seas No. 112 (USA); Global Affairs Canada statements; "
        "Baker & Byers, Ocean Development & International Law 43 (2012)"
    ),
)
