"""Fetch a pinned PyPI wheel with ``pip download`` (not installed, no dependencies, no code run)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .npm import CACHE_DIR

__all__ = ["pypi_wheel"]


def pypi_wheel(name: str, version: str) -> Path:
    """Path of the wheel of PyPI package ``name==version``, downloaded once into ``CACHE_DIR``.

    Raises ``RuntimeError`` with pip's message when the index cannot be reached or has no wheel.
    """
    target_dir = CACHE_DIR / "wheels"
    pattern = f"{name.replace('-', '_')}-{version}-*.whl"
    cached = sorted(target_dir.glob(pattern))
    if cached:
        return cached[0]
    with tempfile.TemporaryDirectory() as tmp:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--only-binary=:all:",
                "-d",
                tmp,
                f"{name}=={version}",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        wheels = sorted(Path(tmp).glob(pattern))
        if result.returncode != 0 or not wheels:
            raise RuntimeError(f"pip download {name}=={version} failed: {result.stderr.strip()[-500:]}")
        target_dir.mkdir(parents=True, exist_ok=True)
        return Path(shutil.move(wheels[0], target_dir / wheels[0].name))
