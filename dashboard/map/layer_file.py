"""The layer file: one registry layer's display geometry as compact bytes (no Streamlit).

The browser component fetches a layer file once per URL (the URL carries its content hash) and
decodes it in ``frontend/polar-map/src/decode.ts``.

Layer file format
    ``uint32`` (little-endian) length of a UTF-8 JSON header, the header, zero padding to a
    multiple of 4 bytes, then ``int32`` coordinates in EPSG:3413 in units of :data:`QUANTUM_M`
    metres. Each ring (polygons) or path (lines) is delta-encoded from its first vertex; points
    are absolute. The header holds the structure (``parts`` per feature, ``rings`` per polygon
    part, ``vertices`` per ring or path), per-feature ``tooltip`` text and ``fill``/``line``
    RGBA, and for labelled layers ``label_text``, ``label_xy`` (quantised), ``label_min_zoom`` and
    ``label_feature`` (the feature each label names).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import shapely

__all__ = ["QUANTUM_M", "LayerFile", "encode_shapes", "layer_file_of"]

#: Coordinate step of layer files, metres. Display geometry is already simplified at 1 km, and
#: at the closest zoom (about 64 m a pixel) 100 m steps are below two pixels.
QUANTUM_M = 100.0

_PART_TYPES = {"polygon": {"Polygon"}, "path": {"LineString", "LinearRing"}, "point": {"Point"}}


@dataclass(frozen=True)
class LayerFile:
    """One layer's display data: ``name``, the encoded ``content`` and its ``digest`` (16 hex)."""

    name: str
    content: bytes
    digest: str

    @property
    def filename(self) -> str:
        """``<name>-<digest>.bin``: a new content gets a new name, so browsers may cache forever."""
        return f"{self.name}-{self.digest}.bin"


def _quantised(coords: np.ndarray) -> np.ndarray:
    return np.rint(np.asarray(coords, dtype=float)[:, :2] / QUANTUM_M).astype(np.int64)


def _ring(coords: np.ndarray, closed: bool) -> np.ndarray | None:
    """Quantised vertices without repeats (and without the closing one for rings), or None if
    too few remain to draw."""
    q = _quantised(coords)
    if closed and len(q) > 1 and (q[0] == q[-1]).all():
        q = q[:-1]
    keep = np.ones(len(q), dtype=bool)
    keep[1:] = (np.diff(q, axis=0) != 0).any(axis=1)
    q = q[keep]
    return q if len(q) >= (3 if closed else 2) else None


def _delta(q: np.ndarray) -> np.ndarray:
    out = q.copy()
    out[1:] -= q[:-1]
    return out


def encode_shapes(
    kind: Literal["polygon", "path", "point"],
    geometries: Sequence[Any],
    *,
    tooltips: Sequence[str],
    fills: Sequence[Sequence[int]],
    lines: Sequence[Sequence[int]],
    labels: Sequence[tuple[str, Sequence[float]]] = (),
    label_features: Sequence[int] | None = None,
) -> bytes:
    """Encode shapes (EPSG:3413 metres) as a layer file (see the module docstring).

    Every geometry is one feature; its position is what a click on it reports. Parts too small
    to draw after quantisation are dropped. ``label_features`` gives, per label, the position of
    the feature it names (the map places an area's name inside that feature's visible part).
    """
    parts: list[int] = []
    rings: list[int] = []
    vertices: list[int] = []
    chunks: list[np.ndarray] = []
    for geom in geometries:
        count = 0
        pieces = shapely.get_parts(geom) if geom is not None and not geom.is_empty else []
        for piece in pieces:
            if piece.geom_type not in _PART_TYPES[kind]:
                continue
            if kind == "point":
                chunks.append(_quantised(np.asarray(piece.coords)))
                count += 1
            elif kind == "path":
                q = _ring(np.asarray(piece.coords), closed=False)
                if q is not None:
                    vertices.append(len(q))
                    chunks.append(_delta(q))
                    count += 1
            else:
                drawn = [_ring(np.asarray(r.coords), closed=True) for r in (piece.exterior, *piece.interiors)]
                if drawn[0] is None:
                    continue
                drawn = [r for r in drawn if r is not None]
                rings.append(len(drawn))
                for q in drawn:
                    vertices.append(len(q))
                    chunks.append(_delta(q))
                count += 1
        parts.append(count)
    header: dict[str, Any] = {
        "kind": kind,
        "quantum": QUANTUM_M,
        "parts": parts,
        "rings": rings,
        "vertices": vertices,
        "tooltip": list(tooltips),
        "fill": [list(map(int, c)) for c in fills],
        "line": [list(map(int, c)) for c in lines],
    }
    if labels:
        header["label_text"] = [text for text, *_ in labels]
        header["label_xy"] = [[round(x / QUANTUM_M), round(y / QUANTUM_M)] for _, (x, y), *_ in labels]
        if any(len(item) > 2 for item in labels):
            # Each label's priority: the deck.gl zoom from which it shows (registry LabelStyle).
            header["label_min_zoom"] = [float(item[2]) if len(item) > 2 else -16.0 for item in labels]
        if label_features is not None:
            header["label_feature"] = [int(i) for i in label_features]
    head = json.dumps(header, separators=(",", ":"), ensure_ascii=False).encode()
    padding = b"\0" * (-(4 + len(head)) % 4)
    coords = np.concatenate(chunks).astype("<i4").tobytes() if chunks else b""
    return len(head).to_bytes(4, "little") + head + padding + coords


def layer_file_of(name: str, content: bytes) -> LayerFile:
    """A :class:`LayerFile` named ``name`` holding ``content`` (from :func:`encode_shapes`)."""
    return LayerFile(name=name, content=content, digest=hashlib.sha256(content).hexdigest()[:16])
