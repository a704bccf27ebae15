"""Seeding the sandbox from a support bundle: the server as the user's workspace last knew it.

`ror-sandbox serve --seed-bundle ZIP` checks the bundle (app.models.support.archive), opens its workspace copy
and stores what the server held, as the copy knows it, at the versions the copy knows:
- every unit the server has (a server id, and not deleted, or deleted locally but not yet on the server): its
  last stored resource (`fiche.resource`, else the one its fiche makes) at the node's server version, and the
  Location of its capacities at its own version;
- a unit in conflict: the server's copy the user's sync met ("theirs") as the next version, or a deletion when
  the server had deleted it: so the user's pending change, sent again with the version the user knew, meets the
  same conflict;
- a dossier in validation: its Task (and the Bundle it proposes), so that following it finds it.
Units never sent (no server id) and the pending outbox are not on the server: replaying the copy's outbox with
`ror-referent sync` sends them. A fiche changed locally is served as last stored (the workspace keeps no other
copy of it). The bundle's user gets an account with the sandbox's password.
"""
from __future__ import annotations

import hashlib
import json
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from .auth import set_password
from .indexing import index_rows
from .outcome import SandboxError
from .store import INSTANT, Store, format_instant

Versions = list[tuple[int, dict[str, Any] | None]]  # (version, content); None: deleted at that version


@dataclass
class SeededBundle:
    resources: int = 0
    user: str | None = None
    skipped: bool = False  # the same bundle was loaded before


def _version(value: Any, default: int) -> int:
    text = str(value or "").strip()
    return int(text) if text.isdigit() and int(text) > 0 else default


