"""Icons drawn with QPainter (no image files): one badge per node kind, with a corner mark for the state."""
from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

KIND_COLOURS = {
    "EJ": "#37474f", "EG": "#1565c0", "P": "#6a1b9a", "PM": "#8e24aa", "S": "#00838f", "S2": "#00acc1",
    "UF": "#5d4037", "UO": "#ef6c00",
}
MARK_COLOURS = {"finalised": "#2e7d32", "problems": "#c62828", "conflict": "#f9a825"}
W, H = 52, 36  # drawn at twice the 26x18 the tree shows


@cache
def kind_icon(kind: str, mark: str | None = None) -> QIcon:
    """A rounded badge with the kind's letters; `mark` adds a coloured dot (finalised, problems, conflict)."""
    pix = QPixmap(W, H)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(KIND_COLOURS.get(kind, "#607d8b")))
    badge = QRectF(1, 2, W - 12, H - 4)
    p.drawRoundedRect(badge, 8, 8)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(22 if len(kind) < 2 else 19)
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(badge, Qt.AlignmentFlag.AlignCenter, kind)
    if mark in MARK_COLOURS:
        p.setPen(QColor("white"))
        p.setBrush(QColor(MARK_COLOURS[mark]))
        p.drawEllipse(QRectF(W - 17, H - 17, 16, 16))
    p.end()
    return QIcon(pix)


@cache
def app_icon() -> QIcon:
    """The window icon: a blue cross on white, drawn at a few sizes."""
    icon = QIcon()
    for size in (16, 32, 64, 128):
        pix = QPixmap(size, size)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(QColor("#1565c0"))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRoundedRect(QRectF(0, 0, size, size), size / 5, size / 5)
        p.setBrush(QColor("white"))
        third = size / 3
        p.drawRect(QRectF(third, size / 6, third, size * 2 / 3))
        p.drawRect(QRectF(size / 6, third, size * 2 / 3, third))
        p.end()
        icon.addPixmap(pix)
    return icon
