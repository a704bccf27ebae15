"""Bulk edits across EGs in the window (issue 11, point 4).

    open_bulk_edit(window, node_ids)   # the tree's selection, or the dashboard's rows (EG node ids)

`window` is the MainWindow (its controller, `status`, `show_refusal`). The edit asks what to change, plans it
off the GUI thread, shows the preview and applies the accepted units as one undoable step.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.views.bulk.runner import BulkEdit


def open_bulk_edit(window: Any, node_ids: Iterable[int]) -> BulkEdit:
    """Start a bulk edit on those nodes (EGs, UOs or any node: every UO under them); returns it (its dialogs
    and its `planned` / `finished` signals) for the caller that wants to follow it."""
    edit = BulkEdit(window, node_ids)
    window.bulk_edit = edit  # kept alive (and reachable by tests) until the next one
    edit.start()
    return edit


__all__ = ["BulkEdit", "open_bulk_edit"]
