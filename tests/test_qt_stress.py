"""PySide6 must survive many thousands of appendRow calls (6.12.0 aborted on Python 3.11 in none_dealloc)."""
from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel


def test_many_append_rows_do_not_abort(qapp):
    model = QStandardItemModel()
    root = model.invisibleRootItem()
    for i in range(500):
        parent = QStandardItem(f"EG {i}")
        root.appendRow(parent)
        for j in range(15):
            parent.appendRow([QStandardItem(f"UO {i}.{j}"), QStandardItem(str(j))])
    for i in range(5000):
        root.appendRow(QStandardItem(f"ligne {i}"))
    assert model.rowCount() == 5500
    assert model.item(499).rowCount() == 15
    model.clear()
    assert model.rowCount() == 0
