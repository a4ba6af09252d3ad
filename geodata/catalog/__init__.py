"""All registered layers, gathered from one module per sidebar group.

To add a layer: describe it with a :class:`~geodata.registry.LayerSpec` in the module of its
group and add it to that module's ``LAYERS`` tuple. Order within a group is drawing order
(first drawn first, so later layers sit on top).
"""

from __future__ import annotations

from ..registry import GROUPS, LayerSpec
from . import environment, installations, maritime, political, reference, resources, shipping

__all__ = ["LAYERS", "by_name"]

_MODULES = (political, installations, maritime, shipping, resources, environment, reference)

#: Every layer, in drawing order: grouped as :data:`geodata.registry.GROUPS`.
LAYERS: tuple[LayerSpec, ...] = tuple(
    sorted(
        (spec for module in _MODULES for spec in module.LAYERS),
        key=lambda spec: GROUPS.index(spec.group),
    )
)

_BY_NAME = {spec.name: spec for spec in LAYERS}
if len(_BY_NAME) != len(LAYERS):
    raise RuntimeError("two layers share a name in geodata.catalog")
for _role in ("territory", "parts", "zones"):
    if sum(spec.state_profile == _role for spec in LAYERS) != 1:
        raise RuntimeError(f"exactly one layer in geodata.catalog must have state_profile={_role!r}")


def by_name(name: str) -> LayerSpec:
    """The spec of layer ``name``; ``KeyError`` listing the known names otherwise."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown layer {name!r}; known layers: {', '.join(_BY_NAME)}") from None
