"""The dashboard of a workspace with many EGs: one row per EG, computed from plain reads (no Qt, no SQL).

The store gives a `DashboardSource` (`ws.dashboard.source()`: the live tree rows, the last change of each node,
the dossier states and the last published date of each EG); `eg_rows` turns it into frozen `EgRow`s, the same
counts the tree's EG rows summarise (`rules.structure_summaries`). Warnings need the forms' checks, which cost
more: they come apart (`ws.dashboard.warnings()`) and `with_warnings` adds them to rows already shown.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.models.kinds import Kind
from app.models.rules import WITH_VALIDATOR, Mark, structure_summaries
from app.models.tree import Tree

DUE = "due"  # the state filter's extra value: EGs due for the yearly update
STATES = (Mark.CONFLICT.value, Mark.PROBLEMS.value, Mark.IN_VALIDATION.value, Mark.DRAFT.value,
          Mark.FINALISED.value, DUE)


@dataclass(frozen=True, slots=True)
class DashboardSource:
    """What the store reads for the dashboard, in one job on the database thread."""

    rows: list[Any]  # TreeRow / NodeRow: every live node
    updated: dict[int, str]  # node id -> ISO time of its last local change (node or fiche)
    dossier_states: dict[int, str]  # structure id -> state of its latest dossier
    published: dict[int, str | None]  # EG id -> ISO date of its last publication or yearly confirmation


@dataclass(frozen=True, slots=True)
class EgRow:
    """One EG as the dashboard shows it."""

    id: int
    name: str
    finess: str | None
    ej: str
    departement: str | None
    categorie: str | None
    fiches: int  # the EG's own fiche and everything under it
    finalised: int
    drafts: int
    with_problems: int  # fiches with a blocking problem
    blocking: int  # blocking problems, all fiches together
    conflicts: int
    dossier: str | None  # state of the EG's latest dossier (None: never one)
    in_validation: bool
    updated: str | None  # last local change in the EG (ISO)
    published: str | None  # last publication or yearly confirmation (ISO)
    due: bool  # no update published for a year
    warnings: int | None = None  # non-blocking problems; None until the checks have run

    @property
    def completion(self) -> float:
        """Share of finalised fiches, 0..1."""
        return self.finalised / self.fiches if self.fiches else 1.0

    @property
    def state(self) -> str:
        """The EG's overall state, as its tree row's mark: conflict, problems, in_validation, draft, finalised."""
        if self.conflicts:
            return Mark.CONFLICT.value
        if self.with_problems:
            return Mark.PROBLEMS.value
        if self.in_validation:
            return Mark.IN_VALIDATION.value
        if self.drafts:
            return Mark.DRAFT.value
        return Mark.FINALISED.value

    def has_state(self, state: str) -> bool:
        """Does the state filter's value `state` keep this row? (`DUE` keeps the EGs due, whatever their mark.)"""
        return self.due if state == DUE else self.state == state


def _subtree(kids: Mapping[int | None, list[int]], root: int) -> list[int]:
    ids = [root]
    stack = list(kids.get(root, ()))
    while stack:
        nid = stack.pop()
        ids.append(nid)
        stack.extend(kids.get(nid, ()))
    return ids


def _is_due_default(last_iso: str | None, today: date) -> bool:
    from app.models.yearly import is_due

    return is_due(last_iso, today)


def eg_rows(source: DashboardSource, today: date,
            is_due: Callable[[str | None, date], bool] = _is_due_default) -> list[EgRow]:
    """One row per live EG, in tree order."""
    tree = Tree(source.rows)
    nodes, kids = tree.nodes, tree.kids
    summaries = structure_summaries(nodes, kids, source.dossier_states)
    found: list[EgRow] = []
    for nid in tree.depth_first():
        row = nodes[nid]
        if row.kind != Kind.EG:
            continue
        ids = _subtree(kids, nid)
        summary = summaries[nid]
        parent = nodes.get(row.parent_id) if row.parent_id is not None else None
        stamps = [s for s in map(source.updated.get, ids) if s]
        published = source.published.get(nid)
        state = source.dossier_states.get(nid)
        found.append(EgRow(
            id=nid, name=row.name, finess=row.finess, ej=parent.name if parent is not None else "",
            departement=row.departement, categorie=row.categorie, fiches=summary.fiches,
            finalised=summary.finalised, drafts=summary.drafts, with_problems=summary.problems,
            blocking=sum(nodes[i].problems or 0 for i in ids), conflicts=summary.conflicts, dossier=state,
            in_validation=state in WITH_VALIDATOR, updated=max(stamps) if stamps else None,
            published=published, due=is_due(published, today)))
    return found


def eg_of_nodes(source_rows: Iterable[Any]) -> dict[int, int]:
    """node id -> id of the EG it belongs to (the EG itself included; nodes outside any EG are left out)."""
    tree = Tree(source_rows if isinstance(source_rows, list) else list(source_rows))
    found: dict[int, int] = {}
    for nid, row in tree.nodes.items():
        if row.kind == Kind.EG:
            for i in _subtree(tree.kids, nid):
                found[i] = nid
    return found


def with_warnings(rows: Iterable[EgRow], warnings_by_eg: Mapping[int, int]) -> list[EgRow]:
    """The rows with their warnings counted (an EG the checks did not reach has none)."""
    return [dataclasses.replace(r, warnings=warnings_by_eg.get(r.id, 0)) for r in rows]


def completion_by(rows: Iterable[EgRow], key: Callable[[EgRow], str]) -> list[tuple[str, int, int]]:
    """(group, finalised, fiches) for each group of rows (a département, an EG), in first-seen order."""
    groups: dict[str, list[int]] = {}
    for r in rows:
        pair = groups.setdefault(key(r), [0, 0])
        pair[0] += r.finalised
        pair[1] += r.fiches
    return [(name, done, total) for name, (done, total) in groups.items()]


def due_total(rows: Iterable[EgRow]) -> int:
    return sum(1 for r in rows if r.due)
