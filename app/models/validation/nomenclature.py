"""Coded answers against the nomenclature pack: a code the list does not hold, a retired code to replace, a
value typed freely where a list is expected (warning), a list the pack does not hold (warning)."""
from __future__ import annotations

from typing import Any

from app.models.forms.questionnaire import value_set_of
from app.models.forms.values import answer_value
from app.models.validation.problem import Problem, problem
from app.models.validation.walk import Walk

_RETIRED = {"retired", "deprecated", "inactive"}


def check(walk: Walk, pack: Any, value_sets: dict[str, Any]) -> list[Problem]:
    """`value_sets` caches the pack's look-ups by url for the caller (one form, many fiches)."""
    if pack is None:
        return []
    found: list[Problem] = []
    for entry in walk.entries:
        item = entry.item
        url = item.answer_value_set
        if not url or item.answer_options or not entry.answers:
            continue
        for answer in entry.answers:
            key, value = answer_value(answer)
            if key == "valueString":
                found.append(problem(item.link_id, "free-text-in-list", entry.path))
                continue
            if key != "valueCoding" or not isinstance(value, dict) or not value.get("code"):
                continue
            if url not in value_sets:
                value_sets[url] = value_set_of(pack, url)
            vs = value_sets[url]
            if vs is None:
                found.append(problem(item.link_id, "value-set-missing", entry.path))
                continue
            concept = vs.lookup(value.get("code"))
            if concept is None:
                title = getattr(vs, "title", None) or getattr(vs, "name", None) or url
                found.append(problem(item.link_id, "code-unknown", entry.path, list=title, code=value.get("code")))
            elif getattr(concept, "retired", False) or str(getattr(concept, "status", "") or "").lower() in _RETIRED:
                found.append(problem(item.link_id, "code-retired", entry.path, code=value.get("code")))
    return found
