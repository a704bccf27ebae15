"""`ror-referent stats --workspace FILE [--json]`: nodes per kind and fiches per status."""
from __future__ import annotations

from app.cli.common import open_workspace, print_json


def register(sub) -> None:
    p = sub.add_parser("stats", help="compter les unités et les fiches d'un espace de travail")
    p.add_argument("--workspace", required=True)
    p.add_argument("--json", action="store_true", help="un objet JSON sur une ligne")
    p.set_defaults(func=run)


def run(args) -> int:
    ws = open_workspace(args.workspace)
    try:
        stats = ws.nodes.stats()
    finally:
        ws.close()
    if args.json:
        print_json(stats)
    else:
        for kind, n in stats["nodes"].items():
            print(f"{kind:3} {n}")
        f = stats["fiches"]
        print(f"fiches : {f['finalised']} finalisée(s), {f['draft']} brouillon(s), "
              f"{f['with_problems']} avec problème(s)")
        print(f"modifications en attente d'envoi : {stats['outbox_pending']}")
    return 0
