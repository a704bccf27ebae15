"""The Dossiers panel (a dock of the main window), the pre-send checklist, the diff against the last published
version and the yearly confirmation (app/views/dossiers/window_part.py assembles them)."""
