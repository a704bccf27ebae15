"""`ws.structures`: EJ and EG as FINESS describes them; FINESS-sourced fields become read-only.

The FINESS extract is read and checked outside the store (app/models/finess.py); this writes the structures it
holds batch by batch, in the caller's transaction, so a whole import commits at once (or not at all). Each batch
costs a few statements whatever the size of the workspace: one look-up of its EJ and EG numbers (indexed), one
of the positions under its EJ, then inserts and updates as executemany. Duplicate numbers in the file are found
through a temporary table, so nothing grows in memory with the number of rows.

Rows go to SQLite as plain tuples through the session's connection (no ORM object, no statement compiled per
batch: each look-up binds its numbers as one JSON array), the stored JSON text is written without a dict per row
(`FinessStructure.finess_json`) and the uids come from one read of the random source per batch
(bench/bench_finess.py: 150,000 rows in 19 s of CPU instead of 25).
"""
from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from json.encoder import encode_basestring_ascii
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.changes import Changes
from app.models.kinds import Kind
from app.models.store.schema import Node, now_iso

if TYPE_CHECKING:
    from app.models.finess import FinessStructure
    from app.models.store.workspace import Workspace

FINESS_ORIGINS = {"name": "finess", "finess": "finess", "siret": "finess", "categorie": "finess", "address": "finess"}
COMPARED = ("name", "siret", "departement", "categorie", "domaine", "finess_data", "origins")
SEEN = "finess_import_seen"
IMPORT_CACHE_KB = 65536  # SQLite's page cache while importing: the indexes' pages stay in memory (default 2 MB)
SEEN_CACHE_KB = 16384  # the temporary table's own cache: its 150,000 numbers (4 MB) are not written to a file


@dataclass
class UpsertCounts:
    ej_created: int = 0
    eg_created: int = 0
    eg_updated: int = 0
    duplicates: list[tuple[int, str, int]] = field(default_factory=list)  # line, FINESS, first line
    changes: Changes = field(default_factory=Changes)


NODE_INSERT = ("INSERT INTO node (id, uid, kind, parent_id, position, name, finess, siret, departement, categorie, "
               "domaine, status, problems, conflict, finess_data, origins, dirty, deleted, favourite, updated_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', 0, 0, ?, ?, 0, 0, 0, ?)")
FICHE_INSERT = "INSERT INTO fiche (node_id, questionnaire, answers, updated_at) VALUES (?, ?, '{}', ?)"
NODE_UPDATE = ("UPDATE node SET name = ?, siret = ?, departement = ?, categorie = ?, domaine = ?, finess_data = ?, "
               "origins = ?, updated_at = ? WHERE id = ?")
# Look-ups of a batch's numbers: one JSON array bound as a single parameter (json_each), so the statement text
# is the same for every batch and SQLite prepares it once; `deleted IS 0` is what Node.deleted.is_(False) says.
_IN_BATCH = "IN (SELECT value FROM json_each(?))"
EJ_LOOKUP = f"SELECT id, finess FROM node WHERE kind = ? AND deleted IS 0 AND finess {_IN_BATCH} ORDER BY id DESC"
EG_LOOKUP = (f"SELECT id, finess, {', '.join(COMPARED)} FROM node WHERE kind = ? AND deleted IS 0 "
             f"AND finess {_IN_BATCH}")
POSITIONS = f"SELECT parent_id, max(position) FROM node WHERE parent_id {_IN_BATCH} GROUP BY parent_id"
SEEN_LOOKUP = f"SELECT finess, line FROM {SEEN} WHERE finess {_IN_BATCH}"
SEEN_INSERT = f"INSERT INTO {SEEN} (finess, line) VALUES (?, ?)"
_ORIGINS_JSON = json.dumps(FINESS_ORIGINS)
_EJ_ORIGINS_JSON = json.dumps({"finess": "finess"})
_EJ_DATA_JSON = '{"finess_ej": %s}'  # json.dumps({"finess_ej": number}), the number encoded on its own


