"""The route calculator's port catalogue: Arctic and world ports with coordinates and sources.

Coordinates are EPSG:4326 degrees. Where searoute 1.6.0 knows a port, its UN/LOCODE is given
and the coordinates are the ones in searoute's port list (``searoute/data/ports.geojson``,
Apache-2.0), so routes start where searoute's own port would; the other ports carry the
coordinates of the cited public reference.
"""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass

__all__ = [
    "PORTS",
    "Port",
    "RoutingError",
    "UnknownPortError",
    "find_port",
    "port_names",
]

_SEAROUTE = "searoute 1.6.0 port list (UN/LOCODE {code})"


class RoutingError(ValueError):
    """Bad input to the route calculator; the message says what to change."""


class UnknownPortError(RoutingError):
    """A port name that is not in :data:`PORTS`."""


@dataclass(frozen=True)
class Port:
    """A port of the route calculator.

    ``lon``/``lat`` are EPSG:4326 degrees; ``region`` is ``"arctic"`` for ports north of about
    60°N on Arctic or sub-Arctic seas, ``"world"`` otherwise.
    """

    name: str
    country: str
    region: str
    lon: float
    lat: float
    locode: str | None
    source: str
    aliases: tuple[str, ...] = ()

    @property
    def lonlat(self) -> tuple[float, float]:
        """(lon, lat) in degrees, the order searoute and shapely take."""
        return (self.lon, self.lat)


def _sr(name: str, country: str, region: str, code: str, lon: float, lat: float, *aliases: str) -> Port:
    """A port whose coordinates come from searoute's port list under UN/LOCODE ``code``."""
    return Port(name, country, region, lon, lat, code, _SEAROUTE.format(code=code), aliases)


