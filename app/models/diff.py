"""What a dossier changes against the last published version: unit by unit (created, renamed, moved, deleted,
edited) and field by field, in words: item texts from the form and nomenclature labels, never bare codes.

Pure: the store gives the published units and the current ones (`ws.published.against(structure_id)`); texts
come in French and English the way the forms give them (the Questionnaire's translation extension; a coding's
NOS label is French, an answer option's translation when the form has one).
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from app.models.forms.questionnaire import ItemDef, Questionnaire
from app.models.forms.values import answer_value

CREATED, RENAMED, MOVED, DELETED, EDITED = "created", "renamed", "moved", "deleted", "edited"
KINDS_OF_CHANGE = (CREATED, RENAMED, MOVED, DELETED, EDITED)
LANGS = ("fr", "en")
YES = {"fr": "oui", "en": "yes"}
NO = {"fr": "non", "en": "no"}
GROUP_JOIN = " › "
# Items whose change the unit's rename already says (the name is a field of the form too).
NAME_ITEMS = frozenset({"uo.nom", "ui.nom", "eg.nom", "ej.nom"})


@dataclass(frozen=True, slots=True)
class UnitState:
    """A unit as published, or as it stands now."""

    node_id: int
    kind: str
    name: str
    parent_id: int | None
    answers: dict[str, Any]
    form: str | None = None  # the form id of its fiche (None: the published copy, which uses the current one)
    deleted: bool = False
    raw: str | None = None  # the answers as stored JSON text, decoded only when the two texts differ

    def decoded(self) -> dict[str, Any]:
        if self.raw:
            value = json.loads(self.raw)
            return value if isinstance(value, dict) else {}
        return self.answers


@dataclass(frozen=True, slots=True)
class Text:
    """One text in both languages of the interface."""

    fr: str
    en: str

    def in_(self, lang: str) -> str:
        return self.en if lang.startswith("en") else self.fr


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of a fiche: its label and its values before and after, each a text in both languages."""

    link_id: str
    label: Text
    before: tuple[Text, ...]
    after: tuple[Text, ...]


@dataclass(frozen=True, slots=True)
class UnitChange:
    """What changed in one unit; `changes` is a subset of KINDS_OF_CHANGE."""

    node_id: int
    kind: str
    name: str
    changes: tuple[str, ...]
    old_name: str | None = None
    old_parent: str | None = None
    new_parent: str | None = None
    fields: tuple[FieldChange, ...] = ()


@dataclass
class DossierDiff:
    """Every unit of a structure that differs from its last published version, in tree order."""

    structure_id: int
    structure_name: str
    units: list[UnitChange] = field(default_factory=list)
    published_at: str | None = None

    def counts(self) -> dict[str, int]:
        found = dict.fromkeys(KINDS_OF_CHANGE, 0)
        for unit in self.units:
            for change in unit.changes:
                found[change] += 1
        return found

    def as_json(self) -> dict[str, Any]:
        """Plain data for `ror-referent diff --json` (texts in both languages)."""
        def text(t: Text) -> dict[str, str]:
            return {"fr": t.fr, "en": t.en}

        return {
            "structure_id": self.structure_id, "structure": self.structure_name, "published_at": self.published_at,
            "counts": self.counts(),
            "units": [{"node_id": u.node_id, "kind": u.kind, "name": u.name, "changes": list(u.changes),
                       "old_name": u.old_name, "old_parent": u.old_parent, "new_parent": u.new_parent,
                       "fields": [{"link_id": f.link_id, "label": text(f.label),
                                   "before": [text(v) for v in f.before], "after": [text(v) for v in f.after]}
                                  for f in u.fields]}
                      for u in self.units]}


FormOf = Callable[[UnitState], Questionnaire | None]


def diff_units(structure_id: int, structure_name: str, published: Iterable[UnitState],
               current: Iterable[UnitState], form_of: FormOf, published_at: str | None = None) -> DossierDiff:
    """Compare the units as published with the current ones (`current` in tree order, tombstones included)."""
    before = {u.node_id: u for u in published}
    now = list(current)
    names = {u.node_id: u.name for u in before.values()}
    names.update({u.node_id: u.name for u in now})
    old_names = {u.node_id: u.name for u in before.values()}
    result = DossierDiff(structure_id, structure_name, published_at=published_at)
    orders: dict[str, dict[str, int]] = {}  # item order of each form, built once
    for unit in now:
        old = before.get(unit.node_id)
        if unit.deleted:
            if old is not None:
                result.units.append(UnitChange(unit.node_id, unit.kind, old.name, (DELETED,),
                                               old_parent=old_names.get(old.parent_id or -1)))
            continue
        if old is None:
            result.units.append(UnitChange(unit.node_id, unit.kind, unit.name, (CREATED,),
                                           new_parent=names.get(unit.parent_id or -1),
                                           fields=_fields(form_of(unit), {}, unit.decoded(), orders)))
            continue
        changes: list[str] = []
        if old.name != unit.name:
            changes.append(RENAMED)
        if old.parent_id != unit.parent_id:
            changes.append(MOVED)
        fields: tuple[FieldChange, ...] = ()
        if old.raw is None or old.raw != unit.raw:
            was, now_answers = old.decoded(), unit.decoded()
            if was != now_answers:
                fields = _fields(form_of(unit), was, now_answers, orders)
        if fields:
            changes.append(EDITED)
        if changes:
            result.units.append(UnitChange(
                unit.node_id, unit.kind, unit.name, tuple(changes),
                old_name=old.name if RENAMED in changes else None,
                old_parent=old_names.get(old.parent_id or -1) if MOVED in changes else None,
                new_parent=names.get(unit.parent_id or -1) if MOVED in changes else None,
                fields=fields))
    return result


