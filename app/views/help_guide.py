"""*Aide > Guide d'utilisation* (F1): the short user guide shipped with the app, in the interface's language.

The guide is one HTML page per language (app/resources/guide/guide-fr.html, guide-en.html), written by hand
rather than through tr(): it is prose, easier to keep true as a page than as a hundred short strings. Each topic
is an `<a name="...">` anchor (TOPICS) that the contents links and the tests reach.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.views.i18n import LANGUAGES, TRANSLATIONS

GUIDE_DIR = Path(__file__).resolve().parent.parent / "resources" / "guide"
# The anchors of the topics every language's guide covers, in their order.
TOPICS = ("dossier", "fiche", "finaliser", "envoyer", "conflit", "support")


def guide_path(lang: str) -> Path:
    return GUIDE_DIR / f"guide-{lang if lang in LANGUAGES else 'fr'}.html"


def guide_html(lang: str) -> str:
    """The guide's page in `lang` (French, the source language, for any other)."""
    return guide_path(lang).read_text(encoding="utf-8")


class GuideDialog(QDialog):
    """A window beside the main one (not modal: the user follows the steps while reading)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setOpenExternalLinks(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(self.buttons)
        self.language = ""
        self.resize(780, 680)
        self.retranslate()

    def retranslate(self) -> None:
        """The page of the language in use (read again after a live language switch)."""
        self.setWindowTitle(self.tr("Guide d'utilisation — ROR Référent"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        lang = TRANSLATIONS.language
        if lang != self.language:
            self.language = lang
            self.browser.setHtml(guide_html(lang))

    def show_topic(self, topic: str) -> None:
        self.browser.scrollToAnchor(topic)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
