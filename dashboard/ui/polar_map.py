"""The polar map component: our deck.gl bundle mounted with ``st.components.v2``.

Python describes the map (:mod:`dashboard.map.payload`); the bundle (``static/polar_map.js``,
built from ``frontend/polar-map``) draws it. The component is registered with a few lines of
inline JavaScript that import a small first bundle (``static/polar_map_boot.js``: a new map's
stand-in picture at once) from the app's static files, which imports the map's 1 MB bundle; both
cross the wire once per browser, not with every rerun.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import streamlit as st

from dashboard.briefing.poster import POSTER_PX, poster_extent, poster_for
from dashboard.map.camera import MAX_ZOOM, MIN_ZOOM
from dashboard.map.deck import PolarView
from dashboard.map.feature_param import FEATURE_PARAM, format_feature_param, parse_feature_param
from dashboard.map.payload import (
    LayerDescription,
    component_args,
    describe_layers,
    first_frame_urls,
    rows_key,
    wire_args,
)
from dashboard.map.published import boot_url, bundle_url, icon_atlas_urls, publish, publish_json, published_layer_file
from dashboard.map.view_param import VIEW_PARAM, format_view_param, parse_view_param
from dashboard.ui.url_state import keep_in_url

__all__ = [
    "LayerSwitcher",
    "MapEvent",
    "keep_feature_in_url",
    "last_click",
    "map_layers",
    "overlay",
    "polar_map",
    "url_camera",
]

# The files a session's first map needs (``preload``, sent on its first run only) are asked for
# before the first bundle is imported, so they arrive while it loads instead of one after another
# once it runs: the layer files (the bundle's fetch() of the same URL takes a preload "as fetch" with
# crossorigin "anonymous"), the stand-in picture and the map's own bundle (modulepreload), which
# the first bundle imports. Kept short: Streamlit re-sends this text with every rerun's component element.
_LOADER = """
export default async function (args) {
  const link = (props) => document.head.append(Object.assign(document.createElement("link"), { rel: "preload", ...props }));
  for (const href of args.data.preload || []) link({ as: "fetch", crossOrigin: "anonymous", href });
  if (args.data.poster) link({ as: "image", href: args.data.poster.url });
  if (args.data.preload) link({ rel: "modulepreload", href: args.data.bundle }); // while the first bundle runs
  const boot = await import(new URL(args.data.boot, window.location.origin).href);
  return boot.render(args);
}
"""
_CSS = """
.atlas-map { position: relative; width: 100%; background: #fff; }
.atlas-map canvas { display: block; }
.atlas-map-poster { position: absolute; z-index: 1; max-width: none; pointer-events: none; user-select: none; }
.atlas-map--full { position: fixed; inset: 0; z-index: 1000100; height: 100vh; }
.atlas-map-full { position: absolute; top: 8px; right: 8px; z-index: 2; font: 13px sans-serif;
  padding: 4px 8px; border: 1px solid #999; border-radius: 4px; background: #ffffffe0; cursor: pointer; }
.atlas-map .deck-tooltip { white-space: pre-line; font-size: 14px; }
.atlas-map-layers { position: absolute; top: 8px; left: 8px; z-index: 2; max-width: 17rem;
  max-height: calc(100% - 16px); overflow-y: auto; font: 14px sans-serif; background: #ffffffeb;
  border: 1px solid #999; border-radius: 4px; }
.atlas-map-layers summary { padding: 4px 8px; cursor: pointer; font-weight: 600; }
.atlas-map-layers-body { padding: 0 8px 6px; }
.atlas-map-layers-group { margin-top: 6px; font-size: 12px; letter-spacing: 0.04em; text-transform: uppercase;
  color: #555; }
.atlas-map-layers-row { display: flex; align-items: center; gap: 6px; padding: 2px 0; cursor: pointer; }
.atlas-map-layers-swatch { width: 12px; height: 12px; flex: none; border: 1px solid #0006; border-radius: 2px; }
"""
_COMPONENT = st.components.v2.component("arctic_atlas.polar_map", js=_LOADER, css=_CSS, isolate_styles=False)


@dataclass(frozen=True)
class LayerSwitcher:
    """The map's own layer switcher: ``panel`` as :func:`~dashboard.map.selection.layer_panel`
    gives it, ``seq`` the number of the browser's latest tick that Python has taken in, and
    ``on_layers(names, seq)`` what to do with a tick the browser reports (before the script runs)."""

    panel: list[dict]
    seq: int
    on_layers: Callable[[list[str], int], None]


@dataclass(frozen=True)
class MapEvent:
    """What the browser reported: the latest ``click`` (layer id, feature id) in this session,
    and the current ``camera`` (None until the user has moved it)."""

    click: tuple[str, Any] | None
    camera: PolarView | None


def _served(path: str) -> str:
    """``path`` (relative to the app's root URL) as an absolute URL path, under
    ``server.baseUrlPath`` when the app is served below the host's root."""
    base = str(st.get_option("server.baseUrlPath") or "").strip("/")
    return f"/{base}/{path}" if base else f"/{path}"


def map_layers(names: Sequence[str]) -> list[LayerDescription]:
    """Descriptions of the registry layers ``names`` (and the ocean), their files published."""
    return describe_layers(names, lambda data: _served(publish(data)), file_of=published_layer_file)


def overlay(layer_id: str, kind: str, rows: list[dict[str, Any]], props: dict[str, Any]) -> LayerDescription:
    """A small layer that travels with the arguments (events, a computed route, a state's ports).

    ``rows`` carry ``position``/``path``/``polygon``, ``fill``/``line`` RGBA, ``tooltip`` (plain
    text) and ``feature`` (what a click reports)."""
    return LayerDescription(id=layer_id, kind=kind, key=rows_key(rows), rows=rows, props=props)  # type: ignore[arg-type]


def url_camera(default: PolarView) -> PolarView:
    """The camera in the URL (``?view=``) if there is a valid one, else ``default``."""
    return parse_view_param(st.query_params.get(VIEW_PARAM)) or default


def _poster_can_stand_in(camera: PolarView) -> bool:
    """Whether the base map's picture (:mod:`dashboard.briefing.poster`) is near the size ``camera``
    draws it at (the component decides on the map's real size: between 0.4 and 2 times)."""
    minx, maxx, _, _ = poster_extent()
    return 0.3 <= (maxx - minx) * 2.0**camera.zoom / POSTER_PX <= 2.5


def _noop() -> None:
    """Registers the ``camera`` state name; the rerun itself is all that is needed."""


_PRELOADED = "{key}_preloaded"  # session state: this map's first files were preloaded


def _click_store(key: str) -> str:
    return f"{key}_clicked"


def last_click(key: str) -> tuple[str, Any] | None:
    """(layer id, feature id) of the latest click on map ``key`` in this session, or None.

    Kept until the next click, so the selected feature stays highlighted and detailed while
    the user toggles layers; read it *before* mounting the map to highlight it on this run.
    A session's first read takes the link's ``?feature=layer:id``, so a copied link reopens
    the chosen feature."""
    store = _click_store(key)
    if store not in st.session_state:
        st.session_state[store] = parse_feature_param(st.query_params.get(FEATURE_PARAM))
    return st.session_state[store]


def keep_feature_in_url(chosen: tuple[str, Any] | None) -> None:
    """Write the feature shown in detail (clicked or listed) to ``?feature=``, or remove it."""
    keep_in_url({FEATURE_PARAM: format_feature_param(*chosen) if chosen else None})


def _remember_click(key: str) -> None:
    # Runs before the rerun's script, so the page can highlight the clicked feature at once.
    state = st.session_state.get(key)
    click = state.get("click") if hasattr(state, "get") else None
    if isinstance(click, dict) and "layer" in click and "feature" in click:
        st.session_state[_click_store(key)] = (str(click["layer"]), click["feature"])


def _remember_layers(key: str, on_layers: Callable[[list[str], int], None]) -> None:
    # Runs before the rerun's script: the page then draws its legend and details for the layers
    # the user has just ticked in the map's own switcher.
    state = st.session_state.get(key)
    reported = state.get("visible") if hasattr(state, "get") else None
    if isinstance(reported, dict) and isinstance(reported.get("layers"), list):
        seq = reported.get("seq")
        if isinstance(seq, int) and not isinstance(seq, bool):
            on_layers([str(name) for name in reported["layers"]], seq)


def polar_map(
    layers: Sequence[LayerDescription],
    visible: Sequence[str],
    *,
    key: str,
    camera: PolarView,
    camera_token: str,
    height: int = 640,
    highlights: Sequence[tuple[str, Any]] = (),
    camera_in_url: bool = False,
    fill_offset: int | None = None,
    switcher: LayerSwitcher | None = None,
    fill_window: int | None = None,
    projector_text: bool = False,
    report_drawn: bool = False,
) -> MapEvent:
    """Mount the map and return what the user did on it.

    ``camera`` goes to the browser when ``camera_token`` is new for this map (framing a state,
    a route); the same token never moves the user's view back. With ``camera_in_url`` the
    reported camera is written to ``?view=`` so a copied link reopens the same framing. With
    ``fill_offset`` the map fills the window's height less that many pixels (present mode) and
    shows the span ``camera`` was framed for, whatever the screen. With ``fill_window`` it fills
    the window from its top down, leaving that many pixels below it; a framing camera (one with
    ``width_px``) is fitted to the map's width and height and refitted when the map is resized
    until the user moves it. ``projector_text`` draws labels at the registry's projector scale.
    Every one of ``highlights`` ((layer id, feature id) pairs) is outlined while its layer is shown.
    With ``switcher`` the map draws its own layer switcher (:class:`LayerSwitcher`): a tick
    repaints in the browser at once and reaches Python on the rerun it triggers. With
    ``report_drawn`` the browser reruns the script once the map's first complete frame has been
    drawn (the Map page's first visit draws the rest of the page on that run).
    """
    args = component_args(
        layers,
        visible,
        camera=camera,
        camera_token=camera_token,
        height=height,
        bundle_url=_served(bundle_url()),
        boot_url=_served(boot_url()),
        icons={role: _served(url) for role, url in icon_atlas_urls().items()},
        highlights=highlights,
        min_zoom=MIN_ZOOM,
        max_zoom=MAX_ZOOM,
        fill_offset=fill_offset,
        panel=switcher.panel if switcher else None,
        visible_seq=switcher.seq if switcher else 0,
        fill_window=fill_window,
        projector_text=projector_text,
    )
    # What a toggle does not change is fetched once from a content-hashed file, not re-sent.
    wired = wire_args(args, lambda described: _served(publish_json(described)))
    # Only a session's first map asks for preloads: later runs find the files in the browser already.
    first_run = _PRELOADED.format(key=key) not in st.session_state
    st.session_state[_PRELOADED.format(key=key)] = True
    if first_run:
        poster = poster_for(visible, _served) if _poster_can_stand_in(camera) else None
        args = {**wired, "preload": first_frame_urls(args, wired["described"]), "poster": poster}
    else:
        args = wired
    if report_drawn:
        args = {**args, "report_drawn": True}
    filled = fill_offset is not None or fill_window is not None
    result = _COMPONENT(
        key=key,
        data=args,
        height="content" if filled else height,
        on_camera_change=_noop,
        on_drawn_change=_noop,
        on_click_change=lambda: _remember_click(key),
        on_visible_change=(lambda: _remember_layers(key, switcher.on_layers)) if switcher else _noop,
    )
    reported = result.get("camera") if hasattr(result, "get") else None
    view = None
    if isinstance(reported, dict):
        view = parse_view_param(f"{reported.get('x')},{reported.get('y')},{reported.get('zoom')}")
    if camera_in_url and view is not None:
        value = format_view_param(view)
        if st.query_params.get(VIEW_PARAM) != value:
            st.query_params[VIEW_PARAM] = value
    return MapEvent(click=last_click(key), camera=view)
