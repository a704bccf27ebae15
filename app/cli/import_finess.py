"""`ror-referent import-finess EXTRACT --workspace FILE`: create or update EJ and EG from FINESS."""
from __future__ import annotations

import sys
from pathlib import Path

from app.cli.common import UserError, creating_workspace, open_workspace


def register(sub) -> None:
    p = sub.add_parser("import-finess", help="importer l'extraction publique FINESS (EJ et EG)")
    p.add_argument("extract", help="fichier etalab-cs1100502-stock-*.csv (latin-1 ou UTF-8)")
    p.add_argument("--workspace", required=True, help="espace de travail (créé s'il n'existe pas)")
    p.add_argument("--departement", help="ne garder qu'un département (ex. 01, 2A, 9D)")
    p.add_argument("--categorie", help="ne garder qu'une catégorie d'établissement (ex. 500 pour EHPAD)")
    p.set_defaults(func=run)


def run(args) -> int:
    if not Path(args.extract).is_file():
        raise UserError(f"Fichier FINESS introuvable : {args.extract}")
    path = Path(args.workspace)
    if path.exists():  # one transaction: a failed import leaves the file as it was
        ws = open_workspace(path)
        try:
            report = _import(ws, args)
        finally:
            ws.close()
    else:  # a failed import leaves no empty workspace behind
        with creating_workspace(path) as ws:
            report = _import(ws, args)
    for err in report.rejected:
        print(f"ligne {err.line} : {err.reason}", file=sys.stderr)
    for warn in report.warnings:
        print(f"ligne {warn.line} (importée) : {warn.reason}", file=sys.stderr)
    if report.fallback_lines:
        first = ", ".join(str(n) for n in report.fallback_first)
        print(f"{report.fallback_lines} ligne(s) non UTF-8 lue(s) en Windows-1252 (latin-1) : ligne(s) {first}"
              + ("…" if report.fallback_lines > len(report.fallback_first) else ""), file=sys.stderr)
    print(f"EJ : {report.ej_created} créée(s), {report.ej_updated} mise(s) à jour")
    print(f"EG : {report.eg_created} créée(s), {report.eg_updated} mise(s) à jour")
    print(f"Lignes rejetées : {len(report.rejected)}")
    return 0


def _import(ws, args):
    from app.models.finess import FinessFileError
    from app.models.finess_import import import_finess

    try:
        return import_finess(ws, args.extract, departement=args.departement, categorie=args.categorie,
                             collect_changes=False)
    except FinessFileError as exc:
        raise UserError(f"Fichier FINESS illisible, rien n'a été importé : {exc}") from exc
