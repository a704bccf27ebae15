"""Build step for translations: lupdate over app/views to i18n/*.ts, lrelease to app/i18n/*.qm.

`python -m app.views.i18n_build` refreshes the .ts sources (keeping existing translations) and compiles them;
`--release-only` skips lupdate (what the app does on first run when the .qm files are missing). The tools are
the ones PySide6-Essentials ships (PySide6/lupdate, PySide6/lrelease).

The refusals' templates (`app.models.refusals.MESSAGES`, French, in a module that knows no Qt) are added to
the "Refusal" context of each .ts after lupdate, their translations kept from one run to the next: the views
show a refusal through `QCoreApplication.translate("Refusal", MESSAGES[key])` (app/views/refusal_text.py).
The problems of a fiche (`app.models.validation.MESSAGES` and the day names) go the same way to the "Problem"
context (app/views/problem_text.py).
"""
from __future__ import annotations

import argparse
import html
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

from app.models.refusals import MESSAGES

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
        path = ts_path(lang)
        before = path.read_text(encoding="utf-8") if path.exists() else None
        kept = {name: context_translations(before, name) if before else {} for name in model_contexts()}
        subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", "-source-language", "fr_FR",
                        "-target-language", "fr_FR" if lang == "fr" else "en_GB", *python_sources(),
                        "-ts", str(path)], check=True)
        text = path.read_text(encoding="utf-8")
        for name, messages in model_contexts().items():
            text = with_context(text, name, messages, kept[name])
        path.write_text(text, encoding="utf-8")


REFUSAL_CONTEXT = "Refusal"
_CONTEXT_RE = re.compile(r"<context>\s*<name>(.*?)</name>.*?</context>\n?", re.S)


PROBLEM_CONTEXT = "Problem"


def model_contexts() -> dict[str, dict[str, str]]:
    """The contexts whose French texts live in Qt-free models, {context: {key: French template}}: refusals
    (app/models/refusals.py) and the problems of a fiche with the day names they use
    (app/models/validation/problem.py)."""
    from app.models.validation import DAYS
    from app.models.validation import MESSAGES as PROBLEMS

    return {REFUSAL_CONTEXT: MESSAGES, PROBLEM_CONTEXT: {**PROBLEMS, **{f"day-{k}": v for k, v in DAYS.items()}}}


def refusal_translations(ts_text: str) -> dict[str, str]:
    """The finished translations of the Refusal context of a .ts text: {French template: translation}."""
    return context_translations(ts_text, REFUSAL_CONTEXT)


def context_translations(ts_text: str, name: str) -> dict[str, str]:
    """The finished translations of one context of a .ts text: {French source: translation}."""
    found: dict[str, str] = {}
    for context in ET.fromstring(ts_text).iter("context"):
        if context.findtext("name") != name:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished" and translation.text:
                found[message.findtext("source") or ""] = translation.text
    return found


def _escape(text: str) -> str:
    return html.escape(text, quote=True).replace("&#x27;", "&apos;")


def with_refusals(ts_text: str, translations: dict[str, str]) -> str:
    """The .ts text with a Refusal context holding every template of MESSAGES (replacing any old one)."""
    return with_context(ts_text, REFUSAL_CONTEXT, MESSAGES, translations)


def with_context(ts_text: str, name: str, messages: dict[str, str], translations: dict[str, str]) -> str:
    """The .ts text with a context `name` holding every template of `messages` (replacing any old one)."""
    kept = [m for m in _CONTEXT_RE.finditer(ts_text) if m.group(1) != name]
    lines = ["<context>", f"    <name>{name}</name>"]
    seen: set[str] = set()
    for key, template in messages.items():
        if template in seen:  # two keys, one sentence: one message to translate
            continue
        seen.add(template)
        translation = translations.get(template)
        lines += ["    <message>", f"        <source>{_escape(template)}</source>",
                  f"        <extracomment>{_escape(key)}</extracomment>",
                  f"        <translation>{_escape(translation)}</translation>" if translation else
                  '        <translation type="unfinished"></translation>', "    </message>"]
    block = "\n".join([*lines, "</context>"]) + "\n"
    contexts = [(m.group(1), m.group(0)) for m in kept] + [(name, block)]
    head = ts_text[:kept[0].start()] if kept else ts_text[:ts_text.index("</TS>")]
    return head + "".join(text for _name, text in sorted(contexts, key=lambda c: c[0])) + "</TS>\n"


def release() -> list[Path]:
    """Compile the .ts files that exist into app/i18n/*.qm."""
    QM_DIR.mkdir(exist_ok=True)
    built = []
    for lang in LANGUAGES:
        if ts_path(lang).exists():
            # Written beside, then renamed over: a running app maps its .qm file (QTranslator), and a file
            # rewritten in place under it crashes it; a rename leaves it the old file until it closes.
            fresh = qm_path(lang).with_suffix(".qm.new")
            subprocess.run([_tool("lrelease"), "-silent", str(ts_path(lang)), "-qm", str(fresh)], check=True)
            os.replace(fresh, qm_path(lang))
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
