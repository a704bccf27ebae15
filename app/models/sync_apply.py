"""Store-side commands for what the server sent: pulled resources, acknowledgements, conflicts, task outcomes.

The sync engine maps FHIR resources to plain dicts (`PulledItem`s) and calls these commands; they write in one
transaction each, never append to the outbox (what the server already knows need not be sent back), and keep
local work safe: a node changed locally (dirty) or in conflict is never overwritten by a pull.

Pulled fiches are complete: a `PulledItem` without answers (None or {}) gets the answers its form reads from the
resource and its Location (definition-based population, app/models/forms/population.py), the form being the one
`forms_catalog.questionnaire_for` picks for the node; `fiche.resource` and `fiche.location` keep the complete
server copies so nothing is lost on the way out. A Location pulled alone (capacities changed on the server)
refreshes the fiche of the UO whose HealthcareService points at it.

A conflict keeps "theirs" (the server's resource and version) in the setting `sync.conflict.<node uid>` as
JSON; the user's answers stay "mine" in the fiche until `resolve_conflict` applies their choices.
"""
from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select, update

from app.models.changes import Changes
from app.models.schema import Dossier, Fiche, Node, OutboxEntry, Setting, now_iso
from app.models.workflow import DossierState, check_dossier_transition

CONFLICT_PREFIX = "sync.conflict."
NODE_COLUMNS = ("kind", "name", "finess", "siren", "siret", "departement", "categorie", "domaine", "champ",
                "type_offre", "status", "finess_data", "origins", "prefilled")


@dataclass
class PulledItem:
    """One server resource mapped to a node: `parent` is the server reference of its parent ("Type/id")."""

    server_type: str
    server_id: str
    version: str | None
    uid: str | None
    parent: str | None
    columns: dict[str, Any]
    questionnaire: str | None = None
    answers: dict[str, Any] | None = None  # None or {}: read from `resource` and `location` by the node's form
    resource: dict[str, Any] | None = None
    location: dict[str, Any] | None = None  # a UO's Location (capacities), as the server sent it


@dataclass
class PullResult:
    changes: Changes = field(default_factory=Changes)
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_local: int = 0  # dirty or in conflict: the push decides
    orphans: int = 0  # parent unknown here: not placed
    fetched: int = 0  # resources the server sent


def apply_pulled(ws, items: list[PulledItem], locations: list[dict[str, Any]] | None = None) -> PullResult:
    """Insert or update the nodes the server sent, parents before children, in one transaction.

    `locations` are Locations pulled without their HealthcareService: each refreshes the UO pointing at it.
    """
    result = PullResult()
    if not items and not locations:
        return result
    with ws.transaction() as s:
        ids_by_server: dict[str, int] = {}
        ids_by_uid: dict[str, int] = {}
        inherited: dict[int, tuple] = {}  # node id -> (domaine, departement, categorie of the EG above)
        for row in s.execute(select(Node.id, Node.server_id, Node.uid, Node.domaine, Node.departement,
                                    Node.categorie)):
            if row.server_id:
                ids_by_server[row.server_id] = row.id
            ids_by_uid[row.uid] = row.id
            inherited[row.id] = (row.domaine, row.departement, row.categorie)
        next_id = int(s.scalar(select(func.coalesce(func.max(Node.id), 0))) or 0) + 1
        positions: dict[int | None, int] = {
            p: n + 1 for p, n in s.execute(select(Node.parent_id, func.max(Node.position)).group_by(Node.parent_id))}
        new_nodes: list[dict[str, Any]] = []
        new_fiches: list[dict[str, Any]] = []
        stamp = now_iso()
        pending = list(items)
        while pending:
            waiting: list[PulledItem] = []
            for item in pending:
                parent_id = _parent_id(item, ids_by_server)
                if item.parent and parent_id is None:
                    waiting.append(item)
                    continue
                node_id = ids_by_server.get(item.server_id) or (ids_by_uid.get(item.uid) if item.uid else None)
                if node_id is None:
                    node_id = next_id
                    next_id += 1
                    pos = positions.get(parent_id, 0)
                    positions[parent_id] = pos + 1
                    node = {c: None for c in Node.__table__.columns.keys()}
                    node.update({"status": "finalised", "problems": 0, "conflict": False, "deleted": False,
                                 "favourite": False, "updated_at": stamp})
                    node.update({k: v for k, v in item.columns.items() if k in NODE_COLUMNS})
                    above = inherited.get(parent_id, (None, None, None))
                    _inherit(node, above)
                    inherited[node_id] = (node["domaine"], node["departement"], node["categorie"] or above[2])
                    _populate(item, node["kind"], node["categorie"] or above[2], node["champ"], node["domaine"])
                    node.update({"id": node_id, "uid": item.uid or item.server_id, "parent_id": parent_id,
                                 "position": pos, "server_id": item.server_id, "server_version": item.version,
                                 "dirty": False, "name": item.columns.get("name") or ""})
                    new_nodes.append(node)
                    new_fiches.append({"node_id": node_id, "questionnaire": item.questionnaire,
                                       "answers": item.answers or {}, "draft": None, "resource": item.resource,
                                       "location": item.location, "updated_at": stamp})
                    ids_by_server[item.server_id] = node_id
                    if item.uid:
                        ids_by_uid[item.uid] = node_id
                    result.inserted += 1
                    result.changes.inserted.add(node_id)
                    continue
                ids_by_server[item.server_id] = node_id
                node = s.get(Node, node_id)
                if node.dirty or node.conflict:
                    result.kept_local += 1
                    continue
                if node.server_id == item.server_id and node.server_version == item.version and not node.deleted:
                    result.unchanged += 1
                    continue
                above = inherited.get(parent_id, (None, None, None))
                _populate(item, node.kind, node.categorie or above[2], item.columns.get("champ") or node.champ,
                          node.domaine or above[0])
                _update_node(s, node, item, parent_id, stamp)
                result.updated += 1
                result.changes.updated.add(node_id)
            if len(waiting) == len(pending):
                result.orphans += len(waiting)
                break
            pending = waiting
        if new_nodes:
            s.execute(Node.__table__.insert(), new_nodes)
            s.execute(Fiche.__table__.insert(), new_fiches)
        if locations:
            _apply_locations(s, locations, inherited, result, stamp)
    return result


