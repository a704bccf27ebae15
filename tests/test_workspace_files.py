"""Files that are not ours are refused in the user's language and left exactly as they were; a workspace whose
creation fails (unreadable extract, interruption, unreachable server) leaves no file behind."""
from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.models.refusals import MESSAGES
from app.models.store import Workspace, WorkspaceError

COMPANIONS = ("-wal", "-shm", "-journal")
ENGLISH = ("sqlalchemy", "sqlite", "database", "malformed", "disk image", "error", "file is not")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _companions(path: Path) -> list[str]:
    return [path.name + s for s in COMPANIONS if path.with_name(path.name + s).exists()]


def _refused(path: Path) -> WorkspaceError:
    """Open `path`, expecting a refusal that changes nothing and creates no SQLite companion file."""
    before = _sha(path) if path.is_file() else None
    with pytest.raises(WorkspaceError) as info:
        Workspace.open(path)
    if before is not None:
        assert _sha(path) == before, "the refused file was changed"
    assert _companions(path) == []
    message = str(info.value).replace(str(path), "")
    assert not [w for w in ENGLISH if w in message.lower()], message
    return info.value


def _foreign_db(path: Path, journal_mode: str) -> Path:
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA journal_mode={journal_mode}")
    con.execute("CREATE TABLE foo (id INTEGER PRIMARY KEY, label TEXT)")
    con.executemany("INSERT INTO foo (label) VALUES (?)", [(f"row {i}",) for i in range(500)])
    con.commit()
    con.close()
    assert _companions(path) == []
    return path


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_another_programs_database_is_refused_untouched(tmp_path, journal_mode):
    path = _foreign_db(tmp_path / "other.sqlite", journal_mode)
    assert _refused(path).key == "workspace-foreign"
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM foo").fetchone()[0] == 500
    con.close()


def _damage_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    start = (len(data) // page // 2) * page
    data[start:start + 2 * page] = random.Random(7).randbytes(2 * page)
    path.write_bytes(bytes(data))


def _truncate_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _truncate_first_page(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:2000])


@pytest.mark.parametrize("damage", [_damage_middle, _truncate_half, _truncate_first_page])
def test_a_damaged_workspace_is_refused_untouched(demo_path, tmp_path, damage):
    path = tmp_path / "damaged.sqlite"
    path.write_bytes(demo_path.read_bytes())
    assert path.stat().st_size > 100_000
    damage(path)
    assert _refused(path).key == "workspace-damaged"


@pytest.mark.parametrize("content", [random.Random(3).randbytes(20_000), b"finess;etalab;1;2026-05-12\n",
                                     b"SQLite format 3"])
def test_a_file_that_is_not_sqlite_is_foreign(tmp_path, content):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    assert _refused(path).key == "workspace-foreign"


def test_a_folder_is_refused(tmp_path):
    folder = tmp_path / "folder.sqlite"
    folder.mkdir()
    assert _refused(folder).key == "workspace-is-folder"
    assert list(folder.iterdir()) == []


def test_a_workspace_open_elsewhere_still_opens(tmp_path):
    """Its newest pages are only in the -wal file: the check reads them too, and does not call it foreign."""
    path = tmp_path / "open.sqlite"
    first = Workspace.open(path, create=True)
    try:
        first.settings.set("marker", "1")
        assert path.with_name("open.sqlite-wal").exists()
        with Workspace.open(path) as second:
            assert second.settings.get("marker") == "1"
    finally:
        first.close()


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=300)


def test_the_command_line_says_it_in_french_and_changes_nothing(demo_path, tmp_path):
    foreign = _foreign_db(tmp_path / "other.sqlite", "wal")
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(demo_path.read_bytes())
    _damage_middle(damaged)
    folder = tmp_path / "folder"
    folder.mkdir()
    for path, key in [(foreign, "workspace-foreign"), (damaged, "workspace-damaged"),
                      (folder, "workspace-is-folder")]:
        before = _sha(path) if path.is_file() else None
        done = _cli("stats", "--workspace", path)
        assert done.returncode != 0
        assert done.stderr == f"ror-referent: {MESSAGES[key].format(path=path)}\n"
        assert "Traceback" not in done.stderr and done.stdout == ""
        if before is not None:
            assert _sha(path) == before
        assert _companions(path) == []


