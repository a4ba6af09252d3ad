"""Resources layers (sidebar group "Resources")."""

from __future__ import annotations

from ..registry import LayerSpec

__all__ = ["LAYERS"]

LAYERS: tuple[LayerSpec, ...] = ()
