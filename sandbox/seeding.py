"""Seeding the store from a FHIR Bundle file or from a workspace made by `ror-referent demo`.

Every entry's resource is loaded as version 1, keeping its id; an entry without id but with a
`urn:uuid:<uuid>` fullUrl gets `<uuid>` as id (references to it are rewritten). Seeding is idempotent: a
file already loaded (same content) is skipped, and a resource whose id already exists is left alone.
"""
from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .indexing import RESOURCE_TYPES
from .outcome import SandboxError
from .references import rewrite_references
from .store import Store, format_instant, new_id

SQLITE_MAGIC = b"SQLite format 3\x00"


def _workspace_bundle(path: Path) -> dict[str, Any]:
    from app.sync.mapping import workspace_to_bundle

    try:
        return workspace_to_bundle(path)
    except Exception as exc:  # the workspace layer's own errors carry a French message
        raise SandboxError(f"Espace de travail illisible : {path} ({exc})") from exc


def read_seed(path: Path) -> dict[str, Any]:
    """The Bundle held by a seed file (JSON Bundle or workspace SQLite file)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise SandboxError(f"Fichier d'amorçage illisible : {path} ({exc.strerror})") from exc
    if head == SQLITE_MAGIC:
        return _workspace_bundle(path)
    try:
        bundle = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise SandboxError(
            f"Le fichier d'amorçage {path} n'est ni un Bundle FHIR JSON ni un espace de travail.") from exc
    if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
        raise SandboxError(f"Le fichier d'amorçage {path} n'est pas un Bundle FHIR.")
    return bundle


def load_bundle(store: Store, bundle: dict[str, Any]) -> int:
    """Store each entry's resource as version 1 unless its id exists; return how many were stored."""
    planned, mapping = [], {}
    for entry in bundle.get("entry") or []:
        resource = entry.get("resource")
        if not isinstance(resource, dict) or resource.get("resourceType") not in RESOURCE_TYPES:
            continue
        full_url = str(entry.get("fullUrl") or "")
        rid = resource.get("id") or (full_url[len("urn:uuid:"):] if full_url.startswith("urn:uuid:") else new_id())
        if full_url:
            mapping[full_url] = f"{resource['resourceType']}/{rid}"
        planned.append((resource["resourceType"], str(rid), resource))
    stored = 0
    with store.transaction():
        for rtype, rid, resource in planned:
            if store.read(rtype, rid) is None:
                content = rewrite_references(resource, mapping)
                content["meta"] = {k: v for k, v in (content.get("meta") or {}).items() if k != "versionId"}
                store.write(rtype, rid, content)
                stored += 1
    return stored


def seed(store: Store, path: str | Path) -> int:
    """Load a seed file once; return the number of resources stored (0 when it was loaded before)."""
    path = Path(path)
    if not path.is_file():
        raise SandboxError(f"Fichier d'amorçage introuvable : {path}")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if store.query("SELECT 1 FROM seed WHERE digest = ?", (digest,)):
        return 0
    bundle = read_seed(path)
    with store.transaction() as db:
        stored = load_bundle(store, bundle)
        db.execute("INSERT INTO seed (digest, loaded_at) VALUES (?, ?)", (digest, format_instant(datetime.now(UTC))))
    return stored
