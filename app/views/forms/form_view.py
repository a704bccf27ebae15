"""The fiche form shown in the main window: render, edit, autosave a draft, save, finalise.

Contract with the main window: `FormView(workspace=None, runner=None, parent=None)`; `load(node_id)` (or
`load(runner, node_id)`); signal `saved(Changes)` after each write that changed nodes (the window refreshes the
rows it names: a finalised fiche turns green, a saved one goes back to draft); `has_unsaved_changes()`,
`save()`, `finalise()`. With a runner (app/views/worker.DbWorker) every store call runs on the database
thread; without one the calls are made directly (tests, benchmarks).

Nothing typed is lost: each edit restarts a ~1 s timer that writes the answers as the fiche's draft
(`Workspace.save_draft`, local only); reopening a fiche with a draft restores it and says so. Saving writes
the answers, the extracted resource and the problem count; the save is conflict-free with further typing
(what was typed during the save stays unsaved and autosaved).
"""
from __future__ import annotations

import copy
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.models import fiche_service
from app.models.changes import Changes
from app.models.fiche_service import OpenedFiche
from app.models.forms import PrefilledValueError, Problem
from app.views.forms.form_builder import BuiltForm, FieldRow, build_form

AUTOSAVE_MS = 1000
MAX_CACHED_FORMS = 6


