"""The base map's stand-in picture (dashboard/briefing/poster.py): what the live map shows while its
first frame is drawn in software WebGL. Real drawing, real files, a real child process; positions
are EPSG:3413 metres, pixels counted from the picture's top left."""

from __future__ import annotations

import io
import time

import numpy as np
import pytest
from PIL import Image
from pyproj import Transformer

import geodata
from dashboard.briefing.poster import POSTER_PX, draw_poster, poster_extent, poster_filename, poster_for
from dashboard.map.deck import OCEAN_COLOR
from dashboard.map.published import DATA_DIR
from dashboard.map.selection import default_layers

_TO_POLAR = Transformer.from_crs("EPSG:4326", geodata.POLAR_CRS, always_xy=True)


def _pixels(webp: bytes) -> np.ndarray:
    image = Image.open(io.BytesIO(webp))
    assert image.format == "WEBP"
    assert image.size == (POSTER_PX, POSTER_PX)
    return np.asarray(image.convert("RGB")).astype(int)


def _pixel_of(lon: float, lat: float) -> tuple[int, int]:
    """(row, column) of a WGS 84 point in the picture (+y up: north of the pole's 3413 y is up)."""
    x, y = _TO_POLAR.transform(lon, lat)
    minx, maxx, miny, maxy = poster_extent()
    return int((maxy - y) / (maxy - miny) * POSTER_PX), int((x - minx) / (maxx - minx) * POSTER_PX)


def _near(rgb, colour, tolerance: int = 14) -> bool:
    return bool(np.abs(np.asarray(rgb) - np.asarray(colour[:3])).max() <= tolerance)


@pytest.fixture(scope="module")
def default_picture() -> np.ndarray:
    return _pixels(draw_poster(default_layers()))


def test_the_picture_covers_the_map_disc_and_nothing_else_is_coloured(default_picture):
    minx, maxx, miny, maxy = poster_extent()
    assert maxx - minx == pytest.approx(maxy - miny)  # square, like its pixels
    assert (minx + maxx) / 2 == pytest.approx(0, abs=1) and (miny + maxy) / 2 == pytest.approx(0, abs=1)  # the pole
    assert _near(default_picture[2, 2], (255, 255, 255)), "outside the disc the map is white, as the live map's page"
    sea = _pixel_of(-165.0, 84.0)  # the central Arctic Ocean, clear of the graticule (every 10° and 30°)
    assert _near(default_picture[sea], OCEAN_COLOR), f"open sea is not the ocean colour: {default_picture[sea]}"


def test_the_layers_are_drawn_where_they_are(default_picture):
    greenland = _pixel_of(-41.0, 74.0)  # the ice sheet, far from any line or marker
    ocean_only = _pixels(draw_poster(["graticule"]))
    assert _near(ocean_only[greenland], OCEAN_COLOR), "with no land layer Greenland's place is sea"
    assert not _near(default_picture[greenland], OCEAN_COLOR), "the default layers fill Greenland"


def test_the_name_follows_the_registry_layers_only():
    assert poster_filename(["states", "land"]) == poster_filename(["land", "events", "states"])
    assert poster_filename(["land"]) != poster_filename(["land", "states"])
    assert poster_for(["events", "no-such-layer"]) is None  # nothing of the registry: no picture, no child


def test_a_first_request_draws_it_in_the_background_and_later_ones_get_it():
    layers = ["land", "arctic_circle"]  # a set no page asks for by default
    path = DATA_DIR / poster_filename(layers)
    path.unlink(missing_ok=True)
    assert poster_for(layers) is None, "not drawn yet: the map loads without it this time"
    deadline = time.monotonic() + 120
    while not path.exists():
        assert time.monotonic() < deadline, f"the child process never drew {path.name} (see {DATA_DIR / '.poster.log'})"
        time.sleep(0.2)
    served = poster_for(layers, lambda url: f"/base/{url}")
    assert served == {"url": f"/base/app/static/map-data/{path.name}", "extent": list(poster_extent()), "px": POSTER_PX}
    _pixels(path.read_bytes())
