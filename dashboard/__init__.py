"""Arctic Atlas application logic: rendering, state, events, exports (Streamlit only where it draws)."""
