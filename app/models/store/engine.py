"""Opening a workspace file: is it ours, SQLite pragmas, and Alembic creation, upgrade (after a backup)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError

from app.models.refusals import Refusal
from app.models.store.schema import Base

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest migration script; a file already at it opens without loading Alembic (start-up time and memory).
# tests/test_migrations.py checks it against the scripts.
HEAD_REVISION = "0008"


class WorkspaceError(Refusal):
    """The workspace file cannot be used; nothing in it was changed."""


def _alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The head of the migration scripts, as Alembic reads them."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no migration script in {MIGRATIONS}")
    return head


def _on_connect(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that writes nothing. Without a -wal file everything is in the main file: `immutable` reads
    it without creating -shm or -wal. With one (a workspace left open or crashed), `mode=ro` reads the WAL too."""
    wal = path.with_name(path.name + "-wal").exists()
    return sqlite3.connect(f"{path.resolve().as_uri()}?{'mode=ro' if wal else 'immutable=1'}", uri=True)


MMAP_CHECK_BYTES = 32 << 20  # the page check maps the first 32 MiB (an 8,000-fiche group): mapped pages count
# in the resident memory a user sees, so a region's 300 MB are read, not mapped (its check does not hold its tree back)


def verify_integrity(path: Path) -> None:
    """Refuse a damaged workspace (`PRAGMA quick_check` reads every page: about 25 ms for the 8,000-fiche group,
    memory-mapped; four times that through read calls), read-only, so that it is refused when it is opened, not
    in the middle of the user's work."""
    try:
        con = _read_only(path)
        try:
            con.execute(f"PRAGMA mmap_size={MMAP_CHECK_BYTES}")
            if con.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
                raise WorkspaceError("workspace-damaged", path=str(path))
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError("workspace-damaged", path=str(path)) from exc


def _check_sqlite_file(path: Path, verify: bool = True) -> None:
    """Refuse a folder, a file that is not SQLite, another program's database or (with `verify`) a damaged one,
    read-only: nothing is written to a file before it is known to be ours (no WAL switch, no journal, no -shm).
    Without `verify` the caller runs `verify_integrity` itself (the window, beside its first read of the tree).
    """
    if path.is_dir():
        raise WorkspaceError("workspace-is-folder", path=str(path))
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise WorkspaceError("workspace-foreign", path=str(path))
    try:
        con = _read_only(path)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if tables and not ({"alembic_version", "node"} <= tables):
                raise WorkspaceError("workspace-foreign", path=str(path))
            if tables:
                revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
                verify = verify or revision is None or revision[0] != HEAD_REVISION  # an upgrade writes
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError("workspace-damaged", path=str(path)) from exc
    if verify and tables:
        verify_integrity(path)


def remove_files(path: Path) -> None:
    """Delete a workspace file and its SQLite companions (a creation that failed leaves nothing behind)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        target = path.with_name(path.name + suffix)
        if target.exists():
            target.unlink()


def backup_file(path: Path, suffix: str) -> Path:
    """Copy a live SQLite file consistently (online backup API) next to it."""
    target = path.with_name(f"{path.name}.bak-{suffix}")
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(target))
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return target


def open_engine(path: str | Path, create: bool = False, verify: bool = True) -> Engine:
    """Return an engine on a workspace at the current schema, creating or upgrading it as needed."""
    path = Path(path)
    existed = path.exists()
    if not existed and not create:
        raise WorkspaceError("workspace-not-found", path=str(path))
    _check_sqlite_file(path, verify)
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    try:
        _prepare_schema(engine, path)
    except BaseException as exc:
        engine.dispose()
        if not existed:
            remove_files(path)
        if isinstance(exc, WorkspaceError):
            raise
        if isinstance(exc, OperationalError | sqlite3.OperationalError):
            raise WorkspaceError("workspace-readonly", path=str(path)) from exc
        if isinstance(exc, DatabaseError | sqlite3.DatabaseError):
            raise WorkspaceError("workspace-damaged", path=str(path)) from exc
        raise
    return engine


def _current_revision(engine: Engine) -> tuple[str | None, set[str]]:
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if "alembic_version" not in tables:
            return None, tables
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar(), tables


def _prepare_schema(engine: Engine, path: Path) -> None:
    current, tables = _current_revision(engine)
    if current == HEAD_REVISION:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = _alembic_config()
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    if head is None:
        raise RuntimeError(f"no migration script in {MIGRATIONS}")
    if current is None:
        if tables - {"alembic_version"}:
            raise WorkspaceError("workspace-foreign", path=str(path))
        with engine.begin() as conn:
            Base.metadata.create_all(conn)
            cfg.attributes["connection"] = conn
            command.stamp(cfg, head)
        return
    if current == head:
        return
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise WorkspaceError("workspace-newer", name=path.name, revision=current)
    backup_file(path, current)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, head)
