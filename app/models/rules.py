"""The ROR rules of the tree, in one pure module: what may be created, moved, renamed, deleted, which values are
locked, and which mark a node shows.

The store raises the refusals these functions return; the views ask the same functions before offering an action
(a menu entry greyed out, a drop refused), so what the user is offered and what the store accepts never differ.
Each refusal is a `RuleError(key, **args)`: the window shows it in the user's language.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
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


def answers_of(answers: dict[str, Any] | None, link_id: str) -> list[Any]:
    """Every answer to `link_id`, at the top or inside the repetitions of repeating groups (any depth)."""
    found: list[Any] = list((answers or {}).get(link_id) or [])
    for value in (answers or {}).values():
        for repetition in value if isinstance(value, list) else []:
            inner = repetition.get("item") if isinstance(repetition, dict) else None
            if isinstance(inner, dict):
                found.extend(answers_of(inner, link_id))
    return found


def _codes(answers: dict[str, Any] | None, link_id: str) -> set[str]:
    from app.models.forms.values import answer_code

    return {str(c) for c in map(answer_code, answers_of(answers, link_id)) if c is not None}


def prefilled_refusal(prefilled: dict[str, list[str]] | None, answers: dict[str, Any],
                      before: dict[str, Any] | None = None,
                      repeating: frozenset[str] = frozenset()) -> RuleError | None:
    """A mandatory value pre-filled by FINESS, ViaTrajectoire or the server may be enriched, never removed.

    Emptying the item is refused. With the answers `before` the edit: a value that was there is what
    protects (an item never filled is not blocked), and for an item taking several values at least one
    pre-filled value must stay (a single value may be updated)."""
    for link_id, codes in (prefilled or {}).items():
        protected = {str(c) for c in codes or ()}
        if not protected:
            continue
        after = _codes(answers, link_id)
        if before is None:
            if not answers_of(answers, link_id):
                return RuleError("prefilled-removed")
            continue
        kept_before = protected & _codes(before, link_id)
        if not kept_before:
            continue
        if not after or (link_id in repeating and not protected & after):
            return RuleError("prefilled-removed")
    return None


def finess_locked_refusal(locked: dict[str, str], before: dict[str, Any] | None,
                          after: dict[str, Any]) -> RuleError | None:
    """FINESS-sourced values (`locked`: {linkId: label}) may be filled when empty, never changed or removed."""
    for link_id, label in locked.items():
        old = _values(answers_of(before, link_id))
        if old and _values(answers_of(after, link_id)) != old:
            return RuleError("finess-locked", item=str(label), item_texts=dict(getattr(label, "texts", {})))
    return None


def _values(answers: list[Any]) -> list[Any]:
    """Answers compared by what they say: a coding by its system and code (its display may be re-read)."""
    from app.models.forms.values import answer_value

    shown = []
    for answer in answers:
        key, value = answer_value(answer)
        shown.append((key, value.get("system"), value.get("code")) if key == "valueCoding" and isinstance(value, dict)
                     else (key, value))
    return shown


def finalise_refusal(problems: int, has_draft: bool, found: Sequence[Any] = ()) -> RuleError | None:
    """Refused while answers are not saved, or while a problem blocks (`found`: the blocking problems, carried
    for the screens to list)."""
    if has_draft:  # the saved answers are not what the user sees: save first, then they are checked
        return RuleError("finalise-unsaved")
    if problems:
        return RuleError("finalise-problems", count=problems, problems=tuple(found))
    return None


class Mark(StrEnum):
    """How a node shows in the tree: what its colour says."""

    CONFLICT = "conflict"  # orange: the server changed it under us, the user chooses
    PROBLEMS = "problems"  # red: something blocks
    IN_VALIDATION = "in_validation"  # an EG or EJ whose dossier is with the validator
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


# Dossier states in which the validator has the dossier (or it waits to go to them).
WITH_VALIDATOR = frozenset({"queued", "awaiting_direction", "in_validation"})


@dataclass(frozen=True, slots=True)
class Summary:
    """What an EG or EJ holds, itself included: the state its tree row shows instead of its own fiche's."""

    fiches: int = 0
    finalised: int = 0
    drafts: int = 0  # units not finalised (an EG or EJ fiche comes from FINESS: never counted as a draft)
    problems: int = 0  # fiches with a blocking problem
    conflicts: int = 0
    in_validation: bool = False

    def __add__(self, other: Summary) -> Summary:
        return Summary(self.fiches + other.fiches, self.finalised + other.finalised, self.drafts + other.drafts,
                       self.problems + other.problems, self.conflicts + other.conflicts,
                       self.in_validation or other.in_validation)

    @property
    def mark(self) -> Mark:
        """A conflict first, then problems, then the validator's hands, then drafts; green only when every
        fiche is finalised and correct."""
        if self.conflicts:
            return Mark.CONFLICT
        if self.problems:
            return Mark.PROBLEMS
        if self.in_validation:
            return Mark.IN_VALIDATION
        if self.drafts:
            return Mark.DRAFT
        return Mark.FINALISED


