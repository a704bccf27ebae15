"""The live state of a form being filled: answers, enabled items, pre-filling, calculations and problems.

`FormState` holds the answers by linkId of one fiche (docs/ARCHITECTURE.md, "Forms: answers by linkId") for a
parsed `Questionnaire`. The UI calls `set()` on each edit and refreshes only the linkIds it returns; it calls
`problems()` to show inline messages. Items of a non-repeating group are stored flat by linkId; a repeating
group is `{linkId: [{"item": {childLinkId: [answer, ...]}}, ...]}` and its children are read and written
through the group (`get(group)` / `set(group, instances)`).

Public API:
    FormState(questionnaire, answers=None, context=None, pack=None, prefilled=None, facts=None)
        .answers                       the answers dict (owned by the state; copy it to keep it)
        .get(link_id) -> list[dict]
        .set(link_id, answers: list) -> set[str]   linkIds whose enabled state or calculated value changed;
                                                   raises PrefilledValueError, KeyError for an unknown linkId
        .is_enabled(link_id) -> bool
        .populate() -> set[str]        initialExpression (launch context), then `initial` / initialSelected
        .recalculate() -> set[str]     calculatedExpression
        .problems() -> list[Problem]   app/models/validation (facts: the node and its EG, for the rules that
                                       need them); disabled items are not validated
        .enabled_answers() -> dict     the answers of enabled items only (what is saved / extracted)
        .expression_errors: list[str]  expressions that failed (support information)
    Problem (app/models/validation/problem.py): .link_id, .key, .code, .level, .path, .message; .blocking
    PrefilledValueError(Refusal "prefilled-item": item, item_texts)
"""
from __future__ import annotations

import builtins
import copy
from typing import Any

from app.models.forms.expressions import ExpressionError, evaluate
from app.models.forms.questionnaire import ItemDef, Questionnaire
from app.models.forms.response import to_response
from app.models.forms.values import answer_code, answer_value, to_answers
from app.models.json_tree import json_copy
from app.models.refusals import Refusal
from app.models.validation.facts import Facts
from app.models.validation.problem import Problem
from app.models.validation.values import compare as _compare

REQUIRED = "Champ obligatoire"


class PrefilledValueError(Refusal):
    """The edit would remove the last pre-filled value of a mandatory item. `item` is the French text, and
    `item_texts` its translations, so a view names the item in the interface's language."""


