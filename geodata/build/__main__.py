"""``python -m geodata.build [TARGET ...]``: rebuild committed data files from their sources.

Every module in ``geodata/build`` that defines ``BUILDERS = {"target": function}`` is found
here; each function writes its files under ``geodata/data`` and returns their paths.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Callable
from pathlib import Path


def discover_builders() -> dict[str, Callable[[], list[Path]]]:
    """All build targets, from every ``geodata.build.*`` module's ``BUILDERS`` dict."""
    builders: dict[str, Callable[[], list[Path]]] = {}
    package_dir = Path(__file__).resolve().parent
    for info in sorted(pkgutil.iter_modules([str(package_dir)]), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__package__}.{info.name}")
        for target, fn in getattr(module, "BUILDERS", {}).items():
            if target in builders:
                raise RuntimeError(f"build target {target!r} defined twice (in {info.name})")
            builders[target] = fn
    return builders


def main(argv: list[str] | None = None) -> int:
    builders = discover_builders()
    parser = argparse.ArgumentParser(prog="python -m geodata.build", description=__doc__)
    parser.add_argument(
        "targets", nargs="*", metavar="TARGET", help=f"what to rebuild: {', '.join(builders)} (default: all)"
    )
    args = parser.parse_args(argv)
    unknown = [t for t in args.targets if t not in builders]
    if unknown:
        parser.error(f"unknown build target(s) {', '.join(unknown)}; choose from {', '.join(builders)}")
    for target in args.targets or list(builders):
        for path in builders[target]():
            print(f"{target}: wrote {path} ({path.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
