"""*Aide > Créer un paquet pour le support…*: the dialog writes the bundle off the GUI thread and says where."""
from __future__ import annotations

import json
import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.models.demo import make_demo
from app.views.i18n import TRANSLATIONS
from app.views.support_bundle import create_support_bundle
from tests.support_scenario import PERSON_A, PHONE, uo_contacts


@pytest.fixture
def window(open_window, tmp_path):
    path = tmp_path / "demo.sqlite"
    ws = make_demo(path)
    uo = next(r for r in ws.nodes.all() if r.kind == "UO")
    answers = dict(ws.fiches.get(uo.id).answers)
    answers["uo.contacts"] = uo_contacts(PERSON_A, PHONE)
    ws.fiches.save(uo.id, answers)
    ws.close()
    return open_window(path)


def test_the_dialog_writes_a_pseudonymised_bundle_and_says_where(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "envoi" / "pour-le-support"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Paquet zip (*.zip)"))
    dialog = create_support_bundle(window)
    assert dialog is not None and dialog.isVisible()
    assert dialog.pseudonymise.text() == "Pseudonymiser les données personnelles"
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    assert dialog.path.text() == str(target) + ".zip"
    dialog.pseudonymise.setChecked(True)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert not dialog.create_button.isEnabled() or dialog.written is not None  # working, or already done
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    written = tmp_path / "envoi" / "pour-le-support.zip"
    assert dialog.written == written and written.is_file()
    assert str(written) in dialog.outcome.text() and "Paquet pour le support écrit" in dialog.outcome.text()
    assert str(written) in window.statusBar().currentMessage()
    with zipfile.ZipFile(written) as z:
        manifest = json.loads(z.read("manifest.json"))
        data = z.read("workspace.sqlite")
    assert manifest["pseudonymised"] is True and manifest["placeholders"]["name"] == 1
    assert PERSON_A.encode() not in data and PHONE.encode() not in data
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)


def test_a_place_that_cannot_be_written_is_said_in_english_too(qtbot, window, tmp_path):
    TRANSLATIONS.apply("en")
    try:
        dialog = create_support_bundle(window)
        blocker = tmp_path / "a-file"
        blocker.write_text("x")
        dialog.path.setText(str(blocker / "bundle.zip"))  # a folder that is a file
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.create_button.isEnabled(), timeout=30_000)
        assert dialog.written is None
        assert dialog.outcome.text().startswith("Cannot write the bundle"), dialog.outcome.text()
        assert dialog.pseudonymise.text() == "Pseudonymise personal data"
    finally:
        TRANSLATIONS.apply("fr")
        dialog.reject()
