"""Opening a support bundle: check it whole, extract it into one folder, open its workspace as a separate copy.

    opened = open_bundle(zip_path, folder, replay=False)

Nothing is written before the zip passed every check (archive.check); then only inside `folder`, which must be
new or empty (a failure removes what was written). The copy is cut from the user's server: its server address is
removed (server.json keeps it), so that a sync of the copy goes only where the agent points it (`--server`).
With `replay`, the changes the server refused or that a conflict parked go back to the outbox, and the conflicts'
server copies are dropped: a sync against `ror-sandbox serve --seed-bundle` meets again what the user met.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.models.store import Workspace, WorkspaceError
from app.models.store.support import Replay, reopen_for_replay, rewrite_settings
from app.models.support import archive
from app.models.support.archive import SupportError

CUT_SETTINGS = ("server_url",)


@dataclass
class OpenedBundle:
    folder: Path
    workspace: Path
    manifest: dict[str, Any]
    server: dict[str, Any] = field(default_factory=dict)
    outbox: dict[str, int] = field(default_factory=dict)
    conflicts: int = 0
    replay: Replay | None = None


def _extract(z: zipfile.ZipFile, manifest: dict[str, Any], folder: Path, written: list[Path]) -> None:
    root = folder.resolve()
    for name, entry in manifest["files"].items():
        target = (folder / name).resolve()
        if root not in target.parents:  # archive.check refused such names already: a second lock
            raise SupportError(f"Le paquet contient un chemin qui sortirait du dossier de destination (« {name} »).")
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        written.append(target)
        with z.open(name) as src, target.open("xb") as dst:
            while chunk := src.read(archive.CHUNK):
                digest.update(chunk)
                dst.write(chunk)
        if digest.hexdigest() != entry["sha256"]:
            raise SupportError(f"Le paquet a changé pendant son ouverture (« {name} ») : recommencez.")
    target = folder / archive.MANIFEST
    written.append(target)
    with target.open("xb") as dst:
        dst.write(json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8"))


def _open_copy(path: Path, replay: bool, opened: OpenedBundle) -> None:
    try:
        ws = Workspace.open(path)
    except WorkspaceError as exc:
        raise SupportError(f"L'espace de travail du paquet ne s'ouvre pas : {exc}") from exc
    with ws:
        rewrite_settings(ws, lambda key, value: None if key in CUT_SETTINGS else value)
        if replay:
            opened.replay = reopen_for_replay(ws)
        opened.outbox = dict(Counter(e.state for e in ws.outbox.entries()))
        opened.conflicts = len(ws.conflicts.nodes())


def open_bundle(bundle: str | Path, folder: str | Path, *, replay: bool = False) -> OpenedBundle:
    """Check `bundle`, extract it into `folder` and open its workspace copy (see the module docstring)."""
    bundle, folder = Path(bundle), Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise SupportError(f"Le dossier {folder} existe déjà et n'est pas vide : choisissez un dossier nouveau.")
    if not bundle.is_file():
        raise SupportError(f"Paquet introuvable : {bundle}")
    with archive.open_zip(bundle) as z:
        manifest = archive.check(z)
        created = not folder.exists()
        written: list[Path] = []
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _extract(z, manifest, folder, written)
            opened = OpenedBundle(folder=folder, workspace=folder / archive.WORKSPACE, manifest=manifest)
            _open_copy(opened.workspace, replay, opened)
        except BaseException:
            if created:
                shutil.rmtree(folder, ignore_errors=True)
            else:
                for path in written:
                    for companion in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
                        companion.unlink(missing_ok=True)
            raise
    server = folder / "server.json"
    if server.is_file():
        try:
            opened.server = json.loads(server.read_text(encoding="utf-8"))
        except ValueError:
            opened.server = {}
    return opened
