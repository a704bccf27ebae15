"""Writing a support bundle: a zip a user sends to support, with everything needed to see their problem and no
secret.

    report = make_bundle(workspace_path, out_zip, pseudonymise=True)

The members:
- workspace.sqlite: a consistent copy of the workspace, made with SQLite's backup API while the app may be
  writing it; settings that look like credentials dropped, URLs without user:password, credential-looking parts
  of the journal and of refused changes' messages masked, and with `pseudonymise` the people's contact data
  replaced (pseudonyms.py); then rebuilt (VACUUM) so no replaced text remains in free pages;
- journal.json: the sync journal (the most recent entries), as in the copy;
- summary.json: counts (units, fiches, outbox by state, conflicts, dossiers by state);
- server.json: the server address and user name, the last sync;
- versions.json: app, Python, Qt, SQLite and OS versions;
- logs/...: the log files of the last two weeks, masked like the journal;
- manifest.json: format, date, whether pseudonymised, and the size and SHA-256 of every other member.
The OS keyring is never read. The zip is written beside `out` under a temporary name and renamed when complete.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import time
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.models.store import Workspace
from app.models.store.support import compact, rewrite_settings, rewrite_texts, snapshot
from app.models.support import archive, environment
from app.models.support.pseudonyms import Pseudonyms
from app.models.support.scrub import map_strings, scrub_json_text, scrub_setting, scrub_text

JOURNAL_LIMIT = 5000
# Stored texts, by what they hold: FHIR documents (contacts inside), and texts that may quote anything.
DOCUMENTS = frozenset({"fiche.answers", "fiche.draft", "fiche.resource", "fiche.location", "conflict.resource",
                       "outbox.payload", "published.answers"})
FREE_JSON = frozenset({"outbox.payload", "outbox.last_reason", "journal.detail", "dossier.comments"})
FREE_PLAIN = frozenset({"outbox.last_error", "journal.message", "node.comment"})
FREE = FREE_JSON | FREE_PLAIN


@dataclass
class BundleReport:
    """What was written."""

    path: Path
    size: int = 0
    members: list[str] = field(default_factory=list)
    pseudonymised: dict[str, int] | None = None
    seconds: float = 0.0


def _clean_copy(ws: Workspace, pseudonyms: Pseudonyms | None) -> tuple[dict[str, str], int]:
    """Scrub (and pseudonymise) the copy in place; return its settings as kept, and how many texts changed."""
    changed = 0

    def setting(key: str, value: str | None) -> str | None:
        nonlocal changed
        new = scrub_setting(key, value)
        changed += new != value
        return new

    settings = rewrite_settings(ws, setting)

    def first(column: str, text: str) -> str | None:
        new = text
        if column in FREE:
            new = scrub_json_text(new) if column in FREE_JSON else scrub_text(new)
        if pseudonyms is not None and column in DOCUMENTS:
            new = pseudonyms.document_text(new) or new
        return new

    changed += rewrite_texts(ws, first, only=FREE | (DOCUMENTS if pseudonyms is not None else frozenset()))
    if pseudonyms is not None and pseudonyms.replaced:
        def second(column: str, text: str) -> str | None:
            if column in FREE_PLAIN:
                return pseudonyms.free_text(text)
            try:
                doc = json.loads(text)
            except ValueError:
                return pseudonyms.free_text(text)
            cleaned = map_strings(doc, pseudonyms.free_text)
            return None if cleaned == doc else json.dumps(cleaned)

        changed += rewrite_texts(ws, second, only=FREE)
    return settings, changed


def _summary(ws: Workspace) -> dict[str, Any]:
    outbox = Counter(e.state for e in ws.outbox.entries())
    dossiers = Counter(d.state for d in ws.dossiers.all())
    return {"workspace": ws.nodes.stats(), "outbox": dict(outbox), "conflicts": len(ws.conflicts.nodes()),
            "dossiers": dict(dossiers)}


def _json(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, indent=2, default=str).encode("utf-8")


def _log_name(name: str) -> str:
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", name)[:100]
    return "logs/" + (safe if safe[:1].isalnum() else "log" + safe)


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(archive.CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def make_bundle(workspace: str | Path, out: str | Path, *, pseudonymise: bool = False,
                logs_folder: Path | None = None) -> BundleReport:
    """Write the bundle of `workspace` to `out` (replaced when it exists). A workspace that cannot be read raises
    a `WorkspaceError` (a Refusal), a place that cannot be written an OSError; nothing is left half-written."""
    started = time.perf_counter()
    workspace, out = Path(workspace), Path(out)
    if out.is_dir():
        raise IsADirectoryError(21, "est un dossier", str(out))
    report = BundleReport(path=out)
    pseudonyms = Pseudonyms() if pseudonymise else None
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".ror-support-", dir=out.parent) as tmp:
        copy = Path(tmp) / archive.WORKSPACE
        snapshot(workspace, copy)
        with Workspace.open(copy) as ws:
            settings, changed = _clean_copy(ws, pseudonyms)
            journal = ws.journal.recent(JOURNAL_LIMIT)
            summary = _summary(ws)
            if changed or pseudonyms is not None:  # replaced text must not stay in the file's free pages
                compacted = Path(tmp) / "compacted.sqlite"
                compact(ws, compacted)
                copy = compacted
        texts: dict[str, bytes] = {
            "journal.json": _json(journal),
            "summary.json": _json(summary),
            "server.json": _json({"server_url": settings.get("server_url"), "user": settings.get("server_user"),
                                  "last_sync": settings.get("sync.last_run"),
                                  "demo": settings.get("demo") == "1"}),
            "versions.json": _json(environment.versions()),
        }
        for name, content in environment.recent_logs(logs_folder):
            text = scrub_text(content.decode("utf-8", errors="replace"))
            if pseudonyms is not None:
                text = pseudonyms.free_text(text)
            texts[_log_name(name)] = text.encode("utf-8")
        files = {archive.WORKSPACE: {"size": copy.stat().st_size, "sha256": _file_digest(copy)}}
        files.update({name: {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                      for name, data in texts.items()})
        manifest = {"format": archive.FORMAT, "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
                    "app_version": environment.versions()["app"], "workspace_name": workspace.name,
                    "pseudonymised": pseudonymise,
                    "placeholders": dict(pseudonyms.counts) if pseudonyms is not None else None,
                    "files": files}
        partial = Path(tmp) / "bundle.zip"
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as z:
            z.write(copy, archive.WORKSPACE)
            for name, data in texts.items():
                z.writestr(name, data)
            z.writestr(archive.MANIFEST, _json(manifest))
        os.replace(partial, out)
    report.size = out.stat().st_size
    report.members = [archive.WORKSPACE, *texts, archive.MANIFEST]
    report.pseudonymised = dict(pseudonyms.counts) if pseudonyms is not None else None
    report.seconds = time.perf_counter() - started
    return report