class _Plan:
    """The resources to store, by (type, id), with their versions."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], Versions] = {}

    def add(self, rtype: str, rid: str, versions: Versions) -> None:
        self.items[(rtype, rid)] = versions


def _plan(workspace: Path) -> tuple[_Plan, str | None]:
    from app.models.store import Workspace
    from app.models.store.support import server_side
    from app.sync.mapping import server_type

    with Workspace.open(workspace) as ws:
        side = server_side(ws)
        plan = _Plan()
        fallback: dict[tuple[str, str], dict[str, Any]] | None = None
        for node in side.nodes.values():
            if not node.server_id or (node.deleted and not node.dirty):
                continue
            rtype = server_type(node.kind)
            fiche = side.fiches.get(node.id)
            stored = fiche.resource if fiche is not None else None
            if isinstance(stored, dict) and stored.get("resourceType") == rtype:
                base = stored
            else:  # never pulled nor acknowledged (a demo, a dossier just published): as its fiche makes it
                if fallback is None:
                    fallback = _published(workspace)
                base = fallback.get((rtype, node.server_id))
                for ref in (base or {}).get("location") or []:
                    loc = fallback.get(("Location", str(ref.get("reference", "")).rsplit("/", 1)[-1]))
                    if loc is not None and loc.get("id"):
                        plan.add("Location", loc["id"], [(_version((loc.get("meta") or {}).get("versionId"), 1),
                                                          loc)])
            if base is None:
                continue
            version = _version(node.server_version, 1)
            versions: Versions = [(version, base)]
            conflict = side.conflicts.get(node.id)
            if conflict is not None:
                if conflict.reason == "deleted" or conflict.resource is None:
                    versions.append((version + 1, None))
                else:
                    versions.append((max(_version(conflict.server_version, version + 1), version + 1),
                                     conflict.resource))
            plan.add(rtype, node.server_id, versions)
            location = fiche.location if fiche is not None else None
            if isinstance(location, dict) and location.get("id"):
                plan.add("Location", str(location["id"]),
                         [(_version((location.get("meta") or {}).get("versionId"), 1), location)])
        _dossiers(ws, side, plan)
        return plan, side.settings.get("server_user")


def _published(workspace: Path) -> dict[tuple[str, str], dict[str, Any]]:
    from app.sync.mapping import workspace_to_bundle

    found = {}
    for entry in workspace_to_bundle(workspace).get("entry") or []:
        res = entry.get("resource") or {}
        if res.get("id"):
            found[(res["resourceType"], str(res["id"]))] = res
    return found


def _dossiers(ws: Any, side: Any, plan: _Plan) -> None:
    """The Task (and proposed Bundle) of each dossier in validation."""
    from app.sync import engine_dossier, engine_resources
    from app.sync.mapping import server_type

    for d in side.dossiers:
        if d.state != "in_validation" or not d.task_id:
            continue
        structure = side.nodes.get(d.structure_id)
        if structure is None:
            continue
        focus = (f"{server_type(structure.kind)}/{structure.server_id}" if structure.server_id
                 else f"urn:uuid:{structure.uid}")
        task = engine_dossier.task_for(focus, d.bundle_id or "", d.submission_uid or "", structure.name)
        task["status"] = d.task_status or "requested"
        plan.add("Task", d.task_id, [(1, task)])
        if d.bundle_id:
            bundle = engine_resources.dossier_bundle(ws, d.structure_id)
            if d.submission_uid:
                bundle["identifier"] = {"system": engine_dossier.SUBMISSION_SYSTEM, "value": d.submission_uid}
            plan.add("Bundle", d.bundle_id, [(1, bundle)])


def _store(store: Store, plan: _Plan) -> int:
    """Write every planned version (history and current row, search index), at increasing instants from now."""
    with store.transaction() as db:
        last = db.execute("SELECT max(last_updated) FROM history").fetchone()[0]
        moment = datetime.now(UTC)
        if last:
            moment = max(moment, datetime.strptime(last, INSTANT).replace(tzinfo=UTC) + timedelta(microseconds=1))
        for (rtype, rid), versions in plan.items.items():
            previous: dict[str, Any] = {}
            current = None
            for version, content in sorted(versions, key=lambda v: v[0]):
                deleted = content is None
                body = previous if deleted else content
                instant = format_instant(moment)
                moment += timedelta(microseconds=1)
                meta = {**(body.get("meta") or {}), "versionId": str(version), "lastUpdated": instant}
                full = {"resourceType": rtype, "id": rid, "meta": meta,
                        **{k: v for k, v in body.items() if k not in ("resourceType", "id", "meta")}}
                text = json.dumps(full, ensure_ascii=False, separators=(",", ":"))
                db.execute("INSERT OR REPLACE INTO history (type, id, version, last_updated, deleted, content)"
                           " VALUES (?, ?, ?, ?, ?, ?)", (rtype, rid, version, instant, int(deleted), text))
                previous, current = full, (version, instant, deleted, text, full)
            if current is None:
                continue
            version, instant, deleted, text, full = current
            name, tokens = index_rows(full) if not deleted else (None, [])
            db.execute("INSERT OR REPLACE INTO resource (type, id, version, last_updated, deleted, name_norm, "
                       "content) VALUES (?, ?, ?, ?, ?, ?, ?)", (rtype, rid, version, instant, int(deleted), name,
                                                                 text))
            db.execute("DELETE FROM token WHERE type=? AND id=?", (rtype, rid))
            db.executemany("INSERT INTO token (type, id, param, system, code) VALUES (?, ?, ?, ?, ?)",
                           [(rtype, rid, p, s, c) for p, s, c in tokens])
    return len(plan.items)


def seed_bundle(store: Store, path: str | Path, password: str) -> SeededBundle:
    """Load a support bundle once (see the module docstring)."""
    from app.models.support.archive import SupportError
    from app.models.support.opening import open_bundle

    path = Path(path)
    if not path.is_file():
        raise SandboxError(f"Paquet de support introuvable : {path}")
    digest = "bundle:" + hashlib.sha256(path.read_bytes()).hexdigest()
    with tempfile.TemporaryDirectory(prefix="ror-sandbox-bundle-") as tmp:
        try:
            opened = open_bundle(path, Path(tmp) / "paquet")
        except SupportError as exc:
            raise SandboxError(str(exc)) from exc
        user = opened.server.get("user")
        if store.query("SELECT 1 FROM seed WHERE digest = ?", (digest,)):
            return SeededBundle(user=user, skipped=True)
        plan, known_user = _plan(opened.workspace)
    user = user or known_user
    with store.transaction() as db:
        stored = _store(store, plan)
        if user and user != "demo":
            set_password(store, password, user)
        db.execute("INSERT INTO seed (digest, loaded_at) VALUES (?, ?)", (digest, format_instant(datetime.now(UTC))))
    return SeededBundle(resources=stored, user=user)
