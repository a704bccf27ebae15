"""What support needs of a workspace file: a consistent copy of a live file, and the rewrites a support copy gets.

`snapshot` copies a workspace the app may be writing at that very moment, with SQLite's online backup API (one
step: the copy is the state of one committed transaction). The other functions run on such a copy only, never
on a user's workspace: they bypass the managers on purpose (no outbox entry, no `Changes`: the copy is nobody's
work). `rewrite_texts` passes every stored document and free text through a function (pseudonymisation, secret
scrubbing) and `compact` then rebuilds the file, leaving no replaced text in free pages;
`rewrite_settings` drops or rewrites settings; `reopen_for_replay` puts back in the outbox what the user's sync
met (refused changes, changes parked by a conflict, a refused dossier) so that a sync of the copy against a
sandbox seeded with the same bundle meets it again; `server_side` reads what the server held, as the copy knows it.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select, update

from app.models.rows import ConflictRow, DossierRow, FicheRecord, NodeRecord
from app.models.store.engine import WorkspaceError
from app.models.store.queries import dossier_row, fiche_record, node_record
from app.models.store.schema import (
    PUBLISHED_TRIGGER_NAMES,
    PUBLISHED_TRIGGERS,
    ConflictCopy,
    Dossier,
    Fiche,
    Node,
    OutboxEntry,
    Setting,
)
from app.models.workflow import DossierState, OutboxOp, OutboxState

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace

# Stored documents (JSON) and free texts, by table: (primary key, columns). Settings are rewritten apart.
TEXTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "fiche": ("node_id", ("answers", "draft", "resource", "location")),
    "published": ("node_id", ("answers",)),  # the last published fiches: the same contacts as the fiches
    "conflict": ("node_id", ("resource",)),
    "outbox": ("id", ("payload", "last_error", "last_reason")),
    "journal": ("id", ("message", "detail")),
    "node": ("id", ("comment",)),
    "dossier": ("id", ("comments",)),
}


def snapshot(source: str | Path, target: str | Path) -> None:
    """Copy a live workspace file consistently to `target` (a new file), read-only on the source.

    The copy is a standalone file (rollback journal, no -wal beside it). Nothing is written to the source. A source
    that is not a readable SQLite file is refused with a `WorkspaceError`, and nothing is left at `target`.
    """
    source, target = Path(source), Path(target)
    if source.is_dir():
        raise WorkspaceError("workspace-is-folder", path=str(source))
    if not source.is_file():
        raise WorkspaceError("workspace-not-found", path=str(source))
    with source.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise WorkspaceError("workspace-foreign", path=str(source))
    try:
        # A plain connection that only reads: closing it last checkpoints the WAL and removes -wal and -shm, as
        # the app does; a read-only one would leave them beside the user's file.
        src = sqlite3.connect(str(source))
        try:
            src.execute("PRAGMA busy_timeout=10000")
            dst = sqlite3.connect(str(target))
            try:
                src.backup(dst)  # pages=-1: every page in one step, under one read transaction
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.DatabaseError as exc:
        for leftover in (target, target.with_name(target.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise WorkspaceError("workspace-damaged", path=str(source)) from exc


def rewrite_texts(ws: Workspace, transform: Callable[[str, str], str | None],
                  only: set[str] | frozenset[str] | None = None) -> int:
    """Pass each stored document and free text (its stored text) through `transform("table.column", text)`;
    write back those it returns changed, in one transaction. `only` limits it to those "table.column". Returns
    how many were rewritten."""
    rewritten = 0
    with ws.write() as s:
        cursor = s.connection().connection.cursor()  # the session's own connection: same transaction, raw rows
        # A published copy left NULL is the fiche's: rewriting the fiche rewrites it, the copy-on-write triggers
        # would only put the text back in twice (before the rewrite). They come back with the transaction.
        for name in PUBLISHED_TRIGGER_NAMES:
            cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
        try:
            for table, (key, columns) in TEXTS.items():
                for column in columns:
                    if only is not None and f"{table}.{column}" not in only:
                        continue
                    cursor.execute(f"SELECT {key}, {column} FROM {table} WHERE {column} IS NOT NULL")
                    rows = []
                    for ident, value in cursor.fetchall():
                        if not isinstance(value, str):
                            continue
                        new = transform(f"{table}.{column}", value)
                        if new is not None and new != value:
                            rows.append((new, ident))
                    if rows:
                        cursor.executemany(f"UPDATE {table} SET {column} = ? WHERE {key} = ?", rows)
                        rewritten += len(rows)
            for trigger in PUBLISHED_TRIGGERS:
                cursor.execute(trigger)
        finally:
            cursor.close()
    return rewritten


def rewrite_settings(ws: Workspace, transform: Callable[[str, str | None], str | None]) -> dict[str, str]:
    """Each setting through `transform(key, value)`: None drops it, another value replaces it. Returns what is
    kept."""
    kept: dict[str, str] = {}
    with ws.write() as s:
        for row in list(s.scalars(select(Setting))):
            new = transform(row.key, row.value)
            if new is None:
                s.delete(row)
                continue
            if new != row.value:
                row.value = new
            kept[row.key] = new
    return kept


def compact(ws: Workspace, target: Path) -> None:
    """Rebuild the copy into `target`, a new file (VACUUM INTO): freed pages, which may still hold replaced
    text, are not in it; twice as fast as a VACUUM in place, which writes every page through the WAL."""
    with ws.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM INTO ?", (str(target),))


@dataclass
class Replay:
    """What `reopen_for_replay` put back in the outbox."""

    refused: int = 0
    parked: int = 0
    conflicts: int = 0
    dossiers: int = 0


def reopen_for_replay(ws: Workspace) -> Replay:
    """Put the user's refused and parked work back in the outbox (see the module docstring)."""
    done = Replay()
    with ws.write() as s:
        entries = list(s.scalars(select(OutboxEntry).where(
            OutboxEntry.state.in_([OutboxState.FAILED.value, OutboxState.CONFLICT.value]))))
        dossiers: dict[int, Dossier] = {}
        for e in entries:
            if e.op == OutboxOp.SEND.value and e.dossier_id is not None:
                d = s.get(Dossier, e.dossier_id)
                if d is None or d.state not in (DossierState.OPEN.value, DossierState.REJECTED.value):
                    continue
                d.state = DossierState.QUEUED.value  # as it was when the user's sync sent it
                dossiers[d.id] = d
            if e.state == OutboxState.FAILED.value:
                done.refused += 1
            else:
                done.parked += 1
            e.state, e.attempts, e.last_error, e.last_reason = OutboxState.PENDING.value, 0, None, None
        done.dossiers = len(dossiers)
        nodes = list(s.scalars(select(ConflictCopy.node_id)))
        if nodes:
            s.execute(update(Node).where(Node.id.in_(nodes)).values(conflict=False))
            s.execute(delete(ConflictCopy))
        done.conflicts = len(nodes)
    return done


@dataclass
class ServerSide:
    """The copy's knowledge of the server: every node and fiche, the conflicts (the server's copies), the
    dossiers."""

    nodes: dict[int, NodeRecord] = field(default_factory=dict)
    fiches: dict[int, FicheRecord] = field(default_factory=dict)
    conflicts: dict[int, ConflictRow] = field(default_factory=dict)
    dossiers: list[DossierRow] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)


def server_side(ws: Workspace) -> ServerSide:
    """Every node (deleted ones too), fiche, conflict and dossier of a copy, read in one session."""
    found = ServerSide()
    with ws.read() as s:
        found.nodes = {n.id: node_record(n) for n in s.scalars(select(Node))}
        found.fiches = {f.node_id: fiche_record(f) for f in s.scalars(select(Fiche))}
        found.conflicts = {c.node_id: ConflictRow(node_id=c.node_id, reason=c.reason,
                                                  server_version=c.server_version, resource=c.resource)
                           for c in s.scalars(select(ConflictCopy))}
        found.dossiers = [dossier_row(d) for d in s.scalars(select(Dossier).order_by(Dossier.id))]
        found.settings = {r.key: r.value for r in s.scalars(select(Setting))}
    return found
