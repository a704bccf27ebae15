"""The fiche's header: its name, where it stands (draft, finalised, to correct, modified, locked), its problems,
and the *Enregistrer* and *Finaliser* buttons; and the banner of a restored draft.

Below the buttons the header lists the fiche's problems when asked ("Voir la liste"): what blocks first, in
red, then, apart, the advice of the ROR quality rules, which never block. Each line says where the problem
is ("Contacts n° 2 › Canal"), the rule's code and the message in the interface's language; a click shows the
field. A fiche with a blocking problem never reads "Finalisée".
"""
from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.views.forms.elided_label import ElidedLabel
from app.views.problem_text import problem_place, problem_text

GREEN, RED, ORANGE, GREY, OCHRE = "#2e7d32", "#c62828", "#e65100", "#455a64", "#8d6e00"
MAX_LIST_ROWS = 8  # lines per list; the fields show the rest


class ProblemList(QFrame):
    """What blocks, then the advice that does not, one line each; a click on a line's place shows the field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemList")
        self.blocking_title = QLabel()
        self.blocking_title.setStyleSheet(f"color: {RED}; font-weight: 600;")
        self.blocking = QLabel()
        self.warnings_title = QLabel()
        self.warnings_title.setStyleSheet(f"color: {ORANGE}; font-weight: 600;")
        self.warnings = QLabel()
        for label in (self.blocking, self.warnings):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
            label.linkActivated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(2)
        for widget in (self.blocking_title, self.blocking, self.warnings_title, self.warnings):
            layout.addWidget(widget)
        self.on_activated: Any = None
        self._shown: tuple[list, Any] = ([], None)
        self._problems: list = []
        self.lines: tuple[list[str], list[str]] = ([], [])  # (what blocks, advice) as plain text

    def _clicked(self, href: str) -> None:
        if self.on_activated is not None and href.isdigit() and int(href) < len(self._problems):
            self.on_activated(self._problems[int(href)])

    def show_problems(self, problems: list, questionnaire: Any) -> None:
        self._shown = (list(problems), questionnaire)
        errors = [p for p in problems if p.blocking]
        advice = [p for p in problems if not p.blocking]
        self._problems = errors + advice
        self.blocking_title.setText(self.tr("À corriger avant de finaliser : {0}").format(len(errors)))
        self.warnings_title.setText(self.tr("Conseils des règles qualité (ne bloquent pas) : {0}").format(len(advice)))
        plain: list[list[str]] = [[], []]
        start = 0
        for n, (label, found, colour) in enumerate(((self.blocking, errors, RED), (self.warnings, advice, ORANGE))):
            rows = []
            for i, problem in enumerate(found[:MAX_LIST_ROWS]):
                where = problem_place(questionnaire, problem) if questionnaire is not None else problem.link_id
                text, code = problem_text(problem), problem.code
                line = self.tr("{0} : {1} [{2}]")  # the place, the message, the rule's code
                plain[n].append(line.format(where, text, code))
                rows.append(html.escape(line).format(
                    f"<a href='{start + i}' style='color:{colour}'>{html.escape(where)}</a>", html.escape(text),
                    f"<span style='color:#616161'>{html.escape(code)}</span>"))
            if len(found) > MAX_LIST_ROWS:
                rows.append(self.tr("… et {0} de plus").format(len(found) - MAX_LIST_ROWS))
            start += len(found)
            label.setText(f"<div style='color:{colour}'>" + "<br>".join(rows) + "</div>")
            label.setVisible(bool(found))
        self.lines = (plain[0], plain[1])
        self.blocking_title.setVisible(bool(errors))
        self.warnings_title.setVisible(bool(advice))

    def retranslate(self) -> None:
        self.show_problems(*self._shown)


class FormHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ElidedLabel()  # the header's whole width, "…" and a tooltip when still too long
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.status = QLabel()
        self.problems_label = QPushButton()
        self.problems_label.setFlat(True)
        self.problems_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.list_button = QPushButton()
        self.list_button.setObjectName("problemListButton")
        self.list_button.setFlat(True)
        self.list_button.setCheckable(True)
        self.list_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.save_button = QPushButton()
        self.finalise_button = QPushButton()
        self.save_button.setObjectName("saveButton")
        self.finalise_button.setObjectName("finaliseButton")
        self.problem_list = ProblemList()
        self.problem_list.on_activated = self.show_problem
        self.problem_list.hide()
        top = QHBoxLayout()  # under the title, which has the header's whole width to itself
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.status)
        top.addWidget(self.problems_label)
        top.addWidget(self.list_button)
        top.addWidget(self.save_button)
        top.addWidget(self.finalise_button)
        top.insertStretch(2, 1)  # status and problems on the left, the buttons on the right
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.problem_list)
        self.list_button.toggled.connect(lambda _on: self._refresh_list())
        self._shown: tuple = (None, False, False, "draft", 0, 0, False)
        self.retranslate()

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Enregistrer"))
        self.save_button.setToolTip(self.tr("Enregistrer la fiche (Ctrl+S)"))
        self.finalise_button.setText(self.tr("Finaliser"))
        self.show_state(*self._shown)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ the form that holds the header
    def _owner(self) -> Any:
        """The form view this header belongs to: its `problems` and `opened` fiche are what the list shows."""
        return self.parentWidget()

    def _problems(self) -> tuple[list, Any]:
        owner = self._owner()
        opened = getattr(owner, "opened", None)
        problems = list(getattr(owner, "problems", None) or []) if opened is not None else []
        return problems, getattr(opened, "questionnaire", None)

    def show_problem(self, problem: Any) -> None:
        """Bring the field of a problem into view (the row that shows it: itself or its group)."""
        owner = self._owner()
        built = getattr(owner, "built", None)
        if problem is None or built is None:
            return
        row = built.row_for(problem.link_id) if hasattr(built, "row_for") else None
        if row is None:
            return
        page = owner.stack.currentWidget() if hasattr(owner, "stack") else None
        if hasattr(page, "ensureWidgetVisible"):
            page.ensureWidgetVisible(row, 50, 80)
        target = row.widget.focus_target() if hasattr(row, "widget") and hasattr(row.widget, "focus_target") \
            else row
        target.setFocus()

    # ------------------------------------------------------------------ state
    def show_state(self, locked: str | None, opened: bool, busy: bool, status: str, blocking: int,
                   warnings: int, unsaved: bool = False) -> None:
        """`locked`: why the fiche cannot be edited now (or None); `status`: 'draft' or 'finalised'."""
        self._shown = (locked, opened, busy, status, blocking, warnings, unsaved)
        self.save_button.setEnabled(opened and not busy and not locked)
        if not opened or locked:
            self.status.setText(locked or "")
            self.status.setStyleSheet(f"color: {OCHRE}; font-weight: 600;")
            self.problems_label.hide()
            self.list_button.hide()
            self.problem_list.hide()
            self.finalise_button.setEnabled(False)
            return
        if unsaved:
            self._status(self.tr("Modifiée, non enregistrée"), ORANGE)
        elif blocking:  # never "Finalisée" while something blocks, whatever was stored
            self._status(self.tr("À corriger"), RED)
        elif status == "finalised":
            self._status(self.tr("Finalisée"), GREEN)
        else:
            self._status(self.tr("Brouillon"), GREY)
        if blocking and warnings:
            self.problems_label.setText(self.tr("{0} problème(s) à corriger, {1} conseil(s)").format(blocking,
                                                                                                    warnings))
            self.problems_label.setStyleSheet(f"color: {RED}; font-weight: 600;")
        elif blocking:
            self.problems_label.setText(self.tr("{0} problème(s) à corriger").format(blocking))
            self.problems_label.setStyleSheet(f"color: {RED}; font-weight: 600;")
        elif warnings:
            self.problems_label.setText(self.tr("{0} conseil(s), rien ne bloque").format(warnings))
            self.problems_label.setStyleSheet(f"color: {ORANGE};")
        else:
            self.problems_label.setText(self.tr("Aucun problème"))
            self.problems_label.setStyleSheet(f"color: {GREEN};")
        self.problems_label.show()
        self.list_button.setVisible(bool(blocking or warnings))
        self.list_button.setText(self.tr("Masquer la liste") if self.list_button.isChecked()
                                 else self.tr("Voir la liste"))
        self._refresh_list()
        self.finalise_button.setEnabled(not busy and blocking == 0 and (unsaved or status != "finalised"))
        reason = "" if blocking == 0 else self.tr("Corrigez d'abord les problèmes signalés en rouge.")
        self.finalise_button.setToolTip(reason or self.tr("Finaliser la fiche : elle passe au vert dans "
                                                          "l'arborescence"))

    def _refresh_list(self) -> None:
        wanted = self.list_button.isChecked() and self.list_button.isVisibleTo(self)
        self.list_button.setText(self.tr("Masquer la liste") if self.list_button.isChecked()
                                 else self.tr("Voir la liste"))
        if wanted:
            self.problem_list.show_problems(*self._problems())
        self.problem_list.setVisible(wanted)

    def _status(self, text: str, colour: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour}; font-weight: 600;")


class DraftBanner(QFrame):
    """Shown when unsaved edits were found (autosaved draft) and restored; offers to give them up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftBanner")
        self.setStyleSheet("#draftBanner { background: #fff8d6; border: 1px solid #e0b400; "
                           "border-radius: 4px; } QLabel { color: #5c4a00; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.discard_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.discard_button)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.discard_button.setText(QCoreApplication.translate("FormView", "Abandonner ces modifications"))
        self.text.setText(QCoreApplication.translate(
            "FormView", "Des modifications non enregistrées ont été retrouvées (sauvegarde automatique) et "
                        "restaurées. Enregistrez-les ou abandonnez-les."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
