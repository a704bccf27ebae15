"""`ror-referent nomenclatures`: build the nomenclature pack from NOS sources, list it, search a value set."""
from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import UserError, print_json


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "nomenclatures", help="pack de nomenclatures (construire, lister, chercher)",
        description="Pack de nomenclatures NOS livré avec l'application.")
    sub = parser.add_subparsers(dest="nomenclatures_command", metavar="ACTION")
    sub.required = True

    build = sub.add_parser("build", help="construire un pack depuis des fichiers CSV NOS ou JSON FHIR",
                           description="Construit le pack (un fichier JSON par jeu de valeurs et "
                                       "index.json).")
    build.add_argument("sources", nargs="+", metavar="SOURCE", help="fichiers ou dossiers (CSV ou JSON)")
    build.add_argument("--out", required=True, metavar="DOSSIER", help="dossier du pack à écrire")
    build.add_argument("--json", action="store_true", help="sortie JSON")

    listing = sub.add_parser("list",
                             help="lister les jeux de valeurs du pack, avec version et nombre de codes")
    listing.add_argument("--dir", metavar="DOSSIER", help="pack à lire (par défaut : celui de l'application)")
    listing.add_argument("--json", action="store_true", help="sortie JSON")

    search = sub.add_parser("search", help="chercher un libellé dans un jeu de valeurs")
    search.add_argument("valueset", metavar="JEU",
                        help="URL, nom (JDV_J16-ActeSpecifique-ROR) ou identifiant (J16)")
    search.add_argument("text", metavar="TEXTE")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--dir", metavar="DOSSIER", help="pack à lire (par défaut : celui de l'application)")
    search.add_argument("--json", action="store_true", help="sortie JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from app.models.nomenclatures import NomenclatureError

    try:
        return {"build": _build, "list": _list, "search": _search}[args.nomenclatures_command](args)
    except NomenclatureError as exc:
        raise UserError(str(exc)) from exc


def _pack(args: argparse.Namespace):
    from app.models.nomenclatures import NomenclaturePack

    if args.dir:
        if not Path(args.dir).is_dir():
            raise UserError(f"Dossier introuvable : {args.dir}")
        return NomenclaturePack(args.dir)
    return NomenclaturePack.default()


def _build(args: argparse.Namespace) -> int:
    from app.models.nomenclature_build import build

    index = build(args.sources, args.out)
    if args.json:
        print_json({"out": str(args.out), "written": index})
        return 0
    for row in index:
        print(f"{row['file']}  {row['kind']}  {row['name']}  version {row['version']}  "
              f"{row['count']} éléments")
    print(f"{len(index)} fichiers et index.json écrits dans {args.out}")
    return 0


def _list(args: argparse.Namespace) -> int:
    rows = sorted(_pack(args).entries(), key=lambda r: (r["kind"], r["name"]))
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        print(f"{r['name']:<50} {r['kind']:<11} {r['version']:<15} {r['count']:>5}  {r['title']}")
    return 0


def _search(args: argparse.Namespace) -> int:
    pack = _pack(args)
    vs = pack.get(args.valueset)
    if vs is None:
        raise UserError(f"Jeu de valeurs inconnu : {args.valueset} "
                        "(voir « ror-referent nomenclatures list »)")
    found = vs.search(args.text, limit=max(1, args.limit))
    if args.json:
        print_json([c.as_coding() for c in found])
        return 0
    for c in found:
        print(f"{c.code}\t{c.display}")
    return 0
