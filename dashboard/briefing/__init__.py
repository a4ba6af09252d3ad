"""Briefings: saved views of the map, slides, presets, and their exports (PNG, PPTX, PDF).

No Streamlit here: the model (:mod:`.model`), its JSON file (:mod:`.fileformat`) and link
(:mod:`.links`), the presets (:mod:`.presets`), the static map (:mod:`.render`) and the exports
(:mod:`.exports`) run on a server or from the command line (``python -m dashboard.briefing``).
"""

from __future__ import annotations

from .fileformat import briefing_from_json, briefing_to_json
from .model import Briefing, BriefingError, FeatureRef, Slide, View

__all__ = ["Briefing", "BriefingError", "FeatureRef", "Slide", "View", "briefing_from_json", "briefing_to_json"]
