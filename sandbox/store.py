"""The sandbox's SQLite file: current versions, full history, search index, accounts and tokens.

One file per data directory, WAL mode, so `ror-sandbox validate` can write while the server runs. Every
write happens inside `transaction()` (BEGIN IMMEDIATE): it is either fully done or not at all.
"""
from __future__ import annotations

import json
import secrets
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from .indexing import RESOURCE_TYPES, index_rows
from .outcome import SandboxError

DB_NAME = "sandbox.sqlite"
INSTANT = "%Y-%m-%dT%H:%M:%S.%fZ"

SCHEMA = """
CREATE TABLE IF NOT EXISTS resource (
    type TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, last_updated TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0, name_norm TEXT, content TEXT NOT NULL, PRIMARY KEY (type, id));
CREATE INDEX IF NOT EXISTS resource_order ON resource (type, deleted, last_updated, id);
CREATE TABLE IF NOT EXISTS history (
    type TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, last_updated TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0, content TEXT NOT NULL, PRIMARY KEY (type, id, version));
CREATE INDEX IF NOT EXISTS history_time ON history (last_updated);
CREATE TABLE IF NOT EXISTS token (type TEXT NOT NULL, id TEXT NOT NULL, param TEXT NOT NULL,
    system TEXT NOT NULL, code TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS token_lookup ON token (type, param, code, system);
CREATE INDEX IF NOT EXISTS token_owner ON token (type, id);
CREATE TABLE IF NOT EXISTS account (username TEXT PRIMARY KEY, salt BLOB NOT NULL, hash BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS grant_token (hash TEXT PRIMARY KEY, kind TEXT NOT NULL, username TEXT NOT NULL,
    expires_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS seed (digest TEXT PRIMARY KEY, loaded_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS account_structure (username TEXT NOT NULL, finess TEXT NOT NULL,
    PRIMARY KEY (username, finess));
"""


class Row:
    """One stored version of a resource. Its JSON is decoded on first use only: a search page sends what is
    stored as it is (`text()`), without decoding and encoding thousands of resources again."""

    __slots__ = ("type", "id", "version", "last_updated", "deleted", "_content", "_text")

    def __init__(self, type: str, id: str, version: int, last_updated: str, deleted: bool,
                 content: dict[str, Any] | None = None, text: str | None = None) -> None:
        self.type, self.id, self.version, self.last_updated, self.deleted = type, id, version, last_updated, deleted
        self._content, self._text = content, text

    @property
    def content(self) -> dict[str, Any]:
        if self._content is None:
            self._content = json.loads(self._text) if self._text is not None else {}
        return self._content

    def text(self) -> str:
        """The resource as JSON: the stored text while nobody decoded (hence possibly changed) it."""
        if self._content is None and self._text is not None:
            return self._text
        return json.dumps(self.content, ensure_ascii=False, separators=(",", ":"))

    def __repr__(self) -> str:
        return f"Row({self.type}/{self.id}, version {self.version}{', deleted' if self.deleted else ''})"


