"""`ror-referent support-open` and `ror-sandbox serve --seed-bundle`: a bundle opens as a separate copy, an unsafe
or altered one is refused before anything is written, and a sandbox seeded from a bundle gives back the user's
conflict and refusal when the copy's outbox is replayed against it."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.models.store import Workspace
from app.models.support import archive
from app.models.support.archive import SupportError
from app.models.support.bundle import make_bundle
from app.models.support.opening import open_bundle
from tests.support_scenario import complete_uos, seeded_sandbox
from tests.sync_support import SandboxProcess

PW = "pw-support-open-81c4"


def rr(*args, password: str | None = PW) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "ROR_REFERENT_PASSWORD"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if password:
        env["ROR_REFERENT_PASSWORD"] = password
    exe = Path(sys.executable).parent / "ror-referent"
    return subprocess.run([str(exe), *map(str, args)], capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL, timeout=300)


def _refused(done: subprocess.CompletedProcess) -> str:
    assert done.returncode == 2, done.stdout + done.stderr
    err = done.stderr.strip()
    assert err.startswith("ror-referent: ") and "Traceback" not in err and "usage:" not in err
    assert len(err.splitlines()) == 1, err
    return err


@pytest.fixture
def bundle(ws, tmp_path) -> Path:
    path = tmp_path / "bundle.zip"
    make_bundle(ws.path, path, pseudonymise=True)
    return path


def _rezip(source: Path, target: Path, change: dict[str, bytes]) -> None:
    """A copy of a bundle with some members' bytes replaced or added (the manifest left as it was)."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            dst.writestr(name, change.get(name, src.read(name)))
        for name in set(change) - set(src.namelist()):
            dst.writestr(name, change[name])


def test_a_bundle_opens_as_a_separate_copy_cut_from_the_server(ws, bundle, tmp_path):
    ws.settings.set("server_url", "http://127.0.0.1:9/fhir")
    again = tmp_path / "again.zip"
    make_bundle(ws.path, again)
    out = tmp_path / "ouvert"
    done = rr("support-open", again, "--out", out)
    assert done.returncode == 0, done.stderr
    assert "Paquet vérifié" in done.stdout and str(out / "workspace.sqlite") in done.stdout
    assert "http://127.0.0.1:9/fhir" in done.stdout, "the agent reads the user's server"
    assert {p.name for p in out.iterdir()} >= {"workspace.sqlite", "manifest.json", "journal.json", "server.json",
                                               "versions.json", "summary.json"}
    with Workspace.open(out / "workspace.sqlite") as copy:
        assert copy.nodes.stats() == ws.nodes.stats()
        assert copy.settings.get("server_url") is None
        uo = next(r for r in copy.nodes.all() if r.kind == "UO")
        copy.nodes.rename(uo.id, "Unité Renommée Dans La Copie")
    assert ws.nodes.get(uo.id).name != "Unité Renommée Dans La Copie", "the user's workspace is untouched"
    assert _refused(rr("support-open", again, "--out", out)).endswith("n'est pas vide : choisissez un dossier "
                                                                      "nouveau.")


def test_a_tampered_bundle_is_refused_and_nothing_is_written(bundle, tmp_path):
    with zipfile.ZipFile(bundle) as z:
        data = bytearray(z.read("workspace.sqlite"))
    data[5000] ^= 0xFF
    tampered = tmp_path / "tampered.zip"
    _rezip(bundle, tampered, {"workspace.sqlite": bytes(data)})
    out = tmp_path / "dest" / "out"
    err = _refused(rr("support-open", tampered, "--out", out))
    assert "modifié" in err and "workspace.sqlite" in err
    assert not (tmp_path / "dest").exists()
    added = tmp_path / "added.zip"
    _rezip(bundle, added, {"extra.txt": b"x"})
    assert "n'est pas dans son manifeste" in _refused(rr("support-open", added, "--out", out))
    journal = tmp_path / "journal.zip"
    _rezip(bundle, journal, {"journal.json": b"[]"})
    assert "journal.json" in _refused(rr("support-open", journal, "--out", out))
    assert not (tmp_path / "dest").exists()


@pytest.mark.parametrize("name", ["../escaped.txt", "logs/../../escaped.txt", "/tmp/escaped.txt",
                                  "..\\escaped.txt", "C:/escaped.txt"])
def test_a_member_outside_the_folder_is_refused(name, tmp_path):
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr(name, "x")
        z.writestr("manifest.json", json.dumps({"format": archive.FORMAT, "files": {}}))
    out = tmp_path / "inside" / "out"
    err = _refused(rr("support-open", bad, "--out", out))
    assert "sortirait du dossier" in err
    assert not (tmp_path / "inside").exists() and not (tmp_path / "escaped.txt").exists()


