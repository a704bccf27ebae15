"""Schema upgrades: a first-schema file is backed up then upgraded, a newer one refused, new files at head."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.models.store import Workspace, WorkspaceError
from app.models.store.engine import head_revision

FIRST = Path(__file__).parent / "data" / "workspace-schema-0001.sqlite"


def _columns(path: Path) -> dict[str, list[str]]:
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                            "AND name != 'alembic_version'")]
        return {t: sorted(r[1] for r in con.execute(f"PRAGMA table_info({t})")) for t in sorted(tables)}
    finally:
        con.close()


def _revision(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def test_head_constant_matches_the_scripts():
    from app.models.store.engine import HEAD_REVISION

    assert HEAD_REVISION == head_revision()


def test_new_file_is_created_at_head(tmp_path):
    ws = Workspace.open(tmp_path / "new.sqlite", create=True)
    ws.close()
    assert _revision(tmp_path / "new.sqlite") == head_revision()


def test_first_schema_is_backed_up_then_upgraded(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(FIRST, path)
    assert _revision(path) == "0001"
    ws = Workspace.open(path)
    try:
        rows = {r.name: r for r in ws.nodes.all()}
        assert "EHPAD Les Tilleuls" in rows
        uo = rows["Unité Hébergement Permanent"]
        assert ws.fiches.get(uo.id).answers == {"uo.nom": [{"valueString": "Unité Hébergement Permanent"}]}
        assert ws.outbox.count() == 1
        assert uo.comment is None  # column added by 0002
        assert ws.fiches.get(uo.id).location is None  # column added by 0003
        ws.nodes.rename(uo.id, "Unité Hébergement Permanent Pour Personnes Âgées")
    finally:
        ws.close()
    assert _revision(path) == head_revision()
    backup = tmp_path / "old.sqlite.bak-0001"
    assert backup.exists() and _revision(backup) == "0001"
    # the upgraded file has exactly the schema a new file gets
    fresh = tmp_path / "fresh.sqlite"
    Workspace.open(fresh, create=True).close()
    assert _columns(path) == _columns(fresh)


def test_file_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "newer.sqlite"
    Workspace.open(path, create=True).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(WorkspaceError, match="version plus récente"):
        Workspace.open(path)


def test_not_a_workspace_is_refused(tmp_path):
    path = tmp_path / "text.sqlite"
    path.write_text("finess;etalab;1;2026-05-12\n")
    with pytest.raises(WorkspaceError, match="n'est pas un espace de travail"):
        Workspace.open(path)
    assert path.read_text() == "finess;etalab;1;2026-05-12\n"


def test_an_upgrade_takes_what_the_server_published_as_the_published_base(tmp_path):
    """0005: nodes in the server's version (a server id, no local change) are the diff's base and date the
    yearly update; a unit changed here is not."""
    from datetime import date

    from app.models.yearly import is_due

    path = tmp_path / "old.sqlite"
    shutil.copy(FIRST, path)
    con = sqlite3.connect(path)
    con.execute("UPDATE node SET server_id = 'srv-' || id, dirty = (kind = 'UO')")
    con.commit()
    con.close()
    with Workspace.open(path) as ws:
        rows = {r.name: r for r in ws.nodes.all()}
        eg = rows["EHPAD Les Tilleuls"]
        dates = ws.published.dates()
        assert dates[eg.id] and dates[eg.id].startswith("2026-01-15")
        assert not is_due(dates[eg.id], date(2026, 12, 1)) and is_due(dates[eg.id], date(2027, 2, 1))
        assert ws.published.get(eg.id) is not None and ws.published.get(rows["Association Les Tilleuls"].id)
        assert ws.published.get(rows["Unité Hébergement Permanent"].id) is None  # changed here: not the base
