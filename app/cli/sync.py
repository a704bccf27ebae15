"""`ror-referent sync` and `ror-referent send`: the GUI's sync engine, from the command line.

    ror-referent sync --workspace FILE --server URL [--user U] [--finess N ...]
        Sends pending changes, follows dossiers in validation and pulls what changed in the workspace's
        perimeter: the structures (EJ or EG FINESS numbers) given with --finess (remembered in the workspace),
        else those it holds, else those the user's account is attached to. When FILE does not exist it is
        created from what the server publishes for them (and removed when that fails). What the server sent
        that does not fit the tree is listed ("hors arborescence"). The password comes from the system
        keyring, else from the environment variable ROR_REFERENT_PASSWORD, else it is asked once (never an
        option).
    ror-referent send --workspace FILE --eg FINESS [--direction]
        Sends that EG's dossier for validation and prints the Task id and state. `--direction` gives the
        second confirmation a sanitaire structure needs from a Direction account (the user running the
        command confirms they hold that role); without it a sanitaire dossier waits for that confirmation.
        A dossier already sent is followed, not sent again; states are printed in words.
Both: `--timeout S` (the read deadline, 30 s), `--token-url URL` (a token service on another origin, named
explicitly; otherwise only the server's own origin gets the password). Exit codes: 0 in step, 1 failure,
2 usage error, 3 conflicts waiting for the user's choice.
"""
from __future__ import annotations

import getpass
import sys
from pathlib import Path

from app.cli.common import UserError, creating_workspace, open_workspace

EXIT_CODES = ("codes de sortie : 0 à jour avec le serveur ; 1 échec (expliqué sur la sortie d'erreur, les "
              "modifications restent en attente) ; 2 erreur d'utilisation ; 3 conflits en attente de votre choix "
              "(ouvrez l'espace de travail dans l'application pour les régler)")
CONFLICTS_WAITING = 3
TASK_LABELS = {"draft": "brouillon", "requested": "demandée", "received": "reçue", "accepted": "acceptée",
               "ready": "prête", "in-progress": "en cours", "on-hold": "en attente", "completed": "terminée",
               "rejected": "refusée", "failed": "en échec", "cancelled": "annulée"}


def register(sub) -> None:
    p = sub.add_parser("sync", help="synchroniser un espace de travail avec le serveur ROR", epilog=EXIT_CODES)
    _common(p)
    p.add_argument("--server", help="adresse de base FHIR du serveur (mémorisée dans l'espace de travail)")
    p.add_argument("--user", help="identifiant sur le serveur (mémorisé dans l'espace de travail)")
    p.add_argument("--finess", action="append", metavar="N",
                   help="numéro FINESS d'une EJ ou d'un EG du périmètre (répétable ; mémorisé dans l'espace de "
                        "travail, remplace le périmètre précédent)")
    p.set_defaults(func=run_sync)

    s = sub.add_parser("send", help="envoyer le dossier d'un établissement pour validation", epilog=EXIT_CODES)
    _common(s)
    s.add_argument("--eg", required=True, metavar="FINESS",
                   help="numéro FINESS de l'établissement (EG ou EJ)")
    s.add_argument("--direction", action="store_true",
                   help="confirmation par un compte Direction (obligatoire pour un établissement sanitaire)")
    s.add_argument("--server", help="adresse de base FHIR (sinon celle de l'espace de travail)")
    s.add_argument("--user", help="identifiant (sinon celui de l'espace de travail)")
    s.set_defaults(func=run_send)


def _common(p) -> None:
    p.add_argument("--workspace", required=True, help="fichier de l'espace de travail")
    p.add_argument("--ca-bundle", help="certificats d'autorité à utiliser pour vérifier le serveur (TLS)")
    p.add_argument("--client-cert", help="certificat client (mTLS), fichier PEM")
    p.add_argument("--client-key", help="clé du certificat client, fichier PEM")
    p.add_argument("--json", action="store_true", help="résultat en JSON sur une ligne")
    p.add_argument("--token-url", help="service de jetons du serveur, s'il n'est pas à la même adresse que lui "
                                       "(sinon celui que le serveur annonce à sa propre adresse)")
    p.add_argument("--timeout", type=float, default=None, metavar="S",
                   help="délai d'attente d'une réponse du serveur, en secondes (30 par défaut)")


def _ask_password() -> str | None:
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError("Mot de passe du serveur introuvable : enregistrez-le dans le trousseau du système "
                        "ou donnez-le dans la variable d'environnement ROR_REFERENT_PASSWORD (il n'est "
                        "jamais accepté sur la ligne de commande).")
    return getpass.getpass("Mot de passe du serveur ROR : ") or None


