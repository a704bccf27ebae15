"""Where a problem is, in words: the item's label, after the repeating groups it sits in with their number.

"Contacts n° 2 › Canal" tells the user which repetition to open. Labels come from the form's items through
`label(item)` (the window passes its translated text) and the repetition word through `numbered`.
"""
from __future__ import annotations

from collections.abc import Callable

from app.models.forms.questionnaire import ItemDef, Questionnaire
from app.models.validation.problem import Problem


def _text(item: ItemDef) -> str:
    return item.text or item.link_id


def _labelled(item: ItemDef, label: Callable[[ItemDef], str]) -> str:
    """An item's label, or its nearest labelled parent's (a coded value sits in an unlabelled group)."""
    current: ItemDef | None = item
    while current is not None:
        text = label(current)
        if current.text and text:
            return text
        current = current.parent
    return item.link_id


def place(questionnaire: Questionnaire, problem: Problem, label: Callable[[ItemDef], str] = _text,
          numbered: Callable[[str, int], str] = lambda text, n: f"{text} n° {n}") -> str:
    """"Contacts n° 2 › Canal" for a problem of the second contact's channel; the item's label alone outside
    repeating groups."""
    parts = []
    for group_id, index in problem.path:
        group = questionnaire.get(group_id)
        parts.append(numbered(_labelled(group, label) if group is not None else group_id, index + 1))
    item = questionnaire.get(problem.link_id)
    text = _labelled(item, label) if item is not None else problem.link_id
    if not parts or parts[-1] != text:
        parts.append(text)
    return " › ".join(parts)
