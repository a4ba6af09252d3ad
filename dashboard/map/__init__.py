"""The polar map: display projection and the deck, camera framing, legend markup, and which
layers are shown (with how that choice travels in the URL).

Coordinates reaching the browser are EPSG:3413 metres (NSIDC polar stereographic north).
"""
