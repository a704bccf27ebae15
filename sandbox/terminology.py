"""Nomenclatures and forms: `ValueSet/$expand` from the app's nomenclature pack, shipped Questionnaires."""
from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from importlib import resources
from typing import Any

from .outcome import FhirError
from .store import Store, format_instant

DEFAULT_EXPAND_COUNT = 1000


def expand(url: str, text: str | None = None, count: int | None = None) -> dict[str, Any]:
    """The expanded ValueSet for `url` (canonical URL or name) from `NomenclaturePack.default()`."""
    if not url:
        raise FhirError(400, "Le paramètre url est obligatoire pour $expand.", "required")
    from app.models.nomenclatures import NomenclaturePack

    pack = NomenclaturePack.default()
    valueset = pack.get(url.split("|", 1)[0])
    if valueset is None:
        raise FhirError(404, f"Jeu de valeurs inconnu : {url}", "not-found")
    limit = count if count is not None else DEFAULT_EXPAND_COUNT
    concepts = valueset.search(text, limit=limit) if text else list(valueset.concepts)[:limit]
    return {
        "resourceType": "ValueSet", "url": valueset.url, "version": valueset.version, "name": valueset.name,
        "title": valueset.title, "status": "active",
        "expansion": {
            "timestamp": format_instant(datetime.now(UTC)),
            "total": len(concepts) if text else len(valueset.concepts),
            "parameter": [{"name": "version", "valueString": str(valueset.version)}],
            "contains": [{"system": c.system, "code": c.code, "display": c.display}
                         | ({"inactive": True} if getattr(c, "retired", False) else {}) for c in concepts],
        },
    }


def load_questionnaires(store: Store) -> int:
    """Store (or update) every app/resources/questionnaires/*.json; return how many versions were written."""
    try:
        folder = resources.files("app").joinpath("resources", "questionnaires")
        files = sorted((f for f in folder.iterdir() if f.name.endswith(".json")), key=lambda f: f.name)
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        return 0
    written = 0
    with store.transaction():
        for file in files:
            try:
                questionnaire = json.loads(file.read_text(encoding="utf-8"))
            except (ValueError, UnicodeDecodeError):
                print(f"Questionnaire ignoré (JSON illisible) : {file.name}", file=sys.stderr)
                continue
            if not isinstance(questionnaire, dict) or questionnaire.get("resourceType") != "Questionnaire":
                continue
            rid = str(questionnaire.get("id") or file.name[:-5])
            current = store.read("Questionnaire", rid)
            if current is None or _without_meta(current.content) != _without_meta({**questionnaire, "id": rid}):
                store.write("Questionnaire", rid, questionnaire)
                written += 1
    return written


def _without_meta(resource: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in resource.items() if k != "meta"}
