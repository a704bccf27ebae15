"""What the tree rules (app.models.rules) allow on a node of the window's tree, asked before offering it.

The window greys out what the rules refuse (with the reason as tooltip) and the tree refuses a drop the store
would refuse, so the user is never offered an action only to be told no afterwards. Pure Python over the tree.
"""
from __future__ import annotations

from typing import Any

from app.models import rules
from app.models.rows import NodeRow
from app.models.rules import RuleError
from app.models.tree import Tree

STRUCTURE_KINDS = ("EG", "EJ")


def structure_of(tree: Tree, node_id: int) -> int | None:
    """The EG (or EJ) a node belongs to: the structure its dossier covers (itself when it is one)."""
    for nid in (node_id, *reversed(tree.ancestors(node_id))):
        if tree.nodes[nid].kind in STRUCTURE_KINDS:
            return nid
    return None


def move_refusal(tree: Tree, node_id: int, new_parent: int) -> RuleError | None:
    """Why the node may not go under `new_parent`, or None (the store asks the same rule)."""
    row, parent = tree.nodes[node_id], tree.nodes[new_parent]
    inside = new_parent == node_id or new_parent in tree.descendants(node_id)
    return rules.move_refusal(row.kind, parent.kind, parent.domaine, under_itself=inside,
                              same_structure=structure_of(tree, node_id) == structure_of(tree, new_parent))


def refusals(row: NodeRow, parent: NodeRow | None,
             origins: dict[str, Any] | None) -> dict[str, RuleError | None]:
    """For rename, duplicate, move and delete: the rules' refusal on this node (None when allowed).

    A move is asked with the node's own parent as the target (a place it may be), so only what forbids any
    move (a FINESS entity) answers. `origins` is the node's {field: source}, None while it is being read.
    """
    return {
        "rename": rules.rename_refusal(row.kind, origins, row.name or "-"),
        "duplicate": rules.duplicate_refusal(row.kind),
        "move": rules.move_refusal(row.kind, parent.kind if parent else None,
                                   parent.domaine if parent else None,
                                   under_itself=False, same_structure=True),
        "delete": rules.delete_refusal(row.kind, origins),
    }


def allowed_kinds(row: NodeRow) -> tuple[Any, ...]:
    """The kinds that may be created under the node (its structure's domaine decides for services)."""
    return rules.allowed_children(row.kind, row.domaine)


def can_create(row: NodeRow) -> bool:
    return bool(allowed_kinds(row))


def move_targets(tree: Tree, node_id: int) -> list[tuple[int, str, str, int]]:
    """Parents a node may be moved under (id, kind, name, depth below its structure), as the rules say."""
    row = tree.nodes[node_id]
    structure = structure_of(tree, node_id)
    parent = tree.nodes.get(row.parent_id) if row.parent_id is not None else None
    if structure is None or refusals(row, parent, None)["move"] is not None:
        return []
    inside = {node_id, *tree.descendants(node_id)}
    base_depth = len(tree.ancestors(structure))
    out = []
    for nid in [structure, *tree.descendants(structure)]:
        target = tree.nodes[nid]
        if nid == row.parent_id or rules.move_refusal(row.kind, target.kind, target.domaine,
                                                      under_itself=nid in inside, same_structure=True):
            continue
        out.append((nid, target.kind, target.name, len(tree.ancestors(nid)) - base_depth))
    return out
