"""The ROR rules of the tree, in one pure module: what may be created, moved, renamed, deleted, which values are
locked, and which mark a node shows.

The store raises the refusals these functions return; the views ask the same functions before offering an action
(a menu entry greyed out, a drop refused), so what the user is offered and what the store accepts never differ.
Each refusal is a `RuleError(key, **args)`: the window shows it in the user's language.
"""
from __future__ import annotations

from enum import StrEnum
from typing import Any

from app.models.kinds import CHILDREN, FINESS_KINDS, SANITAIRE_ONLY, Kind
from app.models.refusals import Refusal
from app.models.workflow import DOSSIER_TRANSITIONS, DossierState, FicheStatus


class RuleError(Refusal):
    """A command that the ROR rules forbid; nothing was changed."""


class TransitionError(Refusal):
    """A workflow transition the rules forbid."""


def check_dossier_transition(current: str, target: str) -> None:
    if DossierState(target) not in DOSSIER_TRANSITIONS[DossierState(current)]:
        raise TransitionError("dossier-transition", current=current, target=target)


def allowed_children(kind: Kind | str, domaine: str | None = None) -> tuple[Kind, ...]:
    """Kinds that may be created under a node of `kind` in a structure of `domaine`."""
    kids = CHILDREN[Kind(kind)]
    if domaine != "sanitaire":
        kids = tuple(k for k in kids if k not in SANITAIRE_ONLY)
    return kids


def placement_refusal(parent_kind: Kind | str | None, child_kind: Kind | str,
                      domaine: str | None) -> RuleError | None:
    """Why `child_kind` may not sit under `parent_kind` in a structure of `domaine`, or None when it may."""
    child = Kind(child_kind)
    if parent_kind is None:
        return None if child is Kind.EJ else RuleError("placement-root", child=child.value)
    parent = Kind(parent_kind)
    if child in SANITAIRE_ONLY and child in CHILDREN[parent] and domaine != "sanitaire":
        return RuleError("placement-sanitaire-only")
    if child not in allowed_children(parent, domaine):
        return RuleError("placement-kind", child=child.value, parent=parent.value)
    return None


def finess_name(origins: dict[str, Any] | None) -> bool:
    """The node's name comes from FINESS (read-only here)."""
    return (origins or {}).get("name") == "finess"


def rename_refusal(kind: str, origins: dict[str, Any] | None, name: str) -> RuleError | None:
    if not name.strip():
        return RuleError("name-required")
    if finess_name(origins):
        return RuleError("finess-rename")
    return None


def move_refusal(kind: str, parent_kind: str, parent_domaine: str | None, *, under_itself: bool,
                 same_structure: bool) -> RuleError | None:
    if Kind(kind) in FINESS_KINDS:
        return RuleError("finess-move")
    if under_itself:
        return RuleError("move-under-itself")
    found = placement_refusal(parent_kind, kind, parent_domaine)
    if found is not None:
        return found
    if not same_structure:
        return RuleError("move-other-structure")
    return None


def delete_refusal(kind: str, origins: dict[str, Any] | None) -> RuleError | None:
    if Kind(kind) in FINESS_KINDS or finess_name(origins):
        return RuleError("finess-delete", kind=kind)
    return None


def duplicate_refusal(kind: str) -> RuleError | None:
    return RuleError("finess-duplicate") if Kind(kind) in FINESS_KINDS else None


def locked_fields(origins: dict[str, Any] | None) -> frozenset[str]:
    """Fields whose value comes from FINESS: shown read-only, never changed here."""
    return frozenset(k for k, v in (origins or {}).items() if v == "finess")


def prefilled_refusal(prefilled: dict[str, list[str]] | None, answers: dict[str, Any]) -> RuleError | None:
    """A mandatory value pre-filled by FINESS, ViaTrajectoire or the server may be enriched, never removed."""
    for link_id, codes in (prefilled or {}).items():
        if codes and not answers.get(link_id):
            return RuleError("prefilled-removed")
    return None


def finalise_refusal(problems: int, has_draft: bool) -> RuleError | None:
    if problems:
        return RuleError("finalise-problems", count=problems)
    if has_draft:
        return RuleError("finalise-unsaved")
    return None


class Mark(StrEnum):
    """How a node shows in the tree: what its colour says."""

    CONFLICT = "conflict"  # orange: the server changed it under us, the user chooses
    PROBLEMS = "problems"  # red: something blocks
    FINALISED = "finalised"  # green: complete and correct
    DRAFT = "draft"  # plain


def mark_of(status: str, problems: int, conflict: bool) -> Mark:
    """A conflict first (the user must act), then problems (a fiche with problems is never green)."""
    if conflict:
        return Mark.CONFLICT
    if problems:
        return Mark.PROBLEMS
    if status == FicheStatus.FINALISED:
        return Mark.FINALISED
    return Mark.DRAFT
