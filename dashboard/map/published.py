"""Layer files and the component bundle under the app's ``static/`` folder (no Streamlit).

Streamlit serves ``static/`` at ``app/static/`` when ``server.enableStaticServing`` is on
(``.streamlit/config.toml``). Layer files are written there on first use, named by content hash,
before the page that needs them returns its component arguments; so the browser never asks for a
file that is not there yet, and a changed layer gets a new name instead of a stale cache entry.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from dashboard.map.payload import LayerFile, layer_file

#: What a layer file is made from: the registry, loaders and data (geodata/) and the display
#: pipeline (dashboard/map/), besides the libraries named in :func:`_recipe`.
_RECIPE_SOURCES = (Path(__file__).resolve().parents[2] / "geodata", Path(__file__).resolve().parent)

__all__ = [
    "BOOT_PATH",
    "BUNDLE_PATH",
    "DATA_DIR",
    "ICON_ATLAS",
    "STATIC_DIR",
    "boot_url",
    "bundle_url",
    "data_url",
    "feature_count",
    "feature_names",
    "icon_atlas_urls",
    "layer_recipe",
    "publish",
    "publish_bytes",
    "publish_json",
    "published_layer_file",
    "static_path",
]

#: The app's static folder (next to app.py) and where layer files go in it.
STATIC_DIR = Path(__file__).resolve().parents[2] / "static"
DATA_DIR = STATIC_DIR / "map-data"
#: The committed component bundles, built from frontend/polar-map (scripts/build_map_component.sh):
#: the map (with deck.gl) and the small first bundle the page's loader imports, which imports the map.
BUNDLE_PATH = STATIC_DIR / "polar_map.js"
BOOT_PATH = STATIC_DIR / "polar_map_boot.js"
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


def publish_json(obj: Any) -> str:
    """Write ``obj`` as compact JSON under :data:`DATA_DIR`, named by its content hash (the same
    object always gets the same name); return its URL path. The map's layer descriptions and
    switcher go there, so a toggle's rerun does not re-send them (``payload.wire_args``)."""
    content = json.dumps(obj, separators=(",", ":"), sort_keys=True).encode()
    return _write(f"described-{hashlib.sha256(content).hexdigest()[:16]}.json", content)


def data_url(filename: str) -> str:
    """The URL path of file ``filename`` under :data:`DATA_DIR`."""
    return f"{_URL_PREFIX}/map-data/{filename}"


def publish_bytes(filename: str, content: bytes) -> str:
    """Write ``content`` as ``filename`` under :data:`DATA_DIR` unless it is already there (a
    name that carries its content's hash); return its URL path."""
    return _write(filename, content)


def layer_recipe() -> str:
    """The digest of everything layer files are built from (see :func:`_recipe`): a file drawn
    from the layers, named with it, is drawn again when any of them changes."""
    return _recipe()


@lru_cache(maxsize=1)
def _recipe() -> str:
    """A digest of everything layer files are built from: every file under geodata/ and
    dashboard/map/ (code and data, not caches) and the versions of the geometry libraries."""
    from importlib.metadata import version

    digest = hashlib.sha256()
    for package in ("geopandas", "shapely", "pyproj", "pyogrio", "numpy", "pandas"):
        digest.update(f"{package}={version(package)};".encode())
    for root in _RECIPE_SOURCES:
        for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(str(path.relative_to(root.parent)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=64)
def published_layer_file(name: str) -> LayerFile:
    """Registry layer ``name``'s layer file (:func:`~dashboard.map.payload.layer_file`), read back
    from :data:`DATA_DIR` when one was built there from the same sources (:func:`_recipe`).

    A server's first run otherwise projects, simplifies and encodes every layer again (seconds of
    its cold start); an index per recipe, ``index-<recipe>.json``, names each layer's file."""
    index_path = DATA_DIR / f"index-{_recipe()}.json"
    index = json.loads(index_path.read_text()) if index_path.exists() else {}
    known = DATA_DIR / f"{name}-{index.get(name)}.bin"
    if name in index and known.exists():
        content = known.read_bytes()
        if hashlib.sha256(content).hexdigest()[:16] == index[name]:
            return LayerFile(name=name, content=content, digest=index[name])
    data = layer_file(name)
    _write_over(DATA_DIR / data.filename, data.content)  # also repairs a file that lost its bytes
    index = json.loads(index_path.read_text()) if index_path.exists() else {}
    _write_over(index_path, json.dumps({**index, name: data.digest}, sort_keys=True).encode())
    return data


def feature_names(name: str) -> tuple[str, ...]:
    """Each feature of registry layer ``name`` by its first tooltip field, as text, in the row
    order of :func:`~dashboard.map.deck.project_for_display` (the feature ids a click reports);
    empty for a layer without that field."""
    return tuple(_features(name)["names"])


def feature_count(name: str) -> int:
    """How many features :func:`~dashboard.map.deck.project_for_display` draws of layer ``name``."""
    return int(_features(name)["count"])


@lru_cache(maxsize=64)
def _features(name: str) -> dict[str, Any]:
    # Read back from names-<recipe>.json when written from the same sources (_recipe), like the
    # layer files: projecting and simplifying a server's first Map layers only to list their
    # names took 0.6-0.9 s of its cold start.
    path = DATA_DIR / f"names-{_recipe()}.json"
    known = json.loads(path.read_text()) if path.exists() else {}
    if name in known:
        return known[name]
    import geodata
    from dashboard.map.deck import format_value, project_for_display

    spec = geodata.layer_spec(name)
    gdf = project_for_display(name)
    column = spec.tooltip[0][0] if spec.tooltip else None
    names = [format_value(value) for value in gdf[column]] if column in gdf.columns else []
    entry = {"count": len(gdf), "names": names}
    known = json.loads(path.read_text()) if path.exists() else {}
    _write_over(path, json.dumps({**known, name: entry}, sort_keys=True).encode())
    return entry


def static_path(url: str) -> Path:
    """The file behind a URL path that :func:`publish` or :func:`publish_json` returned."""
    return STATIC_DIR / url.split(f"{_URL_PREFIX}/", 1)[1]


def _write(filename: str, content: bytes) -> str:
    target = DATA_DIR / filename
    if not target.exists():
        _write_over(target, content)
    return data_url(filename)


def _write_over(target: Path, content: bytes) -> None:
    # A temporary file renamed over the target: a concurrent reader sees the old or the new file.
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=DATA_DIR, prefix=".tmp-")
    with os.fdopen(fd, "wb") as out:
        out.write(content)
    os.replace(tmp, target)


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
def boot_url() -> str:
    """URL path of the component's first bundle, with its content hash as the cache-busting query."""
    digest = hashlib.sha256(BOOT_PATH.read_bytes()).hexdigest()[:16]
    return f"{_URL_PREFIX}/{BOOT_PATH.name}?v={digest}"


@lru_cache(maxsize=1)
def bundle_url() -> str:
    """URL path of the component bundle, with its content hash as the cache-busting query."""
    digest = hashlib.sha256(BUNDLE_PATH.read_bytes()).hexdigest()[:16]
    return f"{_URL_PREFIX}/polar_map.js?v={digest}"
