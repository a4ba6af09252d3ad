"""Streamlit widgets and panels shared by the pages (the only dashboard code that draws)."""
