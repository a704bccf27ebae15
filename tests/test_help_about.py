"""*Aide*: the user guide (F1) in the interface's language, À propos (version, workspace, logs, support), and the
support bundle's menu entry, through the real main window."""
from __future__ import annotations

import re
import sys
import types
from importlib import metadata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models.demo import make_demo
from app.models.support.environment import log_dir
from app.views.help_guide import TOPICS, guide_html
from app.views.i18n import TRANSLATIONS
from app.views.main_window import MainWindow

HEADINGS = {
    "fr": ["Créer un dossier", "Remplir une fiche", "Finaliser une fiche", "Envoyer pour validation",
           "Résoudre un conflit", "Créer un paquet pour le support"],
    "en": ["Create a dossier", "Fill in a record", "Finalise a record", "Send for validation", "Resolve a conflict",
           "Create a support bundle"],
}


@pytest.fixture
def window(qtbot, tmp_path):
    TRANSLATIONS.apply("fr")
    make_demo(tmp_path / "demo.sqlite").close()
    win = MainWindow(remember=False)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.workspaceCompleted, timeout=20_000):
        win.open_workspace(tmp_path / "demo.sqlite")
    win.show()
    yield win
    win.close()
    TRANSLATIONS.apply("fr")


def headings(html_text: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", h).strip() for h in re.findall(r"<h2>(.*?)</h2>", html_text, re.S)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_guide_has_every_topic_as_a_heading(lang):
    page = guide_html(lang)
    assert headings(page) == HEADINGS[lang]
    for topic in TOPICS:
        assert f'<a name="{topic}"></a>' in page
        assert f'href="#{topic}"' in page  # the contents links to it


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_guide_names_the_menus_the_window_really_has(window, lang):
    """Every "Menu > Entry" the guide gives is the window's own text in that language (without its '&')."""
    window.set_language(lang)
    page = guide_html(lang)
    texts = {a.text().replace("&", "") for menu in window.menus.values() for a in menu.actions()}
    titles = {menu.title().replace("&", "") for menu in window.menus.values()}
    paths = re.findall(r"<i>([^<&]+?) &gt; ([^<]+?)</i>", page)
    assert len(paths) >= 8
    for menu, item in paths:
        item = " ".join(item.split())
        assert menu in titles, menu
        assert item in texts, item


def test_f1_opens_the_guide_in_the_interface_language_and_follows_a_switch(qtbot, window):
    assert window.act_guide.shortcut().toString() == "F1"
    assert window.act_guide in window.menus["help"].actions()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.guide_dialog
    assert guide is not None and guide.isVisible()
    french = guide.browser.toPlainText()
    for heading in HEADINGS["fr"]:
        assert heading in french
    assert guide.windowTitle() == "Guide d'utilisation — ROR Référent"

    window.set_language("en")
    qtbot.waitUntil(lambda: guide.language == "en", timeout=5_000)
    english = guide.browser.toPlainText()
    assert english != french
    for heading in HEADINGS["en"]:
        assert heading in english
    assert guide.windowTitle() == "User guide — ROR Référent"
    assert window.show_guide() is guide  # one window, brought back


def test_a_topic_of_the_guide_is_reached_by_its_anchor(qtbot, window):
    guide = window.show_guide()
    guide.resize(500, 300)
    qtbot.waitExposed(guide)
    bar = guide.browser.verticalScrollBar()
    assert bar.maximum() > 0
    guide.show_topic("support")
    assert bar.value() > 0


def test_about_gives_version_workspace_logs_and_support(qtbot, window, tmp_path):
    window.act_about.trigger()
    about = window.about_dialog
    assert about is not None and about.isVisible()
    shown = {key: label.text() for key, label in about.values.items()}
    assert shown["version"] == metadata.version("ror-referent")
    assert shown["workspace"] == str(tmp_path / "demo.sqlite")
    assert shown["logs"] == str(log_dir())
    assert "Créer un paquet pour le support" in about.support.text()
    assert "ARS" in about.support.text() and "GRADeS" in about.support.text()
    about.copy_button.click()
    copied = QApplication.clipboard().text()
    assert str(tmp_path / "demo.sqlite") in copied and str(log_dir()) in copied
    about.reject()


def test_about_in_english(qtbot, window):
    window.set_language("en")
    about = window.about()
    assert about.windowTitle() == "About ROR Référent"
    assert "Create a support bundle" in about.support.text()
    assert about.copy_button.text() == "Copy this information"
    about.reject()


def test_about_without_a_workspace(qtbot):
    TRANSLATIONS.apply("fr")
    win = MainWindow(remember=False)
    qtbot.addWidget(win)
    about = win.about()
    assert about.values["workspace"].text() == "aucun espace de travail ouvert"
    about.reject()
    win.close()


def test_support_bundle_entry_calls_the_support_module(qtbot, window, monkeypatch):
    calls = []
    fake = types.ModuleType("app.views.support_bundle")
    fake.create_support_bundle = calls.append
    monkeypatch.setitem(sys.modules, "app.views.support_bundle", fake)
    assert window.act_support_bundle in window.menus["help"].actions()
    assert window.act_support_bundle.text() == "Créer un paquet pour le &support…"
    window.act_support_bundle.trigger()
    assert calls == [window]
