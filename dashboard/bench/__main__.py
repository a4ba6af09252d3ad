"""``python -m dashboard.bench``: the map benchmark's table (``--json`` for one JSON object)."""

from dashboard.bench import main

main()
