"""Build step for translations: lupdate over app/views to i18n/*.ts, lrelease to app/i18n/*.qm.

`python -m app.views.i18n_build` refreshes the .ts sources (keeping existing translations) and compiles them;
`--release-only` skips lupdate (what the app does on first run when the .qm files are missing). The tools are
the ones PySide6-Essentials ships (PySide6/lupdate, PySide6/lrelease).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import PySide6

APP = Path(__file__).resolve().parent.parent
ROOT = APP.parent
TS_DIR = ROOT / "i18n"
QM_DIR = APP / "i18n"
LANGUAGES = ("fr", "en")
SOURCES = (APP / "views", APP / "cli" / "screenshot.py")


def ts_path(lang: str) -> Path:
    return TS_DIR / f"ror_referent_{lang}.ts"


def qm_path(lang: str) -> Path:
    return QM_DIR / f"ror_referent_{lang}.qm"


def _tool(name: str) -> str:
    exe = Path(PySide6.__file__).resolve().parent / (name + (".exe" if sys.platform == "win32" else ""))
    if not exe.exists():
        raise FileNotFoundError(f"{name} introuvable dans PySide6 ({exe.parent})")
    return str(exe)


def python_sources() -> list[str]:
    files: list[Path] = []
    for src in SOURCES:
        files.extend(sorted(src.rglob("*.py")) if src.is_dir() else [src] if src.exists() else [])
    return [str(f) for f in files]


def update() -> None:
    """Extract every tr() string into the .ts files (obsolete entries dropped, translations kept)."""
    TS_DIR.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", "-source-language", "fr_FR",
                        "-target-language", "fr_FR" if lang == "fr" else "en_GB", *python_sources(),
                        "-ts", str(ts_path(lang))], check=True)


def release() -> list[Path]:
    """Compile the .ts files that exist into app/i18n/*.qm."""
    QM_DIR.mkdir(exist_ok=True)
    built = []
    for lang in LANGUAGES:
        if ts_path(lang).exists():
            subprocess.run([_tool("lrelease"), "-silent", str(ts_path(lang)), "-qm", str(qm_path(lang))],
                           check=True)
            built.append(qm_path(lang))
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release-only", action="store_true", help="compile the .ts files without lupdate")
    args = parser.parse_args(argv)
    if not args.release_only:
        update()
    for path in release():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
