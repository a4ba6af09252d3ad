"""What the polar map component receives: compact layer files and the layer descriptions (no Streamlit).

The browser component (``frontend/polar-map``) draws what this module describes. Registry layers
travel as *layer files*, addressed by layer name and content hash, fetched once by the browser and
kept; the component's arguments carry only the descriptions (deck.gl layer kind and style props
taken from the registry), the visible list, the camera and small overlays (events, routes).

The layer file format is described in :mod:`dashboard.map.layer_file`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

import geodata
from dashboard.map.deck import OCEAN_COLOR, project_for_display
from dashboard.map.layer_file import QUANTUM_M, LayerFile, encode_shapes, layer_file_of
from geodata.geometry import polar_cap
from geodata.registry import DASH_PATTERN_PX

__all__ = [
    "LABEL_STYLE",
    "label_props",
    "QUANTUM_M",
    "LayerDescription",
    "LayerFile",
    "describe_layers",
    "encode_shapes",
    "layer_file",
    "layer_file_of",
    "rows_key",
    "component_args",
    "wire_args",
    "first_frame_urls",
    "HIGHLIGHT_PROPS",
    "ocean_file",
]

Kind = Literal["polygon", "path", "point", "text"]

#: TextLayer props of registry labels (states, places): dark text with a white halo, any script.
LABEL_STYLE: dict[str, Any] = {
    "getSize": 13,
    "sizeUnits": "pixels",
    "getColor": [30, 30, 30, 255],
    "fontWeight": 600,
    "fontFamily": "Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif",
    "outlineWidth": 2,
    "outlineColor": [255, 255, 255, 220],
    "fontSettings": {"sdf": True},
    "pickable": False,
}

# A "label" layer (sea names) travels as points that draw nothing but their labels.
_KIND_OF_STYLE: dict[str, Kind] = {"polygon": "polygon", "line": "path", "point": "point", "label": "point"}


@dataclass(frozen=True)
class LayerDescription:
    """One map layer as the component reads it (see ``LayerDescription`` in ``src/index.ts``).

    ``key`` changes exactly when the data changes; ``url`` (a layer file) or ``rows`` (small
    inline data) holds the data; ``props`` are deck.gl style props; ``labels`` the TextLayer
    props of the file's labels, if it has any.
    """

    id: str
    kind: Kind
    key: str
    props: dict[str, Any]
    url: str | None = None
    rows: list[dict[str, Any]] | None = None
    labels: dict[str, Any] | None = field(default=None)

    def as_dict(self) -> dict[str, Any]:
        out = {"id": self.id, "kind": self.kind, "key": self.key, "props": self.props}
        for name in ("url", "rows", "labels"):
            if getattr(self, name) is not None:
                out[name] = getattr(self, name)
        return out


@lru_cache(maxsize=64)
def layer_file(name: str) -> LayerFile:
    """Registry layer ``name`` as a layer file (projected, simplified, quantised). Cached."""
    spec = geodata.layer_spec(name)
    gdf = project_for_display(name)
    labelled = (
        [
            (i, (t, xy, z))
            for i, (t, xy, z) in enumerate(zip(gdf["_label"], gdf["_label_xy"], gdf["_label_min_zoom"]))
            if t
        ]
        if spec.label_column
        else []
    )
    content = encode_shapes(
        _KIND_OF_STYLE[spec.style.kind],
        list(gdf.geometry),
        tooltips=list(gdf["_tooltip"]),
        fills=list(gdf["_fill"]),
        lines=list(gdf["_line"]),
        labels=[label for _, label in labelled],
        label_features=[i for i, _ in labelled],
    )
    return layer_file_of(name, content)


@lru_cache(maxsize=4)
def ocean_file() -> LayerFile:
    """The ocean disc to the map's southern edge (:data:`geodata.MAP_EXTENT_MIN_LAT`)."""
    ring = polar_cap(geodata.MAP_EXTENT_MIN_LAT, geodata.POLAR_CRS, step_deg=1.0)
    return layer_file_of(
        "ocean", encode_shapes("polygon", [ring], tooltips=[""], fills=[OCEAN_COLOR], lines=[OCEAN_COLOR])
    )


