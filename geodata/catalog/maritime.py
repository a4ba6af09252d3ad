"""Maritime layers (sidebar group "Maritime")."""

from __future__ import annotations

from ..registry import LayerSpec

__all__ = ["LAYERS"]

LAYERS: tuple[LayerSpec, ...] = ()
