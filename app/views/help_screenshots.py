"""Screenshots of *Aide*, rendered offscreen over a demo workspace (for docs/screenshots):

    python -m app.views.help_screenshots docs/screenshots

writes about-fr.png, about-en.png (À propos) and guide-fr.png, guide-en.png (the user guide as F1 opens it),
each dialog grabbed on its own. À propos shows a referent's typical paths rather than this machine's temporary
ones.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from app.views.screenshot_kit import each_language, output_dir


def main(argv: list[str] | None = None) -> int:
    out = output_dir(argv)
    os.environ["ROR_REFERENT_LOG_DIR"] = "/home/referent/.local/state/ror-referent/log"
    shown_workspace = Path("/home/referent/Documents/ehpad-les-tilleuls.sqlite")
    from app.models.demo import make_demo
    from app.views.about import AboutDialog
    from app.views.launch import make_app

    app = make_app()
    written = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.sqlite"
        make_demo(path).close()
        for lang, window in each_language(app, path):
            about = AboutDialog(shown_workspace, window)
            about.show()
            about.adjustSize()
            for _ in range(5):
                app.processEvents()
            written.append(out / f"about-{lang}.png")
            about.grab().save(str(written[-1]), "PNG", 0)
            about.reject()
            guide = window.show_guide()
            guide.resize(820, 760)
            for _ in range(5):
                app.processEvents()
            written.append(out / f"guide-{lang}.png")
            guide.grab().save(str(written[-1]), "PNG", 0)
            guide.close()
            window.deleteLater()
    for name in written:
        print(name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
