"""SQLAlchemy 2 mappings of one workspace file: the tree, fiches, dossiers, outbox, caches, journal."""
from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import DDL, JSON, Boolean, ForeignKey, Index, Integer, String, Table, Text, event, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.models.clock import now_iso

# The conditions of the partial indexes on fiche (a query must repeat them word for word to use the index).
FICHE_WITH_LOCATION = "location IS NOT NULL AND location != 'null'"
FICHE_WITH_CAPACITIES = "instr(answers, '\"uo.capacites\"') > 0"


class Base(DeclarativeBase):
    # Each mapped class here has a plain Table (DeclarativeBase types it FromClause): `.insert()` type-checks.
    __table__: ClassVar[Table]


class Node(Base):
    """One node of the establishment tree (EJ, EG, P, PM, S, S2, UF, UO)."""

    __tablename__ = "node"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(2))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("node.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(Text, default="")
    finess: Mapped[str | None] = mapped_column(String(9), index=True)
    siren: Mapped[str | None] = mapped_column(String(9))
    siret: Mapped[str | None] = mapped_column(String(14))
    departement: Mapped[str | None] = mapped_column(String(3))
    categorie: Mapped[str | None] = mapped_column(String(8))
    domaine: Mapped[str | None] = mapped_column(String(16))
    champ: Mapped[str | None] = mapped_column(String(8))
    type_offre: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="draft")
    problems: Mapped[int] = mapped_column(Integer, default=0)
    conflict: Mapped[bool] = mapped_column(Boolean, default=False)
    finess_data: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    origins: Mapped[dict[str, str] | None] = mapped_column(JSON)
    prefilled: Mapped[dict[str, list[str]] | None] = mapped_column(JSON)
    server_id: Mapped[str | None] = mapped_column(String(64), index=True)
    server_version: Mapped[str | None] = mapped_column(String(32))
    dirty: Mapped[bool] = mapped_column(Boolean, default=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    favourite: Mapped[bool] = mapped_column(Boolean, default=False)
    comment: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[str] = mapped_column(String(32), default=now_iso)

    __table_args__ = (Index("ix_node_parent_position", "parent_id", "position"),)


class Fiche(Base):
    """The content of a node's fiche: answers by linkId, an autosaved draft, the extracted resource."""

    __tablename__ = "fiche"

    node_id: Mapped[int] = mapped_column(ForeignKey("node.id", ondelete="CASCADE"), primary_key=True)
    questionnaire: Mapped[str | None] = mapped_column(Text)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    draft: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    resource: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    location: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # a UO's Location (capacities), as last known
    updated_at: Mapped[str] = mapped_column(String(32), default=now_iso)

    # lits et places (migration 0006): the few fiches holding capacities, found without reading every answer
    __table_args__ = (Index("ix_fiche_with_location", "node_id", sqlite_where=text(FICHE_WITH_LOCATION)),
                      Index("ix_fiche_with_capacities", "node_id", sqlite_where=text(FICHE_WITH_CAPACITIES)))


class Dossier(Base):
    """A dossier collaboratif on one structure (EG or EJ) and where it stands in validation."""

    __tablename__ = "dossier"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    structure_id: Mapped[int] = mapped_column(ForeignKey("node.id"), index=True)
    state: Mapped[str] = mapped_column(String(24), default="open")
    submission_uid: Mapped[str | None] = mapped_column(String(36))
    bundle_id: Mapped[str | None] = mapped_column(String(64))
    task_id: Mapped[str | None] = mapped_column(String(64))
    task_status: Mapped[str | None] = mapped_column(String(24))
    comments: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    opened_at: Mapped[str] = mapped_column(String(32), default=now_iso)
    sent_at: Mapped[str | None] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32), default=now_iso)


