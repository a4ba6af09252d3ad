"""Layer files and the component bundle under the app's ``static/`` folder (no Streamlit).

Streamlit serves ``static/`` at ``app/static/`` when ``server.enableStaticServing`` is on
(``.streamlit/config.toml``). Layer files are written there on first use, named by content hash,
before the page that needs them returns its component arguments; so the browser never asks for a
file that is not there yet, and a changed layer gets a new name instead of a stale cache entry.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from dashboard.map.payload import LayerFile

__all__ = ["BUNDLE_PATH", "DATA_DIR", "ICON_ATLAS", "STATIC_DIR", "bundle_url", "icon_atlas_urls", "publish"]

#: The app's static folder (next to app.py) and where layer files go in it.
STATIC_DIR = Path(__file__).resolve().parents[2] / "static"
DATA_DIR = STATIC_DIR / "map-data"
#: The committed component bundle, built from frontend/polar-map (scripts/build_map_component.sh).
BUNDLE_PATH = STATIC_DIR / "polar_map.js"
_URL_PREFIX = "app/static"
#: The committed icon atlas (markers and hatch tiles; scripts/build_icon_atlas.py): image, mapping.
ICON_ATLAS = (
    Path(__file__).resolve().parent / "icons" / "atlas.png",
    Path(__file__).resolve().parent / "icons" / "atlas.json",
)


def publish(data: LayerFile) -> str:
    """Write ``data`` under :data:`DATA_DIR` unless it is already there; return its URL path.

    Written to a temporary file and renamed, so a concurrent session never serves half a file.
    """
    return _write(data.filename, data.content)


def _write(filename: str, content: bytes) -> str:
    target = DATA_DIR / filename
    if not target.exists():
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=DATA_DIR, prefix=".tmp-")
        with os.fdopen(fd, "wb") as out:
            out.write(content)
        os.replace(tmp, target)
    return f"{_URL_PREFIX}/map-data/{filename}"


@lru_cache(maxsize=1)
def icon_atlas_urls() -> dict[str, str]:
    """URL paths of the icon atlas image (``atlas``) and its deck.gl icon mapping (``mapping``),
    published under :data:`DATA_DIR` with their content hash in the name."""
    urls = {}
    for role, path in zip(("atlas", "mapping"), ICON_ATLAS):
        content = path.read_bytes()
        digest = hashlib.sha256(content).hexdigest()[:16]
        urls[role] = _write(f"{path.stem}-{digest}{path.suffix}", content)
    return urls


@lru_cache(maxsize=1)
def bundle_url() -> str:
    """URL path of the component bundle, with its content hash as the cache-busting query."""
    digest = hashlib.sha256(BUNDLE_PATH.read_bytes()).hexdigest()[:16]
    return f"{_URL_PREFIX}/polar_map.js?v={digest}"
