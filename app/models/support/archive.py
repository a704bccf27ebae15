"""The bundle's zip: its members, its manifest (a SHA-256 of every member), and the checks a zip passes before
anything of it is written to disk.

A bundle comes from a user's machine and may have been damaged, altered or made by someone else: `check` reads
only the zip's directory and the members' bytes (in memory, by chunks) and refuses, with one French sentence, a
member whose path would leave the destination folder, a link, an encrypted member, a member larger than any
bundle holds or compressed beyond any real file's ratio (a zip bomb: the declared sizes are checked before a byte
is inflated, and zipfile never inflates past them), a member the manifest does not list or whose checksum differs.
"""
from __future__ import annotations

import hashlib
import json
import re
import stat
import zipfile
from pathlib import PurePosixPath
from typing import Any

FORMAT = "ror-referent-support/1"
MANIFEST = "manifest.json"
WORKSPACE = "workspace.sqlite"
MAX_MEMBERS = 200
MAX_MEMBER_BYTES = 2 * 1024**3  # the 8,000-fiche group is about 32 MB
MAX_TOTAL_BYTES = 3 * 1024**3
MAX_MANIFEST_BYTES = 1024**2
MAX_RATIO = 1000  # deflate never exceeds about 1032:1; a real workspace compresses about 25:1
RATIO_FROM_BYTES = 1024**2  # tiny members may compress beyond the ratio without harm
CHUNK = 1024**2
# A member is a plain name, or one folder and a name (logs/...): letters, digits, '.', '_' and '-'.
SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}(/[A-Za-z0-9][A-Za-z0-9._-]{0,127})?")


class SupportError(Exception):
    """A bundle that cannot be made or opened: one French sentence for the user."""


def sha256_of(z: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    """The SHA-256 of a member's bytes, read by chunks (never past its declared size)."""
    digest = hashlib.sha256()
    try:
        with z.open(info) as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise SupportError(f"Le paquet est abîmé : « {info.filename} » ne peut pas être lu.") from exc
    return digest.hexdigest()


def _unsafe_path(name: str) -> bool:
    path = PurePosixPath(name)
    return ("\\" in name or name.startswith("/") or ":" in name or ".." in path.parts
            or any(ord(c) < 32 for c in name))


def _is_link(info: zipfile.ZipInfo) -> bool:
    mode = info.external_attr >> 16
    return info.create_system == 3 and stat.S_ISLNK(mode)


def _members(z: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The file members, after the checks that need only the zip's directory."""
    infos = z.infolist()
    if len(infos) > MAX_MEMBERS:
        raise SupportError(f"Le paquet contient {len(infos)} fichiers, bien plus qu'un paquet de support : "
                           "il est refusé.")
    seen: set[str] = set()
    files, total = [], 0
    for info in infos:
        name = info.filename
        if _unsafe_path(name):
            raise SupportError(f"Le paquet contient un chemin qui sortirait du dossier de destination "
                               f"(« {name} ») : il est refusé.")
        if _is_link(info):
            raise SupportError(f"Le paquet contient un lien symbolique (« {name} ») : il est refusé.")
        if info.flag_bits & 0x1:
            raise SupportError(f"Le paquet contient un fichier chiffré (« {name} ») : il est refusé.")
        if info.is_dir():
            continue
        if not SAFE_NAME.fullmatch(name):
            raise SupportError(f"Le paquet contient un nom de fichier inattendu (« {name} ») : il est refusé.")
        if name.lower() in seen:
            raise SupportError(f"Le paquet contient deux fois le fichier « {name} » : il est refusé.")
        seen.add(name.lower())
        total += info.file_size
        oversized = info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES
        inflated = info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1)
        if oversized or inflated:
            raise SupportError(f"Le paquet contient un fichier démesuré (« {name} », {info.file_size} octets une "
                               "fois décompressé) : il est refusé.")
        files.append(info)
    return files


def _manifest(z: zipfile.ZipFile, files: dict[str, zipfile.ZipInfo]) -> dict[str, Any]:
    info = files.get(MANIFEST)
    if info is None:
        raise SupportError("Le paquet n'a pas de manifeste : ce n'est pas un paquet de support ROR Référent.")
    if info.file_size > MAX_MANIFEST_BYTES:
        raise SupportError("Le manifeste du paquet est démesuré : il est refusé.")
    try:
        manifest = json.loads(z.read(info).decode("utf-8"))
    except (zipfile.BadZipFile, OSError, UnicodeDecodeError, ValueError) as exc:
        raise SupportError("Le manifeste du paquet est illisible : le paquet est abîmé ou modifié.") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT or not isinstance(
            manifest.get("files"), dict):
        raise SupportError("Le manifeste du paquet n'est pas celui d'un paquet de support ROR Référent.")
    return manifest


def check(z: zipfile.ZipFile) -> dict[str, Any]:
    """Every check above, then the manifest's checksums; returns the manifest."""
    files = {info.filename: info for info in _members(z)}
    manifest = _manifest(z, files)
    listed: dict[str, Any] = manifest["files"]
    for name in files:
        if name != MANIFEST and name not in listed:
            raise SupportError(f"Le paquet a été modifié : « {name} » n'est pas dans son manifeste.")
    for name, entry in listed.items():
        info = files.get(name)
        if info is None:
            raise SupportError(f"Le paquet est incomplet : « {name} », listé dans son manifeste, est absent.")
        expected = entry.get("sha256") if isinstance(entry, dict) else None
        if info.file_size != (entry.get("size") if isinstance(entry, dict) else None) or \
                sha256_of(z, info) != expected:
            raise SupportError(f"Le paquet a été modifié ou abîmé : « {name} » ne correspond pas à l'empreinte "
                               "de son manifeste.")
    if WORKSPACE not in listed:
        raise SupportError("Le paquet ne contient pas d'espace de travail.")
    return manifest


def open_zip(path: Any) -> zipfile.ZipFile:
    """The zip at `path`, or a French refusal when it is not one."""
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise SupportError(f"Paquet introuvable : {path}") from exc
    except IsADirectoryError as exc:
        raise SupportError(f"{path} est un dossier, pas un paquet de support.") from exc
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise SupportError(f"{path} n'est pas un paquet de support lisible (archive zip attendue).") from exc
