"""Opening a workspace file: SQLite pragmas, and Alembic schema creation, upgrade (after a backup) or refusal."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text

from app.models.schema import Base

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest migration script; a file already at it opens without loading Alembic (start-up time and memory).
# tests/test_migrations.py checks it against the scripts.
HEAD_REVISION = "0003"


class WorkspaceError(Exception):
    """The workspace file cannot be used; the message is in French and says why."""


def _alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The head of the migration scripts, as Alembic reads them."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def _on_connect(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def _check_sqlite_file(path: Path) -> None:
    if path.is_dir():
        raise WorkspaceError(f"{path} est un dossier, pas un espace de travail.")
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                raise WorkspaceError(f"{path} n'est pas un espace de travail ROR Référent (fichier illisible).")


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


def open_engine(path: str | Path, create: bool = False) -> Engine:
    """Return an engine on a workspace at the current schema, creating or upgrading it as needed."""
    path = Path(path)
    if not path.exists() and not create:
        raise WorkspaceError(f"Espace de travail introuvable : {path}")
    _check_sqlite_file(path)
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    try:
        _prepare_schema(engine, path)
    except WorkspaceError:
        engine.dispose()
        raise
    except Exception as exc:  # sqlite3.DatabaseError for a damaged file, etc.
        engine.dispose()
        raise WorkspaceError(f"Impossible d'ouvrir l'espace de travail {path} : {exc}") from exc
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
    if current is None:
        if tables - {"alembic_version"}:
            raise WorkspaceError(f"{path} n'est pas un espace de travail ROR Référent (tables inconnues).")
        with engine.begin() as conn:
            Base.metadata.create_all(conn)
            cfg.attributes["connection"] = conn
            command.stamp(cfg, head)
        return
    if current == head:
        return
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise WorkspaceError(
            f"L'espace de travail {path.name} a été créé par une version plus récente de ROR Référent "
            f"(schéma {current}). Mettez l'application à jour pour l'ouvrir."
        )
    backup_file(path, current)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, head)
