"""The fiche's name: the label rule's advice beside the name field, and a rename made elsewhere.

A mixin of FormView (it reads the view's state): the advice follows the type d'offre and the name as they are
typed, one click applies it, and a unit renamed in the tree renames the open fiche without touching its other
unsaved edits.
"""
from __future__ import annotations

import copy
import dataclasses

from app.models.forms import PrefilledValueError
from app.models.forms_catalog import NAME_LINK_IDS, with_name
from app.models.kinds import Kind
from app.views.forms.form_builder import BuiltForm
from app.views.forms.name_advice import TYPE_LINK_ID, NameAdvice
from app.views.labels import type_offre_label


class FormNaming:
    """The name and its advice on the fiche on screen (FormView's)."""

    def _add_advice(self, form_id: str, built: BuiltForm) -> None:
        """The name field of a unit's form gets the rule's suggestion (one click) and advice."""
        link_id = next((k for k in dict.fromkeys(NAME_LINK_IDS.values()) if k in built.rows), None)
        if link_id is None or built.rows[link_id].item.read_only:
            return  # EJ and EG names come from FINESS
        advice = NameAdvice()
        built.rows[link_id].add_below(advice)
        advice.applied.connect(lambda text, link_id=link_id: self.apply_name(link_id, text))
        self._advice[form_id] = (link_id, advice)

    def _type_display(self) -> str | None:
        """The name of the unit's type d'offre as the fiche says now (its display, else the nomenclature's)."""
        if self.opened is None or self.opened.questionnaire.get(TYPE_LINK_ID) is None:
            return None
        for answer in self.opened.state.get(TYPE_LINK_ID):
            coding = answer.get("valueCoding") if isinstance(answer, dict) else None
            if isinstance(coding, dict) and coding.get("code"):
                label = type_offre_label(str(coding["code"]))
                return label if label != coding["code"] else str(coding.get("display") or label)
        return None

    def _update_advice(self) -> None:
        opened = self.opened
        entry = self._advice.get(opened.form_id) if opened is not None else None
        if entry is None:
            return
        link_id, advice = entry
        name = next((str(a.get("valueString")) for a in opened.state.get(link_id) if a.get("valueString")), "")
        advice.show_for(name, self._type_display(), opened.node.kind == Kind.UO)
        advice.setEnabled(not opened.locked)

    def apply_name(self, link_id: str, name: str) -> None:
        """Take the rule's suggestion as the name (one click): an edit like any other, autosaved."""
        if self.built is None or link_id not in self.built.rows or not name:
            return
        self.built.rows[link_id].widget.set_value([{"valueString": name}])
        self._edited(link_id)


    def take_name(self, node_id: int, name: str) -> None:
        """The unit was renamed elsewhere: its name item, title and saved copy follow; other edits stay."""
        opened = self.opened
        if opened is None or opened.node.id != node_id or self.built is None:
            return
        kind = opened.node.kind
        value = [{"valueString": name}]
        opened.node = dataclasses.replace(opened.node, name=name)
        opened.saved_answers = with_name(opened.saved_answers, kind, name)
        resource = opened.fiche.resource
        opened.fiche = dataclasses.replace(opened.fiche, answers=with_name(opened.fiche.answers, kind, name),
                                           resource={**resource, "name": name} if resource else resource)
        self.title.setText(name)
        link_id = NAME_LINK_IDS[Kind(kind)]
        if opened.questionnaire.get(link_id) is not None:
            try:
                self._state_changed(link_id, opened.state.set(link_id, value))
            except PrefilledValueError:
                return
            row = self.built.rows.get(link_id)
            if row is not None:
                row.widget.set_value(value)
            self._baseline[link_id] = copy.deepcopy(value)
        self._refresh_problems()