#: The catalogue, Europe, Arctic, Asia, Americas.
PORTS: tuple[Port, ...] = (
    _sr("Rotterdam", "NLD", "world", "NLRTM", 4.4424, 51.9044),
    _sr("Antwerp", "BEL", "world", "BEANR", 4.3829, 51.2024, "Antwerpen", "Anvers"),
    _sr("Hamburg", "DEU", "world", "DEHAM", 9.9694, 53.5477),
    _sr("Bremerhaven", "DEU", "world", "DEBRV", 8.5755, 53.5428),
    _sr("Le Havre", "FRA", "world", "FRLEH", 0.1071, 49.4860),
    _sr("Felixstowe", "GBR", "world", "GBFXT", 1.3445, 51.9579),
    _sr("Gdańsk", "POL", "world", "PLGDN", 18.6675, 54.3992),
    _sr("Gothenburg", "SWE", "world", "SEGOT", 11.9847, 57.7188, "Göteborg"),
    _sr("Saint Petersburg", "RUS", "world", "RULED", 30.2119, 59.9567, "St Petersburg", "Leningrad"),
    _sr("Bergen", "NOR", "world", "NOBGO", 5.3089, 60.3966),
    _sr("Genoa", "ITA", "world", "ITGOA", 8.9153, 44.4147, "Genova"),
    _sr("Piraeus", "GRC", "world", "GRPIR", 23.6381, 37.9503),
    _sr("Murmansk", "RUS", "arctic", "RUMMK", 33.0613, 68.9691),
    _sr("Arkhangelsk", "RUS", "arctic", "RUARH", 40.5364, 64.5304, "Archangel"),
    Port(
        "Sabetta",
        "RUS",
        "arctic",
        72.067,
        71.267,
        None,
        "Sabetta (Yamal LNG port), 71°16′N 72°04′E (Wikipedia 'Sabetta')",
    ),
    _sr("Kirkenes", "NOR", "arctic", "NOKKN", 29.9949, 69.7547),
    _sr("Hammerfest", "NOR", "arctic", "NOHFT", 23.7106, 70.6667),
    _sr("Tromsø", "NOR", "arctic", "NOTOS", 18.9227, 69.6519),
    Port(
        "Longyearbyen",
        "NOR",
        "arctic",
        15.633,
        78.217,
        None,
        "Longyearbyen, Svalbard, 78°13′N 15°38′E (Wikipedia 'Longyearbyen')",
    ),
    _sr("Reykjavík", "ISL", "arctic", "ISREY", -21.9514, 64.1280),
    Port(
        "Nuuk",
        "DNK",
        "arctic",
        -51.733,
        64.167,
        None,
        "Nuuk, Greenland, 64°10′N 51°44′W (Wikipedia 'Nuuk')",
        ("Godthåb",),
    ),
    _sr("Iqaluit", "CAN", "arctic", "CAIQL", -68.5314, 63.7335),
    _sr("Churchill", "CAN", "arctic", "CACHV", -94.0785, 58.7413),
    Port(
        "Prudhoe Bay",
        "USA",
        "arctic",
        -148.333,
        70.333,
        None,
        "Prudhoe Bay (the bay), Alaska, ~70°20′N 148°20′W (Wikipedia 'Prudhoe Bay'); point approximate",
    ),
    Port("Nome", "USA", "arctic", -165.406, 64.501, None, "Nome, Alaska, 64°30′N 165°24′W (Wikipedia 'Nome, Alaska')"),
    _sr("Dutch Harbor", "USA", "world", "USDUT", -166.6513, 53.9239, "Unalaska"),
    _sr("Anchorage", "USA", "world", "USANC", -149.8833, 61.2167),
    _sr("Shanghai", "CHN", "world", "CNSHA", 121.4971, 31.4001),
    _sr("Ningbo", "CHN", "world", "CNNGB", 121.5594, 29.8719, "Ningbo-Zhoushan"),
    _sr("Qingdao", "CHN", "world", "CNTAO", 120.3853, 36.0650),
    _sr("Tianjin", "CHN", "world", "CNTSN", 117.7449, 38.9868),
    _sr("Dalian", "CHN", "world", "CNDLC", 121.6500, 38.9167),
    _sr("Hong Kong", "CHN", "world", "HKHKG", 114.1701, 22.2948),
    _sr("Kaohsiung", "TWN", "world", "TWKHH", 120.2720, 22.6420),
    _sr("Busan", "KOR", "world", "KRPUS", 129.0358, 35.0982, "Pusan"),
    _sr("Yokohama", "JPN", "world", "JPYOK", 139.6345, 35.4576),
    _sr("Tokyo", "JPN", "world", "JPTYO", 139.7916, 35.6492),
    _sr("Kobe", "JPN", "world", "JPUKB", 135.1833, 34.6667),
    _sr("Singapore", "SGP", "world", "SGSIN", 103.8325, 1.2392),
    _sr("Vladivostok", "RUS", "world", "RUVVO", 131.8833, 43.1167),
    _sr("Petropavlovsk-Kamchatsky", "RUS", "world", "RUPKC", 158.7332, 52.9394, "Petropavlovsk"),
    _sr("Mumbai", "IND", "world", "INBOM", 72.8373, 19.0467, "Bombay"),
    _sr("New York", "USA", "world", "USNYC", -74.0177, 40.7055, "New York City", "NYC"),
    _sr("Halifax", "CAN", "world", "CAHAL", -63.5739, 44.6258),
    _sr("Montreal", "CAN", "world", "CAMTR", -73.5593, 45.5142),
    _sr("Houston", "USA", "world", "USHOU", -95.2872, 29.7458),
    _sr("Seattle", "USA", "world", "USSEA", -122.3333, 47.6000),
    _sr("Vancouver", "CAN", "world", "CAVAN", -123.1488, 49.3082),
    _sr("Prince Rupert", "CAN", "world", "CAPRR", -130.3720, 54.2622),
    _sr("Los Angeles", "USA", "world", "USLAX", -118.2833, 33.7167),
)


def _key(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a port name ("Tromsø" ~ "tromso")."""
    text = text.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("å", "a")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join("".join(c if c.isalnum() else " " for c in ascii_text.lower()).split())


_INDEX: dict[str, Port] = {}
for _port in PORTS:
    for _name in (_port.name, *_port.aliases, *([_port.locode] if _port.locode else [])):
        if _INDEX.get(_key(_name), _port) is not _port:
            raise RuntimeError(f"port name {_name!r} names two ports in the route catalogue")
        _INDEX[_key(_name)] = _port


def port_names() -> list[str]:
    """Names of every port in the catalogue, sorted, for a select box."""
    return sorted(p.name for p in PORTS)


def find_port(name: str) -> Port:
    """The port called ``name`` (case, accents and UN/LOCODE accepted: "tromso", "NLRTM").

    Raises
    ------
    UnknownPortError
        ``name`` is not in the catalogue; the message suggests the closest names.
    """
    if not isinstance(name, str) or not name.strip():
        raise UnknownPortError(f"a port name is needed, got {name!r}")
    port = _INDEX.get(_key(name))
    if port is not None:
        return port
    close = difflib.get_close_matches(_key(name), list(_INDEX), n=3, cutoff=0.6)
    suggestions = list(dict.fromkeys(_INDEX[k].name for k in close))
    hint = f"did you mean {' or '.join(suggestions)}?" if suggestions else "no similar name is known."
    raise UnknownPortError(
        f"unknown port {name!r}: {hint} The calculator knows {len(PORTS)} ports "
        f"(see dashboard.profiles.routes.port_names())."
    )