def _style_props(name: str) -> dict[str, Any]:
    spec = geodata.layer_spec(name)
    style = spec.style
    if style.kind == "label":
        return {"pickable": False, "stroked": False, "filled": False, "radiusUnits": "pixels", "getRadius": 0}
    if style.kind == "point":
        # Drawn as the registry's marker from the icon atlas (``icon``), 2 × radius across, over
        # a slightly larger copy in the line colour (its rim).
        return {
            "pickable": True,
            "icon": style.marker,
            "stroked": True,
            "getLineColor": [30, 30, 30, 220],
            "radiusUnits": "pixels",
            "getRadius": style.point_radius_px,
            "lineWidthUnits": "pixels",
            "getLineWidth": 1,
        }
    # Ours: a dashed line's (dash, gap) in screen pixels, which the component's GL lines draw.
    dashes = {"dashPx": list(DASH_PATTERN_PX)} if style.dashed else {}
    if style.kind == "line":
        return {
            "pickable": bool(spec.tooltip),
            "widthUnits": "pixels",
            "getWidth": style.line_width_px,
            "widthMinPixels": 0.5,
        } | dashes
    props = {
        "pickable": bool(spec.tooltip),
        "filled": style.fill_mode == "fill" and (style.fill is not None or bool(style.palette)),
        "stroked": True,
        "lineWidthUnits": "pixels",
        "getLineWidth": style.line_width_px,
        "lineWidthMinPixels": 0.5,
    } | dashes
    if style.fill_mode == "hatch":
        # The atlas tile of this hatch, drawn in each feature's line colour (its palette colour).
        props["fillPattern"] = f"hatch{style.hatch}"
    return props


def label_props(name: str) -> dict[str, Any]:
    """TextLayer props of registry layer ``name``'s labels: :data:`LABEL_STYLE` with the size,
    colour, weight and style of its :class:`~geodata.registry.LabelStyle`."""
    label = geodata.layer_spec(name).style.label
    return dict(LABEL_STYLE) | {
        "projectorScale": label.projector_scale,  # ours: the size factor when presenting
        "getSize": label.size_px,
        "getColor": list(label.color),
        "fontWeight": label.weight,
        "fontStyle": "italic" if label.italic else "normal",
    }


def describe_layers(names: Sequence[str], url_of: Any, file_of: Any = None) -> list[LayerDescription]:
    """Descriptions of the ocean and registry layers ``names``, bottom to top (registry
    ``draw_order``). ``url_of(layer_file)`` returns the URL the browser fetches it from;
    ``file_of(name)`` gives a layer's file (default :func:`layer_file`, built here)."""
    file_of = file_of or layer_file
    ocean = ocean_file()
    out = [
        LayerDescription(
            id="ocean", kind="polygon", key=ocean.digest, url=url_of(ocean), props={"stroked": False, "pickable": False}
        )
    ]
    for spec in sorted((geodata.layer_spec(n) for n in names), key=lambda s: s.draw_order):
        data = file_of(spec.name)
        out.append(
            LayerDescription(
                id=spec.name,
                kind=_KIND_OF_STYLE[spec.style.kind],
                key=data.digest,
                url=url_of(data),
                props=_style_props(spec.name),
                labels=label_props(spec.name) if spec.label_column else None,
            )
        )
    return out


def rows_key(rows: list[dict[str, Any]]) -> str:
    """Content hash (16 hex) of inline rows, so the browser rebuilds a layer only when they change."""
    return hashlib.sha256(json.dumps(rows, sort_keys=True, default=str).encode()).hexdigest()[:16]


#: The outline of the selected feature (RGBA and width in pixels): near-black, heavier than any
#: registry line, drawn above every layer.
HIGHLIGHT_PROPS: dict[str, Any] = {
    "filled": False,
    "stroked": True,
    "getLineColor": [20, 20, 20, 255],
    "getColor": [20, 20, 20, 255],
    "lineWidthUnits": "pixels",
    "getLineWidth": 3,
    "widthUnits": "pixels",
    "getWidth": 5,
    "radiusUnits": "pixels",
    "getRadius": 9,
    "getFillColor": [0, 0, 0, 0],
    "lineWidthMinPixels": 3,
}


