"""Fetch a pinned npm package's files with ``npm pack`` (no node_modules, no scripts run)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

__all__ = ["CACHE_DIR", "npm_package_dir"]

#: Where fetched packages are unpacked; override with ARCTIC_ATLAS_CACHE.
CACHE_DIR = Path(os.environ.get("ARCTIC_ATLAS_CACHE", Path.home() / ".cache" / "arctic-atlas"))


def npm_package_dir(name: str, version: str) -> Path:
    """Directory holding the unpacked files of npm package ``name@version``.

    Downloads the tarball once with ``npm pack`` into :data:`CACHE_DIR`; later calls reuse it.
    Raises ``RuntimeError`` with npm's message when npm is missing or the registry says no.
    """
    target = CACHE_DIR / f"{name}-{version}"
    if (target / "package.json").exists():
        return target
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError(f"npm is needed to fetch {name}@{version}; install Node.js and npm")
    with tempfile.TemporaryDirectory() as tmp:
        result = subprocess.run(
            [npm, "pack", f"{name}@{version}", "--silent", "--pack-destination", tmp],
            capture_output=True,
            text=True,
            check=False,
        )
        tarballs = list(Path(tmp).glob("*.tgz"))
        if result.returncode != 0 or not tarballs:
            raise RuntimeError(f"npm pack {name}@{version} failed: {result.stderr.strip()[-500:]}")
        unpack_to = Path(tmp) / "unpacked"
        with tarfile.open(tarballs[0]) as tar:
            tar.extractall(unpack_to, filter="data")
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            shutil.rmtree(target)
        shutil.move(str(unpack_to / "package"), target)
    return target
