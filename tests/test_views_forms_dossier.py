"""The fiche and its dossier: locked while the validator has it; a published fiche asks where an edit goes."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from app.models.workflow import DossierState


def _ehpad_units(ws):
    rows = ws.nodes.all()
    eg = next(r for r in rows if r.kind == "EG" and r.name == "EHPAD Les Tilleuls")
    return eg, [r for r in rows if r.parent_id == eg.id and r.kind == "UO"]


def test_new_fiche_is_locked_while_its_dossier_is_in_validation(qtbot, ws, view):
    eg, units = _ehpad_units(ws)
    new = next(r for r in units if r.server_id is None)
    ws.dossiers.set_state(ws.dossiers.of(eg.id).id, DossierState.IN_VALIDATION)
    view.load(new.id)
    qtbot.waitUntil(lambda: view.opened is not None and view.opened.node.id == new.id)
    assert view.opened.locked == "Dossier en cours de validation"
    assert not view.save_button.isEnabled() and not view.finalise_button.isEnabled()
    pending = ws.outbox.count()
    view.save()
    assert ws.outbox.count() == pending
    assert "validateur" in view.message.text()


@pytest.mark.parametrize("answer, direct", [(QMessageBox.StandardButton.No, True),
                                            (QMessageBox.StandardButton.Yes, False)])
def test_published_fiche_edit_asks_whether_to_carry_it_into_the_open_dossier(qtbot, ws, view, answer, direct):
    eg, units = _ehpad_units(ws)
    published = next(r for r in units if r.server_id is not None and r.status == "finalised")
    assert ws.dossiers.has_open(published.id)  # the demo's EHPAD has a unit being created
    view.load(published.id)
    qtbot.waitUntil(lambda: view.opened is not None and view.opened.node.id == published.id)
    assert view.opened.open_dossier and not view.opened.locked
    qtbot.keyClicks(view.row("uo.nom").widget.edit, " Bis")
    QTimer.singleShot(200, lambda: view.carry_box.button(answer).click())
    with qtbot.waitSignal(view.saved, timeout=5000):
        view.save()
    entry = ws.outbox.pending()[-1]
    assert entry.op == "update" and entry.node_id == published.id
    assert (entry.dossier_id is None) == direct
    assert ws.nodes.get(published.id).status == "draft"
