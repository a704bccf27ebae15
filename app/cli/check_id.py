"""`ror-referent check-id finess|siren|siret VALUE`: say whether an identifier's check key is right.

Exit 0 and "valide" when it is, exit 1 and the reason when it is not (a result, not a user mistake).
"""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("check-id", help="vérifier la clé de contrôle d'un numéro FINESS, SIREN ou SIRET")
    p.add_argument("kind", choices=["finess", "siren", "siret"], help="type de numéro")
    p.add_argument("value", help="le numéro à vérifier (les espaces sont ignorés)")
    p.set_defaults(func=run)


def run(args) -> int:
    from app.models.identifiers import finess_key_checked, normalize, validate

    reason = validate(args.kind, args.value)
    label = args.kind.upper()
    if reason is not None:
        print(f"{label} {normalize(args.value) or '(vide)'} invalide : {reason}")
        return 1
    if args.kind == "finess" and not finess_key_checked(args.value):
        print("valide (format correct ; clé de contrôle non vérifiable pour un code département à lettre)")
    else:
        print("valide")
    return 0
