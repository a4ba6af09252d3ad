"""A dashed registry line is dashed on the live map, as the legend and the exports draw it (issue #8:
the component draws what the registry describes). Real ``streamlit run``, Debian Chromium; pixels
of the drawn canvas, positions in EPSG:3413 metres."""

from __future__ import annotations

import numpy as np
from pyproj import Transformer

import geodata
from geodata.registry import DASH_PATTERN_PX
from tests.browser.atlas_map import colour_mask, map_data, map_pixels, open_map

# East Greenland and the Denmark Strait at about 4 km a pixel: the Arctic Circle crosses the map.
_VIEW = (0.0, -1_500_000.0, -12.0)


def test_the_arctic_circle_is_drawn_in_dashes_of_the_registry_pattern(page, streamlit_server):
    x0, y0, zoom = _VIEW
    open_map(page, streamlit_server, f"?view={x0:.0f},{y0:.0f},{zoom:g}&layers=arctic_circle")
    pixels = map_pixels(page)
    assert map_data(page)["camera"] == f"{x0:.0f},{y0:.0f},{zoom:g}"
    height, width = pixels.shape[:2]
    circle_lat = float(geodata.layer("arctic_circle")["latitude"].iloc[0])
    to_polar = Transformer.from_crs("EPSG:4326", geodata.POLAR_CRS, always_xy=True)
    x, y = to_polar.transform(np.linspace(-180, 180, 36_000), np.full(36_000, circle_lat))
    scale = 2.0**zoom  # pixels per metre
    cols = np.round(width / 2 + (x - x0) * scale).astype(int)
    rows = np.round(height / 2 - (y - y0) * scale).astype(int)
    inside = (cols >= 2) & (cols < width - 2) & (rows >= 2) & (rows < height - 2)
    assert inside.sum() > 1000, "the circle is not in the view"
    line = colour_mask(pixels, geodata.layer_spec("arctic_circle").style.line, tolerance=40)
    # Along the circle, one step per pixel: a pixel on the line where a 3x3 neighbourhood has its colour.
    hit = [line[r - 1 : r + 2, c - 1 : c + 2].any() for r, c in dict.fromkeys(zip(rows[inside], cols[inside]))]
    drawn = float(np.mean(hit))
    runs = int(np.count_nonzero(np.diff(np.asarray(hit, dtype=int)) == 1))
    dash, gap = DASH_PATTERN_PX
    print(f"circle pixels drawn: {drawn:.2f} ({runs} dashes) for a {dash:g}/{gap:g} px pattern")
    # A 3x3 neighbourhood widens each dash by a pixel at both ends: 6/4 px dashes read as about 0.8.
    assert 0.4 < drawn < 0.9, f"{drawn:.0%} of the circle is drawn: not dashes of {dash:g} px with {gap:g} px gaps"
    assert runs > 20, f"only {runs} separate dashes along the circle"
