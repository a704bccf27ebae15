"""`ror-referent check --workspace FILE [--eg FINESS] [--json]`: what would block sending, before sending.

Every fiche is checked with the one validation the form and the store use (app/models/validation): required
items at every depth, formats, rules between fields, retired codes, and the ROR quality rules (which advise).
A send also needs every unit's fiche finalised, so drafts are reported too. Exit 0 only when nothing blocks;
1 when a fiche has a blocking problem or a unit is not finalised; 2 (one sentence) for a missing or unreadable
file or an unknown FINESS number. The workspace is only read.
"""
from __future__ import annotations

from typing import Any

from app.cli.common import UserError, open_workspace, print_json

STATUS = {"draft": "brouillon", "finalised": "finalisée"}
LEVEL = {"error": "bloquant", "warning": "conseil "}


def register(sub) -> None:
    p = sub.add_parser("check", help="vérifier les fiches avant l'envoi : ce qui bloque, ce qui est conseillé")
    p.add_argument("--workspace", required=True, help="fichier de l'espace de travail")
    p.add_argument("--eg", metavar="FINESS", help="seulement l'entité géographique de ce n° FINESS")
    p.add_argument("--json", action="store_true", help="un objet JSON")
    p.set_defaults(func=run)


def run(args) -> int:
    ws = open_workspace(args.workspace)
    try:
        report = build_report(ws, args.eg)
    finally:
        ws.close()
    if args.json:
        print_json(report)
    else:
        print_text(report)
    return 0 if report["ok"] else 1


def build_report(ws: Any, eg_finess: str | None = None) -> dict[str, Any]:
    """What `check` prints: the fiches with problems or not finalised, in tree order, and the counts."""
    from app.models import fiche_service
    from app.models.kinds import Kind
    from app.models.tree import Tree
    from app.models.validation import place

    tree = Tree(ws.tree.rows())
    under = None
    if eg_finess:
        wanted = "".join(eg_finess.split()).upper()
        under = next((i for i, r in tree.nodes.items() if r.kind == Kind.EG and r.finess == wanted), None)
        if under is None:
            raise UserError(f"Aucune entité géographique de n° FINESS {eg_finess} dans cet espace de travail.")
    checks = fiche_service.check_all(ws, under=under)
    order = {node_id: i for i, node_id in enumerate(tree.depth_first())}
    fiches = []
    for node_id in sorted(checks, key=lambda i: order.get(i, len(order))):
        check = checks[node_id]
        draft = check.kind not in (Kind.EG, Kind.EJ) and check.status != "finalised"
        if not check.problems and not draft:
            continue
        q = fiche_service.questionnaire(check.form_id)
        fiches.append({
            "id": node_id, "kind": check.kind, "name": check.name, "status": check.status,
            "path": tree.path_names(node_id) if node_id in tree else [check.name],
            "blocking": check.blocking, "to_finalise": draft,
            "problems": [{"code": p.code, "level": p.level, "key": p.key, "args": p.arguments,
                          "link_id": p.link_id, "repetitions": [[g, i + 1] for g, i in p.path],
                          "place": place(q, p), "message": p.french} for p in check.problems],
        })
    blocking = sum(1 for f in fiches if f["blocking"])
    drafts = sum(1 for f in fiches if f["to_finalise"] and not f["blocking"])
    warned = sum(1 for f in fiches if not f["blocking"] and any(p["level"] == "warning" for p in f["problems"]))
    return {"workspace": str(ws.path), "checked": len(checks), "ok": blocking == 0 and drafts == 0,
            "with_blocking_problems": blocking, "drafts_to_finalise": drafts, "with_warnings_only": warned,
            "fiches": fiches}


def print_text(report: dict[str, Any]) -> None:
    from app.models.kinds import KIND_LABELS, Kind

    blocking = [f for f in report["fiches"] if f["blocking"]]
    drafts = [f for f in report["fiches"] if f["to_finalise"] and not f["blocking"]]
    advised = [f for f in report["fiches"] if not f["blocking"] and not f["to_finalise"]]
    sections = (("Fiches avec des problèmes bloquants", blocking), ("Fiches à finaliser (brouillons)", drafts),
                ("Conseils des règles qualité du ROR (ne bloquent pas)", advised))
    for title, fiches in sections:
        if not fiches:
            continue
        print(f"== {title} : {len(fiches)}")
        for f in fiches:
            kind = KIND_LABELS.get(Kind(f["kind"]), f["kind"]) if f["kind"] in Kind.__members__ else f["kind"]
            print(f"{f['name']} ({kind.lower()}, {STATUS.get(f['status'], f['status'])})")
            print(f"  {' › '.join(f['path'])}")
            for p in sorted(f["problems"], key=lambda p: p["level"] != "error"):
                print(f"  {LEVEL.get(p['level'], p['level'])}  [{p['code']}] {p['place']} : {p['message']}")
        print()
    print(f"{report['checked']} fiche(s) vérifiée(s) : {report['with_blocking_problems']} avec des problèmes "
          f"bloquants, {report['drafts_to_finalise']} brouillon(s) à finaliser, {report['with_warnings_only']} "
          "avec des conseils seulement.")
    print("Rien ne bloque l'envoi." if report["ok"] else "L'envoi serait refusé : corrigez et finalisez ces fiches.")