# ---------------------------------------------------------------------------------------------- fields
def _flatten(answers: dict[str, Any], prefix: tuple[tuple[str, int], ...] = ()
             ) -> dict[tuple[tuple[str, int], ...], tuple[str, list[Any]]]:
    """{(path of groups crossed, with repetition), ...: (linkId, answers)} of every question answered."""
    found: dict[tuple[tuple[str, int], ...], tuple[str, list[Any]]] = {}
    for link_id, values in (answers or {}).items():
        if not isinstance(values, list):
            continue
        groups = [v for v in values if isinstance(v, dict) and isinstance(v.get("item"), dict)]
        if groups and len(groups) == len(values):
            for i, group in enumerate(groups):
                found.update(_flatten(group["item"], (*prefix, (link_id, i))))
        else:
            found[(*prefix, (link_id, -1))] = (link_id, values)
    return found


def _fields(form: Questionnaire | None, old: dict[str, Any], new: dict[str, Any],
            orders: dict[str, dict[str, int]]) -> tuple[FieldChange, ...]:
    before, after = _flatten(old), _flatten(new)
    order: dict[str, int] = {}
    if form is not None:
        canonical = form.canonical
        if canonical not in orders:
            orders[canonical] = {item.link_id: i for i, item in enumerate(form.walk())}
        order = orders[canonical]
    keys = sorted(set(before) | set(after), key=lambda k: ([order.get(lid, 1 << 20) for lid, _ in k], k))
    found: list[FieldChange] = []
    for key in keys:
        link_id = (after.get(key) or before.get(key) or ("", []))[0]
        if link_id in NAME_ITEMS:
            continue
        was, now = before.get(key, ("", []))[1], after.get(key, ("", []))[1]
        if was == now or _same(was, now):
            continue
        item = form.get(link_id) if form is not None else None
        found.append(FieldChange(link_id, _label(form, key, item),
                                 tuple(_value(item, v) for v in was), tuple(_value(item, v) for v in now)))
    return tuple(found)


def _same(a: list[Any], b: list[Any]) -> bool:
    def norm(values: list[Any]) -> list[Any]:
        out: list[tuple[Any, ...]] = []
        for v in values:
            key, value = answer_value(v)
            if key == "valueCoding" and isinstance(value, dict):
                out.append((key, value.get("system"), value.get("code")))
            else:
                out.append((key, repr(value)))
        return sorted(out, key=repr)

    return norm(a) == norm(b)


def _label(form: Questionnaire | None, key: tuple[tuple[str, int], ...], item: ItemDef | None) -> Text:
    parts: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for link_id, repetition in key:
        found = item if link_id == key[-1][0] else (form.get(link_id) if form is not None else None)
        for lang in LANGS:
            text = (found.text_for(lang) if found is not None else "") or link_id
            parts[lang].append(f"{text} ({repetition + 1})" if repetition >= 0 else text)
    return Text(GROUP_JOIN.join(parts["fr"]), GROUP_JOIN.join(parts["en"]))


def _value(item: ItemDef | None, answer: Any) -> Text:
    """An answer in words: an option's label (translated when the form translates it), a coding's NOS label,
    yes/no, a quantity with its unit; a code with no label anywhere says it is a code."""
    key, value = answer_value(answer)
    if key == "valueCoding" and isinstance(value, dict):
        option = _option(item, value.get("code"))
        display = value.get("display") or _pack_label(item, value)
        french = (option.label_for("fr") if option else None) or display
        english = (option.label_for("en") if option else None) or french
        if not french:
            code = str(value.get("code") or "")
            return Text(f"code {code} (sans libellé)", f"code {code} (no label)")
        return Text(french, english or french)
    if key == "valueBoolean":
        return Text(YES["fr"] if value else NO["fr"], YES["en"] if value else NO["en"])
    if key == "valueQuantity" and isinstance(value, dict):
        shown = f"{value.get('value', '')} {value.get('unit') or value.get('code') or ''}".strip()
        return Text(shown, shown)
    if key == "valueReference" and isinstance(value, dict):
        shown = str(value.get("display") or value.get("reference") or "")
        return Text(shown, shown)
    shown = "" if value is None else str(value)
    return Text(shown, shown)


def _option(item: ItemDef | None, code: Any) -> Any:
    if item is None or code is None:
        return None
    for option in item.answer_options:
        coding = option.value.get("valueCoding") if isinstance(option.value, dict) else None
        if isinstance(coding, dict) and coding.get("code") == code:
            return option
    return None


def _pack_label(item: ItemDef | None, coding: dict[str, Any]) -> str | None:
    """The NOS label of a coding that came without one (the item's value set in the pack)."""
    code = coding.get("code")
    if item is None or not item.answer_value_set or code is None:
        return None
    from app.models.nomenclatures import NomenclaturePack

    valueset = NomenclaturePack.default().get(item.answer_value_set)
    concept = valueset.lookup(str(code)) if valueset is not None else None
    return concept.display if concept is not None else None
