"""The fiche form shown in the main window: render, edit, autosave a draft, save, finalise.

Contract with the main window: `FormView(workspace=None, runner=None, parent=None)`; `attach(controller)`
makes every write go the window's one road (`controller.run(op, origin=form)`), so the tree, the summary and
the form learn of a save from the same Changes; `changes_applied(changes, origin)` takes in a write made
elsewhere (a rename in the tree, a sync, an undo): the fiche is read again when it has no unsaved edit, else
only its name follows. `load(node_id)` (or `load(runner, node_id)`), `has_unsaved_changes()`, `save()`,
`finalise()`; the signal `saved(Changes)` after each of its own writes. Without a controller the calls go to
a DbWorker, or straight to the workspace (tests, benchmarks).

Nothing typed is lost: each edit restarts a ~1 s timer that writes the answers as the fiche's draft
(local only); reopening a fiche with a draft restores it and says so. Saving writes the answers, the extracted
resource and the problem count; what is typed during the save stays unsaved and autosaved.
"""
from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.models import fiche_service
from app.models.changes import Changes
from app.models.fiche_service import OpenedFiche
from app.models.forms import Problem
from app.views.forms.form_builder import BuiltForm, build_form, order_tabs
from app.views.forms.form_editing import FormEditing
from app.views.forms.form_header import DraftBanner, FormHeader
from app.views.forms.form_naming import FormNaming
from app.views.forms.form_store import FormStore, Writer
from app.views.forms.form_writes import FormWrites
from app.views.forms.name_advice import NameAdvice
from app.views.i18n import current_language
from app.views.refusal_text import error_text

AUTOSAVE_MS = 1000
MAX_CACHED_FORMS = 6


