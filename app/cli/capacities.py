"""`ror-referent capacities`: lits et places from the command line.

    ror-referent capacities import FILE.csv --workspace W [--dry-run]
    ror-referent capacities show --workspace W [--eg FINESS] [--json]

`import` reads a bed-management export (columns in app/models/capacity_import.py: unite, nature, statut,
nombre, optional temporalite and genre), refuses it line by line with one sentence each and applies nothing
when one line is refused (exit 2); otherwise every figure is stored with the source "Bed management" and
queued for the next sync. `show` lists each unit's figures with their date, source and sync state.
"""
from __future__ import annotations

import sys
from datetime import UTC, datetime

from app.cli.common import UserError, open_workspace, print_json
from app.models import capacities as C
from app.models.refusals import Refusal


def register(sub) -> None:
    p = sub.add_parser("capacities", help="lits et places : importer un export de gestion des lits, afficher")
    actions = p.add_subparsers(dest="action", required=True)
    imp = actions.add_parser("import", help="importer un export CSV (unite;nature;statut;nombre[;temporalite])")
    imp.add_argument("file", metavar="FICHIER.csv")
    imp.add_argument("--workspace", required=True)
    imp.add_argument("--dry-run", action="store_true", help="vérifier sans rien enregistrer")
    imp.set_defaults(func=run)
    show = actions.add_parser("show", help="afficher les lits et places des unités")
    show.add_argument("--workspace", required=True)
    show.add_argument("--eg", metavar="FINESS", action="append", help="une EG (numéro FINESS géographique)")
    show.add_argument("--json", action="store_true", help="une liste JSON sur une ligne")
    show.set_defaults(func=run)


def run(args) -> int:
    return _import(args) if args.action == "import" else _show(args)


def _import(args) -> int:
    from app.models.capacity_import import read_csv

    ws = open_workspace(args.workspace)
    try:
        try:
            plan = ws.capacities.import_plan(read_csv(args.file))
        except Refusal as exc:
            raise UserError(str(exc)) from exc
        if plan.refused:
            for line, refusal in plan.refused:
                print(str(Refusal("capacity-import-line", line=line, reason=str(refusal))), file=sys.stderr)
            raise UserError(str(Refusal("capacity-import-refused", count=len({n for n, _ in plan.refused}))))
        if args.dry_run:
            print(f"{len(plan.accepted)} ligne(s) acceptée(s) pour {len(plan.units())} unité(s) : rien n'a été "
                  "enregistré (--dry-run).")
            return 0
        try:
            ws.capacities.apply_import(plan)
        except Refusal as exc:
            raise UserError(str(exc)) from exc
        print(f"{len(plan.accepted)} ligne(s) importée(s) pour {len(plan.units())} unité(s) (source « Bed "
              "management ») : elles partiront à la prochaine synchronisation.")
        return 0
    finally:
        ws.close()


def _eg_ids(ws, finess: list[str] | None) -> list[int] | None:
    if not finess:
        return None
    by_finess = {r.finess: r.id for r in ws.nodes.all() if r.kind == "EG" and r.finess}
    unknown = [f for f in finess if f not in by_finess]
    if unknown:
        raise UserError(f"Aucune EG de FINESS {', '.join(unknown)} dans cet espace de travail.")
    return [by_finess[f] for f in finess]


def _as_dict(row: C.CapacityRow, now: datetime) -> dict:
    old = C.age(row.updated_at, now)
    return {"node_id": row.node_id, "eg": row.eg_name, "unit": row.uo_name, "departement": row.departement,
            "champ": row.champ, "nature": row.nature, "gender": row.gender, "temporality": row.temporality,
            "counts": {s: row.counts.get(s) for s in C.STATUS_ORDER}, "updated_at": row.updated_at,
            "age_hours": round(old.total_seconds() / 3600, 1) if old is not None else None,
            "stale": C.is_stale(row, now), "source": row.source, "sync_state": row.sync_state, "error": row.error}


def _cell(value: int | None) -> str:
    return "-" if value is None else str(value)


def _show(args) -> int:
    ws = open_workspace(args.workspace)
    try:
        rows = ws.capacities.rows(_eg_ids(ws, args.eg))
    finally:
        ws.close()
    now = datetime.now(UTC)
    if args.json:
        print_json([_as_dict(r, now) for r in rows])
        return 0
    if not rows:
        print("Aucune unité organisationnelle.")
        return 0
    heads = [C.STATUSES[s] for s in C.STATUS_ORDER]
    print("\t".join(["EG", "Unité", "Nature", "Temporalité", *heads, "Mise à jour", "Source", "État"]))
    for r in rows:
        state = {C.SYNCED: "envoyé", C.PENDING: "à envoyer", C.REFUSED: f"refusé : {r.error}",
                 C.CONFLICT: "conflit"}.get(r.sync_state, r.sync_state)
        stale = " (ancien)" if C.is_stale(r, now) else ""
        print("\t".join([r.eg_name, r.uo_name, C.NATURES.get(r.nature, r.nature) + (f" ({r.gender})" if r.gender
                                                                                     else ""),
                         C.TEMPORALITIES.get(r.temporality, r.temporality),
                         *[_cell(r.counts.get(s)) for s in C.STATUS_ORDER],
                         (r.updated_at or "-") + stale, C.SOURCES.get(r.source or "", "-"), state]))
    return 0
