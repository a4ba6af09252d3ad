"""Draw the map's icon atlas: ``dashboard/map/icons/atlas.png`` and ``atlas.json``.

``python scripts/build_icon_atlas.py`` draws every marker of :data:`geodata.symbols.MARKERS`
and every hatch of :data:`geodata.registry.HATCHES` in white on transparent cells, with
matplotlib (pinned in requirements.txt; Agg, no display). The JSON is deck.gl's mapping format
for IconLayer ``iconMapping`` (marker names) and FillStyleExtension ``fillPatternMapping``
(``hatch/``, ``hatch\\``, ``hatchx``): ``x``, ``y``, ``width``, ``height`` in atlas pixels,
``anchorX``/``anchorY`` at the cell centre and ``mask: true``, so each feature's colour comes
from the data (``getColor`` / ``getFillColor``). Markers get a dark rim drawn by the map, not
baked in. Re-run after changing a shape; the output is deterministic.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from matplotlib.figure import Figure
from matplotlib.patches import Polygon, Rectangle

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from geodata.registry import HATCHES  # noqa: E402
from geodata.symbols import MARKERS  # noqa: E402

OUT_DIR = REPO / "dashboard" / "map" / "icons"
CELL_PX = 64  # marker cells: drawn large, deck.gl scales them down to the marker size
HATCH_PX = 16  # hatch tiles repeat every 16 px: one diagonal stroke per tile, ~11 px apart


def _cells() -> list[tuple[str, int]]:
    return [(name, CELL_PX) for name in MARKERS] + [(f"hatch{h}", HATCH_PX) for h in HATCHES]


def build() -> tuple[Path, Path]:
    """Write the atlas PNG and its JSON mapping; return their paths."""
    cells = _cells()
    width, height = sum(size for _, size in cells), CELL_PX
    fig = Figure(figsize=(width / 100, height / 100), dpi=100, facecolor=(0, 0, 0, 0))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, width)
    ax.set_ylim(height, 0)  # image rows: y down
    ax.axis("off")
    mapping, x = {}, 0
    for name, size in cells:
        if name in MARKERS:
            half = size / 2 - 2  # keep a 2-px margin so antialiasing stays inside the cell
            outline = [(x + size / 2 + half * px, size / 2 - half * py) for px, py in MARKERS[name]]
            ax.add_patch(Polygon(outline, closed=True, facecolor="white", edgecolor="none", antialiased=True))
        else:
            direction = name.removeprefix("hatch")
            tile = Rectangle((x, 0), size, size, transform=ax.transData)
            for slope in ("/", "\\") if direction == "x" else (direction,):
                for offset in (-size, 0, size):  # three strokes so the tile repeats seamlessly
                    if slope == "/":
                        xs, ys = [x + offset, x + offset + size], [size, 0]
                    else:
                        xs, ys = [x + offset, x + offset + size], [0, size]
                    (line,) = ax.plot(xs, ys, color="white", linewidth=1.5 * 0.72, solid_capstyle="butt")
                    line.set_clip_path(tile)  # strokes stay inside their own tile
        mapping[name] = {
            "x": x,
            "y": 0,
            "width": size,
            "height": size,
            "anchorX": size // 2,
            "anchorY": size // 2,
            "mask": True,
        }
        x += size
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    png, mapping_path = OUT_DIR / "atlas.png", OUT_DIR / "atlas.json"
    fig.savefig(png, dpi=100, transparent=True, metadata={"Software": None})
    mapping_path.write_text(json.dumps(mapping, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return png, mapping_path


if __name__ == "__main__":
    for path in build():
        print(f"wrote {path.relative_to(REPO)} ({path.stat().st_size} bytes)")
