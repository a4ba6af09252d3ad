"""Which layers are shown, and how that choice travels in the URL.

The query string carries ``?layers=land,states,graticule``; ``?layers=`` (empty) means "none",
and no ``layers`` parameter means "the registry defaults". Unknown names are dropped, so an
old link still opens.
"""

from __future__ import annotations

from collections.abc import Iterable

import geodata

__all__ = [
    "LAYERS_PARAM",
    "basemap_layers",
    "default_layers",
    "format_layer_param",
    "layer_panel",
    "layers_in_group",
    "parse_layer_param",
    "state_profile_layer",
    "state_profile_layers",
]

#: Query-string key holding the comma-separated layer names.
LAYERS_PARAM = "layers"


def default_layers() -> list[str]:
    """Layers shown when the URL says nothing: every registry layer with ``default_on``."""
    return [spec.name for spec in geodata.layer_specs() if spec.default_on]


def basemap_layers() -> list[str]:
    """Layers every focused map draws under its own (registry ``basemap`` flag): land, the
    states, the graticule and the Arctic Circle."""
    return [spec.name for spec in geodata.layer_specs() if spec.basemap]


def layers_in_group(group: str) -> list[str]:
    """Registry layers of one sidebar group (e.g. "Resources"), in sidebar order."""
    if group not in geodata.GROUPS:
        raise ValueError(f"unknown layer group {group!r}; groups are {', '.join(geodata.GROUPS)}")
    return [spec.name for spec in geodata.layer_specs() if spec.group == group]


def layer_panel() -> list[dict]:
    """The map's own layer switcher, as the component draws it (``PanelGroup`` in
    ``frontend/polar-map/src/panel.ts``): the registry's groups in order, each with its layers'
    id, title (with the accuracy caveat), description and source (the hover help) and the colour
    of their first legend entry (RGBA 0-255) as a swatch. Text only: the component sets it as
    text, never as HTML."""
    panel = []
    for group in geodata.GROUPS:
        specs = [geodata.layer_spec(name) for name in layers_in_group(group)]
        if not specs:
            continue
        layers = []
        for spec in specs:
            legend = spec.legend()
            layers.append(
                {
                    "id": spec.name,
                    "title": spec.title if spec.accuracy == "exact" else f"{spec.title} ({spec.accuracy})",
                    "help": f"{spec.description}\n\nSource: {spec.source}",
                    "color": [int(c) for c in legend[0].color] if legend else None,
                }
            )
        panel.append({"group": group, "layers": layers})
    return panel


def state_profile_layers(role: str) -> list[str]:
    """Layers playing ``role`` in a state's profile (registry ``state_profile``; e.g. "points":
    the ports and the military installations), in drawing order."""
    if role not in geodata.STATE_PROFILE_ROLES:
        raise ValueError(f"unknown state profile role {role!r}; roles are {', '.join(geodata.STATE_PROFILE_ROLES)}")
    specs = [spec for spec in geodata.layer_specs() if spec.state_profile == role]
    return [spec.name for spec in sorted(specs, key=lambda spec: spec.draw_order)]


def state_profile_layer(role: str) -> str:
    """The one layer playing ``role`` ("territory", "parts" or "zones") in a state's profile."""
    (name,) = state_profile_layers(role)
    return name


def parse_layer_param(value: str | None) -> list[str] | None:
    """Layer names from the query-string value, in registry order; ``None`` if absent.

    Unknown names are ignored (an old or hand-edited link still opens the rest).
    """
    if value is None:
        return None
    wanted = {part.strip() for part in value.split(",") if part.strip()}
    return [name for name in geodata.layer_names() if name in wanted]


def format_layer_param(names: Iterable[str]) -> str:
    """The query-string value for ``names`` (registry order, comma-separated)."""
    chosen = set(names)
    return ",".join(name for name in geodata.layer_names() if name in chosen)