def format_instant(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(INSTANT)


def parse_instant(text: str) -> datetime:
    """A stored instant (INSTANT) as an aware datetime; fromisoformat reads it many times faster than strptime."""
    return datetime.fromisoformat(text).astimezone(UTC)


def new_id() -> str:
    """A server-assigned logical id (never the client's urn:uuid, so clients must use the mapping)."""
    return secrets.token_hex(8)


class Store:
    """Versioned FHIR resources in one SQLite file; safe to share between threads of one process."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.RLock()
        self._depth = 0
        self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute("PRAGMA busy_timeout=30000")
        self.db.executescript(SCHEMA)

    @classmethod
    def open(cls, data_dir: str | Path, create: bool = False) -> Store:
        """Open DIR/sandbox.sqlite; with create=False a missing one is a user mistake."""
        data = Path(data_dir)
        if not create and not (data / DB_NAME).exists():
            raise SandboxError(f"Aucune donnée de bac à sable dans {data} (lancez d'abord « ror-sandbox serve »).")
        try:
            data.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SandboxError(f"Impossible de créer le dossier {data} : {exc.strerror}") from exc
        try:
            return cls(data / DB_NAME)
        except sqlite3.DatabaseError as exc:
            raise SandboxError(f"Le fichier {data / DB_NAME} n'est pas une base du bac à sable : {exc}") from exc

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write; re-entrant (an inner block joins the outer transaction)."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self.db
                finally:
                    self._depth -= 1
                return
            self.db.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self.db
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            else:
                self.db.execute("COMMIT")
            finally:
                self._depth = 0

    def query(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        with self._lock:
            return self.db.execute(sql, params).fetchall()

    # -- resources ---------------------------------------------------------------------------------------
    def read(self, rtype: str, rid: str) -> Row | None:
        found = self.query("SELECT type, id, version, last_updated, deleted, content FROM resource"
                           " WHERE type=? AND id=?", (rtype, rid))
        return _row(found[0]) if found else None

    def vread(self, rtype: str, rid: str, version: int) -> Row | None:
        found = self.query("SELECT type, id, version, last_updated, deleted, content FROM history"
                           " WHERE type=? AND id=? AND version=?", (rtype, rid, version))
        return _row(found[0]) if found else None

    def history(self, rtype: str, rid: str) -> list[Row]:
        return [_row(r) for r in self.query("SELECT type, id, version, last_updated, deleted, content FROM history"
                                            " WHERE type=? AND id=? ORDER BY version DESC", (rtype, rid))]

    def _next_instant(self) -> str:
        """Now, or just after the last write: lastUpdated strictly grows, so `_lastUpdated=gt` never misses."""
        now = datetime.now(UTC)
        last = self.db.execute("SELECT max(last_updated) FROM history").fetchone()[0]
        if last:
            after = parse_instant(last) + timedelta(microseconds=1)
            now = max(now, after)
        return format_instant(now)

    def write(self, rtype: str, rid: str, resource: dict[str, Any] | None, deleted: bool = False) -> Row:
        """Store a new version (or a tombstone when deleted) and return it; joins or opens a transaction."""
        with self.transaction() as db:
            current = db.execute("SELECT version, content FROM resource WHERE type=? AND id=?",
                                 (rtype, rid)).fetchone()
            version = (current[0] + 1) if current else 1
            if resource is None:
                resource = json.loads(current[1]) if current else {"resourceType": rtype, "id": rid}
            instant = self._next_instant()
            meta = {**(resource.get("meta") or {}), "versionId": str(version), "lastUpdated": instant}
            content = {"resourceType": rtype, "id": rid, "meta": meta,
                       **{k: v for k, v in resource.items() if k not in ("resourceType", "id", "meta")}}
            text = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
            name, tokens = index_rows(content) if not deleted else (None, [])
            db.execute("INSERT OR REPLACE INTO resource (type, id, version, last_updated, deleted, name_norm, content)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)", (rtype, rid, version, instant, int(deleted), name, text))
            db.execute("INSERT INTO history (type, id, version, last_updated, deleted, content)"
                       " VALUES (?, ?, ?, ?, ?, ?)", (rtype, rid, version, instant, int(deleted), text))
            db.execute("DELETE FROM token WHERE type=? AND id=?", (rtype, rid))
            db.executemany("INSERT INTO token (type, id, param, system, code) VALUES (?, ?, ?, ?, ?)",
                           [(rtype, rid, p, s, c) for p, s, c in tokens])
            return Row(rtype, rid, version, instant, deleted, text=text)

    def select(self, rtype: str, where: list[tuple[str, list]], after: tuple[str, str] | None,
               limit: int, content: bool = True, offset: int = 0) -> list[Row]:
        """Current, non-deleted resources matching every condition, in (lastUpdated, id) order, after the
        keyset `after` or skipping `offset` rows.

        Without `content` each row carries only its id and meta (read from the columns, no JSON decoded).
        """
        sql, params = self._where(rtype, where)
        if after:
            sql += " AND (r.last_updated > ? OR (r.last_updated = ? AND r.id > ?))"
            params += [after[0], after[0], after[1]]
        sql += " ORDER BY r.last_updated, r.id LIMIT ? OFFSET ?"
        column = "r.content" if content else "NULL"
        rows = self.query(f"SELECT r.type, r.id, r.version, r.last_updated, r.deleted, {column} FROM resource r"
                          + sql, params + [limit, offset])
        return [_row(r) for r in rows]

    def read_many(self, rtype: str, ids: list[str]) -> list[Row]:
        """The current, non-deleted resources of `rtype` among `ids` (an `_include` of a search)."""
        found: list[Row] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found += [_row(r) for r in self.query(
                "SELECT type, id, version, last_updated, deleted, content FROM resource WHERE type = ? AND "
                f"deleted = 0 AND id IN ({','.join('?' * len(chunk))}) ORDER BY last_updated, id", [rtype, *chunk])]
        return found

    def count(self, rtype: str, where: list[tuple[str, list]]) -> int:
        sql, params = self._where(rtype, where)
        return self.query("SELECT count(*) FROM resource r" + sql, params)[0][0]

    @staticmethod
    def _where(rtype: str, where: list[tuple[str, list]]) -> tuple[str, list]:
        sql = " WHERE r.type = ? AND r.deleted = 0"
        params: list = [rtype]
        for fragment, values in where:
            sql += " AND " + fragment
            params += values
        return sql, params

    def counts(self) -> dict[str, int]:
        """Current (non-deleted) resources per type, every supported type listed."""
        found = dict(self.query("SELECT type, count(*) FROM resource WHERE deleted = 0 GROUP BY type"))
        return {t: found.get(t, 0) for t in RESOURCE_TYPES} | found


def _row(r: tuple) -> Row:
    if r[5] is None:  # selected without content: what the columns say
        content = {"resourceType": r[0], "id": r[1], "meta": {"versionId": str(r[2]), "lastUpdated": r[3]}}
        return Row(r[0], r[1], r[2], r[3], bool(r[4]), content)
    return Row(r[0], r[1], r[2], r[3], bool(r[4]), text=r[5])
