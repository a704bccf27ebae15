"""Editing the fiche on screen: each edit goes to the form state, refused ones say why under the field, and the
problems, the header and the autosave follow.

A mixin of FormView (it reads the view's state). Removing a pre-filled mandatory value is refused with the
item named in the interface's language (refusal_text).
"""
from __future__ import annotations

from PySide6.QtWidgets import QScrollArea

from app.models import fiche_service
from app.models.forms import PrefilledValueError
from app.models.forms_catalog import NAME_LINK_IDS
from app.views.forms.form_builder import FieldRow
from app.views.forms.name_advice import TYPE_LINK_ID
from app.views.refusal_text import refusal_text


class FormEditing:
    """Edits, problems and the header's state of the fiche on screen (FormView's)."""

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
            self._flash[link_id] = refusal_text(exc)
            row.widget.set_value(state.get(link_id))
            self._refresh_problems()
            return
        self._flash.pop(link_id, None)
        self._state_changed(link_id, changed)
        if link_id == TYPE_LINK_ID or link_id in NAME_LINK_IDS.values():
            self._update_advice()
        self._refresh_problems()
        if self.has_unsaved_changes():
            self.autosave_timer.start()

    def _state_changed(self, link_id: str, changed: set[str]) -> None:
        """Items shown or hidden, calculated values shown again, after `link_id` changed."""
        state = self.opened.state
        for other in changed:
            container = self.built.containers.get(other)
            if container is not None:
                container.setVisible(state.is_enabled(other))
            other_row = self.built.rows.get(other)
            if other_row is not None and other != link_id and other_row.item.calculated_expression:
                other_row.widget.set_value(state.get(other))

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
        local = {k: v for k, v in self.local_errors().items()
                 if not getattr(self.built.rows[k].widget, "shows_own_errors", False)}
        self.built.show_messages(self.problems, {**local, **self._flash})
        self._update_header()

    def _update_header(self) -> None:
        opened = self.opened
        warnings = sum(1 for p in self.problems if not p.blocking)
        self.header.show_state(opened.locked if opened else None, opened is not None, self._busy,
                               self._status, self.blocking_count() if opened else 0, warnings,
                               self.has_unsaved_changes())

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
