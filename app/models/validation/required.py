"""Required items at every depth: a question without an answer, a required group left empty.

Inside a repeating group each repetition is checked on its own, so the channel missing from the second
contact is a problem of that contact (its `path`), not of the fiche at large.
"""
from __future__ import annotations

from app.models.validation.problem import Problem, problem
from app.models.validation.walk import Walk


def check(walk: Walk) -> list[Problem]:
    found: list[Problem] = []
    for entry in walk.entries:
        item = entry.item
        if not item.required:
            continue
        if item.type != "group" or item.repeats:
            if not entry.answers:
                found.append(problem(item.link_id, "required", entry.path))
        elif not any(entry.scope.get(d.link_id) for d in item.walk() if d is not item):
            found.append(problem(item.link_id, "required-group", entry.path))
    return found
