"""The dossier question (issue 9, point 7): a published fiche saved while a dossier is open on its structure asks
Oui / Non / Annuler; Escape cancels and nothing is saved; the answer holds for that fiche until the dossier is
sent."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from app.models.store.schema import now_iso
from app.models.workflow import DossierState
from app.views.forms.form_view import FormView


def published_unit(ws):
    rows = ws.nodes.all()
    eg = next(r for r in rows if r.kind == "EG" and r.name == "EHPAD Les Tilleuls")
    unit = next(r for r in rows if r.parent_id == eg.id and r.kind == "UO" and r.server_id is not None
                and r.status == "finalised")
    return eg, unit


def open_edited(qtbot, view: FormView, node_id: int, text: str = " Bis") -> None:
    view.load(node_id)
    qtbot.waitUntil(lambda: view.opened is not None and view.opened.node.id == node_id, timeout=5000)
    assert view.opened.open_dossier
    qtbot.keyClicks(view.row("uo.nom").widget.edit, text)
    assert view.has_unsaved_changes()


def count_questions(view: FormView, answer) -> list[int]:
    """Answer the question with `answer` (a button, or "escape") each time it is asked; returns the count."""
    asked: list[int] = []
    ask = view.ask_carry_into_dossier

    def answering():
        asked.append(1)

        def reply():
            box = view.carry_box
            if answer == "escape":
                QTest.keyClick(box, Qt.Key.Key_Escape)
            else:
                box.button(answer).click()
        QTimer.singleShot(100, reply)
        return ask()

    view.ask_carry_into_dossier = answering
    return asked


def test_the_question_has_yes_no_and_cancel(qtbot, ws, view):
    _eg, unit = published_unit(ws)
    open_edited(qtbot, view, unit.id)
    count_questions(view, QMessageBox.StandardButton.Cancel)
    view.save()
    box = view.carry_box
    buttons = {box.standardButton(b) for b in box.buttons()}
    assert buttons == {QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No,
                       QMessageBox.StandardButton.Cancel}
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)


def test_cancel_and_escape_save_nothing(qtbot, ws, view):
    _eg, unit = published_unit(ws)
    open_edited(qtbot, view, unit.id)
    before = (ws.outbox.count(), ws.fiches.get(unit.id).answers, ws.nodes.get(unit.id).status)
    for answer in (QMessageBox.StandardButton.Cancel, "escape"):
        asked = count_questions(view, answer)
        view.save()
        qtbot.wait(50)
        assert asked == [1]
        assert (ws.outbox.count(), ws.fiches.get(unit.id).answers, ws.nodes.get(unit.id).status) == before
        assert view.has_unsaved_changes() and not view._busy  # the edit stays on screen
        assert ws.dossiers.carry_choice(unit.id) is None  # nothing remembered either


def test_yes_is_remembered_for_that_fiche_until_the_dossier_is_sent(qtbot, ws, view):
    eg, unit = published_unit(ws)
    open_edited(qtbot, view, unit.id)
    asked = count_questions(view, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.saved, timeout=5000):
        view.save()
    assert asked == [1] and ws.outbox.pending()[-1].dossier_id is not None
    assert ws.dossiers.carry_choice(unit.id) is True

    qtbot.keyClicks(view.row("uo.nom").widget.edit, " Ter")
    with qtbot.waitSignal(view.saved, timeout=5000):
        view.save()
    assert asked == [1]  # not asked again
    entry = ws.outbox.pending()[-1]
    assert entry.node_id == unit.id and entry.dossier_id is not None

    again = FormView(ws)  # another session: the answer comes from the workspace
    qtbot.addWidget(again)
    again.resize(1200, 800)
    again.show()
    open_edited(qtbot, again, unit.id, " Quater")
    asked_again = count_questions(again, QMessageBox.StandardButton.No)
    with qtbot.waitSignal(again.saved, timeout=5000):
        again.save()
    assert asked_again == [] and ws.outbox.pending()[-1].dossier_id is not None

    dossier = ws.dossiers.of(eg.id)  # the dossier is sent (as `send` does: queued, sent_at), then rejected
    ws.dossiers.set_state(dossier.id, DossierState.QUEUED, sent_at=now_iso())
    ws.dossiers.set_state(dossier.id, DossierState.IN_VALIDATION)
    ws.dossiers.set_state(dossier.id, DossierState.REJECTED)
    assert ws.dossiers.has_open(unit.id) and ws.dossiers.carry_choice(unit.id) is None
    third = FormView(ws)
    qtbot.addWidget(third)
    third.show()
    open_edited(qtbot, third, unit.id, " Bis")
    asked_third = count_questions(third, QMessageBox.StandardButton.No)
    with qtbot.waitSignal(third.saved, timeout=5000):
        third.save()
    assert asked_third == [1]  # forgotten once the dossier was sent
    assert ws.outbox.pending()[-1].dossier_id is None  # "No": straight to the Répertoire
    assert ws.dossiers.carry_choice(unit.id) is False


def test_no_is_remembered_too(qtbot, ws, view):
    _eg, unit = published_unit(ws)
    open_edited(qtbot, view, unit.id)
    asked = count_questions(view, QMessageBox.StandardButton.No)
    with qtbot.waitSignal(view.saved, timeout=5000):
        view.save()
    qtbot.keyClicks(view.row("uo.nom").widget.edit, " Ter")
    with qtbot.waitSignal(view.saved, timeout=5000):
        view.save()
    assert asked == [1] and ws.outbox.pending()[-1].dossier_id is None