# ---------------------------------------------------------------------------------------------- population
_forms: dict[str, Any] = {}
_forms_lock = threading.Lock()


def _questionnaire(form_id: str):
    """The parsed Questionnaire of a shipped form, parsed once (population tables are cached on it)."""
    with _forms_lock:
        found = _forms.get(form_id)
        if found is None:
            from app.models.forms import load_questionnaire
            from app.models.forms_catalog import load_form
            from app.models.nomenclatures import NomenclaturePack

            found = _forms[form_id] = load_questionnaire(load_form(form_id), pack=NomenclaturePack.default())
        return found


def fiche_answers(kind: str, categorie: str | None, champ: str | None, domaine: str | None,
                  resources: list[dict[str, Any] | None]) -> tuple[str, dict[str, Any]]:
    """(canonical of the node's form, the answers that form reads from `resources`)."""
    from app.models.forms import answers_from_resources
    from app.models.forms_catalog import canonical, questionnaire_for

    form_id = questionnaire_for(kind, categorie, champ, domaine)
    answers = answers_from_resources(_questionnaire(form_id), [r for r in resources if r])
    return canonical(form_id), answers


def _populate(item: PulledItem, kind: str, categorie: str | None, champ: str | None,
              domaine: str | None) -> None:
    if item.answers or item.resource is None:
        return
    item.questionnaire, item.answers = fiche_answers(kind, categorie, champ, domaine,
                                                     [item.resource, item.location])


def _location_refs(resource: dict[str, Any] | None) -> set[str]:
    return {str((r or {}).get("reference") or "").rsplit("/", 1)[-1]
            for r in (resource or {}).get("location") or [] if isinstance(r, dict)}


def _apply_locations(s, locations: list[dict[str, Any]], inherited: dict[int, tuple], result: PullResult,
                     stamp: str) -> None:
    """Locations pulled alone: the fiche of the UO pointing at each gets it and answers read again."""
    wanted = {str(loc.get("id")): loc for loc in locations if loc.get("id")}
    rows = s.execute(select(Node, Fiche).join(Fiche, Fiche.node_id == Node.id)
                     .where(Node.kind == "UO", Node.deleted.is_(False)))
    for node, fiche in rows:
        refs = _location_refs(fiche.resource)
        if fiche.location and fiche.location.get("id"):
            refs.add(str(fiche.location["id"]))
        loc_id = next((r for r in refs if r in wanted), None)
        if loc_id is None:
            continue
        if node.dirty or node.conflict:
            result.kept_local += 1
            continue
        location = wanted[loc_id]
        if fiche.location == location:
            result.unchanged += 1
            continue
        above = inherited.get(node.parent_id, (None, None, None))
        fiche.questionnaire, fiche.answers = fiche_answers(node.kind, node.categorie or above[2], node.champ,
                                                           node.domaine or above[0], [fiche.resource, location])
        fiche.location = location
        fiche.updated_at = stamp
        result.updated += 1
        result.changes.updated.add(node.id)


def _inherit(node: dict[str, Any], parent: tuple) -> None:
    """domaine from the EG's FINESS category, else from the parent (as the store does); departement too."""
    if not node.get("domaine"):
        if node.get("kind") == "EG" and node.get("categorie"):
            from app.models.nomenclatures import NomenclaturePack

            node["domaine"] = NomenclaturePack.default().domaine_of_categorie(node["categorie"])
        else:
            node["domaine"] = parent[0]
    if not node.get("departement"):
        node["departement"] = parent[1]


