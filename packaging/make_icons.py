"""Render packaging/ror-referent.svg into the bitmaps installers want (build output, never committed):

    python packaging/make_icons.py OUT_DIR

writes ror-referent-256.png, ror-referent-48.png (Linux icon themes) and ror-referent.ico (Windows: the
executable's and the installer's icon, one 256 px image that Windows scales down; Qt's ICO writer stores one
image per file), with Qt's own SVG renderer and image writers.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE / "ror-referent.svg"
PNG_SIZES = (48, 256)


def render(size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    return image


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "build/icons")
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImageWriter

    _app = QGuiApplication.instance() or QGuiApplication([])
    for size in PNG_SIZES:
        if not render(size).save(str(out / f"ror-referent-{size}.png"), "PNG"):
            raise SystemExit(f"cannot write ror-referent-{size}.png")
    writer = QImageWriter(str(out / "ror-referent.ico"), b"ico")
    if not writer.write(render(256)):
        raise SystemExit(f"cannot write ror-referent.ico: {writer.errorString()}")
    for name in sorted(p.name for p in out.iterdir()):
        print(out / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
