"""Run-time translations: the app's .qm and Qt's own qtbase .qm for one language, switchable live.

Installing the translators sends a LanguageChange event to every widget, which retranslates itself.
The .qm files are built from i18n/*.ts (see i18n_build); a source checkout builds them on first run.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.views import i18n_build

log = logging.getLogger(__name__)
LANGUAGES = {"fr": "Français", "en": "English"}


def system_language() -> str:
    """French or English from the system locale (French, the source language, for the C locale)."""
    name = QLocale.system().name()
    if name.startswith("en"):
        return "en"
    if name.startswith("fr") or name in ("C", "POSIX", ""):
        return "fr"
    return "en"


def ensure_built() -> None:
    """Compile the .qm files when missing and the .ts sources are at hand (a source checkout)."""
    if all(i18n_build.qm_path(lang).exists() for lang in LANGUAGES):
        return
    try:
        i18n_build.release()
    except (OSError, FileNotFoundError) as exc:  # a packaged app ships the .qm files
        log.warning("cannot build translations: %s", exc)
    except Exception as exc:  # noqa: BLE001 - lrelease failed; the app still runs in French
        log.warning("lrelease failed: %s", exc)


class Translations:
    """Holds the installed translators so that a language switch replaces them."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "fr"

    def apply(self, lang: str | None) -> str:
        lang = lang if lang in LANGUAGES else system_language()
        app = QCoreApplication.instance()
        for tr in self._installed:
            app.removeTranslator(tr)
        self._installed = []
        ensure_built()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, directory in ((f"qtbase_{lang}", qt_dir), (f"ror_referent_{lang}", str(i18n_build.QM_DIR))):
            tr = QTranslator(app)
            if tr.load(name, directory):
                app.installTranslator(tr)
                self._installed.append(tr)
            else:
                log.info("no translation %s in %s", name, directory)
        QLocale.setDefault(QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English))
        self.language = lang
        return lang


TRANSLATIONS = Translations()


def current_language() -> str:
    """The interface's language ('fr' or 'en'): the forms show their Questionnaire texts in it."""
    return TRANSLATIONS.language
