"""The one validation: every family of checks over one walk of the fiche, problems in form order."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from app.models.forms.questionnaire import ItemDef, Questionnaire
from app.models.validation import cross_field, formats, nomenclature, quality, required, values
from app.models.validation.facts import Facts
from app.models.validation.problem import WARNING, Problem
from app.models.validation.walk import Condition, Walk, walk


def _always(_item: ItemDef, _instance: dict | None) -> bool:
    return True


def validate(questionnaire: Questionnaire, answers: dict, *, facts: Facts | None = None, pack: Any = None,
             enabled_at_top: Callable[[str], bool] | None = None, condition: Condition | None = None,
             value_sets: dict[str, Any] | None = None) -> list[Problem]:
    """Every problem of a fiche, in form order. `enabled_at_top` and `condition` decide which items are on
    (FormState passes its enableWhen evaluation; without them every item is); disabled items are not checked."""
    w: Walk = walk(questionnaire, answers, enabled_at_top or (lambda _link_id: True), condition or _always)
    found = [*required.check(w), *values.check(w), *nomenclature.check(w, pack, {} if value_sets is None
                                                                                 else value_sets),
             *formats.check(w), *cross_field.check(w, facts, pack), *quality.check(w, facts)]
    order = {(e.path, e.item.link_id): i for i, e in enumerate(w.entries)}
    found = [_advice_when_read_only(questionnaire, p) for p in found]
    return sorted(found, key=lambda p: order.get((p.path, p.link_id), len(order)))


def _advice_when_read_only(questionnaire: Questionnaire, found: Problem) -> Problem:
    """A format problem of a value the user cannot change here (FINESS data, read-only) is said, not blocking:
    it is for FINESS or the support to correct."""
    item = questionnaire.get(found.link_id)
    if found.blocking and found.code.startswith("FMT-") and item is not None and item.read_only:
        return dataclasses.replace(found, level=WARNING)
    return found


def blocking(problems: list[Problem]) -> int:
    """How many problems block finalising and sending (warnings never do)."""
    return sum(1 for p in problems if p.blocking)
