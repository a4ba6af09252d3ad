"""The live map's stand-in while it loads: a picture of its base map (issue #8).

In software WebGL (SwiftShader: a machine or virtual desktop without a GPU) the live map's first
frame comes one to four seconds after its data has arrived, while the GPU process compiles the
map's shader programs. Meanwhile the map component shows this picture in the map's place: the
registry layers the map shows, drawn as the exports draw them
(:func:`~dashboard.briefing.map_drawing.draw_map`), without labels and events (they come with the
live map, whose label placement differs from the export's), over the whole map disc. It answers
no pointer, and the component removes it once the live map's first complete frame has been drawn.

The picture is :data:`POSTER_PX` × :data:`POSTER_PX` pixels of WebP covering :func:`poster_extent`
(EPSG:3413 metres, +y up). Its name carries a digest of its layers, of everything layer files are
built from and of the drawing code, so a changed layer gets a new picture. It is drawn the first
time a set of layers is asked for, by a child process at the lowest CPU priority (it must not slow
the map it stands in for), and served from the app's static files after that; until then the map
loads without one. ``python -m dashboard.briefing.poster [LAYER ...]`` draws one (the default layers
without arguments).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import math
import os
import subprocess
import sys
import threading
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import geodata
from dashboard.map.published import DATA_DIR, data_url, layer_recipe, publish_bytes

__all__ = ["POSTER_PX", "draw_poster", "poster_extent", "poster_filename", "poster_for"]

#: The picture's width and height, pixels: about the map's size on a laptop (the component scales
#: it to the map's framing and shows it only between 0.4 and 2 times this size).
POSTER_PX = 800
_MARGIN = 0.01  # of the disc's width on each side, as the Map's opening view (camera.arctic_view)
_QUALITY = 80  # WebP: ~65 kB for the default layers, no visible loss at the map's own size
_DRAWING_CODE = (Path(__file__).with_name("map_drawing.py"), Path(__file__))
_ROOT = Path(__file__).resolve().parents[2]
_started: set[str] = set()  # pictures this process has started drawing
_drawing: list[subprocess.Popen] = []  # the child drawing one now: one at a time
_started_lock = threading.Lock()


@lru_cache(maxsize=1)
def poster_extent() -> tuple[float, float, float, float]:
    """(minx, maxx, miny, maxy) the picture covers, EPSG:3413 metres: the map disc (to
    :data:`geodata.MAP_EXTENT_MIN_LAT`) with a margin, square."""
    from geodata.geometry import polar_cap

    minx, miny, maxx, maxy = polar_cap(geodata.MAP_EXTENT_MIN_LAT, geodata.POLAR_CRS, step_deg=1.0).bounds
    half = max(maxx - minx, maxy - miny) * (0.5 + _MARGIN)
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    return (cx - half, cx + half, cy - half, cy + half)


def _registry_layers(layers: Iterable[str]) -> tuple[str, ...]:
    """The registry layers among ``layers``, in registry order (overlays such as events are not drawn)."""
    wanted = set(layers)
    return tuple(name for name in geodata.layer_names() if name in wanted)


@lru_cache(maxsize=1)
def _drawing_digest() -> str:
    digest = hashlib.sha256()
    for path in _DRAWING_CODE:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def poster_filename(layers: Iterable[str]) -> str:
    """The picture's file name for ``layers`` (order and non-registry names do not matter)."""
    key = "|".join((layer_recipe(), _drawing_digest(), str(POSTER_PX), *_registry_layers(layers)))
    return f"poster-{hashlib.sha256(key.encode()).hexdigest()[:16]}.webp"


def draw_poster(layers: Iterable[str]) -> bytes:
    """The picture of ``layers`` (registry names; others are skipped) as WebP bytes."""
    from matplotlib.figure import Figure

    from .content import view_content
    from .map_drawing import DPI, MapFrame, draw_map
    from .model import View

    minx, maxx, miny, maxy = poster_extent()
    metres_per_px = (maxx - minx) / POSTER_PX
    figure = Figure(figsize=(POSTER_PX / DPI, POSTER_PX / DPI), dpi=DPI, facecolor="white")
    axes = figure.add_axes((0, 0, 1, 1))
    frame = MapFrame((0, 0, POSTER_PX, POSTER_PX), ((minx + maxx) / 2, (miny + maxy) / 2), metres_per_px)
    content = view_content(View(layers=_registry_layers(layers)), None)
    draw_map(axes, content, frame, math.log2(1 / metres_per_px), labels=False)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="webp", dpi=DPI, pil_kwargs={"quality": _QUALITY})
    return buffer.getvalue()


def poster_for(layers: Iterable[str], url_of: Any = None) -> dict[str, Any] | None:
    """What the map component takes to show the picture of ``layers`` while it loads: ``url``
    (the static file's URL path, through ``url_of`` when given), ``extent`` (:func:`poster_extent`)
    and ``px``. None when the picture is not drawn yet: its drawing is then started in a child
    process (once per process; one child at a time, so a picture asked for while another is
    drawn is started by a later call), and a later visit gets it."""
    shown = _registry_layers(layers)
    if not shown:
        return None
    filename = poster_filename(shown)
    if not (DATA_DIR / filename).exists():
        _start_drawing(filename, shown)
        return None
    url = data_url(filename)
    return {"url": url_of(url) if url_of else url, "extent": list(poster_extent()), "px": POSTER_PX}


def _start_drawing(filename: str, layers: tuple[str, ...]) -> None:
    with _started_lock:
        if filename in _started or any(child.poll() is None for child in _drawing):
            return
        _started.add(filename)
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        with open(DATA_DIR / ".poster.log", "ab") as log:
            child = subprocess.Popen(
                [sys.executable, "-m", "dashboard.briefing.poster", *layers],
                cwd=_ROOT,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                start_new_session=True,
            )
        _drawing[:] = [child]
    # The lowest priority, at once (a few milliseconds of its start run at the server's): the picture
    # must not take the cores from the browser drawing the map it stands in for. An OSError: it has
    # already finished, or the platform has no priorities; it draws all the same.
    with contextlib.suppress(OSError):
        os.setpriority(os.PRIO_PROCESS, child.pid, 19)
    threading.Thread(target=child.wait, daemon=True).start()  # reaped when done: no zombie left


def main(argv: list[str] | None = None) -> int:
    """Draw the picture of the layers named in ``argv`` (default: the Map's default layers)."""
    from dashboard.map.selection import default_layers

    names = list(argv if argv is not None else sys.argv[1:]) or default_layers()
    filename = poster_filename(names)
    publish_bytes(filename, draw_poster(names))
    print(DATA_DIR / filename)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