class FormState:
    # Annotations after `def set` say `builtins.set`: inside the class body `set` names that method.
    def __init__(self, questionnaire: Questionnaire, answers: dict | None = None, context: dict | None = None,
                 pack: Any = None, prefilled: dict | None = None, facts: Facts | None = None) -> None:
        self.questionnaire = questionnaire
        self.facts = facts
        self.answers: dict = json_copy(answers) if answers else {}
        self.context: dict = dict(context or {})
        self.pack = pack
        self.prefilled: dict[str, list[str]] = {k: [str(c) for c in v] for k, v in (prefilled or {}).items()}
        self.expression_errors: list[str] = []
        self._qr: dict | None = None
        self._enabled: dict[str, bool] | None = None
        self._value_sets: dict[str, Any] = {}
        self._has_expressions = any(i.enable_when_expression or i.calculated_expression
                                    for i in questionnaire.all_items)

    # -- reading and writing -------------------------------------------------------------------------
    def _item(self, link_id: str) -> ItemDef:
        item = self.questionnaire.get(link_id)
        if item is None:
            raise KeyError(f"Question inconnue : {link_id}")
        return item

    def get(self, link_id: str) -> list[dict]:
        self._item(link_id)
        return list(self.answers.get(link_id) or [])

    def set(self, link_id: str, answers: list | None) -> set[str]:
        item = self._item(link_id)
        new = [a for a in (answers or []) if a]
        self._check_prefilled(item, new)
        before_enabled = dict(self._enabled_map())
        before_calc = self._calculated_snapshot()
        if new:
            self.answers[link_id] = json_copy(new)
        else:
            self.answers.pop(link_id, None)
        self._invalidate()
        self.recalculate()
        after_enabled = self._enabled_map()
        after_calc = self._calculated_snapshot()
        changed = {k for k, v in after_enabled.items() if before_enabled.get(k) != v}
        changed |= {k for k, v in after_calc.items() if before_calc.get(k) != v}
        return changed

    def _check_prefilled(self, item: ItemDef, new: list) -> None:
        protected = set(self.prefilled.get(item.link_id) or [])
        if not protected or not item.required:
            return
        kept_before = protected & {answer_code(a) for a in self.answers.get(item.link_id) or []}
        kept_after = protected & {answer_code(a) for a in new}
        if kept_before and not kept_after and (item.repeats or not new):
            raise PrefilledValueError("prefilled-item", item=item.text or item.link_id, item_texts=dict(item.texts))

    def _invalidate(self) -> None:
        self._qr = None
        self._enabled = None

    def _response(self) -> dict:
        if self._qr is None:
            self._qr = to_response(self.questionnaire, self.answers)
        return self._qr

    def _variables(self) -> dict:
        variables = dict(self.context)
        variables.setdefault("questionnaire", self.questionnaire.raw)
        if self._has_expressions:
            variables["resource"] = self._response()
        return variables

    def _run(self, expression: str, resource: Any) -> list | None:
        try:
            return evaluate(expression, resource, self._variables())
        except ExpressionError as exc:
            if str(exc) not in self.expression_errors:
                self.expression_errors.append(str(exc))
            return None

    # -- enableWhen ----------------------------------------------------------------------------------
    def is_enabled(self, link_id: str) -> bool:
        self._item(link_id)
        return self._enabled_map().get(link_id, True)

    def _enabled_map(self) -> dict[str, bool]:
        if self._enabled is None:
            enabled: dict[str, bool] = {}
            for root in self.questionnaire.items:
                self._fill_enabled(root, True, None, enabled)
            self._enabled = enabled
        return self._enabled

    def _fill_enabled(self, item: ItemDef, parent_on: bool, scope: dict | None, out: dict) -> None:
        on = parent_on and self._own_condition(item, scope)
        out[item.link_id] = on
        for child in item.children:
            self._fill_enabled(child, on, scope, out)

    def _own_condition(self, item: ItemDef, scope: dict | None) -> bool:
        if item.enable_when_expression:
            result = self._run(item.enable_when_expression, self._response())
            if result is not None:
                return bool(result) and result[0] is True
        if not item.enable_when:
            return True
        results = [self._condition(c.question, c.operator, c.answer, scope) for c in item.enable_when]
        return any(results) if item.enable_behavior == "any" else all(results)

    def _lookup(self, link_id: str, scope: dict | None) -> list:
        if scope is not None and link_id in scope:
            return scope[link_id] or []
        if link_id in self.answers:
            return self.answers[link_id] or []
        found: list = []
        for value in self.answers.values():  # a question inside a repeating group: all its instances
            for instance in value or []:
                if isinstance(instance, dict) and isinstance(instance.get("item"), dict):
                    found.extend(instance["item"].get(link_id) or [])
        return found

    def _condition(self, question: str, operator: str, expected: dict, scope: dict | None) -> bool:
        answers = self._lookup(question, scope)
        want = next((v for k, v in expected.items() if k.startswith("answer")), None)
        if operator == "exists":
            return bool(answers) == (want is True)
        if operator == "!=":
            return not any(_compare(answer_value(a)[1], want) == 0 for a in answers)
        for answer in answers:
            cmp = _compare(answer_value(answer)[1], want)
            if cmp is None:
                continue
            if (operator == "=" and cmp == 0) or (operator == ">" and cmp > 0) or (operator == "<" and cmp < 0) \
                    or (operator == ">=" and cmp >= 0) or (operator == "<=" and cmp <= 0):
                return True
        return False

    # -- pre-filling and calculations ----------------------------------------------------------------
    def populate(self) -> builtins.set[str]:
        """Fill items that have no answer: initialExpression first, else `initial` or initialSelected options."""
        filled: builtins.set[str] = set()
        for root in self.questionnaire.items:
            self._populate(root, self.answers, filled)
        self._invalidate()
        filled |= self.recalculate()
        return filled

    def _initial_values(self, item: ItemDef) -> tuple[list[dict], bool]:
        if item.initial_expression:
            results = self._run(item.initial_expression, {})
            values = to_answers(item, results or [])
            if values:
                return values, True
        values = [copy.deepcopy(a) for a in item.initial]
        values = values or [copy.deepcopy(o.value) for o in item.answer_options if o.initial_selected]
        return (values if item.repeats else values[:1]), False

    def _populate(self, item: ItemDef, scope: dict, filled: builtins.set[str]) -> bool:
        """Populate `item` into `scope`; True when an expression gave a value (decides new group instances)."""
        from_expression = False
        if item.type == "group" and item.repeats:
            instances = scope.get(item.link_id) or []
            if instances:
                for instance in instances:
                    for child in item.children:
                        self._populate(child, instance.setdefault("item", {}), filled)
                return False
            inner: dict = {}
            got = [self._populate(child, inner, set()) for child in item.children]
            if any(got):
                scope[item.link_id] = [{"item": inner}]
                filled.add(item.link_id)
                return True
            return False
        if item.is_question and not scope.get(item.link_id):
            values, from_expression = self._initial_values(item)
            if values:
                scope[item.link_id] = values
                filled.add(item.link_id)
        for child in item.children:
            from_expression = self._populate(child, scope, filled) or from_expression
        return from_expression

    def recalculate(self) -> builtins.set[str]:
        """Apply calculatedExpression (against the QuestionnaireResponse as %resource) until stable."""
        changed: builtins.set[str] = set()
        items = [(i, i.calculated_expression) for i in self.questionnaire.all_items
                 if i.calculated_expression and i.is_question]
        for _ in range(3):
            round_changed = False
            for item, expression in items:
                results = self._run(expression, self._response())
                if results is None:
                    continue
                values = to_answers(item, results)
                if values != (self.answers.get(item.link_id) or []):
                    if values:
                        self.answers[item.link_id] = values
                    else:
                        self.answers.pop(item.link_id, None)
                    self._invalidate()
                    changed.add(item.link_id)
                    round_changed = True
            if not round_changed:
                break
        return changed

    def _calculated_snapshot(self) -> dict[str, Any]:
        return {i.link_id: self.answers.get(i.link_id) for i in self.questionnaire.all_items if i.calculated_expression}

    # -- validation ----------------------------------------------------------------------------------
    def problems(self) -> list[Problem]:
        """Every problem of the fiche (app/models/validation): disabled items are not checked."""
        from app.models.validation.engine import validate  # the checks read the forms package: import cycle

        enabled = self._enabled_map()
        return validate(self.questionnaire, self.answers, facts=self.facts, pack=self.pack,
                        enabled_at_top=lambda link_id: enabled.get(link_id, True), condition=self._own_condition,
                        value_sets=self._value_sets)

    def enabled_answers(self) -> dict:
        """The answers of enabled items only: what is kept when the fiche is saved or extracted."""
        enabled = self._enabled_map()
        return {k: json_copy(v) for k, v in self.answers.items() if enabled.get(k, True)}