class OutboxEntry(Base):
    """A local change waiting to be sent, written in the same transaction as the change."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[str] = mapped_column(String(32), default=now_iso)
    node_id: Mapped[int | None] = mapped_column(ForeignKey("node.id"), index=True)
    dossier_id: Mapped[int | None] = mapped_column(ForeignKey("dossier.id"))
    op: Mapped[str] = mapped_column(String(16))
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(12), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_reason: Mapped[str | None] = mapped_column(Text)  # last_error as a refusal (JSON key and args), if one


class ConflictCopy(Base):
    """The server's copy of a node in conflict ("theirs"), kept until the user chooses; the fiche holds "mine".

    `reason` is 'changed' (someone else changed it on the server) or 'deleted' (it is gone from the server while
    a local edit waits: `resource` is then NULL).
    """

    __tablename__ = "conflict"

    node_id: Mapped[int] = mapped_column(ForeignKey("node.id", ondelete="CASCADE"), primary_key=True)
    reason: Mapped[str] = mapped_column(String(12), default="changed")
    server_version: Mapped[str | None] = mapped_column(String(32))
    resource: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[str] = mapped_column(String(32), default=now_iso)


class Published(Base):
    """What the server last published of a node (the diff's base): its name, place and answers, and when.

    `structure_id` is the EG (or EJ) the node belonged to; the structure's own row also keeps the date of its
    last yearly confirmation without change (`confirmed_at`). `answers` is NULL while the fiche still holds what
    was published (most fiches, most of the time): the triggers below copy the published answers here just before
    the first change or deletion of the fiche, whatever writes it, so the file does not hold every fiche twice.
    """

    __tablename__ = "published"

    node_id: Mapped[int] = mapped_column(ForeignKey("node.id", ondelete="CASCADE"), primary_key=True)
    structure_id: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(2))
    name: Mapped[str] = mapped_column(Text, default="")
    parent_id: Mapped[int | None] = mapped_column(Integer)
    answers: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    published_at: Mapped[str] = mapped_column(String(32), default=now_iso)
    confirmed_at: Mapped[str | None] = mapped_column(String(32))


# Copy-on-write of the published answers (see Published). Frozen in migration 0007 too: keep both the same.
PUBLISHED_TRIGGERS = (
    """CREATE TRIGGER published_keep_on_update BEFORE UPDATE OF answers ON fiche
    WHEN NEW.answers IS NOT OLD.answers
     AND EXISTS (SELECT 1 FROM published WHERE node_id = OLD.node_id AND answers IS NULL)
    BEGIN UPDATE published SET answers = OLD.answers WHERE node_id = OLD.node_id; END""",
    """CREATE TRIGGER published_keep_on_delete BEFORE DELETE ON fiche
    WHEN EXISTS (SELECT 1 FROM published WHERE node_id = OLD.node_id AND answers IS NULL)
    BEGIN UPDATE published SET answers = OLD.answers WHERE node_id = OLD.node_id; END""",
)
PUBLISHED_TRIGGER_NAMES = ("published_keep_on_update", "published_keep_on_delete")
for _trigger in PUBLISHED_TRIGGERS:
    event.listen(Base.metadata, "after_create", DDL(_trigger))


class Capacity(Base):
    """A unit's latest capacity figures for one nature, gender and temporality (lits et places).

    `counts` is `{status code (J188): int | None}`; `sync_state` says whether the server has them ('synced',
    'pending', 'refused' with `error`, 'conflict'); `base_version` is the Location version they were based on.
    """

    __tablename__ = "capacity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    node_id: Mapped[int] = mapped_column(ForeignKey("node.id", ondelete="CASCADE"), index=True)
    nature: Mapped[str] = mapped_column(String(4))
    gender: Mapped[str] = mapped_column(String(8), default="")
    temporality: Mapped[str] = mapped_column(String(4), default="01")
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    source: Mapped[str | None] = mapped_column(String(4))
    updated_at: Mapped[str | None] = mapped_column(String(32))
    sync_state: Mapped[str] = mapped_column(String(12), default="pending")
    error: Mapped[str | None] = mapped_column(Text)
    error_reason: Mapped[str | None] = mapped_column(Text)  # `error` as a refusal (key and args, JSON)
    base_version: Mapped[str | None] = mapped_column(String(32))

    __table_args__ = (Index("ux_capacity_key", "node_id", "nature", "gender", "temporality", unique=True),)


class CapacityHistory(Base):
    """Every figure entered, kept locally (the server only gets the latest): the 30-day chart reads it."""

    __tablename__ = "capacity_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    node_id: Mapped[int] = mapped_column(ForeignKey("node.id", ondelete="CASCADE"))
    nature: Mapped[str] = mapped_column(String(4))
    gender: Mapped[str] = mapped_column(String(8), default="")
    temporality: Mapped[str] = mapped_column(String(4), default="01")
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    source: Mapped[str | None] = mapped_column(String(4))
    at: Mapped[str] = mapped_column(String(32), default=now_iso)

    __table_args__ = (Index("ix_capacity_history_node_at", "node_id", "at"),
                      Index("ix_capacity_history_at", "at"))


class ValueSetCache(Base):
    """A value set fetched from the server, kept with its version date."""

    __tablename__ = "valueset_cache"

    url: Mapped[str] = mapped_column(Text, primary_key=True)
    version: Mapped[str | None] = mapped_column(String(32))
    fetched_at: Mapped[str] = mapped_column(String(32), default=now_iso)
    content: Mapped[dict[str, Any]] = mapped_column(JSON)


class JournalEntry(Base):
    """What happened (imports, sync exchanges); never a secret."""

    __tablename__ = "journal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(32), default=now_iso)
    kind: Mapped[str] = mapped_column(String(24))
    message: Mapped[str] = mapped_column(Text)
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class Setting(Base):
    """Workspace settings (server URL, user name, last sync); never a secret."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)
