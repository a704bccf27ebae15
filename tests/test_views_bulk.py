"""Bulk edits in the window (pytest-qt, real SQLite): the tree's multi-selection, the preview with a refused
unit, the write as one undoable step, a cancel half-way that leaves nothing written."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QPushButton

from app.models.demo import make_demo
from app.models.store import Workspace
from app.views.i18n import TRANSLATIONS

SELECT = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


@pytest.fixture(scope="module")
def group(tmp_path_factory):
    """A group of 14 EGs of 15 UOs (over 200 units), one of them a unit without a type d'offre."""
    path = tmp_path_factory.mktemp("bulk") / "group.sqlite"
    ws = make_demo(path, egs=14, uos=15)
    eg = next(r for r in ws.tree.rows() if r.kind == "EG" and r.domaine == "medico-social")
    ws.nodes.create(eg.id, "UO", ["Unité Sans Type D'Offre"], champ="04")
    ws.close()
    return path


@pytest.fixture
def window(open_window, group):
    return open_window(group, copy=True)


def idle(qtbot, win) -> None:
    qtbot.waitUntil(lambda: not win.worker.busy, timeout=30_000)


def hours_of(ws_path, ids) -> dict[int, list]:
    with Workspace.open(ws_path) as ws:
        return {i: ws.fiches.get(i).answers.get("uo.horaires") for i in ids}


def all_egs(win) -> list[int]:
    return [i for i, r in win.tree.nodes.items() if r.kind == "EG"]


def start_hours_edit(qtbot, win, ids):
    edit = win.open_bulk_edit(ids)
    dialog = edit.change_dialog
    assert dialog is not None and dialog.isVisible()
    hours = dialog.hours
    monday = hours.days[0]
    monday.clear()
    from PySide6.QtCore import QTime

    monday.add_interval(QTime(8, 0), QTime(18, 0))
    hours.copy_monday()
    for code in ("sat", "sun"):
        hours.day(code).closed.setChecked(True)
    with qtbot.waitSignal(edit.planned, timeout=60_000) as planned:
        dialog.accept()
    return edit, planned.args[0]


def test_tree_multi_selection_keeps_the_fiche_side_and_drops(qtbot, window):
    view, model = window.view, window.model
    egs = all_egs(window)
    window.select_node(egs[0])
    with qtbot.waitSignal(window.nodeSelected, timeout=5000) as selected:
        rect = view.visualRect(model.index_of_id(egs[1]))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                         rect.center())
    assert selected.args == [egs[1]]  # the fiche side follows the node clicked last
    assert window.current_node_id() == egs[1]
    assert window.tree_side.selected_node_ids() == egs[:2]
    idle(qtbot, window)
    assert window.fiche_side.node_id == egs[1]
    qtbot.waitUntil(lambda: window.form_view.opened is not None and window.form_view.opened.node.id == egs[1],
                    timeout=10_000)

    # drag and drop: one node still moves where the rules let it go; several at once are not offered a drop
    tree = window.tree
    uo, target = next((u, f) for u in tree.nodes if tree.nodes[u].kind == "UO" and tree.nodes[u].domaine == "sanitaire"
                      for f in tree.descendants(next(a for a in tree.ancestors(u) if tree.nodes[a].kind == "EG"))
                      if tree.nodes[f].kind == "UF" and f != tree.nodes[u].parent_id)
    window.select_node(uo)
    view.selectionModel().select(model.index_of_id(egs[1]), SELECT)
    assert len(window.tree_side.selected_node_ids()) == 2
    several = model.mimeData([model.index_of_id(uo), model.index_of_id(egs[1])])
    assert not model.canDropMimeData(several, Qt.DropAction.MoveAction, -1, 0, model.index_of_id(target))
    one = model.mimeData([model.index_of_id(uo)])
    assert model.canDropMimeData(one, Qt.DropAction.MoveAction, -1, 0, model.index_of_id(target))
    model.dropMimeData(one, Qt.DropAction.MoveAction, -1, 0, model.index_of_id(target))
    qtbot.waitUntil(lambda: window.tree.nodes[uo].parent_id == target, timeout=10_000)


def test_bulk_hours_preview_apply_and_undo_in_one_step(qtbot, window):
    path = window.controller.path
    edit, plan = start_hours_edit(qtbot, window, all_egs(window))
    assert len(plan.items) >= 200
    preview = edit.preview
    assert preview is not None and preview.isVisible()
    refused = [i for i in plan.refused if i.name == "Unité Sans Type D'Offre"]
    assert refused and refused[0].refusal.key == "bulk-not-shown"
    shown = [[preview.model.index(r, c).data() for c in range(4)] for r in range(len(plan.refused))]
    row = next(r for r in shown if r[0] == "Unité Sans Type D'Offre")  # refused rows come first
    assert "ne s'applique pas à cette unité tant que son type d'offre" in row[3]
    changed = next(i for i in range(preview.model.rowCount()) if preview.model.rows[i].accepted)
    assert preview.model.index(changed, 3).data() == "lun.–ven. 08:00–18:00"
    assert preview.detail.text().startswith("Unité")  # the first row, whole, under the table
    assert "refusée(s)" in preview.counts.text()
    ids = [i.node_id for i in plan.accepted]
    before = hours_of(path, ids)
    pending = window._pending  # noqa: SLF001 - the status bar's count

    with qtbot.waitSignal(edit.finished, timeout=60_000) as finished:
        preview.apply_button.click()
    assert finished.args[0] is not None and finished.args[0].updated == set(ids)
    idle(qtbot, window)
    assert window.stack.count() == 1  # one undoable step
    after = hours_of(path, ids)
    assert all(len(v) == 5 for v in after.values())
    assert window._pending == pending + len(ids)  # noqa: SLF001
    assert window.tree.nodes[ids[0]].status == "draft"

    window.act_undo.trigger()  # Ctrl+Z: the whole edit
    idle(qtbot, window)
    assert hours_of(path, ids) == before
    assert window._pending == pending  # noqa: SLF001
    assert window.stack.index() == 0

    window.act_redo.trigger()  # Ctrl+Y: the whole edit again
    idle(qtbot, window)
    assert hours_of(path, ids) == after
    assert window._pending == pending + len(ids)  # noqa: SLF001