# ---------------------------------------------------------------------- creations that fail


@pytest.fixture
def sample(reference):
    return reference / "finess" / "etalab-cs1100502-stock-20260512-sample.csv"


def _leftovers(folder: Path, name: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(name))


def _interrupt_after(monkeypatch, owner, attribute: str, calls: int) -> None:
    """Ctrl-C on the `calls`-th call of owner.attribute, once some work is done (the user gives up)."""
    real = getattr(owner, attribute)
    seen = []

    def interrupted(*args, **kwargs):
        seen.append(1)
        if len(seen) >= calls:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, attribute, interrupted)


def _dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_import_finess_with_an_unreadable_extract_creates_nothing(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x00\xff\xfe binary" * 50)
    done = _cli("import-finess", bad, "--workspace", tmp_path / "new.sqlite")
    assert done.returncode == 2 and "illisible" in done.stderr and "Traceback" not in done.stderr
    assert _leftovers(tmp_path, "new.sqlite") == []


def test_import_finess_interrupted_half_way_creates_nothing(sample, tmp_path, monkeypatch, capsys):
    from app.models.nomenclatures import NomenclaturePack

    _interrupt_after(monkeypatch, NomenclaturePack, "domaine_of_categorie", 3)
    assert main(["import-finess", str(sample), "--workspace", str(tmp_path / "new.sqlite")]) == 130
    assert "interrompu" in capsys.readouterr().err
    assert _leftovers(tmp_path, "new.sqlite") == []


def test_a_failed_import_into_an_existing_workspace_changes_nothing(sample, tmp_path, monkeypatch):
    from app.models.nomenclatures import NomenclaturePack

    path = tmp_path / "ws.sqlite"
    assert main(["import-finess", str(sample), "--workspace", str(path)]) == 0
    before = _dump(path)
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x00\xff\xfe binary" * 50)
    done = _cli("import-finess", bad, "--workspace", path)
    assert done.returncode == 2 and "rien n'a été importé" in done.stderr
    assert _dump(path) == before
    updated = tmp_path / "updated.csv"  # every EG renamed: the import would update them all
    renamed = sample.read_text(encoding="utf-8").replace("CENTRE HOSPITALIER", "CH")
    updated.write_text(renamed, encoding="utf-8")
    _interrupt_after(monkeypatch, NomenclaturePack, "domaine_of_categorie", 3)
    assert main(["import-finess", str(updated), "--workspace", str(path)]) == 130
    assert _dump(path) == before


def test_a_demo_interrupted_half_way_creates_nothing(tmp_path, monkeypatch):
    from app.models.store.nodes import Nodes

    _interrupt_after(monkeypatch, Nodes, "set_favourite", 2)
    assert main(["demo", "--out", str(tmp_path / "demo.sqlite")]) == 130
    assert _leftovers(tmp_path, "demo.sqlite") == []


def test_a_first_sync_that_cannot_reach_the_server_creates_nothing(tmp_path):
    env = {**os.environ, "ROR_REFERENT_PASSWORD": "pw"}
    done = subprocess.run([sys.executable, "-m", "app", "sync", "--workspace", str(tmp_path / "new.sqlite"),
                           "--server", "http://127.0.0.1:9/fhir", "--user", "demo"], capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, timeout=300, env=env)
    assert done.returncode == 1 and "injoignable" in done.stderr and "Traceback" not in done.stderr
    assert _leftovers(tmp_path, "new.sqlite") == []


def test_the_window_refuses_a_damaged_workspace_before_showing_it(qtbot, demo_path, tmp_path):
    """The window checks the pages beside its first read of the tree: the refusal comes, no tree, no change."""
    from app.views.controller import Controller

    path = tmp_path / "damaged.sqlite"
    path.write_bytes(demo_path.read_bytes())
    _damage_middle(path)
    before = _sha(path)
    controller = Controller()
    refusals: list[str] = []
    controller.refused.connect(refusals.append)
    loaded: list[str] = []
    controller.loaded.connect(loaded.append)
    controller.open(path)
    qtbot.waitUntil(lambda: bool(refusals), timeout=10_000)
    controller.close()
    assert refusals == [MESSAGES["workspace-damaged"].format(path=path)]
    assert not loaded and controller.workspace is None
    assert _sha(path) == before
