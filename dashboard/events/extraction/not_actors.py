"""Names that contain or look like an actor's name but name no actor: news outlets and agencies
("Reuters", "The Barents Observer"), and place names holding a demonym or a state's name ("the
Norwegian Sea", "the Korean Peninsula"). :mod:`.actors` masks them before it matches the names of
:mod:`.actor_names`.
"""

from __future__ import annotations

__all__ = ["OUTLETS", "PLACE_MASKS"]

#: News outlets and agencies: masked before matching, never actors.
OUTLETS: tuple[str, ...] = (
    "Bloomberg",
    "Reuters",
    "Associated Press",
    "AP",
    "AFP",
    "Agence France-Presse",
    "CNN",
    "BBC",
    "NRK",
    "CBC",
    "Canadian Broadcasting Corporation",
    "The New York Times",
    "New York Times",
    "Washington Post",
    "The Washington Post",
    "Wall Street Journal",
    "Financial Times",
    "The Guardian",
    "Politico",
    "Moscow Times",
    "The Moscow Times",
    "Global Times",
    "Xinhua",
    "TASS",
    "RIA Novosti",
    "Interfax",
    "Kommersant",
    "High North News",
    "Arctic Today",
    "ArcticToday",
    "The Barents Observer",
    "Barents Observer",
    "Nunatsiaq News",
    "Anchorage Daily News",
    "Alaska Public Media",
    "Sermitsiaq",
    "KNR",
    "Yle",
    "DR",
    "Helsinki Times",
    "Siberian Times",
    "South China Morning Post",
    "The Independent Barents Observer",
    "Radio Canada International",
    "Eye on the Arctic",
)

# Place names that contain an actor word but name no actor ("the Norwegian Sea").
PLACE_MASKS: tuple[str, ...] = (
    "Norwegian Sea",
    "Greenland Sea",
    "Greenland Ice Sheet",
    "Gulf of Finland",
    "East Siberian Sea",
    "Canadian Arctic Archipelago",
    "Canadian Shield",
    "Iceland Sea",
    "Russian Arctic",
    "Canadian Arctic",
    "Danish Straits",
    "North America",
    "South America",
    "Latin America",
    "Central America",
    "Korean Peninsula",
    "British Columbia",
)
