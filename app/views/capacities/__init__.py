"""Lits et places in the window: the Disponibilités entry view, the group view with its chart, the CSV import
preview, and the part that puts them in the main window (window_part.py)."""
