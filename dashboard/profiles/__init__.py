"""The briefing pages' logic: state profiles and their map, the route calculator and its
map, the CARA resource summaries, and the Sources table."""