def test_cancel_half_way_leaves_nothing_applied(qtbot, window):
    path = window.controller.path
    edit, plan = start_hours_edit(qtbot, window, all_egs(window))
    assert len(plan.accepted) > 200  # three batches: cancelled after the second one was written
    ids = [i.node_id for i in plan.accepted]
    before, pending = hours_of(path, ids), window._pending  # noqa: SLF001
    reached, clicked = threading.Event(), threading.Event()

    def hold(done: int, _total: int) -> None:  # on the worker, while it writes: wait for the user's click
        if done == 100:
            reached.set()
            clicked.wait(20)

    edit.moved.connect(hold, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(edit.finished, timeout=60_000) as finished:
        edit.preview.apply_button.click()
        qtbot.waitUntil(reached.is_set, timeout=30_000)
        assert edit.progress is not None
        button = edit.progress.findChild(QPushButton)
        assert button.text() == "Annuler"
        button.click()  # the progress dialog's Annuler
        clicked.set()
    assert finished.args[0] is None
    idle(qtbot, window)
    assert hours_of(path, ids) == before
    assert window._pending == pending  # noqa: SLF001
    assert window.stack.count() == 0
    assert "annulée" in window.statusBar().currentMessage()


def test_activity_added_through_the_dialog(qtbot, window):
    path = window.controller.path
    eg = all_egs(window)[-1]
    edit = window.open_bulk_edit([eg])
    dialog = edit.change_dialog
    dialog.choose("add", "uo.activites", "Alcoologie")
    with qtbot.waitSignal(edit.planned, timeout=60_000) as planned:
        dialog.accept()
    plan = planned.args[0]
    assert plan.accepted and all("Alcoologie" in i.after for i in plan.accepted)
    with qtbot.waitSignal(edit.finished, timeout=60_000):
        edit.preview.apply_button.click()
    idle(qtbot, window)
    with Workspace.open(path) as ws:
        codes = [a["valueCoding"]["display"] for a in ws.fiches.get(plan.accepted[0].node_id).answers["uo.activites"]]
    assert "Alcoologie" in codes


def test_selection_without_units_says_why(qtbot, window):
    ej = next(i for i, r in window.tree.nodes.items() if r.kind == "EJ")
    empty = [i for i in [ej] if not any(window.tree.nodes[d].kind == "UO" for d in window.tree.descendants(i))]
    edit = window.open_bulk_edit(empty)
    assert edit.change_dialog is None
    assert "Sélectionnez des unités" in (window.last_refusal or "")


def test_preview_in_english(qtbot, group, tmp_path):
    from app.models import bulk
    from app.models.bulk import BulkChange
    from app.views.bulk.preview_dialog import PreviewDialog

    path = tmp_path / "group.sqlite"
    path.write_bytes(group.read_bytes())
    days = "http://hl7.org/fhir/days-of-week"
    change = BulkChange.hours({"item": {"uo.horaires.jour": [{"valueCoding": {"system": days, "code": d}}],
                                        "uo.horaires.debut": [{"valueTime": "08:00:00"}],
                                        "uo.horaires.fin": [{"valueTime": "18:00:00"}]}} for d in ("mon", "tue"))
    with Workspace.open(path) as ws:
        plan = bulk.plan(ws.bulk.units([r.id for r in ws.tree.rows() if r.kind == "EG"]), change)
    TRANSLATIONS.apply("en")
    try:
        dialog = PreviewDialog(plan)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Bulk edit: preview"
        assert dialog.change_label.text() == "Opening hours: Mon, Tue 08:00–18:00"
        assert dialog.apply_button.text() == f"Apply to {len(plan.accepted)} unit(s)"
        refused = dialog.model.index(0, 3).data()
        assert refused == "“Opening hours” does not apply to this unit until its type of offer is given."
        assert dialog.model.headerData(3, Qt.Orientation.Horizontal) == "After, or why it is refused"
    finally:
        TRANSLATIONS.apply("fr")


def test_the_dialog_says_what_is_missing(qtbot, window):
    edit = window.open_bulk_edit(all_egs(window)[:1])
    dialog = edit.change_dialog
    dialog.accept()  # every day closed: it would wipe the hours of every unit
    assert dialog.isVisible() and "au moins une plage" in dialog.message.text()
    dialog.choose("set", "uo.ouverture_annuelle")
    dialog.accept()  # no value chosen
    assert dialog.isVisible() and dialog.message.text() == "Choisissez une valeur dans la liste."
    dialog.reject()
    assert edit.preview is None