class FormView(FormWrites, FormNaming, FormEditing, QWidget):
    saved = Signal(object)  # app.models.changes.Changes of the form's own writes
    loaded = Signal(int)  # node id, once its fiche is shown

    def __init__(self, workspace: Any = None, runner: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = FormStore(workspace, runner)
        self.pack = None
        self.opened: OpenedFiche | None = None
        self.built: BuiltForm | None = None
        self._forms: dict[str, BuiltForm] = {}
        self._pages: dict[str, QScrollArea] = {}
        self._forms_language = current_language()  # the language the cached forms show their texts in
        self._baseline: dict = {}
        self._flash: dict[str, str] = {}
        self._status = "draft"
        self._busy = False
        self._pending_node: int | None = None
        self._shown_node: int | None = None  # kept through a reload, so the page keeps its scroll position
        self._draft_written = False  # an autosaved draft is in the store (finalising needs a save first)
        self.problems: list[Problem] = []
        self._advice: dict[str, tuple[str, NameAdvice]] = {}  # form id -> (name linkId, the rule's advice)
        self._carry: tuple[int, bool] | None = None  # (node id, answer) to "carry the edit into the dossier?"
        self.tab_timer = QTimer(self)  # blocks or slots added: the Tab chain is ordered again, once
        self.tab_timer.setSingleShot(True)
        self.tab_timer.setInterval(0)
        self.tab_timer.timeout.connect(self._order_tabs)
        self._build_ui()
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self._show_empty()

    def attach(self, controller: Writer) -> None:
        self.store.attach(controller)

    # ------------------------------------------------------------------ layout
    def _build_ui(self) -> None:
        self.header = FormHeader()
        h = self.header
        self.title, self.status, self.problems_label = h.title, h.status, h.problems_label
        self.save_button, self.finalise_button = h.save_button, h.finalise_button
        self.draft_banner = DraftBanner()
        self.draft_text, self.discard_button = self.draft_banner.text, self.draft_banner.discard_button
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
        for widget, stretch in ((self.header, 0), (self.draft_banner, 0), (self.message, 0), (self.stack, 1),
                                (self.saved_note, 0)):
            layout.addWidget(widget, stretch)
        self.save_button.clicked.connect(self.save)
        self.finalise_button.clicked.connect(self.finalise)
        self.discard_button.clicked.connect(self.discard_draft)
        self.problems_label.clicked.connect(self.focus_first_problem)
        self.shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.shortcut.activated.connect(self.save)
        self.retranslate()

    def retranslate(self) -> None:
        self.empty.setText(self.tr("Choisissez une unité dans l'arborescence pour remplir sa fiche."))
        if self._forms_language != current_language():
            self._lay_out_again()
        for form in self._forms.values():
            for row in form.rows.values():
                row.retranslate()
        self._refresh_problems()  # messages of typed values follow the language too
        self._update_header()

    def _lay_out_again(self) -> None:
        """The interface changed language: every text of the form (labels, sections, lists, hours) follows. The
        forms of the other language are dropped and the fiche on screen is laid out again from its live state,
        so edits, unsaved marks and the scroll position are kept."""
        page = self.stack.currentWidget()
        scroll = page.verticalScrollBar().value() if isinstance(page, QScrollArea) else 0
        opened = self.opened
        for form_id in list(self._forms):
            self._drop_form(form_id)
        self._forms_language = current_language()
        if opened is None or self.built is None:
            self.built = None
            return
        built = self.built = self._form(opened)
        state = opened.state
        for link_id, row in built.rows.items():
            row.widget.set_value(state.answers.get(link_id) or [])
        for link_id, container in built.containers.items():
            container.setVisible(state.is_enabled(link_id))
        self._decorate(opened)
        page = self._pages[opened.form_id]
        self.stack.setCurrentWidget(page)
        page.widget().setEnabled(not opened.locked)
        bar = page.verticalScrollBar()
        QTimer.singleShot(0, bar, lambda: bar.setValue(scroll))  # once the new page is laid out
        self._refresh_problems()

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and self.built is not None:
            page = self.stack.currentWidget()
            if isinstance(page, QScrollArea) and watched is page.viewport():
                self.built.fit_labels(page.viewport().width())
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_empty(self) -> None:
        self.stack.setCurrentWidget(self.empty)
        self.title.setText("")
        self._update_header()

    # ------------------------------------------------------------------ store calls
    def _call(self, fn: Callable[[Any], Any], on_done: Callable[[Any], None]) -> None:
        self.store.read(fn, on_done, self._failed)

    def _write(self, op: Callable[[Any], Changes], on_done: Callable[[Changes], None]) -> None:
        self.store.write(op, on_done, self._failed, origin=self)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.show_message(error_text(exc))
        self._update_header()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------------ loading
    def load(self, *args: Any) -> None:
        """Show a node's fiche: `load(node_id)`, or `load(runner, node_id)` to switch to that DB worker."""
        if len(args) == 2:
            runner, node_id = args
            self.store.use_runner(runner)
        else:
            (node_id,) = args
        if self.opened is not None and self.opened.node.id == node_id and not self._busy:
            return
        self._flush_draft()
        self._pending_node = node_id
        pack = self.pack

        def read(ws: Any) -> tuple[OpenedFiche, bool | None]:
            opened = fiche_service.open_fiche(ws, node_id, pack)
            return opened, ws.dossiers.carry_choice(node_id) if opened.open_dossier else None

        def show(result: tuple[OpenedFiche, bool | None]) -> None:
            opened, carry = result
            if self._pending_node == node_id:
                self._carry = None if carry is None else (node_id, carry)
                self.show_fiche(opened)

        self._call(read, show)

    def reload(self) -> None:
        if self.opened is not None:
            node_id = self.opened.node.id
            self.opened = None
            self.load(node_id)

    def show_fiche(self, opened: OpenedFiche) -> None:
        self.autosave_timer.stop()
        same_node = self._shown_node == opened.node.id
        self._shown_node = opened.node.id
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
        self._decorate(opened)
        self._draft_written = opened.draft_restored
        baseline = opened.saved_answers if opened.draft_restored else state.enabled_answers()
        self._baseline = copy.deepcopy(baseline)
        self.draft_banner.setVisible(opened.draft_restored)
        self.title.setText(opened.node.name)
        page = self._pages[opened.form_id]
        self.stack.setCurrentWidget(page)
        if not same_node:
            page.verticalScrollBar().setValue(0)
        page.widget().setEnabled(not opened.locked)
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
            row.widget.reshaped.connect(self.tab_timer.start)
        self._add_advice(form_id, built)
        page = QScrollArea()
        page.setWidgetResizable(True)
        page.setFrameShape(QFrame.Shape.NoFrame)
        page.setWidget(built.root)
        page.viewport().installEventFilter(self)  # its width sets the labels' column (BuiltForm.fit_labels)
        built.fit_labels(page.viewport().width())
        self.stack.addWidget(page)
        self._forms[form_id] = built
        self._pages[form_id] = page
        return built

    def _drop_form(self, form_id: str) -> None:
        self._forms.pop(form_id, None)
        self._advice.pop(form_id, None)
        page = self._pages.pop(form_id, None)
        if page is not None:
            self.stack.removeWidget(page)
            page.deleteLater()

    def _decorate(self, opened: OpenedFiche) -> None:
        """What the values alone do not say: pre-filled values locked, the label rule's advice, Tab order."""
        state = opened.state
        for link_id, row in self.built.rows.items():
            codes = state.prefilled.get(link_id) if row.item.required else None
            row.widget.set_locked(frozenset(codes or ()))
        self._update_advice()
        self._order_tabs()

    def _order_tabs(self) -> None:
        if self.built is not None:
            order_tabs(self.built.root)

    # ------------------------------------------------------------------ writes made elsewhere
    def changes_applied(self, changes: Changes, origin: Any = None) -> None:
        """A write made elsewhere (tree, sync, undo) that names the fiche on screen: read it again when it has
        no unsaved edit; else take only its new name, so a later save keeps it."""
        opened = self.opened
        if origin is self or opened is None:
            return
        node_id = opened.node.id
        if node_id in changes.removed or not (node_id in changes.updated or node_id in changes.moved
                                              or changes.dossiers):
            return
        if not self.has_unsaved_changes():
            self.reload()
        elif node_id in changes.updated:
            self._call(lambda ws: ws.nodes.get(node_id), lambda row: self.take_name(node_id, row.name))
