"""``python -m geodata.build [LAYER ...]``: rebuild committed data files from their sources."""

from __future__ import annotations

import argparse
import sys

from .natural_earth import build_land, build_states

#: builder name -> function writing the files (states also writes territories).
BUILDERS = {"states": build_states, "land": build_land}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m geodata.build", description=__doc__)
    parser.add_argument("targets", nargs="*", metavar="LAYER",
                        help=f"what to rebuild: {', '.join(BUILDERS)} (default: all)")
    args = parser.parse_args(argv)
    unknown = [t for t in args.targets if t not in BUILDERS]
    if unknown:
        parser.error(f"unknown build target(s) {', '.join(unknown)}; choose from {', '.join(BUILDERS)}")
    for target in args.targets or list(BUILDERS):
        for path in BUILDERS[target]():
            print(f"{target}: wrote {path} ({path.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
