"""`ws.structures`: EJ and EG as FINESS describes them; FINESS-sourced fields become read-only.

The FINESS extract is read and checked outside the store (app/models/finess.py); this writes the structures it
holds batch by batch, in the caller's transaction, so a whole import commits at once (or not at all). Each batch
costs a few statements whatever the size of the workspace: one look-up of its EJ and EG numbers (indexed), one
of the positions under its EJ, then inserts and updates as executemany. Duplicate numbers in the file are found
through a temporary table, so nothing grows in memory with the number of rows.
"""
from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, func, select, text
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
_ORIGINS_JSON = json.dumps(FINESS_ORIGINS)
_EJ_ORIGINS_JSON = json.dumps({"finess": "finess"})


class _BatchWriter:
    """The state of one import: the next free node id and the next position among the roots."""

    def __init__(self, s: Session, domaine_of: Callable[[str], str | None], collect: bool) -> None:
        self.s = s
        self.domaine_of = domaine_of
        self.collect = collect
        self.counts = UpsertCounts()
        self.stamp = now_iso()
        self.next_id = (s.scalar(select(func.max(Node.id))) or 0) + 1
        last_root = s.scalar(select(func.max(Node.position)).where(Node.parent_id.is_(None)))
        self.roots = 0 if last_root is None else last_root + 1
        self.cache_size = int(s.connection().exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
        s.connection().exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KB}")
        s.execute(text(f"CREATE TEMP TABLE IF NOT EXISTS {SEEN} (finess TEXT PRIMARY KEY, line INTEGER)"))
        s.execute(text(f"DELETE FROM {SEEN}"))

    def close(self) -> None:
        self.s.execute(text(f"DROP TABLE IF EXISTS temp.{SEEN}"))

    def restore_cache(self) -> None:
        self.s.connection().exec_driver_sql(f"PRAGMA cache_size = {self.cache_size}")

    def _new_id(self) -> int:
        self.next_id += 1
        return self.next_id - 1

    def _unique(self, batch: Sequence[tuple[int, FinessStructure]]) -> list[tuple[int, FinessStructure]]:
        """The batch without the numbers already met in this import (each one reported with its first line)."""
        numbers = list({st.nofinesset for _, st in batch})
        earlier: dict[str, int] = {finess: line for finess, line in self.s.execute(
            text(f"SELECT finess, line FROM {SEEN} WHERE finess IN :numbers")
            .bindparams(bindparam("numbers", expanding=True)), {"numbers": numbers})}
        kept = []
        for line, st in batch:
            first = earlier.get(st.nofinesset)
            if first is not None:
                self.counts.duplicates.append((line, st.nofinesset, first))
                continue
            earlier[st.nofinesset] = line
            kept.append((line, st))
        if kept:
            self.s.connection().exec_driver_sql(f"INSERT INTO {SEEN} (finess, line) VALUES (?, ?)",
                                                [(st.nofinesset, line) for line, st in kept])
        return kept

    def write(self, batch: Sequence[tuple[int, FinessStructure]]) -> None:
        s = self.s
        kept = [st for _, st in self._unique(batch)]
        if not kept:
            return
        live = Node.deleted.is_(False)
        ej_numbers = list({st.nofinessej for st in kept})
        ejs: dict[str, int] = {}
        for node_id, finess in s.execute(select(Node.id, Node.finess).where(
                Node.kind == Kind.EJ.value, live, Node.finess.in_(ej_numbers)).order_by(Node.id.desc())):
            ejs[finess] = node_id  # the oldest live one when two share a number
        egs = {r.finess: r for r in s.execute(select(Node.id, Node.finess, *(getattr(Node, c) for c in COMPARED))
                                              .where(Node.kind == Kind.EG.value, live,
                                                     Node.finess.in_([st.nofinesset for st in kept])))}
        parents = [ejs[n] for n in ej_numbers if n in ejs]
        positions: dict[int, int] = {p: last + 1 for p, last in s.execute(
            select(Node.parent_id, func.max(Node.position)).where(Node.parent_id.in_(parents))
            .group_by(Node.parent_id))} if parents else {}
        new_nodes: list[tuple[Any, ...]] = []
        new_fiches: list[tuple[Any, ...]] = []
        updates: list[tuple[Any, ...]] = []
        changes = self.counts.changes
        stamp = self.stamp
        for st in kept:
            ej_id = ejs.get(st.nofinessej)
            if ej_id is None:
                ej_id = ejs[st.nofinessej] = self._new_id()
                new_nodes.append((ej_id, str(uuid.uuid4()), Kind.EJ.value, None, self.roots, st.ej_name,
                                  st.nofinessej, None, st.departement, None, None,
                                  json.dumps({"finess_ej": st.nofinessej}), _EJ_ORIGINS_JSON, stamp))
                new_fiches.append((ej_id, "ej", stamp))
                self.roots += 1
                self.counts.ej_created += 1
                if self.collect:
                    changes.inserted.add(ej_id)
            data = st.finess_data()
            domaine = self.domaine_of(st.categetab)
            known = egs.get(st.nofinesset)
            if known is None:
                eg_id = self._new_id()
                position = positions.get(ej_id, 0)
                positions[ej_id] = position + 1
                new_nodes.append((eg_id, str(uuid.uuid4()), Kind.EG.value, ej_id, position, st.name, st.nofinesset,
                                  st.siret or None, st.departement, st.categetab, domaine,
                                  json.dumps(data, ensure_ascii=False), _ORIGINS_JSON, stamp))
                new_fiches.append((eg_id, "eg", stamp))
                self.counts.eg_created += 1
                if self.collect:
                    changes.inserted.add(eg_id)
                continue
            values = (st.name, st.siret or None, st.departement, st.categetab, domaine, data, FINESS_ORIGINS)
            if tuple(getattr(known, c) for c in COMPARED) != values:
                updates.append((*values[:5], json.dumps(data, ensure_ascii=False), _ORIGINS_JSON, stamp, known.id))
                self.counts.eg_updated += 1
                if self.collect:
                    changes.updated.add(known.id)
        conn = s.connection()
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
