"""``python -m geodata list``: each layer's name, feature count, geometry type and source."""

from __future__ import annotations

import argparse
import sys

from . import layer, layer_specs


def _list() -> int:
    rows = []
    for spec in layer_specs():
        gdf = layer(spec.name)
        types = ", ".join(sorted(set(gdf.geom_type.dropna())))
        rows.append((spec.name, str(len(gdf)), types, spec.source))
    widths = [max(len(r[i]) for r in rows + [("name", "features", "geometry", "source")]) for i in range(3)]
    header = ("name", "features", "geometry", "source")
    for row in [header, *rows]:
        print(f"{row[0]:<{widths[0]}}  {row[1]:>{widths[1]}}  {row[2]:<{widths[2]}}  {row[3]}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m geodata", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("list", help="list every layer with its feature count, geometry type and source")
    args = parser.parse_args(argv)
    if args.command == "list":
        return _list()
    return 2  # pragma: no cover - argparse rejects other commands


if __name__ == "__main__":
    sys.exit(main())