def component_args(
    layers: Sequence[LayerDescription],
    visible: Sequence[str],
    *,
    camera: Any,
    camera_token: str,
    height: int,
    bundle_url: str,
    boot_url: str,
    icons: dict[str, str] | None = None,
    highlights: Sequence[tuple[str, int | str]] = (),
    min_zoom: float,
    max_zoom: float,
    fill_offset: int | None = None,
    panel: list[dict] | None = None,
    visible_seq: int = 0,
    fill_window: int | None = None,
    projector_text: bool = False,
) -> dict[str, Any]:
    """The JSON the component receives on every rerun (``MapArgs`` in ``src/index.ts``).

    ``camera`` is a :class:`~dashboard.map.deck.PolarView` (EPSG:3413 metres, deck.gl zoom); the
    browser moves to it when ``camera_token`` differs from the last one it applied, so a rerun
    never undoes the user's pan. ``visible`` always includes the ocean. With ``fill_offset`` (px)
    the map is the window's height less that offset instead of ``height``, and the camera's zoom
    is adjusted so the map shows the north-south span the camera was framed for
    (``camera.height_px`` pixels tall). With ``fill_window`` (px) the map fills the window from its
    top edge down, leaving that many pixels below it. A camera that knows its framing's width
    (``camera.width_px``, a :func:`~dashboard.map.camera.fit_bounds` framing) is fitted to the
    map's width and height whatever its size; others keep their zoom (a link's, the user's).
    ``projector_text`` draws labels at their registry projector scale. ``highlights`` are
    (layer id, feature id) pairs, each outlined (:data:`HIGHLIGHT_PROPS`) while its layer is shown. ``icons`` holds the URLs of the icon atlas image and
    mapping (``atlas``, ``mapping``) that markers and hatching are drawn from.

    With ``panel`` (:func:`~dashboard.map.selection.layer_panel`) the map shows its own layer
    switcher: a tick repaints at once in the browser, which then reports the panel's layers with
    a sequence number; ``visible_seq`` is the last number this run has taken in, so the browser
    keeps newer ticks that Python has not seen yet and otherwise shows ``visible``.

    The page's loader imports ``boot_url`` (the component's small first bundle, which can show a new
    map's stand-in picture at once), which imports ``bundle_url`` (the map, with deck.gl).
    """
    framed = getattr(camera, "width_px", None) is not None
    return {
        "boot": boot_url,
        "bundle": bundle_url,
        "icons": icons,
        "layers": [d.as_dict() for d in layers],
        "visible": ["ocean", *visible],
        "camera": {
            "x": float(camera.x),
            "y": float(camera.y),
            "zoom": float(camera.zoom),
            "token": camera_token,
            "frame_height": int(camera.height_px) if fill_offset is not None or framed else None,
            "frame_width": int(camera.width_px) if framed else None,
        },
        "min_zoom": min_zoom,
        "max_zoom": max_zoom,
        "height": int(height),
        "fill_offset": None if fill_offset is None else int(fill_offset),
        "fill_window": None if fill_window is None else int(fill_window),
        "projector_text": bool(projector_text),
        "highlights": [{"layer": layer, "feature": feature} for layer, feature in highlights],
        "highlight_props": HIGHLIGHT_PROPS,
        "full_window_label": "Full window",
        "panel": panel,
        "panel_label": "Layers",
        "visible_seq": int(visible_seq),
    }


def wire_args(args: dict[str, Any], url_of_json: Any) -> dict[str, Any]:
    """``args`` (from :func:`component_args`) as they travel on every rerun: the parts that do not
    change with a toggle or a camera move (descriptions of published layers, the layer switcher)
    go into a JSON file that ``url_of_json(obj)`` publishes under its content hash; the browser
    fetches it once per hash (``described``). Inline layers (events, routes) stay in ``layers``,
    and ``layer_order`` keeps every layer's place, bottom to top."""
    published = [d for d in args["layers"] if "url" in d]
    inline = [d for d in args["layers"] if "url" not in d]
    described = {"layers": published, "panel": args["panel"]}
    return {
        **args,
        "layers": inline,
        "panel": None,
        "layer_order": [d["id"] for d in args["layers"]],
        "described": url_of_json(described),
    }


def first_frame_urls(args: dict[str, Any], described_url: str) -> list[str]:
    """URL paths of the files the browser needs for the map's first frame, given ``args`` from
    :func:`component_args` and the described file's URL (:func:`wire_args`): that file, the icon
    atlas (when a shown layer draws markers or hatching) and the files of the layers shown."""
    shown = set(args["visible"])
    layers = [d for d in args["layers"] if d["id"] in shown]
    needs_icons = any("icon" in d["props"] or "fillPattern" in d["props"] for d in layers)
    icons = list((args.get("icons") or {}).values()) if needs_icons else []
    return [described_url, *icons, *(d["url"] for d in layers if "url" in d)]