def _session(args, ws):
    """(engine, client) for the workspace's server, remembering server and user in its settings."""
    from app.sync.session import SessionError, open_session

    server = args.server or ws.settings.get("server_url")
    user = args.user or ws.settings.get("server_user") or "demo"
    if not server:
        raise UserError("Adresse du serveur inconnue : donnez-la avec --server.")
    cert = None
    if args.client_cert:
        cert = (args.client_cert, args.client_key or args.client_cert)
    try:
        return open_session(ws, server, user, ask=_ask_password, verify=args.ca_bundle or True, cert=cert,
                            timeout=args.timeout, token_endpoint=args.token_url)
    except SessionError as exc:
        raise UserError(str(exc)) from exc


def _print_report(report, as_json: bool, extra: dict | None = None) -> int:
    from app.cli.common import print_json

    if as_json:
        print_json({"pushed": report.pushed, "pulled": report.pulled, "conflicts": report.conflicts,
                    "sent": report.sent, "published": report.published, "rejected": report.rejected,
                    "errors": report.errors, "unfit": [u.text() for u in report.unfit], **(extra or {})})
    else:
        print(f"envoyé(s) : {report.pushed}, reçu(s) : {report.pulled}, conflit(s) : {report.conflicts}")
        if report.published or report.rejected or report.waiting:
            print(f"dossiers publiés : {report.published}, refusés : {report.rejected}, "
                  f"en validation : {report.waiting}")
        for line in (extra or {}).get("lines", []):
            print(line)
        for unfit in report.unfit:
            print(f"hors arborescence : {unfit.text()}")
    for error in report.errors:
        print(f"ror-referent: {error}", file=sys.stderr)
    if report.offline:
        print("ror-referent: serveur injoignable ; les modifications restent en attente et partiront à la "
              "prochaine synchronisation.", file=sys.stderr)
    if not report.ok:
        return 1
    if report.conflicts:
        print(f"ror-referent: {report.conflicts} conflit(s) en attente de votre choix (code de sortie "
              f"{CONFLICTS_WAITING}).", file=sys.stderr)
        return CONFLICTS_WAITING
    return 0


class _Unfilled(Exception):
    """A new workspace the sync could not fill: it is removed, the report printed, the exit code kept."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def _sync(args, ws) -> int:
    if args.finess:
        import re

        from app.sync.engine_perimeter import remember

        wrong = [n for n in args.finess if not re.fullmatch(r"[0-9][0-9AB][0-9]{7}", n)]
        if wrong:
            raise UserError(f"Numéro FINESS invalide : « {wrong[0]} » (9 caractères, ex. 350000048).")
        remember(ws, args.finess)
    engine, client = _session(args, ws)
    try:
        report = engine.run()
    finally:
        client.close()
    return _print_report(report, args.json)


def run_sync(args) -> int:
    path = Path(args.workspace)
    if path.exists():
        ws = open_workspace(path)
        try:
            return _sync(args, ws)
        finally:
            ws.close()
    if not args.server:
        raise UserError("Nouvel espace de travail : donnez l'adresse du serveur avec --server.")
    try:
        with creating_workspace(path) as ws:  # a new workspace that could not be filled is not left half-made
            code = _sync(args, ws)
            if code != 0:
                raise _Unfilled(code)
    except _Unfilled as exc:
        return exc.code
    return code


def run_send(args) -> int:
    from app.models.rules import TransitionError
    from app.models.store import RuleError
    from app.models.workflow import DOSSIER_LABELS, DossierState

    ws = open_workspace(args.workspace)
    try:
        structure = next((r for r in ws.nodes.all() if r.finess == args.eg and r.kind in ("EG", "EJ")), None)
        if structure is None:
            raise UserError(f"Aucun établissement de FINESS {args.eg} dans cet espace de travail.")
        before = ws.dossiers.of(structure.id)
        already = before is not None and before.state in (DossierState.QUEUED, DossierState.IN_VALIDATION)
        if before is not None and before.state == DossierState.PUBLISHED:
            raise UserError("Ce dossier a déjà été validé et publié : il n'y a rien à envoyer.")
        engine, client = _session(args, ws)
        try:
            try:  # a dossier already sent is followed (its Task read again), not sent twice
                report = engine.run() if already else engine.send(structure.id, direction_confirmed=args.direction)
            except (RuleError, TransitionError) as exc:
                raise UserError(str(exc)) from exc
        finally:
            client.close()
        d = ws.dossiers.of(structure.id)
        state = d.state if d else "-"
        label = DOSSIER_LABELS.get(DossierState(state), state) if d else "aucun dossier"
        lines = [f"dossier : {label}"]
        if already:
            lines.insert(0, "ce dossier a déjà été envoyé pour validation : il n'est pas envoyé une seconde fois.")
        if d and d.task_id:
            lines.insert(0, f"tâche : {d.task_id} ({TASK_LABELS.get(d.task_status or '', d.task_status)})")
        if d and d.state == "awaiting_direction":
            lines.append("établissement sanitaire : relancez avec --direction depuis un compte Direction.")
        extra = {"task": d.task_id if d else None, "task_status": d.task_status if d else None,
                 "dossier": state, "lines": lines}
        return _print_report(report, args.json, extra)
    finally:
        ws.close()