def _parent_id(item: PulledItem, ids_by_server: dict[str, int]) -> int | None:
    if not item.parent:
        return None
    return ids_by_server.get(item.parent.rsplit("/", 1)[-1])


def _update_node(s, node: Node, item: PulledItem, parent_id: int | None, stamp: str) -> None:
    for key, value in item.columns.items():
        if key in NODE_COLUMNS and value is not None:
            setattr(node, key, value)
    if item.parent and parent_id is not None and node.parent_id != parent_id:
        node.parent_id = parent_id
    node.server_id = item.server_id
    node.server_version = item.version
    node.deleted = False
    node.dirty = False
    node.updated_at = stamp
    fiche = s.get(Fiche, node.id) or Fiche(node_id=node.id, answers={})
    s.add(fiche)
    if item.questionnaire is not None:
        fiche.questionnaire = item.questionnaire
    if item.answers is not None:
        fiche.answers = item.answers
    if item.resource is not None:
        fiche.resource = item.resource
    if item.location is not None:
        fiche.location = item.location
    fiche.updated_at = stamp


def apply_tombstones(ws, server_ids: list[str]) -> Changes:
    """Resources the server deleted: tombstone the nodes, unless changed locally (then the push decides)."""
    changes = Changes()
    if not server_ids:
        return changes
    with ws.transaction() as s:
        for node in s.scalars(select(Node).where(Node.server_id.in_(server_ids), Node.deleted.is_(False))):
            if node.dirty or node.conflict:
                continue
            node.deleted = True
            node.updated_at = now_iso()
            changes.removed.add(node.id)
    return changes


def node_stamp(ws, node_id: int) -> str | None:
    """The node's updated_at: taken before sending, compared when the answer comes (edited meanwhile?)."""
    with ws.reading() as s:
        return s.scalar(select(Node.updated_at).where(Node.id == node_id))


def mark_in_step(ws, acks: list[dict[str, Any]]) -> Changes:
    """The server acknowledged these nodes: [{node_id, server_id, version, resource, stamp, location?}].

    A node edited again since `stamp` keeps dirty = 1 (its newer entry is still in the outbox).
    """
    changes = Changes()
    if not acks:
        return changes
    with ws.transaction() as s:
        for ack in acks:
            node = s.get(Node, ack["node_id"])
            if node is None:
                continue
            if ack.get("server_id"):
                node.server_id = ack["server_id"]
            if ack.get("version"):
                node.server_version = ack["version"]
            if ack.get("stamp") is None or node.updated_at == ack["stamp"]:
                node.dirty = False
            fiche = s.get(Fiche, node.id)
            if fiche is not None and ack.get("resource") is not None:
                fiche.resource = ack["resource"]
            if fiche is not None and ack.get("location") is not None:
                fiche.location = ack["location"]
            changes.updated.add(node.id)
    return changes


# ---------------------------------------------------------------------------------------------- conflicts
def set_conflict(ws, node_id: int, theirs: dict[str, Any], version: str | None) -> Changes:
    """The server changed the fiche under us: keep theirs beside mine and flag the node."""
    with ws.transaction() as s:
        node = s.get(Node, node_id)
        node.conflict = True
        s.merge(Setting(key=CONFLICT_PREFIX + node.uid,
                        value=json.dumps({"version": version, "resource": theirs}, ensure_ascii=False)))
    return Changes(updated={node_id})


def conflict_of(ws, node_id: int) -> dict[str, Any] | None:
    """{"version", "resource"} of the server's copy kept for a node in conflict, or None."""
    with ws.reading() as s:
        node = s.get(Node, node_id)
        if node is None or not node.conflict:
            return None
        row = s.get(Setting, CONFLICT_PREFIX + node.uid)
        return json.loads(row.value) if row is not None and row.value else None


def conflicted_nodes(ws) -> list[int]:
    with ws.reading() as s:
        return list(s.scalars(select(Node.id).where(Node.conflict.is_(True), Node.deleted.is_(False))
                              .order_by(Node.id)))


