"""Bulk edits across EGs: one change planned for many units, unit by unit, before anything is written.

A group's quality manager selects EGs or UOs and asks for one change: opening hours, a choice item's value, or
a code added to or removed from a list (an activity, a mode de prise en charge, an acte ...). `plan` is pure:
from plain `BulkUnit`s (read by `ws.bulk.units`) it says, for each unit, what it would get in words (old and new
labels, never codes) or which rule refuses it and why, as a `Refusal` the window translates. The store applies
only the accepted items (`ws.bulk.apply`, one transaction) and undoes them as one step (`ws.bulk.revert`).

The rules asked are those the store enforces on every save (FINESS-locked values, pre-filled values that must
stay, a dossier with the validator) plus what a bulk edit must not do blindly: write over a draft being typed or
a unit in conflict, fill an item the unit's form does not have or does not show (the sections after the type
d'offre are shown only once it is given), or give a code the unit's list does not offer.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from app.models import fiche_service, rules
from app.models.forms.questionnaire import ItemDef
from app.models.forms.state import FormState
from app.models.forms.values import answer_code, answer_value
from app.models.forms_catalog import UO_FORMS
from app.models.refusals import Refusal
from app.models.tree import gc_paused
from app.models.validation import Facts
from app.models.validation.engine import blocking

HOURS = "uo.horaires"
HOURS_DAY, HOURS_START, HOURS_END = "uo.horaires.jour", "uo.horaires.debut", "uo.horaires.fin"
DAY_ORDER = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# Items a bulk edit never writes: they choose the unit's form and name (changed one unit at a time).
NOT_OFFERED = frozenset({"uo.champ", "uo.type_offre"})
WITH_VALIDATOR = rules.WITH_VALIDATOR


class Cancelled(Refusal):
    """The user cancelled a bulk edit: nothing was planned or written."""

    def __init__(self) -> None:
        super().__init__("bulk-cancelled")


@dataclass(frozen=True)
class BulkChange:
    """What the user asked: `action` "hours" (answers: the `uo.horaires` repetitions), "set" (the item gets this
    one value), "add" or "remove" (one value added to or removed from a list); `answers` are FHIR answers."""

    action: str
    link_id: str
    answers: tuple[dict[str, Any], ...] = ()

    @classmethod
    def hours(cls, repetitions: Iterable[dict[str, Any]]) -> BulkChange:
        return cls("hours", HOURS, tuple(repetitions))

    @property
    def code(self) -> str | None:
        return answer_code(self.answers[0]) if self.answers else None

    def applied_to(self, answers: dict[str, Any]) -> dict[str, Any]:
        """The answers of one fiche once the change is made (a new dict; `answers` is left as it was)."""
        after = dict(answers)
        current = list(answers.get(self.link_id) or [])
        if self.action in ("hours", "set"):  # the change's answers are shared, never changed in place
            new = list(self.answers)
        elif self.action == "add":
            new = current + ([self.answers[0]] if self.code not in _codes(current) else [])
        elif self.action == "remove":
            new = [a for a in current if answer_code(a) != self.code]
        else:
            raise ValueError(f"unknown bulk action: {self.action}")
        if new:
            after[self.link_id] = new
        else:
            after.pop(self.link_id, None)
        return after


@dataclass(frozen=True)
class BulkUnit:
    """One unit as the planning needs it (read by `ws.bulk.units`; no ORM object)."""

    node_id: int
    name: str
    structure: str  # the EG's name
    form_id: str
    answers: dict[str, Any]
    has_draft: bool = False
    conflict: bool = False
    dossier_state: str | None = None  # the latest dossier of its structure
    origins: dict[str, Any] = field(default_factory=dict)
    prefilled: dict[str, list[str]] = field(default_factory=dict)
    facts: Facts | None = None
    answers_text: str = field(default="", compare=False)  # the stored JSON: alike fiches are checked once


@dataclass(frozen=True)
class PlanItem:
    """What one unit would get. `before`/`after` are words (computed when first shown): labels of codes, or
    (day, start, end) slots for hours. `refusal` says why it is refused; `answers` are its new answers when
    accepted, `answers_before` those they replace."""

    node_id: int
    name: str
    structure: str
    refusal: Refusal | None = None
    answers: dict[str, Any] | None = None
    answers_before: dict[str, Any] | None = None
    problems: int = 0
    item: ItemDef | None = field(default=None, compare=False, repr=False)
    old: Any = field(default=None, compare=False, repr=False)  # the item's answers before, and after
    new: Any = field(default=None, compare=False, repr=False)
    pack: Any = field(default=None, compare=False, repr=False)
    answers_text: str = field(default="", compare=False, repr=False)

    @cached_property
    def before(self) -> tuple[Any, ...]:
        return _words(self.item, self.old, self.pack)

    @cached_property
    def after(self) -> tuple[Any, ...]:
        return _words(self.item, self.new, self.pack)

    @property
    def accepted(self) -> bool:
        return self.refusal is None and self.answers is not None

    @property
    def unchanged(self) -> bool:
        return self.refusal is None and self.answers is None


@dataclass(frozen=True)
class Plan:
    change: BulkChange
    items: tuple[PlanItem, ...]

    @property
    def accepted(self) -> list[PlanItem]:
        return [i for i in self.items if i.accepted]

    @property
    def refused(self) -> list[PlanItem]:
        return [i for i in self.items if i.refusal is not None]

    @property
    def unchanged(self) -> list[PlanItem]:
        return [i for i in self.items if i.unchanged]

    def writes(self) -> list[BulkWrite]:
        """What the store writes: the accepted units only."""
        with gc_paused():
            return [BulkWrite(i.node_id, i.answers_before or {}, i.answers or {}, i.problems, i.answers_text)
                    for i in self.accepted]


@dataclass(frozen=True)
class BulkWrite:
    """One accepted item as the store writes it: the answers it was planned on, the new ones, their problems."""

    node_id: int
    before: dict[str, Any]
    after: dict[str, Any]
    problems: int
    before_text: str = field(default="", compare=False)  # the stored JSON it was planned on, when known


@dataclass(frozen=True)
class BulkRecord:
    """What an applied write replaced, so the whole edit is undone as one step."""

    node_id: int
    answers: dict[str, Any]
    draft: dict[str, Any] | None
    status: str
    problems: int
    dirty: bool
    entries: frozenset[int]  # outbox entries the write appended


# ---------------------------------------------------------------------------------------------- what is offered
def offered_items(pack: Any = None) -> list[ItemDef]:
    """The choice items of the UO forms a bulk edit may write, in form order (one per linkId)."""
    key = id(fiche_service._pack(pack))  # noqa: SLF001 - the shared default pack
    if key not in _OFFERED:
        _OFFERED[key] = _offered(pack)
    return list(_OFFERED[key])


_OFFERED: dict[int, list[ItemDef]] = {}


def _offered(pack: Any) -> list[ItemDef]:
    seen: dict[str, ItemDef] = {}
    for form_id in UO_FORMS:
        for item in fiche_service.questionnaire(form_id, pack).all_items:
            if (item.type == "choice" and item.is_question and not item.hidden and not item.read_only
                    and item.link_id not in NOT_OFFERED and not _in_repeating_group(item)):
                seen.setdefault(item.link_id, item)
    return list(seen.values())


def _in_repeating_group(item: ItemDef) -> bool:
    parent = item.parent
    while parent is not None:
        if parent.repeats:
            return True
        parent = parent.parent
    return False


def hours_item(pack: Any = None) -> ItemDef:
    """The `uo.horaires` group (the same in every UO form): what the hours editor edits."""
    item = fiche_service.questionnaire(UO_FORMS[0], pack).get(HOURS)
    if item is None:
        raise LookupError(HOURS)
    return item


def choices(item: ItemDef, pack: Any = None) -> list[tuple[dict[str, Any], str]]:
    """(answer, label) of every value the item offers: its answer options or its value set's concepts."""
    if item.answer_options:
        return [(dict(o.value), label_of_answer(o.value)) for o in item.answer_options]
    vs = _value_set(item, pack)
    if vs is None:
        return []
    return [({"valueCoding": {"system": c.system, "code": c.code, "display": c.display}}, c.display or c.code)
            for c in vs.concepts if not getattr(c, "retired", False)]