def summary_of(rows: Iterable[Any], in_validation: bool = False) -> Summary:
    """The summary of some nodes (each with kind, status, problems, conflict): `mark_of` for each, inlined
    because an opening or a change counts every fiche of a 40,000-fiche region."""
    fiches = finalised = drafts = problems = conflicts = 0
    for row in rows:
        fiches += 1
        if row.conflict:
            conflicts += 1
        elif row.problems:
            problems += 1
        elif row.status == FicheStatus.FINALISED:
            finalised += 1
        elif row.kind not in FINESS_KINDS:
            drafts += 1
    return Summary(fiches, finalised, drafts, problems, conflicts, in_validation)


def _subtree(nodes: Mapping[int, Any], kids: Mapping[int | None, list[int]], top: int) -> Iterator[Any]:
    """A node and everything under it."""
    stack = [top]
    while stack:
        row = nodes[stack.pop()]
        children = kids.get(row.id)
        if children:
            stack.extend(children)
        yield row


def structure_summaries(nodes: Mapping[int, Any], kids: Mapping[int | None, list[int]],
                        dossier_states: Mapping[int, str] | None = None,
                        previous: Mapping[int, Summary] | None = None,
                        changed: Iterable[int] | None = None) -> dict[int, Summary]:
    """The summary of every EG (itself and everything under it) and every EJ (itself and its EGs), from the
    tree's nodes by id and children by parent. With `previous` and `changed` (the EG and EJ rows a change
    reached) only those, and the EJ above them, are counted again: an edit in a 500-EG group recounts one EG."""
    states = dossier_states or {}
    prev: Mapping[int, Summary] = previous or {}
    again = None if previous is None or changed is None else set(changed)

    def kept(node_id: int) -> bool:
        return again is not None and node_id not in again and node_id in prev

    found: dict[int, Summary] = {}
    for root in kids.get(None, []):
        if kept(root) and all(kept(c) for c in kids.get(root, []) if nodes[c].kind == Kind.EG):
            found.update((c, prev[c]) for c in kids.get(root, []) if c in prev)
            found[root] = prev[root]
            continue
        total = summary_of([nodes[root]], states.get(root) in WITH_VALIDATOR)
        for child in kids.get(root, []):
            is_eg = nodes[child].kind == Kind.EG
            if is_eg and kept(child):
                summary = prev[child]
            else:
                summary = summary_of(_subtree(nodes, kids, child), states.get(child) in WITH_VALIDATOR)
            if is_eg:
                found[child] = summary
            total = total + summary
        found[root] = total
    return found


def row_summaries(rows: Iterable[Any], dossier_states: Mapping[int, str] | None = None) -> dict[int, Summary]:
    """`structure_summaries` straight from the rows read (each with id and parent_id): the window counts them
    on its database thread, beside the read, so that the first paint of the tree counts nothing."""
    nodes: dict[int, Any] = {}
    kids: dict[int | None, list[int]] = {}
    for row in rows:
        nodes[row.id] = row
        kids.setdefault(row.parent_id, []).append(row.id)
    return structure_summaries(nodes, kids, dossier_states)