def resolve_conflict(ws, node_id: int, *, version: str | None, answers: dict[str, Any] | None,
                     resource: dict[str, Any], columns: dict[str, Any] | None = None,
                     keep_dirty: bool = True) -> Changes:
    """Apply the user's merge: the fiche now holds it, based on the server's version, ready to be sent again.

    With `keep_dirty` a direct 'update' entry goes to the outbox so the merge reaches the server.
    """
    with ws.transaction() as s:
        node = s.get(Node, node_id)
        for key, value in (columns or {}).items():
            if key in NODE_COLUMNS and value is not None:
                setattr(node, key, value)
        node.server_version = version
        node.conflict = False
        node.updated_at = now_iso()
        fiche = s.get(Fiche, node_id) or Fiche(node_id=node_id, answers={})
        s.add(fiche)
        if not answers:  # the merge is the fiche now: its form reads it back
            fiche.questionnaire, answers = fiche_answers(node.kind, node.categorie, node.champ, node.domaine,
                                                         [resource, fiche.location])
        fiche.answers = answers
        fiche.resource = resource
        fiche.updated_at = now_iso()
        row = s.get(Setting, CONFLICT_PREFIX + node.uid)
        if row is not None:
            s.delete(row)
        # Entries parked by the conflict are settled by this merge.
        s.execute(update(OutboxEntry).where(OutboxEntry.node_id == node_id, OutboxEntry.state == "conflict")
                  .values(state="done"))
        node.dirty = keep_dirty
        if keep_dirty:
            s.add(OutboxEntry(op="update", node_id=node_id, dossier_id=None, payload={"direct": True, "merge": True},
                              state="pending", attempts=0))
    return Changes(updated={node_id})


# ---------------------------------------------------------------------------------------------- dossiers
def dossier_sent(ws, dossier_id: int, bundle_id: str | None, task_id: str | None, task_status: str) -> Changes:
    """The Bundle and Task are on the server: the dossier is in validation and its outbox entries are done."""
    with ws.transaction() as s:
        d = s.get(Dossier, dossier_id)
        if d.state != DossierState.IN_VALIDATION:
            check_dossier_transition(d.state, DossierState.IN_VALIDATION)
            d.state = DossierState.IN_VALIDATION
        d.bundle_id, d.task_id, d.task_status = bundle_id, task_id, task_status
        d.updated_at = now_iso()
        s.execute(update(OutboxEntry).where(OutboxEntry.dossier_id == dossier_id, OutboxEntry.state == "pending")
                  .values(state="done"))
        return Changes(dossiers={dossier_id}, updated={d.structure_id})


def dossier_published(ws, dossier_id: int, ids: dict[str, str], task_status: str = "completed",
                      location_of: Callable[[str], str] | None = None) -> Changes:
    """The validator accepted: take the server ids of new resources (uid -> id); the nodes are in step.

    `location_of(uid)` is the uuid a UO's new Location was sent under (app.sync.mapping.location_id): when `ids`
    holds it, the Location's server id goes into fiche.location. Versions come with the next pull (its
    resources match these nodes by server id).
    """
    changes = Changes(dossiers={dossier_id})
    with ws.transaction() as s:
        d = s.get(Dossier, dossier_id)
        subtree = _subtree(s, d.structure_id)
        for node in s.scalars(select(Node).where(Node.id.in_(subtree))):
            if node.uid in ids:
                node.server_id = ids[node.uid]
                node.server_version = None
            loc_id = ids.get(location_of(node.uid)) if location_of and node.kind == "UO" else None
            if loc_id:
                fiche = s.get(Fiche, node.id)
                if fiche is not None:
                    known = dict(fiche.location or {"resourceType": "Location"})
                    known["id"] = loc_id
                    known.pop("meta", None)  # its version comes with the next pull
                    fiche.location = known
            if node.dirty:
                node.dirty = False
                node.comment = None
                if not node.deleted:
                    node.server_version = None  # refreshed by the pull
                changes.updated.add(node.id)
        if d.state != DossierState.PUBLISHED:
            check_dossier_transition(d.state, DossierState.PUBLISHED)
            d.state = DossierState.PUBLISHED
        d.task_status, d.comments, d.updated_at = task_status, None, now_iso()
    return changes


def dossier_rejected(ws, dossier_id: int, comment: str, notes: dict[str, str],
                     task_status: str = "rejected") -> Changes:
    """The validator refused: the dossier is editable again, each note goes on its fiche (uid or server id)."""
    changes = Changes(dossiers={dossier_id})
    with ws.transaction() as s:
        d = s.get(Dossier, dossier_id)
        subtree = _subtree(s, d.structure_id)
        for node in s.scalars(select(Node).where(Node.id.in_(subtree))):
            text = notes.get(node.uid) or (notes.get(node.server_id) if node.server_id else None)
            if text:
                node.comment = text
                changes.updated.add(node.id)
        if d.state != DossierState.REJECTED:
            check_dossier_transition(d.state, DossierState.REJECTED)
            d.state = DossierState.REJECTED
        d.task_status, d.comments, d.updated_at = task_status, {"comment": comment, "notes": notes}, now_iso()
        changes.updated.add(d.structure_id)
    return changes


def _subtree(s, root_id: int) -> list[int]:
    ids, frontier = [root_id], [root_id]
    while frontier:
        frontier = list(s.scalars(select(Node.id).where(Node.parent_id.in_(frontier))))
        ids.extend(frontier)
    return ids
