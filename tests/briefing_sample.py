"""The briefing the export and CLI tests share: three preset slides from the seed events, the
third naming a retired layer and a deleted event, all carrying hostile text."""

from __future__ import annotations

import dataclasses

import pandas as pd

from dashboard.briefing import Briefing, Slide
from dashboard.briefing.presets import preset_view
from dashboard.events import events_to_frame
from dashboard.events.seed import seed_article_and_events

HOSTILE_POINTS = (
    "**Watch** the <script>alert('x')</script> north\n"
    "- [click me](javascript:alert(1)) and [NATO](https://www.nato.int/)\n"
    "- <img src=x onerror=alert(2)> $x^2$"
)


def seed_frame() -> pd.DataFrame:
    """The seed article's events, shaped like EventStore.query()."""
    return events_to_frame(seed_article_and_events()[1])


def sample_briefing(seed_events: pd.DataFrame) -> Briefing:
    """Three slides from presets; the third names a retired layer and a deleted event, and all carry hostile text."""
    first_id = seed_events["event_id"].iloc[0]
    barents = preset_view("barents-kola")
    return Briefing(
        "Arctic brief (test)",
        (
            Slide(
                dataclasses.replace(preset_view("arctic"), highlighted_events=(first_id,)),
                "The Arctic this week",
                HOSTILE_POINTS,
            ),
            Slide(barents, "Barents and Kola", "Kola *bases*"),
            Slide(
                dataclasses.replace(
                    preset_view("northern-sea-route"),
                    layers=(*barents.layers, "retired_layer"),
                    highlighted_events=("ev-deleted000000",),
                ),
                "<b>NSR</b> javascript:alert(3)",
                "",
            ),
        ),
    )
