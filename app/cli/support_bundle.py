"""`ror-referent support-bundle`: a zip for support, with the workspace copy, the journal, logs and versions, and
no secret.

    ror-referent support-bundle --workspace FILE --out ZIP [--pseudonymise]
        The workspace is copied consistently even while the app is writing it. `--pseudonymise` replaces the
        names, phones and e-mails of the people in the fiches' contacts by stable placeholders ("Personne 1",
        "+33 1 00 00 00 01", "personne1@exemple.invalid"); establishment data is kept.
"""
from __future__ import annotations

from pathlib import Path

from app.cli.common import UserError


def register(sub) -> None:
    p = sub.add_parser("support-bundle", help="créer un paquet pour le support (sans aucun secret)")
    p.add_argument("--workspace", required=True, help="fichier de l'espace de travail")
    p.add_argument("--out", required=True, metavar="ZIP", help="fichier zip à écrire")
    p.add_argument("--pseudonymise", action="store_true",
                   help="remplacer les noms, téléphones et courriels des personnes par des valeurs fictives")
    p.set_defaults(func=run)


def run(args) -> int:
    from app.models.store import WorkspaceError
    from app.models.support.bundle import make_bundle

    out = Path(args.out)
    try:
        report = make_bundle(args.workspace, out, pseudonymise=args.pseudonymise)
    except WorkspaceError as exc:
        raise UserError(str(exc)) from exc
    except OSError as exc:
        raise UserError(f"Impossible d'écrire le paquet {out} : {exc.strerror or exc}") from exc
    print(f"Paquet pour le support écrit : {report.path} ({report.size} octets)")
    if report.pseudonymised is not None:
        counts = report.pseudonymised
        print(f"Données personnelles remplacées : {counts['name']} nom(s), {counts['phone']} téléphone(s), "
              f"{counts['email']} courriel(s), {counts['link'] + counts['other']} autre(s) coordonnée(s).")
    return 0
