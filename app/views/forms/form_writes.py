"""The form's own writes: the draft autosaved as you type, *Enregistrer*, *Finaliser*, a draft given up.

A mixin of FormView (it reads the view's state); every write goes through `FormView._write`, that is the
window's one road for changes when the form is attached to the controller. Texts keep the FormView context.

A published fiche saved while a dossier is open on its structure asks where the edit goes: *Oui* (into the
dossier), *Non* (straight to the Répertoire) or *Annuler* (Escape: nothing is saved). The answer is kept in the
store for that fiche (`ws.dossiers.remember_carry`) and not asked again until the dossier is sent.
"""
from __future__ import annotations

import copy
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.models import fiche_service
from app.models.changes import Changes


class FormWrites:
    """Saving, finalising and drafts of the fiche on screen (FormView's)."""

    def autosave(self) -> None:
        """Write what is typed as the fiche's draft (local only), so nothing is lost on a crash."""
        self._flush_draft()

    def _flush_draft(self) -> None:
        self.autosave_timer.stop()
        if self.opened is None or not self.has_unsaved_changes():
            return
        node_id = self.opened.node.id
        answers = copy.deepcopy(self.opened.state.answers)

        def done(_changes) -> None:
            if self.opened is not None and self.opened.node.id == node_id:
                text = QCoreApplication.translate("FormView", "Brouillon enregistré automatiquement à {0}")
                self.saved_note.setText(text.format(time.strftime("%H:%M:%S")))

        self._draft_written = True
        self._write(lambda ws: fiche_service.save_draft(ws, node_id, answers), done)

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Explicit save (Ctrl+S): answers, extracted resource, problem count; a finalised fiche is a draft
        again."""
        if self.opened is None or self._busy:
            return
        self.autosave_timer.stop()
        opened = self.opened
        if opened.locked:
            self.show_message(opened.locked + QCoreApplication.translate(
                "FormView", " : la fiche ne peut pas être modifiée avant la réponse du validateur."))
            return
        in_dossier: bool | None = None
        remember = False
        if opened.open_dossier:
            node_id = opened.node.id
            if self._carry is not None and self._carry[0] == node_id:
                in_dossier = self._carry[1]
            else:
                in_dossier = self.ask_carry_into_dossier()
                if in_dossier is None:
                    return  # cancelled: nothing saved, the edits stay on screen
                self._carry, remember = (node_id, in_dossier), True
        answers = copy.deepcopy(opened.state.enabled_answers())
        count = self.blocking_count()
        self._busy = True
        self._update_header()

        def done(changes: Changes) -> None:
            self._busy = False
            if self.opened is opened:
                self._baseline = answers
                self._draft_written = False
                self._status = "draft"
                self.draft_banner.hide()
                self.show_message("")
                text = QCoreApplication.translate("FormView", "Fiche enregistrée à {0}")
                self.saved_note.setText(text.format(time.strftime("%H:%M:%S")))
                self._update_header()
                if self.has_unsaved_changes():
                    self.autosave_timer.start()
            self.saved.emit(changes)
            if then is not None and callable(then):
                then()

        def write(ws) -> Changes:
            changes = fiche_service.save(ws, opened, answers, problems=count, in_dossier=in_dossier)
            if remember:
                changes.merge(ws.dossiers.remember_carry(opened.node.id, bool(in_dossier)))
            return changes

        self._write(write, done)

    def ask_carry_into_dossier(self) -> bool | None:
        """As the ROR does: a published fiche edited while a dossier is open on its structure. True: into the
        dossier, False: straight to the Répertoire, None: cancelled (Escape or *Annuler*)."""
        title = QCoreApplication.translate("FormView", "Dossier en cours")
        text = QCoreApplication.translate("FormView", "Un dossier est ouvert sur cette structure. Reporter "
                                                      "aussi cette modification dans le dossier ?")
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setInformativeText(QCoreApplication.translate(
            "FormView", "Oui : la modification part avec le dossier, pour validation. Non : elle est envoyée "
                        "directement au Répertoire. Annuler : rien n'est enregistré. La réponse vaut pour cette "
                        "fiche jusqu'à l'envoi du dossier."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        self.carry_box = box  # reachable by tests
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Yes:
            return True
        if answer == QMessageBox.StandardButton.No:
            return False
        return None

    def finalise(self) -> None:
        """Finalise (the node turns green); unsaved answers are saved first. Refused while problems remain."""
        if self.opened is None or self._busy:
            return
        count = self.blocking_count()
        if count:
            text = QCoreApplication.translate("FormView", "La fiche a encore {0} problème(s) : corrigez-les "
                                                          "avant de la finaliser.")
            self.show_message(text.format(count))
            self.focus_first_problem()
            return
        if self.has_unsaved_changes() or self.opened.draft_restored or self._draft_written:
            self.save(then=self._finalise_saved)
        else:
            self._finalise_saved()

    def _finalise_saved(self) -> None:
        opened = self.opened
        if opened is None or self.has_unsaved_changes():
            return
        node_id = opened.node.id
        self._busy = True
        self._update_header()

        def done(changes: Changes) -> None:
            self._busy = False
            if self.opened is opened:
                self._status = "finalised"
                opened.draft_restored = False
                self.show_message("")
                text = QCoreApplication.translate("FormView", "Fiche finalisée à {0}")
                self.saved_note.setText(text.format(time.strftime("%H:%M:%S")))
                self._update_header()
            self.saved.emit(changes)

        self._write(lambda ws: fiche_service.finalise(ws, node_id, 0), done)

    def discard_draft(self) -> None:
        """Forget the restored draft and show the fiche as last saved."""
        if self.opened is None:
            return
        node_id = self.opened.node.id
        self.autosave_timer.stop()
        self._baseline = {}
        self.opened = None
        self._write(lambda ws: fiche_service.discard_draft(ws, node_id),
                    lambda _changes: self.load(node_id))
