"""`ror-referent sync` and `ror-referent send`: the GUI's sync engine, from the command line.

    ror-referent sync --workspace FILE --server URL [--user U]
        Sends pending changes, follows dossiers in validation and pulls what changed. When FILE does not exist
        it is created from what the server publishes for the user (and removed when that fails). The password
        comes from the system keyring, else from the environment variable ROR_REFERENT_PASSWORD, else it is
        asked once (never an option).
    ror-referent send --workspace FILE --eg FINESS [--direction]
        Sends that EG's dossier for validation and prints the Task id and state. `--direction` gives the
        second confirmation a sanitaire structure needs from a Direction account (the user running the
        command confirms they hold that role); without it a sanitaire dossier waits for that confirmation.
"""
from __future__ import annotations

import getpass
import sys
from pathlib import Path

from app.cli.common import UserError, creating_workspace, open_workspace


def register(sub) -> None:
    p = sub.add_parser("sync", help="synchroniser un espace de travail avec le serveur ROR")
    _common(p)
    p.add_argument("--server", help="adresse de base FHIR du serveur (mémorisée dans l'espace de travail)")
    p.add_argument("--user", help="identifiant sur le serveur (mémorisé dans l'espace de travail)")
    p.set_defaults(func=run_sync)

    s = sub.add_parser("send", help="envoyer le dossier d'un établissement pour validation")
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
        return open_session(ws, server, user, ask=_ask_password, verify=args.ca_bundle or True, cert=cert)
    except SessionError as exc:
        raise UserError(str(exc)) from exc


def _print_report(report, as_json: bool, extra: dict | None = None) -> int:
    from app.cli.common import print_json

    if as_json:
        print_json({"pushed": report.pushed, "pulled": report.pulled, "conflicts": report.conflicts,
                    "sent": report.sent, "published": report.published, "rejected": report.rejected,
                    "errors": report.errors, **(extra or {})})
    else:
        print(f"envoyé(s) : {report.pushed}, reçu(s) : {report.pulled}, conflit(s) : {report.conflicts}")
        if report.published or report.rejected or report.waiting:
            print(f"dossiers publiés : {report.published}, refusés : {report.rejected}, "
                  f"en validation : {report.waiting}")
        for line in (extra or {}).get("lines", []):
            print(line)
    for error in report.errors:
        print(f"ror-referent: {error}", file=sys.stderr)
    if report.offline:
        print("ror-referent: serveur injoignable ; les modifications restent en attente et partiront à la "
              "prochaine synchronisation.", file=sys.stderr)
    return 0 if report.ok else 1


class _Unfilled(Exception):
    """A new workspace the sync could not fill: it is removed, the report printed, the exit code kept."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def _sync(args, ws) -> int:
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

    ws = open_workspace(args.workspace)
    try:
        structure = next((r for r in ws.nodes.all() if r.finess == args.eg and r.kind in ("EG", "EJ")), None)
        if structure is None:
            raise UserError(f"Aucun établissement de FINESS {args.eg} dans cet espace de travail.")
        engine, client = _session(args, ws)
        try:
            try:
                report = engine.send(structure.id, direction_confirmed=args.direction)
            except (RuleError, TransitionError) as exc:
                raise UserError(str(exc)) from exc
        finally:
            client.close()
        d = ws.dossiers.of(structure.id)
        state = d.state if d else "-"
        lines = [f"dossier : {state}"]
        if d and d.task_id:
            lines.insert(0, f"tâche : {d.task_id} ({d.task_status})")
        if d and d.state == "awaiting_direction":
            lines.append("établissement sanitaire : relancez avec --direction depuis un compte Direction.")
        extra = {"task": d.task_id if d else None, "task_status": d.task_status if d else None,
                 "dossier": state, "lines": lines}
        return _print_report(report, args.json, extra)
    finally:
        ws.close()
