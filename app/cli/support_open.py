"""`ror-referent support-open`: check a support bundle and open its workspace as a separate copy.

    ror-referent support-open ZIP --out DIR [--replay]
        Refuses a damaged, altered or unsafe zip (paths outside DIR, links, oversized members) before writing
        anything. DIR must be new or empty; the copy is DIR/workspace.sqlite, cut from the user's server. With
        `--replay` the changes the server refused or a conflict parked go back to the outbox, to be replayed:
            ror-sandbox serve --data SRV --password PW --seed-bundle ZIP
            ROR_REFERENT_PASSWORD=PW ror-referent sync --workspace DIR/workspace.sqlite --server URL --user demo
"""
from __future__ import annotations

from app.cli.common import UserError


def register(sub) -> None:
    p = sub.add_parser("support-open", help="vérifier un paquet de support et ouvrir une copie de son espace")
    p.add_argument("bundle", metavar="ZIP", help="paquet de support (zip)")
    p.add_argument("--out", required=True, metavar="DIR", help="dossier nouveau ou vide où l'ouvrir")
    p.add_argument("--replay", action="store_true",
                   help="remettre en attente ce que le serveur a refusé ou mis en conflit, pour le rejouer")
    p.set_defaults(func=run)


def run(args) -> int:
    from app.models.support.archive import SupportError
    from app.models.support.opening import open_bundle

    try:
        opened = open_bundle(args.bundle, args.out, replay=args.replay)
    except SupportError as exc:
        raise UserError(str(exc)) from exc
    except OSError as exc:
        raise UserError(f"Impossible d'ouvrir le paquet dans {args.out} : {exc.strerror or exc}") from exc
    manifest, server = opened.manifest, opened.server
    print(f"Paquet vérifié : {len(manifest['files'])} fichier(s), créé le {manifest.get('created_at')} "
          f"par ROR Référent {manifest.get('app_version')}"
          + (", données personnelles remplacées" if manifest.get("pseudonymised") else ""))
    print(f"Copie de l'espace de travail : {opened.workspace}")
    print(f"Serveur de l'utilisateur : {server.get('server_url') or '-'} (identifiant : {server.get('user') or '-'})")
    out = opened.outbox
    print(f"Modifications en attente : {out.get('pending', 0)} à envoyer, {out.get('failed', 0)} refusée(s) par le "
          f"serveur, {out.get('conflict', 0)} en conflit ; unité(s) en conflit : {opened.conflicts}")
    if opened.replay is not None:
        r = opened.replay
        print(f"Prêt à rejouer : {r.refused} refusée(s), {r.parked} en conflit et {r.dossiers} dossier(s) remis en "
              f"attente, {r.conflicts} conflit(s) effacé(s).")
    print(f"Pour rejouer : ror-sandbox serve --data DOSSIER --password MOT_DE_PASSE --seed-bundle {args.bundle}, "
          f"puis ror-referent sync --workspace {opened.workspace} --server ADRESSE --user demo")
    return 0
