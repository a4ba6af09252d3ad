"""Print how long the briefing exports take: a PNG of the default view, a three-slide PPTX and PDF.

Run: ``python benchmarks/export_benchmark.py``. Not a test: timings on a shared machine are noisy,
so this prints figures (targets from issue 10: PNG under 3 s, three-slide PPTX under 10 s).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from map_benchmark import timed  # this script's folder is on sys.path when run as a script

from dashboard.briefing import Briefing, Slide
from dashboard.briefing.cli import default_briefing
from dashboard.briefing.exports import briefing_pdf, prepare_briefing, view_png
from dashboard.briefing.powerpoint import briefing_pptx
from dashboard.briefing.presets import preset_view
from dashboard.events import events_to_frame
from dashboard.events.seed import seed_article_and_events


def main() -> None:
    events = events_to_frame(seed_article_and_events()[1])
    view = default_briefing().slides[0].view
    cold, png = timed(lambda: view_png(view, events), repeat=1)
    print(f"PNG, default view, 1920x1080 (cold: layers loaded and projected): {cold:6.2f} s, {len(png) / 1e6:.2f} MB")
    warm, _ = timed(lambda: view_png(view, events), repeat=3)
    print(f"PNG, default view, 1920x1080 (warm, median of 3):                 {warm:6.2f} s")
    briefing = Briefing(
        "Benchmark",
        tuple(
            Slide(preset_view(name), name, "- one\n- **two**")
            for name in ("arctic", "barents-kola", "northern-sea-route")
        ),
    )
    seconds, pptx = timed(lambda: briefing_pptx(prepare_briefing(briefing, events)), repeat=3)
    print(
        f"PPTX, three slides (draw + write, median of 3):                   {seconds:6.2f} s, {len(pptx) / 1e6:.2f} MB"
    )
    seconds, pdf = timed(lambda: briefing_pdf(prepare_briefing(briefing, events), briefing.name), repeat=3)
    print(
        f"PDF, three slides (draw + write, median of 3):                    {seconds:6.2f} s, {len(pdf) / 1e6:.2f} MB"
    )


if __name__ == "__main__":
    main()