# ---------------------------------------------------------------------------------------------- planning
def plan(units: Sequence[BulkUnit], change: BulkChange, pack: Any = None,
         progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None,
         every: int = 100) -> Plan:
    """Each unit's outcome of `change`, in the order given. `cancelled` is asked every `every` units."""
    checks: dict[tuple[str, str, Facts | None], tuple[bool, int]] = {}  # the change is the same for all
    label = _item_label(change.link_id, pack)
    items: list[PlanItem] = []
    with gc_paused():  # a thousand answers copied: no collection over the whole heap meanwhile
        _plan_all(units, change, label, pack, checks, items, progress, cancelled, every)
    return Plan(change, tuple(items))


def _plan_all(units: Sequence[BulkUnit], change: BulkChange, label: str, pack: Any, checks: dict, items: list,
              progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None, every: int) -> None:
    for n, unit in enumerate(units):
        if n % every == 0:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(n, len(units))
        items.append(_plan_one(unit, change, label, pack, checks))
    if progress is not None:
        progress(len(units), len(units))


def _plan_one(unit: BulkUnit, change: BulkChange, label: str, pack: Any,
              checks: dict[tuple[str, str, Facts | None], tuple[bool, int]]) -> PlanItem:
    q = fiche_service.questionnaire(unit.form_id, pack)
    item = q.get(change.link_id)
    old = unit.answers.get(change.link_id)

    def outcome(refusal: Refusal | None = None, new: Any = None, **accepted: Any) -> PlanItem:
        return PlanItem(unit.node_id, unit.name, unit.structure, refusal, item=item, old=old, new=new, pack=pack,
                        **accepted)

    if unit.conflict:
        return outcome(rules.RuleError("bulk-conflict"))
    if unit.dossier_state in WITH_VALIDATOR:
        return outcome(rules.RuleError("dossier-locked", state=unit.dossier_state, name=unit.structure))
    if unit.has_draft:
        return outcome(rules.RuleError("bulk-draft"))
    if item is None:
        return outcome(rules.RuleError("bulk-not-in-form", item=label, name=q.title))
    if change.action in ("set", "add") and not _offers(item, change.answers[0], pack):
        value = label_of_answer(change.answers[0])
        return outcome(rules.RuleError("bulk-code-not-offered", value=value, item=label))
    after = change.applied_to(unit.answers)
    new = after.get(change.link_id)
    if (old or []) == (new or []):
        return outcome(None, new)  # already so: nothing to write
    key = (unit.form_id, unit.answers_text or json.dumps(after, sort_keys=True, ensure_ascii=False), unit.facts)
    checked = checks.get(key)
    if checked is None:  # alike fiches (a group's units often are) are checked once
        state = FormState(q, after, pack=pack, facts=unit.facts)
        shown = state.is_enabled(change.link_id)
        checked = checks[key] = (shown, blocking(state.problems()) if shown else 0)
    shown, problems = checked
    if not shown:
        return outcome(rules.RuleError("bulk-not-shown", item=label), new)
    refusal = (rules.finess_locked_refusal(fiche_service.locked_items(unit.form_id, unit.origins), unit.answers, after)
               or (rules.prefilled_refusal(unit.prefilled, after, unit.answers,
                                           fiche_service.repeating_items(unit.form_id)) if unit.prefilled else None))
    if refusal is not None:
        return outcome(refusal, new)
    return outcome(None, new, answers=after, answers_before=unit.answers, problems=problems,
                   answers_text=unit.answers_text)


