"""The tree's state filter (issue 11): which nodes are drafts, have problems, are in conflict, are with the
validator, or belong to an EG not updated for a year. Pure: the window combines it with the text filter
(`Tree.visible_set(..., only=)`)."""
from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date

from app.models.kinds import FINESS_KINDS
from app.models.rules import WITH_VALIDATOR
from app.models.tree import Tree

DRAFTS, PROBLEMS, CONFLICTS, IN_VALIDATION, DUE = "draft", "problems", "conflict", "in_validation", "due"
STATES = (DRAFTS, PROBLEMS, CONFLICTS, IN_VALIDATION, DUE)


def state_matches(tree: Tree, state: str, dossier_states: Mapping[int, str] | None = None,
                  due_egs: Collection[int] = ()) -> set[int]:
    """The nodes in `state`. Drafts: units not finalised (an EG or EJ fiche comes from FINESS, as the tree's
    summaries count them); in validation and due: the structures concerned with everything under them."""
    nodes = tree.nodes
    if state == DRAFTS:
        return {nid for nid, r in nodes.items() if r.status == "draft" and r.kind not in FINESS_KINDS}
    if state == PROBLEMS:
        return {nid for nid, r in nodes.items() if r.problems}
    if state == CONFLICTS:
        return {nid for nid, r in nodes.items() if r.conflict}
    if state == IN_VALIDATION:
        roots = [sid for sid, s in (dossier_states or {}).items() if s in WITH_VALIDATOR and sid in nodes]
    elif state == DUE:
        roots = [eg for eg in due_egs if eg in nodes]
    else:
        raise ValueError(f"unknown tree state: {state}")
    found = set(roots)
    for root in roots:
        found.update(tree.descendants(root))
    return found


def due_egs(dates: Mapping[int, str | None], today: date) -> set[int]:
    """The EGs due for the yearly update (`dates`: `ws.published.dates()`)."""
    from app.models.yearly import is_due

    return {eg for eg, last in dates.items() if is_due(last, today)}
