"""Writing a pull into the store (`ws.server.apply_pulled`): nodes inserted or updated from what the server
sent, in one transaction, idempotent, and nothing placed where the tree does not allow it.

- Each resource counts once, by type and id ("Organization/42" and "HealthcareService/42" are two nodes):
  when a pull brought several copies (a search read twice, a resource written between two pages) the newest
  one wins, and a node already at that version is left alone, so applying the same pull twice changes nothing.
- A node changed locally (dirty) or in conflict is never overwritten: the push decides.
- What does not fit the tree is listed (`PullResult.unfit`), never made a node: a resource without a parent
  (only an EJ may be a root), one whose parent is neither pulled nor held, one of a kind its parent cannot
  hold (app/models/kinds.py CHILDREN).
- New nodes are inserted in bulk; the nodes and fiches to update are read in a few queries, not one by one.
Pulled fiches are complete: a `PulledItem` without answers gets those its form reads from the resource and its
Location (definition-based population, app/models/forms/population.py).
"""
from __future__ import annotations

import json
from typing import Any

import orjson
from sqlalchemy import JSON, Table, func, select
from sqlalchemy.orm import Session

from app.models.fiche_service import fiche_answers
from app.models.kinds import CHILDREN, Kind
from app.models.pulled import NODE_COLUMNS, PulledItem, PullResult, Unfit
from app.models.store.published import record_pulled
from app.models.store.schema import Fiche, Node, now_iso

Inherited = tuple[Any, Any, Any]  # (domaine, departement, categorie) of a node, for the nodes below it
IN_CHUNK = 500


def server_type(kind: str) -> str:
    return "HealthcareService" if str(kind) == Kind.UO else "Organization"


def parent_key(reference: str | None) -> str | None:
    """"Organization/42" for a parent reference (a bare id is an Organization's: parents always are)."""
    if not reference:
        return None
    return reference if "/" in reference else f"Organization/{reference}"


def _stamp_of(item: PulledItem) -> tuple[str, int]:
    meta = (item.resource or {}).get("meta") or {}
    version = str(item.version or "")
    return str(meta.get("lastUpdated") or ""), int(version) if version.isdigit() else -1


def newest(items: list[PulledItem]) -> list[PulledItem]:
    """Each resource once (its latest copy), in the order first seen."""
    found: dict[str, PulledItem] = {}
    for item in items:
        key = f"{item.server_type}/{item.server_id}"
        known = found.get(key)
        if known is None or _stamp_of(item) > _stamp_of(known):
            found[key] = item
    return list(found.values())


def apply(s: Session, items: list[PulledItem], locations: list[dict[str, Any]] | None) -> PullResult:
    """Insert or update the nodes the server sent (parents before children) and the lone Locations."""
    result = PullResult()
    state = _State(s)
    stamp = now_iso()
    pending = newest(items)
    state.preload(pending)
    while pending:
        waiting: list[PulledItem] = []
        for item in pending:
            key = parent_key(item.parent)
            parent_id = state.by_ref.get(key) if key else None
            if key and parent_id is None:
                waiting.append(item)
                continue
            if not _fits(item, key, parent_id, state, result):
                continue
            node_id = state.by_ref.get(f"{item.server_type}/{item.server_id}") or (
                state.by_uid.get(item.uid) if item.uid else None)
            if node_id is None:
                state.insert(item, parent_id, stamp, result)
            else:
                state.update(node_id, item, parent_id, stamp, result)
        if len(waiting) == len(pending):
            for item in waiting:
                result.orphans += 1
                result.unfit.append(Unfit(f"{item.server_type}/{item.server_id}", _name(item), "unknown-parent",
                                          parent_key(item.parent)))
            break
        pending = waiting
    state.flush()
    if locations:
        _apply_locations(s, locations, state.inherited, result, stamp)
    record_pulled(s, result.changes.inserted | result.changes.updated, state.published_at)
    return result


def _name(item: PulledItem) -> str:
    return str(item.columns.get("name") or "")


def _fits(item: PulledItem, key: str | None, parent_id: int | None, state: _State, result: PullResult) -> bool:
    kind = item.columns.get("kind")
    ref = f"{item.server_type}/{item.server_id}"
    if key is None and kind != Kind.EJ:
        result.unfit.append(Unfit(ref, _name(item), "no-parent"))
        return False
    if parent_id is not None and kind not in CHILDREN.get(state.kinds[parent_id], ()):  # type: ignore[call-overload]
        result.unfit.append(Unfit(ref, _name(item), "misplaced", key))
        return False
    return True