def _item_label(link_id: str, pack: Any) -> str:
    for item in [*offered_items(pack), hours_item(pack)]:
        if item.link_id == link_id:
            return item.text or link_id
    return link_id


def _value_set(item: ItemDef, pack: Any) -> Any:
    if not item.answer_value_set:
        return None
    from app.models.forms.questionnaire import value_set_of

    return value_set_of(fiche_service._pack(pack), item.answer_value_set)  # noqa: SLF001 - the shared default pack


def _offers(item: ItemDef, answer: dict[str, Any], pack: Any) -> bool:
    """The item of this unit's form offers that value (its options or its value set; a missing set is free)."""
    code = answer_code(answer)
    if item.answer_options:
        return code in {answer_code(o.value) for o in item.answer_options}
    if item.value_set_missing or not item.answer_value_set:
        return True
    vs = _value_set(item, pack)
    if vs is None:
        return True
    concept = vs.lookup(code) if code is not None else None
    return concept is not None and not getattr(concept, "retired", False)


def _codes(answers: Iterable[Any]) -> set[str | None]:
    return {answer_code(a) for a in answers}


def label_of_answer(answer: Any) -> str:
    """An answer in words: a coding's label, else its value."""
    key, value = answer_value(answer)
    if key == "valueCoding" and isinstance(value, dict):
        return str(value.get("display") or value.get("code") or "")
    return "" if value is None else str(value)


def _words(item: ItemDef | None, answers: Any, pack: Any) -> tuple[Any, ...]:
    """An item's answers in words: hours as sorted (day, start, end) slots, codes as their labels."""
    if not answers:
        return ()
    if item is not None and item.link_id == HOURS:
        return hours_words(answers)
    labels: dict[str | None, str] = {}
    if item is not None:
        if item.answer_options:
            labels = {answer_code(o.value): label_of_answer(o.value) for o in item.answer_options}
        else:
            vs = _value_set(item, pack)
            if vs is not None:
                labels = {a: c.display for a in _codes(answers) if a and (c := vs.lookup(a)) is not None}
    return tuple(labels.get(answer_code(a)) or label_of_answer(a) for a in answers)


def hours_words(repetitions: Iterable[Any]) -> tuple[tuple[str, str, str], ...]:
    """`uo.horaires` repetitions as sorted (day, start, end) slots."""
    return tuple(sorted((s for s in map(_slot, repetitions) if s is not None),
                        key=lambda s: (DAY_ORDER.index(s[0]) if s[0] in DAY_ORDER else 9, s[1])))


def _slot(repetition: Any) -> tuple[str, str, str] | None:
    inner = repetition.get("item") if isinstance(repetition, dict) else None
    if not isinstance(inner, dict):
        return None
    day = answer_code((inner.get(HOURS_DAY) or [None])[0])
    start = answer_value((inner.get(HOURS_START) or [None])[0])[1]
    end = answer_value((inner.get(HOURS_END) or [None])[0])[1]
    return str(day or ""), str(start or "")[:5], str(end or "")[:5]
