"""`ror-referent diff --workspace FILE --eg FINESS [--json]`: what a structure's dossier changes against its last
published version, unit by unit and field by field (app/models/diff.py), in words and nomenclature labels.

Exit 0 (nothing changed or something did: this is a report); 2 (one sentence) for a missing or unreadable file
or an unknown FINESS number. The workspace is only read.
"""
from __future__ import annotations

from typing import Any

from app.cli.common import UserError, open_workspace, print_json

CHANGE_WORDS = {"created": "créée", "renamed": "renommée", "moved": "déplacée", "deleted": "supprimée",
                "edited": "modifiée"}
COUNT_WORDS = {"created": "créée(s)", "renamed": "renommée(s)", "moved": "déplacée(s)", "deleted": "supprimée(s)",
               "edited": "fiche(s) modifiée(s)"}
NOTHING = "—"


def register(sub) -> None:
    p = sub.add_parser("diff", help="ce que le dossier d'un établissement change par rapport à la version publiée")
    p.add_argument("--workspace", required=True, help="fichier de l'espace de travail")
    p.add_argument("--eg", metavar="FINESS", required=True, help="n° FINESS de l'établissement (EG) ou de l'EJ")
    p.add_argument("--json", action="store_true", help="un objet JSON (textes en français et en anglais)")
    p.set_defaults(func=run)


def run(args) -> int:
    ws = open_workspace(args.workspace)
    try:
        wanted = "".join(str(args.eg).split()).upper()
        structure = ws.published.structure_by_finess(wanted)
        if structure is None:
            raise UserError(f"Aucun établissement de n° FINESS {args.eg} dans cet espace de travail.")
        diff = ws.published.diff(structure)
    finally:
        ws.close()
    if args.json:
        print_json(diff.as_json())
    else:
        print_text(diff.as_json())
    return 0


def print_text(report: dict[str, Any]) -> None:
    when = (report["published_at"] or "")[:10] or "jamais"
    print(f"{report['structure']} — changements par rapport à la version publiée (dernière publication : {when})")
    if not report["units"]:
        print("Aucun changement.")
        return
    print(", ".join(f"{n} {COUNT_WORDS[k]}" for k, n in report["counts"].items() if n))
    for unit in report["units"]:
        changes = ", ".join(CHANGE_WORDS[c] for c in unit["changes"])
        print(f"\n« {unit['name']} » ({unit['kind']}) : {changes}")
        if unit["old_name"]:
            print(f"  ancien nom : « {unit['old_name']} »")
        if "moved" in unit["changes"]:
            print(f"  déplacée de « {unit['old_parent'] or NOTHING} » vers « {unit['new_parent'] or NOTHING} »")
        for f in unit["fields"]:
            before = ", ".join(v["fr"] for v in f["before"]) or NOTHING
            after = ", ".join(v["fr"] for v in f["after"]) or NOTHING
            print(f"  {f['label']['fr']} : {before} → {after}")
