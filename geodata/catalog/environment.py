"""Environment layers (sidebar group "Environment")."""

from __future__ import annotations

from ..registry import LayerSpec

__all__ = ["LAYERS"]

LAYERS: tuple[LayerSpec, ...] = ()
