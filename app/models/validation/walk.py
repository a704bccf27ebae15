"""The enabled items of a fiche with their answers, at every depth, each with the repetitions it sits in.

Answers are stored by linkId (docs/ARCHITECTURE.md, "Forms: answers by linkId"): flat for the items of
non-repeating groups, `{group: [{"item": {child: [...]}}, ...]}` for a repeating group, whose descendants are
stored flat inside each repetition. Every check family reads the same walk, so a problem of the third
repetition of a group says so in its `path`.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.models.forms.questionnaire import ItemDef, Questionnaire
from app.models.validation.problem import Path

# (item, the repetition's answers or None at the top) -> does the item's own enableWhen hold there?
Condition = Callable[[ItemDef, "dict | None"], bool]


@dataclass(frozen=True, slots=True)
class Entry:
    """One enabled item: its answers (a repeating group: its repetitions), the dict holding them, its path."""

    item: ItemDef
    answers: list
    scope: dict
    path: Path


@dataclass
class Walk:
    """Every enabled, non-display item of a fiche, in form order."""

    entries: list[Entry]
    answers: dict

    def by_definition(self, suffix: str) -> list[Entry]:
        """Entries whose FHIR definition path ends with `suffix` (how checks find "the type d'offre")."""
        return [e for e in self.entries if (e.item.definition or "").endswith(suffix)]


def walk(questionnaire: Questionnaire, answers: dict, enabled_at_top: Callable[[str], bool],
         condition: Condition) -> Walk:
    """`enabled_at_top(linkId)` says whether an item outside any repetition is enabled (parents included);
    inside a repetition each item's own condition is evaluated against that repetition."""
    found: list[Entry] = []
    for root in questionnaire.items:
        _visit(root, answers, None, (), True, enabled_at_top, condition, found)
    return Walk(found, answers)


def _visit(item: ItemDef, scope: dict, instance: dict | None, path: Path, parent_on: bool,
           enabled_at_top: Callable[[str], bool], condition: Condition, out: list[Entry]) -> None:
    on = parent_on and (enabled_at_top(item.link_id) if instance is None else condition(item, instance))
    if not on or item.type == "display":
        return
    value: Any = scope.get(item.link_id) or []
    out.append(Entry(item, value if isinstance(value, list) else [value], scope, path))
    if item.type == "group" and item.repeats:
        for index, repetition in enumerate(value if isinstance(value, list) else []):
            inner = repetition.get("item") if isinstance(repetition, dict) else None
            if isinstance(inner, dict):
                for child in item.children:
                    _visit(child, inner, inner, (*path, (item.link_id, index)), True, enabled_at_top, condition,
                           out)
        return
    for child in item.children:
        _visit(child, scope, instance, path, True, enabled_at_top, condition, out)