class FormView(QWidget):
    saved = Signal(object)  # app.models.changes.Changes
    loaded = Signal(int)  # node id, once its fiche is shown

    def __init__(self, workspace: Any = None, runner: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self.pack = None
        self.opened: OpenedFiche | None = None
        self.built: BuiltForm | None = None
        self._forms: dict[str, BuiltForm] = {}
        self._pages: dict[str, QScrollArea] = {}
        self._baseline: dict = {}
        self._flash: dict[str, str] = {}
        self._status = "draft"
        self._busy = False
        self._pending_node: int | None = None
        self._draft_written = False  # an autosaved draft is in the store (finalising needs a save first)
        self.problems: list[Problem] = []
        self._build_ui()
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self._show_empty()

    # ------------------------------------------------------------------ layout
    def _build_ui(self) -> None:
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.status = QLabel()
        self.problems_label = QPushButton()
        self.problems_label.setFlat(True)
        self.problems_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.save_button = QPushButton()
        self.finalise_button = QPushButton()
        self.save_button.setObjectName("saveButton")
        self.finalise_button.setObjectName("finaliseButton")
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.status)
        header.addWidget(self.problems_label)
        header.addWidget(self.save_button)
        header.addWidget(self.finalise_button)
        self.draft_banner = QFrame()
        self.draft_banner.setObjectName("draftBanner")
        self.draft_banner.setStyleSheet("#draftBanner { background: #fff8d6; border: 1px solid #e0b400; "
                                        "border-radius: 4px; } QLabel { color: #5c4a00; }")
        self.draft_text = QLabel()
        self.draft_text.setWordWrap(True)
        self.discard_button = QPushButton()
        banner = QHBoxLayout(self.draft_banner)
        banner.setContentsMargins(10, 6, 10, 6)
        banner.addWidget(self.draft_text, 1)
        banner.addWidget(self.discard_button)
        self.draft_banner.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        self.saved_note = QLabel()
        self.saved_note.setStyleSheet("color: #616161;")
        self.stack = QStackedWidget()
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #666;")
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.draft_banner)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.saved_note)
        self.save_button.clicked.connect(self.save)
        self.finalise_button.clicked.connect(self.finalise)
        self.discard_button.clicked.connect(self.discard_draft)
        self.problems_label.clicked.connect(self.focus_first_problem)
        self.shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.shortcut.activated.connect(self.save)
        self.retranslate()

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Enregistrer"))
        self.save_button.setToolTip(self.tr("Enregistrer la fiche (Ctrl+S)"))
        self.finalise_button.setText(self.tr("Finaliser"))
        self.finalise_button.setToolTip(self.tr("Finaliser la fiche : elle passe au vert dans l'arborescence"))
        self.discard_button.setText(self.tr("Abandonner ces modifications"))
        self.draft_text.setText(self.tr("Des modifications non enregistrées ont été retrouvées (sauvegarde "
                                        "automatique) et restaurées. Enregistrez-les ou abandonnez-les."))
        self.empty.setText(self.tr("Choisissez une unité dans l'arborescence pour remplir sa fiche."))
        for form in self._forms.values():
            for row in form.rows.values():
                row.retranslate()
        self._update_header()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_empty(self) -> None:
        self.stack.setCurrentWidget(self.empty)
        self.title.setText("")
        self._update_header()

    # ------------------------------------------------------------------ store calls
    def _call(self, fn: Callable[[Any], Any], on_done: Callable[[Any], None],
              on_error: Callable[[BaseException], None] | None = None) -> None:
        on_error = on_error or self._failed
        if self.runner is not None:
            self.runner.submit(fn, on_done, on_error)
            return
        try:
            result = fn(self.workspace)
        except Exception as exc:  # noqa: BLE001 - shown to the user, the form stays usable
            on_error(exc)
        else:
            on_done(result)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        from app.models.store import RuleError

        text = str(exc) if isinstance(exc, RuleError) else self.tr("Erreur inattendue : {0}").format(exc)
        self.show_message(text)
        self._update_header()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------------ loading
    def load(self, *args: Any) -> None:
        """Show a node's fiche: `load(node_id)`, or `load(runner, node_id)` to switch to that DB worker."""
        if len(args) == 2:
            self.runner, node_id = args
        else:
            (node_id,) = args
        if self.opened is not None and self.opened.node.id == node_id and not self._busy:
            return
        self._flush_draft()
        self._pending_node = node_id
        pack = self.pack

        def read(ws):
            return fiche_service.open_fiche(ws, node_id, pack)

        def show(opened: OpenedFiche) -> None:
            if self._pending_node == node_id:
                self.show_fiche(opened)

        self._call(read, show)

    def reload(self) -> None:
        if self.opened is not None:
            node_id = self.opened.node.id
            self.opened = None
            self.load(node_id)

    def show_fiche(self, opened: OpenedFiche) -> None:
        self.autosave_timer.stop()
        self.opened = opened
        self._status = opened.node.status
        self._flash.clear()
        self.show_message("")
        built = self._form(opened)
        self.built = built
        state = opened.state
        for link_id, row in built.rows.items():
            row.widget.set_value(state.answers.get(link_id) or [])
        for link_id, container in built.containers.items():
            container.setVisible(state.is_enabled(link_id))
        self._draft_written = opened.draft_restored
        self._baseline = copy.deepcopy(opened.saved_answers if opened.draft_restored else state.enabled_answers())
        self.draft_banner.setVisible(opened.draft_restored)
        self.title.setText(opened.node.name)
        self.stack.setCurrentWidget(self._pages[opened.form_id])
        self._pages[opened.form_id].verticalScrollBar().setValue(0)
        self._pages[opened.form_id].widget().setEnabled(not opened.locked)
        self._refresh_problems()
        self.saved_note.setText("")
        self.loaded.emit(opened.node.id)

    def _form(self, opened: OpenedFiche) -> BuiltForm:
        form_id = opened.form_id
        built = self._forms.get(form_id)
        if built is not None and built.questionnaire is opened.questionnaire:
            return built
        if built is not None:
            self._drop_form(form_id)
        if len(self._forms) >= MAX_CACHED_FORMS:
            self._drop_form(next(iter(self._forms)))
        built = build_form(opened.questionnaire, opened.state.pack)
        for link_id, row in built.rows.items():
            row.widget.edited.connect(lambda link_id=link_id: self._edited(link_id))
        page = QScrollArea()
        page.setWidgetResizable(True)
        page.setFrameShape(QFrame.Shape.NoFrame)
        page.setWidget(built.root)
        self.stack.addWidget(page)
        self._forms[form_id] = built
        self._pages[form_id] = page
        return built

    def _drop_form(self, form_id: str) -> None:
        self._forms.pop(form_id, None)
        page = self._pages.pop(form_id, None)
        if page is not None:
            self.stack.removeWidget(page)
            page.deleteLater()

    # ------------------------------------------------------------------ editing
    def row(self, link_id: str) -> FieldRow:
        return self.built.rows[link_id]

    def _edited(self, link_id: str) -> None:
        if self.opened is None or self.built is None:
            return
        state = self.opened.state
        row = self.built.rows[link_id]
        try:
            changed = state.set(link_id, row.widget.value())
        except PrefilledValueError as exc:
            self._flash[link_id] = str(exc)
            row.widget.set_value(state.get(link_id))
            self._refresh_problems()
            return
        self._flash.pop(link_id, None)
        for other in changed:
            container = self.built.containers.get(other)
            if container is not None:
                container.setVisible(state.is_enabled(other))
            other_row = self.built.rows.get(other)
            if other_row is not None and other_row is not row and other_row.item.calculated_expression:
                other_row.widget.set_value(state.get(other))
        self._refresh_problems()
        if self.has_unsaved_changes():
            self.autosave_timer.start()

    def has_unsaved_changes(self) -> bool:
        if self.opened is None:
            return False
        return self.opened.state.enabled_answers() != self._baseline

    def local_errors(self) -> dict[str, str]:
        """Values typed that the form could not take (they stay in their field with a message)."""
        if self.built is None or self.opened is None:
            return {}
        state = self.opened.state
        return {k: r.widget.local_error() for k, r in self.built.rows.items()
                if r.widget.local_error() and state.is_enabled(k)}

    def blocking_count(self) -> int:
        return fiche_service.problem_count(self.problems) + len(self.local_errors())

    def _refresh_problems(self) -> None:
        if self.opened is None or self.built is None:
            return
        self.problems = self.opened.state.problems()
        errors: dict[int, tuple[Any, list[str], list[str]]] = {}
        for problem in self.problems:
            target = self.built.row_for(problem.link_id)
            if target is None:
                continue
            entry = errors.setdefault(id(target), (target, [], []))
            message = problem.message
            if isinstance(target, FieldRow) and target.item.link_id != problem.link_id:
                child = self.opened.questionnaire.get(problem.link_id)
                message = f"{child.text or child.link_id} : {message}" if child is not None else message
            (entry[1] if problem.blocking else entry[2]).append(message)
        local = {k: v for k, v in self.local_errors().items()
                 if not getattr(self.built.rows[k].widget, "shows_own_errors", False)}
        for link_id, text in {**local, **self._flash}.items():
            target = self.built.rows[link_id]
            entry = errors.setdefault(id(target), (target, [], []))
            entry[1].insert(0, text)
        for row in self.built.rows.values():
            found = errors.get(id(row))
            row.set_messages(found[1] if found else [], found[2] if found else [])
        for label in self.built.group_messages.values():
            found = errors.get(id(label))
            label.setText("\n".join(found[1] + found[2]) if found else "")
            label.setVisible(bool(found))
        self._update_header()

    def _update_header(self) -> None:
        opened = self.opened
        self.save_button.setEnabled(opened is not None and not self._busy and not opened.locked)
        if opened is not None and opened.locked:
            self.status.setText(opened.locked)
            self.status.setStyleSheet("color: #8d6e00; font-weight: 600;")
            self.problems_label.hide()
            self.finalise_button.setEnabled(False)
            return
        if opened is None:
            self.status.setText("")
            self.problems_label.hide()
            self.finalise_button.setEnabled(False)
            return
        blocking = self.blocking_count()
        warnings = sum(1 for p in self.problems if not p.blocking)
        unsaved = self.has_unsaved_changes()
        if unsaved:
            self.status.setText(self.tr("Modifiée, non enregistrée"))
            self.status.setStyleSheet("color: #e65100; font-weight: 600;")
        elif self._status == "finalised":
            self.status.setText(self.tr("Finalisée"))
            self.status.setStyleSheet("color: #2e7d32; font-weight: 600;")
        else:
            self.status.setText(self.tr("Brouillon"))
            self.status.setStyleSheet("color: #455a64; font-weight: 600;")
        if blocking:
            self.problems_label.setText(self.tr("{0} problème(s) à corriger").format(blocking))
            self.problems_label.setStyleSheet("color: #c62828; font-weight: 600;")
        elif warnings:
            self.problems_label.setText(self.tr("{0} avertissement(s)").format(warnings))
            self.problems_label.setStyleSheet("color: #e65100;")
        else:
            self.problems_label.setText(self.tr("Aucun problème"))
            self.problems_label.setStyleSheet("color: #2e7d32;")
        self.problems_label.show()
        self.finalise_button.setEnabled(not self._busy and blocking == 0
                                        and (unsaved or self._status != "finalised"))
        reason = "" if blocking == 0 else self.tr("Corrigez d'abord les problèmes signalés en rouge.")
        self.finalise_button.setToolTip(reason or self.tr("Finaliser la fiche : elle passe au vert dans "
                                                          "l'arborescence"))

    def focus_first_problem(self) -> None:
        if self.built is None:
            return
        for row in self.built.rows.values():
            if row.isVisibleTo(self.built.root) and row.message_text():
                page = self.stack.currentWidget()
                if isinstance(page, QScrollArea):
                    page.ensureWidgetVisible(row, 50, 80)
                row.widget.focus_target().setFocus()
                return

    # ------------------------------------------------------------------ saving
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
                self.saved_note.setText(self.tr("Brouillon enregistré automatiquement à {0}").format(
                    time.strftime("%H:%M:%S")))

        if self.opened is not None:
            self._draft_written = True
        self._call(lambda ws: fiche_service.save_draft(ws, node_id, answers), done)

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Explicit save (Ctrl+S): answers, extracted resource, problem count; a finalised fiche becomes a draft."""
        if self.opened is None or self._busy:
            return
        self.autosave_timer.stop()
        opened = self.opened
        if opened.locked:
            self.show_message(opened.locked + self.tr(" : la fiche ne peut pas être modifiée avant la réponse "
                                                      "du validateur."))
            return
        in_dossier = self.ask_carry_into_dossier() if opened.open_dossier else None
        answers = copy.deepcopy(opened.state.enabled_answers())
        count = self.blocking_count()
        self._busy = True
        self._update_header()

        def write(ws):
            return fiche_service.save(ws, opened, answers, problems=count, in_dossier=in_dossier)

        def done(changes: Changes) -> None:
            self._busy = False
            if self.opened is opened:
                self._baseline = answers
                self._draft_written = False
                self._status = "draft"
                self.draft_banner.hide()
                self.show_message("")
                self.saved_note.setText(self.tr("Fiche enregistrée à {0}").format(time.strftime("%H:%M:%S")))
                self._update_header()
                if self.has_unsaved_changes():
                    self.autosave_timer.start()
            self.saved.emit(changes)
            if then is not None and callable(then):
                then()

        self._call(write, done)

    def ask_carry_into_dossier(self) -> bool:
        """As the ROR does: a published fiche edited while a dossier is open on its structure."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Dossier en cours"),
                          self.tr("Un dossier est ouvert sur cette structure. Reporter aussi cette modification "
                                  "dans le dossier ?"), parent=self)
        box.setInformativeText(self.tr("Oui : la modification part avec le dossier, pour validation. "
                                       "Non : elle est envoyée directement au Répertoire."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        self.carry_box = box  # reachable by tests
        return box.exec() == QMessageBox.StandardButton.Yes

    def finalise(self) -> None:
        """Finalise (the node turns green); unsaved answers are saved first. Refused while problems remain."""
        if self.opened is None or self._busy:
            return
        count = self.blocking_count()
        if count:
            self.show_message(self.tr("La fiche a encore {0} problème(s) : corrigez-les avant de la finaliser.")
                              .format(count))
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
                self.saved_note.setText(self.tr("Fiche finalisée à {0}").format(time.strftime("%H:%M:%S")))
                self._update_header()
            self.saved.emit(changes)

        self._call(lambda ws: fiche_service.finalise(ws, node_id, 0), done)

    def discard_draft(self) -> None:
        """Forget the restored draft and show the fiche as last saved."""
        if self.opened is None:
            return
        node_id = self.opened.node.id
        self.autosave_timer.stop()
        self._baseline = {}
        self.opened = None

        def done(_changes) -> None:
            self.load(node_id)

        self._call(lambda ws: fiche_service.discard_draft(ws, node_id), done)
