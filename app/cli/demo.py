"""`ror-referent demo --out FILE [--egs N] [--uos M]`: write a deterministic demo workspace."""
from __future__ import annotations

from app.cli.common import UserError


def register(sub) -> None:
    p = sub.add_parser("demo", help="créer un espace de démonstration")
    p.add_argument("--out", required=True, help="fichier à créer")
    p.add_argument("--egs", type=int, default=3, help="nombre d'EG du groupe multi-sites (défaut 3)")
    p.add_argument("--uos", type=int, default=4, help="nombre d'UO par EG du groupe (défaut 4)")
    p.add_argument("--seed", type=int, default=2026, help="graine (même graine, même fichier)")
    p.add_argument("--no-capacities", action="store_true",
                   help="sans chiffres de lits et places (par défaut : un hôpital et un EHPAD en ont)")
    p.set_defaults(func=run)


def run(args) -> int:
    from app.models.demo import make_demo

    if args.egs < 0 or args.uos < 0:
        raise UserError("--egs et --uos doivent être positifs.")
    try:
        ws = make_demo(args.out, egs=args.egs, uos=args.uos, seed=args.seed, capacities=not args.no_capacities)
    except FileExistsError as exc:
        raise UserError(str(exc)) from exc
    stats = ws.nodes.stats()
    ws.close()
    nodes = ", ".join(f"{k} {v}" for k, v in stats["nodes"].items() if v)
    print(f"Espace de démonstration créé : {args.out} ({nodes})")
    return 0