def test_links_zip_bombs_and_what_is_no_zip_are_refused(bundle, tmp_path):
    link = tmp_path / "link.zip"
    with zipfile.ZipFile(link, "w") as z:
        info = zipfile.ZipInfo("logs/app.log")
        info.create_system = 3
        info.external_attr = (0o120777 << 16)
        z.writestr(info, "/etc/passwd")
    assert "lien symbolique" in _refused(rr("support-open", link, "--out", tmp_path / "o1"))
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("workspace.sqlite", bytes(60 * 1024 * 1024))
    assert "démesuré" in _refused(rr("support-open", bomb, "--out", tmp_path / "o2"))
    text = tmp_path / "notes.zip"
    text.write_text("pas un zip", encoding="utf-8")
    assert "n'est pas un paquet de support lisible" in _refused(rr("support-open", text, "--out", tmp_path / "o3"))
    assert "introuvable" in _refused(rr("support-open", tmp_path / "absent.zip", "--out", tmp_path / "o4"))
    assert not any((tmp_path / f"o{i}").exists() for i in range(1, 5))


def test_a_member_larger_than_any_bundle_is_refused_from_its_declared_size(bundle, tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "MAX_MEMBER_BYTES", 1000)  # the real limit is 2 GiB: the same check, smaller
    with pytest.raises(SupportError, match="démesuré"):
        open_bundle(bundle, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_sandbox_seeded_from_a_bundle_gives_back_the_users_conflict_and_refusal(tmp_path):
    user_server, complete = seeded_sandbox(tmp_path, PW)
    try:
        ws_path = tmp_path / "user.sqlite"
        done = rr("sync", "--workspace", ws_path, "--server", user_server.base_url, "--user", "demo")
        assert done.returncode == 0, done.stderr
        with Workspace.open(ws_path) as ws:
            edited = complete_uos(ws, complete)[0]
            incomplete = next(r for r in ws.nodes.all() if r.kind == "UO" and r.server_id
                              and r.server_id not in complete)
            user_server.admin("POST", f"/admin/edit/HealthcareService/{edited.server_id}",
                              {"set": {"name": "Nom changé sur le serveur"}})
            for node in (edited, incomplete):  # the user's local edits of two published fiches
                fiche = ws.fiches.get(node.id)
                ws.fiches.save(node.id, fiche.answers, resource={**(fiche.resource or {}), "comment": "ma saisie"},
                               in_dossier=False)
        done = rr("sync", "--workspace", ws_path, "--json")
        users = json.loads(done.stdout)
        assert users["conflicts"] == 1 and len(users["errors"]) == 1, done.stdout
        with Workspace.open(ws_path) as ws:
            theirs = ws.conflicts.of(edited.id)
            refusal = ws.outbox.failed()[0].last_error
            assert theirs is not None and refusal
        bundle = tmp_path / "support.zip"
        assert rr("support-bundle", "--workspace", ws_path, "--out", bundle).returncode == 0
    finally:
        user_server.stop()

    copy_dir = tmp_path / "copie"
    opened = rr("support-open", bundle, "--out", copy_dir, "--replay")
    assert opened.returncode == 0, opened.stderr
    assert "1 refusée(s), 1 en conflit" in opened.stdout
    copy = copy_dir / "workspace.sqlite"
    with Workspace.open(copy) as ws:
        assert ws.conflicts.nodes() == [] and len(ws.outbox.pending()) == 2
    replay_server = SandboxProcess(tmp_path / "srv2", PW, "--seed-bundle", str(bundle)).start()
    try:
        done = rr("sync", "--workspace", copy, "--server", replay_server.base_url, "--user", "demo", "--json")
        replayed = json.loads(done.stdout)
    finally:
        replay_server.stop()
    assert replayed["conflicts"] == 1 and replayed["pushed"] == 0, done.stdout
    assert replayed["errors"] == users["errors"], "the same refusal, with the server's same message"
    with Workspace.open(copy) as ws:
        again = ws.conflicts.of(edited.id)
        assert again is not None and again.server_version == theirs.server_version
        assert again.resource["name"] == theirs.resource["name"] == "Nom changé sur le serveur"
        assert ws.outbox.failed()[0].last_error == refusal


def test_the_sandbox_refuses_an_unsafe_bundle_before_serving(tmp_path):
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("../escaped.txt", "x")
    exe = SandboxProcess.command()
    done = subprocess.run([exe, "serve", "--data", str(tmp_path / "srv"), "--password", PW, "--port", "0",
                           "--seed-bundle", str(bad)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.startswith("Erreur : ") and "sortirait du dossier" in done.stderr
    assert "Traceback" not in done.stderr
