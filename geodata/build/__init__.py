"""Builders that (re)create the committed data files under ``geodata/data``.

Run ``python -m geodata.build`` (all) or ``python -m geodata.build states land``. Builders
fetch their sources from the package registries only (npm, PyPI) and write EPSG:4326 GeoJSON.
"""