class _State:
    """What the apply knows of the store while it runs: nodes by server reference and uid, their kinds and
    inherited values, the rows to update (read in bulk) and the rows to insert (written in bulk)."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.by_ref: dict[str, int] = {}
        self.by_uid: dict[str, int] = {}
        self.kinds: dict[int, str] = {}
        self.inherited: dict[int | None, Inherited] = {}
        for row in s.execute(select(Node.id, Node.kind, Node.server_id, Node.uid, Node.domaine, Node.departement,
                                    Node.categorie)):
            if row.server_id:
                self.by_ref[f"{server_type(row.kind)}/{row.server_id}"] = row.id
            self.by_uid[row.uid] = row.id
            self.kinds[row.id] = row.kind
            self.inherited[row.id] = (row.domaine, row.departement, row.categorie)
        self.next_id = int(s.scalar(select(func.coalesce(func.max(Node.id), 0))) or 0) + 1
        self.positions: dict[int | None, int] = {
            p: n + 1 for p, n in s.execute(select(Node.parent_id, func.max(Node.position)).group_by(Node.parent_id))}
        self.nodes: dict[int, Node] = {}
        self.fiches: dict[int, Fiche] = {}
        self.new_nodes: list[dict[str, Any]] = []
        self.new_fiches: list[dict[str, Any]] = []
        self.published_at: dict[int, str] = {}  # node id -> the server's lastUpdated of what it sent

    def preload(self, items: list[PulledItem]) -> None:
        """Read at once the nodes and fiches the pull will update."""
        ids = {i for i in (self.by_ref.get(f"{it.server_type}/{it.server_id}")
                           or (self.by_uid.get(it.uid) if it.uid else None) for it in items) if i is not None}
        ordered = sorted(ids)
        for start in range(0, len(ordered), IN_CHUNK):
            chunk = ordered[start:start + IN_CHUNK]
            self.nodes.update((n.id, n) for n in self.s.scalars(select(Node).where(Node.id.in_(chunk))))
            self.fiches.update((f.node_id, f) for f in self.s.scalars(select(Fiche).where(Fiche.node_id.in_(chunk))))

    def insert(self, item: PulledItem, parent_id: int | None, stamp: str, result: PullResult) -> None:
        node_id = self.next_id
        self.next_id += 1
        pos = self.positions.get(parent_id, 0)
        self.positions[parent_id] = pos + 1
        new: dict[str, Any] = {c: None for c in Node.__table__.columns.keys()}
        new.update({"status": "finalised", "problems": 0, "conflict": False, "deleted": False,
                    "favourite": False, "updated_at": stamp})
        new.update({k: v for k, v in item.columns.items() if k in NODE_COLUMNS})
        above = self.inherited.get(parent_id, (None, None, None))
        _inherit(new, above)
        categorie = new["categorie"] or above[2]
        self.inherited[node_id] = (new["domaine"], new["departement"], categorie)
        _populate(item, new["kind"], categorie, new["champ"], new["domaine"])
        new.update({"id": node_id, "uid": item.uid or item.server_id, "parent_id": parent_id, "position": pos,
                    "server_id": item.server_id, "server_version": item.version, "dirty": False,
                    "name": item.columns.get("name") or ""})
        self.new_nodes.append(new)
        self.new_fiches.append({"node_id": node_id, "questionnaire": item.questionnaire,
                                "answers": item.answers or {}, "draft": None, "resource": item.resource,
                                "location": item.location, "updated_at": stamp})
        self.by_ref[f"{item.server_type}/{item.server_id}"] = node_id
        self.kinds[node_id] = str(new["kind"])
        if item.uid:
            self.by_uid[item.uid] = node_id
        result.inserted += 1
        result.changes.inserted.add(node_id)
        self._stamp(node_id, item)

    def update(self, node_id: int, item: PulledItem, parent_id: int | None, stamp: str,
               result: PullResult) -> None:
        self.by_ref[f"{item.server_type}/{item.server_id}"] = node_id
        node = self.nodes.get(node_id)
        if node is None:  # inserted by this very pull (a second copy newest() could not tell apart)
            return
        if node.dirty or node.conflict:
            result.kept_local += 1
            return
        known = self.fiches.get(node_id)  # its Location, when the pull did not bring it again
        same_location = item.location is None or (known is not None and known.location == item.location)
        if node.server_id == item.server_id and node.server_version == item.version and not node.deleted \
                and same_location:
            result.unchanged += 1
            return
        above = self.inherited.get(parent_id, (None, None, None))
        _populate(item, node.kind, node.categorie or above[2], item.columns.get("champ") or node.champ,
                  node.domaine or above[0], known.location if known is not None else None)
        _update_node(self.s, node, known, item, parent_id, stamp)
        self._stamp(node_id, item)
        result.updated += 1
        result.changes.updated.add(node_id)

    def _stamp(self, node_id: int, item: PulledItem) -> None:
        last = _stamp_of(item)[0]
        if last:
            self.published_at[node_id] = last

    def flush(self) -> None:
        if self.new_nodes:
            _insert(self.s, Node.__table__, self.new_nodes)
            _insert(self.s, Fiche.__table__, self.new_fiches)


def _insert(s: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Rows (dicts of plain values, every one with the first one's keys) in one executemany on the session's
    connection, their JSON columns serialised by orjson: several times faster than the ORM types' processing
    (`json.dumps` of thousands of resources); SQLite's JSON functions read both. Booleans are stored as 0 and 1,
    as the Boolean type does."""
    if not rows:
        return
    columns = [table.c[name] for name in rows[0]]
    names = ", ".join(c.name for c in columns)
    marks = ", ".join("?" for _ in columns)
    kinds = [(c.name, isinstance(c.type, JSON)) for c in columns]
    params = [tuple(_json_text(row[name]) if as_json else row[name] for name, as_json in kinds) for row in rows]
    s.connection().exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", params)


