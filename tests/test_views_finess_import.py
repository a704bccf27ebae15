"""*Fichier > Importer l'extraction FINESS…*: off the GUI thread, with progress and Cancel; a cancel or a refused file
leaves the workspace as it was and says so in one sentence."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from app.models.kinds import Kind
from app.models.store import Workspace
from app.views.controller import Controller
from app.views.finess_import import FinessImport
from app.views.i18n import TRANSLATIONS
from tests.finess_rows import write_extract


@pytest.fixture
def window(open_window, tmp_path):
    path = tmp_path / "w.sqlite"
    Workspace.open(path, create=True).close()
    return open_window(path)


@pytest.fixture
def host(qtbot, tmp_path):
    """A controller on an empty workspace and a widget to parent the dialogs (what the window gives them)."""
    TRANSLATIONS.apply("fr")
    path = tmp_path / "h.sqlite"
    Workspace.open(path, create=True).close()
    controller = Controller()
    with qtbot.waitSignal(controller.loaded, timeout=20_000):
        controller.open(path)
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    widget.controller, widget.tree = controller, controller.tree
    yield widget
    TRANSLATIONS.apply("fr")
    controller.close()


def _egs(win) -> list:
    return [r for r in win.tree.nodes.values() if r.kind == Kind.EG]


def test_a_small_import_is_applied_node_by_node(qtbot, host, reference):
    run = FinessImport(host.controller, reference / "finess" / "etalab-cs1100502-stock-20260512-sample.csv", host)
    with qtbot.waitSignal(run.finished, timeout=30_000) as outcome:
        run.start()
    assert outcome.args[0] == ("Import FINESS terminé : 4 EJ et 4 EG créées, 0 EG mises à jour, 0 ligne(s) "
                               "rejetée(s).")
    assert not run.reloaded and {r.finess for r in _egs(host)} == {"010000024", "970210126", "970400024",
                                                                     "970302287"}


def test_cancel_half_way_leaves_nothing(qtbot, host, tmp_path):
    extract = write_extract(tmp_path / "extract.csv", 3000)
    run = FinessImport(host.controller, extract, host, batch_size=100)
    progress = []

    def first_batch(rows: int, _done: int, _size: int) -> None:
        progress.append(rows)
        if len(progress) == 2:  # the Cancel button, clicked as the second batch is shown
            qtbot.mouseClick(run.dialog.cancel_button, Qt.MouseButton.LeftButton)

    run.progressed.connect(first_batch)
    with qtbot.waitSignal(run.finished, timeout=60_000) as outcome:
        run.start()
    assert outcome.args[0] == "Import FINESS annulé : rien n'a été importé."
    assert progress and progress[-1] < 3000, "stopped before the end"
    assert not run.dialog.isVisible()
    assert _egs(host) == []
    with Workspace.open(host.controller.path) as ws:
        assert ws.nodes.all() == [] and ws.journal.recent() == []


def test_escape_asks_for_the_cancel_and_the_dialog_waits_for_it(qtbot, host, tmp_path):
    run = FinessImport(host.controller, write_extract(tmp_path / "e.csv", 10), host)
    run.dialog.open()
    run.dialog.reject()  # Esc: the dialog stays, says it is cancelling, and waits for the worker
    assert run.dialog.isVisible() and run.cancelling and not run.dialog.cancel_button.isEnabled()
    assert "Annulation" in run.dialog.label.text()
    run.dialog.finish()
    assert not run.dialog.isVisible()


def test_a_cut_file_is_refused_in_one_sentence_in_english(qtbot, host, tmp_path):
    TRANSLATIONS.apply("en")
    whole = write_extract(tmp_path / "whole.csv", 50).read_bytes()
    cut = tmp_path / "cut.csv"
    cut.write_bytes(whole[:-20])
    run = FinessImport(host.controller, cut, host)
    with qtbot.waitSignal(run.finished, timeout=30_000) as outcome:
        run.start()
    text = outcome.args[0]
    assert text.startswith("Import refused, nothing was imported: ") and "cut.csv" in text, text
    assert "interrompu" not in text and text.count(".") <= 3
    assert _egs(host) == []
    QApplication.processEvents()


def test_the_menu_imports_with_progress_and_the_tree_shows_the_structures(qtbot, window, tmp_path, monkeypatch):
    extract = write_extract(tmp_path / "extract.csv", 300)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(extract), ""))
    assert window.act_import_finess in window.menu_file.actions()
    assert window.act_import_finess.text() == "&Importer l'extraction FINESS…"
    window.act_import_finess.trigger()
    run = window.finess_import
    assert isinstance(run, FinessImport) and run.dialog.isVisible()
    with qtbot.waitSignal(run.finished, timeout=60_000) as outcome:
        pass
    assert outcome.args[0].startswith("Import FINESS terminé : 100 EJ et 300 EG créées, 0 EG mises à jour")
    assert not run.dialog.isVisible() and run.dialog.bar.value() == 1000
    assert run.outcome_box is not None and run.outcome_box.text() == outcome.args[0]
    assert run.reloaded and len(_egs(window)) == 300, "the tree was read again"
    assert window.statusBar().currentMessage() == outcome.args[0]