def uuid4_strings(count: int) -> list[str]:
    """`count` values of str(uuid.uuid4()) from one read of the system's random source (uuid4 reads it once per
    identifier and builds a UUID object: a sixth of the cost of an imported row)."""
    raw = bytearray(os.urandom(16 * count))
    raw[6::16] = bytes(b & 0x0F | 0x40 for b in raw[6::16])  # version 4
    raw[8::16] = bytes(b & 0x3F | 0x80 for b in raw[8::16])  # RFC 4122 variant
    h = raw.hex()
    return [f"{h[i:i + 8]}-{h[i + 8:i + 12]}-{h[i + 12:i + 16]}-{h[i + 16:i + 20]}-{h[i + 20:i + 32]}"
            for i in range(0, 32 * count, 32)]


def _loads(value: str | None) -> Any:
    """A JSON column as the ORM reads it."""
    return None if value is None else json.loads(value)


class _BatchWriter:
    """The state of one import: the next free node id, the next position among the roots, and whether the
    workspace held any EG before it (when it did not, an EG number is never found in the store: the file's
    duplicates are caught before, so that look-up is skipped)."""

    def __init__(self, s: Session, domaine_of: Callable[[str], str | None], collect: bool) -> None:
        self.conn = conn = s.connection()
        self.domaine_of = domaine_of
        self.domaines: dict[str, str | None] = {}  # one entry per category code (a few hundred at most)
        self.collect = collect
        self.counts = UpsertCounts()
        self.stamp = now_iso()
        self.next_id = (s.scalar(select(func.max(Node.id))) or 0) + 1
        last_root = s.scalar(select(func.max(Node.position)).where(Node.parent_id.is_(None)))
        self.roots = 0 if last_root is None else last_root + 1
        self.any_eg = conn.exec_driver_sql("SELECT 1 FROM node WHERE kind = ? AND deleted IS 0 LIMIT 1",
                                           (Kind.EG.value,)).first() is not None
        self.cache_size = int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
        self.temp_cache_size = int(conn.exec_driver_sql("PRAGMA temp.cache_size").scalar() or -2000)
        conn.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KB}")
        conn.exec_driver_sql(f"PRAGMA temp.cache_size = -{SEEN_CACHE_KB}")
        # WITHOUT ROWID: one B-tree keyed by the number instead of a table and its index
        conn.exec_driver_sql(f"CREATE TEMP TABLE IF NOT EXISTS {SEEN} (finess TEXT PRIMARY KEY, line INTEGER) "
                             "WITHOUT ROWID")
        conn.exec_driver_sql(f"DELETE FROM {SEEN}")

    def close(self) -> None:
        self.conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{SEEN}")

    def restore_cache(self) -> None:
        self.conn.exec_driver_sql(f"PRAGMA cache_size = {self.cache_size}")
        self.conn.exec_driver_sql(f"PRAGMA temp.cache_size = {self.temp_cache_size}")

    def _domaine(self, categorie: str) -> str | None:
        try:
            return self.domaines[categorie]
        except KeyError:
            domaine = self.domaines[categorie] = self.domaine_of(categorie)
            return domaine

    def _unique(self, batch: Sequence[tuple[int, FinessStructure]]) -> list[FinessStructure]:
        """The batch without the numbers already met in this import (each one reported with its first line)."""
        numbers = json.dumps(list({st.nofinesset for _, st in batch}))
        earlier: dict[str, int] = {finess: line for finess, line in self.conn.exec_driver_sql(SEEN_LOOKUP, (numbers,))}
        kept: list[FinessStructure] = []
        seen: list[tuple[str, int]] = []
        duplicates = self.counts.duplicates
        for line, st in batch:
            finess = st.nofinesset
            first = earlier.get(finess)
            if first is not None:
                duplicates.append((line, finess, first))
                continue
            earlier[finess] = line
            seen.append((finess, line))
            kept.append(st)
        if seen:
            self.conn.exec_driver_sql(SEEN_INSERT, seen)
        return kept

    def write(self, batch: Sequence[tuple[int, FinessStructure]]) -> None:
        conn = self.conn
        kept = self._unique(batch)
        if not kept:
            return
        ej_numbers = list({st.nofinessej for st in kept})
        ejs: dict[str, int] = {}
        for node_id, finess in conn.exec_driver_sql(EJ_LOOKUP, (Kind.EJ.value, json.dumps(ej_numbers))):
            ejs[finess] = node_id  # the oldest live one when two share a number
        egs: dict[str, Any] = {}
        if self.any_eg:
            egs = {r[1]: r for r in conn.exec_driver_sql(
                EG_LOOKUP, (Kind.EG.value, json.dumps([st.nofinesset for st in kept])))}
        parents = [ejs[n] for n in ej_numbers if n in ejs]
        positions: dict[int, int] = {p: last + 1 for p, last in conn.exec_driver_sql(
            POSITIONS, (json.dumps(parents),))} if parents else {}
        uids = iter(uuid4_strings(len(kept) + sum(n not in ejs for n in ej_numbers)))  # one per node to create
        new_nodes: list[tuple[Any, ...]] = []
        new_fiches: list[tuple[Any, ...]] = []
        updates: list[tuple[Any, ...]] = []
        changes = self.counts.changes
        collect = self.collect
        stamp = self.stamp
        ej_kind, eg_kind = Kind.EJ.value, Kind.EG.value
        domaines = self.domaines
        for st in kept:
            ej_id = ejs.get(st.nofinessej)
            if ej_id is None:
                ej_id = ejs[st.nofinessej] = self.next_id
                self.next_id += 1
                new_nodes.append((ej_id, next(uids), ej_kind, None, self.roots, st.ej_name, st.nofinessej, None,
                                  st.departement, None, None, _EJ_DATA_JSON % encode_basestring_ascii(st.nofinessej),
                                  _EJ_ORIGINS_JSON, stamp))
                new_fiches.append((ej_id, "ej", stamp))
                self.roots += 1
                self.counts.ej_created += 1
                if collect:
                    changes.inserted.add(ej_id)
            domaine = domaines[st.categetab] if st.categetab in domaines else self._domaine(st.categetab)
            known = egs.get(st.nofinesset)
            if known is None:
                eg_id = self.next_id
                self.next_id += 1
                position = positions.get(ej_id, 0)
                positions[ej_id] = position + 1
                new_nodes.append((eg_id, next(uids), eg_kind, ej_id, position, st.rslongue or st.rs, st.nofinesset,
                                  st.siret or None, st.departement, st.categetab, domaine, st.finess_json(),
                                  _ORIGINS_JSON, stamp))
                new_fiches.append((eg_id, "eg", stamp))
                self.counts.eg_created += 1
                if collect:
                    changes.inserted.add(eg_id)
                continue
            data = st.finess_data()
            values = (st.name, st.siret or None, st.departement, st.categetab, domaine, data, FINESS_ORIGINS)
            if (*known[2:7], _loads(known[7]), _loads(known[8])) != values:
                updates.append((*values[:5], json.dumps(data, ensure_ascii=False), _ORIGINS_JSON, stamp, known[0]))
                self.counts.eg_updated += 1
                if collect:
                    changes.updated.add(known[0])
        if new_nodes:
            conn.exec_driver_sql(NODE_INSERT, new_nodes)
            conn.exec_driver_sql(FICHE_INSERT, new_fiches)
        if updates:
            conn.exec_driver_sql(NODE_UPDATE, updates)


class Structures:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def upsert_finess(self, batches: Iterable[Sequence[tuple[int, FinessStructure]]],
                      domaine_of: Callable[[str], str | None], collect_changes: bool = True) -> UpsertCounts:
        """Create or update the EJ and EG of these FINESS structures (matched by FINESS number), given as batches
        of (line, structure); all in one transaction, so a failure or a cancel raised while the batches are read
        leaves the workspace as it was. Without `collect_changes` the Changes stay empty (the command line needs
        counts, not the ids of 150,000 nodes)."""
        with self.ws.write() as s:
            writer = _BatchWriter(s, domaine_of, collect_changes)
            try:
                for batch in batches:
                    writer.write(batch)
                writer.close()
            finally:
                with contextlib.suppress(Exception):  # never hide the failure that ends the import
                    writer.restore_cache()
        return writer.counts