def _json_text(value: Any) -> str:
    """JSON text of what the JSON type would store (None is the JSON 'null', as the type writes it). orjson
    writes NaN and infinities as null, and refuses integers past 64 bits: a text holding a null, or a refusal,
    is written again by the standard library, as the type does."""
    if value is None:
        return "null"
    try:
        text = orjson.dumps(value)
    except TypeError:
        return json.dumps(value)
    return json.dumps(value) if b"null" in text else text.decode()


def _populate(item: PulledItem, kind: str, categorie: str | None, champ: str | None,
              domaine: str | None, known_location: dict[str, Any] | None = None) -> None:
    """The answers the node's form reads from the pulled resource and its Location (the one pulled with it,
    else the one the fiche already holds, so a service changed alone keeps its capacities)."""
    if item.answers or item.resource is None:
        return
    location = item.location if item.location is not None else known_location
    item.questionnaire, item.answers = fiche_answers(kind, categorie, champ, domaine, [item.resource, location])


def _location_refs(resource: dict[str, Any] | None) -> set[str]:
    return {str((r or {}).get("reference") or "").rsplit("/", 1)[-1]
            for r in (resource or {}).get("location") or [] if isinstance(r, dict)}


def _apply_locations(s: Session, locations: list[dict[str, Any]], inherited: dict[int | None, Inherited],
                     result: PullResult, stamp: str) -> None:
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
                                                           node.domaine or above[0],
                                                           [fiche.resource, location])
        fiche.location = location
        fiche.updated_at = stamp
        result.updated += 1
        result.changes.updated.add(node.id)


def _inherit(node: dict[str, Any], parent: Inherited) -> None:
    """domaine from the EG's FINESS category, else from the parent (as the store does); departement too."""
    if not node.get("domaine"):
        if node.get("kind") == "EG" and node.get("categorie"):
            from app.models.nomenclatures import NomenclaturePack

            node["domaine"] = NomenclaturePack.default().domaine_of_categorie(node["categorie"])
        else:
            node["domaine"] = parent[0]
    if not node.get("departement"):
        node["departement"] = parent[1]


def _update_node(s: Session, node: Node, fiche: Fiche | None, item: PulledItem, parent_id: int | None,
                 stamp: str) -> None:
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
    if fiche is None:
        fiche = Fiche(node_id=node.id, answers={})
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
