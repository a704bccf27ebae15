"""`ror-sandbox`: serve the local ROR sandbox, list its tasks, count its resources, accept or reject a dossier."""
from __future__ import annotations

import argparse
import json
import os
import re
import sys

from .outcome import SandboxError

PASSWORD_ENV = "ROR_SANDBOX_PASSWORD"


def _rate(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError("doit être un nombre entre 0 et 1")
    return value


_ARGPARSE_FRENCH = [
    (r"the following arguments are required: (.*)", r"arguments obligatoires manquants : \1"),
    (r"one of the arguments (.*) is required", r"l'une de ces options est obligatoire : \1"),
    (r"unrecognized arguments: (.*)", r"arguments inconnus : \1"),
    (r"argument (\S+): not allowed with argument (.*)", r"\1 ne peut pas s'utiliser avec \2"),
    (r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)", r"\1 : choix inconnu \2 (possibles : \3)"),
    (r"argument (\S+): invalid \w+ value: (.*)", r"\1 : valeur invalide \2"),
    (r"argument (\S+): expected (.*)", r"\1 : valeur attendue (\2)"),
    (r"argument (\S+): (.*)", r"\1 : \2"),
]


class _FrenchParser(argparse.ArgumentParser):
    """argparse, with its usual complaints said in French."""

    def error(self, message: str) -> None:  # type: ignore[override]
        for pattern, french in _ARGPARSE_FRENCH:
            if re.fullmatch(pattern, message):
                message = re.sub(pattern, french, message)
                break
        self.print_usage(sys.stderr)
        self.exit(2, f"Erreur : {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _FrenchParser(prog="ror-sandbox", description="Serveur FHIR ROR local (bac à sable).")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMANDE")

    serve = sub.add_parser("serve", help="lancer le serveur")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--data", required=True, help="dossier des données du serveur")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--password", help=f"mot de passe de l'utilisateur demo (ou variable {PASSWORD_ENV}) ; "
                                          "généré et affiché sinon")
    serve.add_argument("--seed", help="Bundle FHIR JSON ou espace de travail (ror-referent demo) à charger")
    serve.add_argument("--seed-bundle", metavar="ZIP",
                       help="paquet de support (ror-referent support-bundle) : servir l'état publié que "
                            "l'utilisateur connaissait, pour rejouer ses modifications en attente")
    serve.add_argument("--auto-validate", action="store_true", help="accepter chaque dossier dès son envoi")
    serve.add_argument("--faults", type=_rate, default=0.0, metavar="TAUX", help="probabilité de panne (0 à 1)")
    serve.add_argument("--fault-kinds", metavar="TYPES",
                       help="types de pannes séparés par des virgules : 500,503,429,drop,slow,conflict,"
                            "drop-after-commit (tous par défaut)")
    serve.add_argument("--account", action="append", default=[], metavar="NOM:MOT_DE_PASSE",
                       help="compte supplémentaire (ex. direction:secret pour la confirmation par la Direction)")
    serve.add_argument("--no-profile-check", action="store_true", help="ne pas vérifier les profils ROR")

    tasks = sub.add_parser("tasks", help="lister les tâches de validation")
    tasks.add_argument("--data", required=True)
    tasks.add_argument("--json", action="store_true", help="sortie JSON")

    stats = sub.add_parser("stats", help="compter les ressources actuelles par type (JSON)")
    stats.add_argument("--data", required=True)

    validate = sub.add_parser("validate", help="accepter ou refuser un dossier")
    validate.add_argument("task_id", metavar="TASK_ID")
    validate.add_argument("--data", required=True)
    action = validate.add_mutually_exclusive_group(required=True)
    action.add_argument("--accept", action="store_true")
    action.add_argument("--reject", metavar="COMMENTAIRE")
    validate.add_argument("--note", nargs=2, action="append", metavar=("FICHE", "TEXTE"), default=[],
                          help="remarque sur une fiche (urn:uuid:... ou Organization/id), répétable")
    return parser


def _serve(args: argparse.Namespace) -> int:
    from .auth import generate_password
    from .faults import parse_kinds
    from .server import bind, make_server, prepare

    try:
        parse_kinds(args.fault_kinds)
    except ValueError as exc:
        raise SandboxError(str(exc)) from exc
    password = args.password or os.environ.get(PASSWORD_ENV)
    generated = not password
    password = password or generate_password()
    accounts = []
    for spec in args.account:
        name, sep, secret = spec.partition(":")
        if not sep or not name.strip() or not secret:
            raise SandboxError(f"Compte mal écrit : « {name} » (attendu NOM:MOT_DE_PASSE).")
        accounts.append((name.strip(), secret))
    sandbox = prepare(args.data, password, args.seed, auto_validate=args.auto_validate, faults=args.faults,
                      fault_kinds=args.fault_kinds, checker=None if args.no_profile_check else "app")
    from .auth import set_password

    for name, secret in accounts:
        set_password(sandbox.store, secret, name)
    if args.seed_bundle:
        from .bundle_seed import seed_bundle

        seeded = seed_bundle(sandbox.store, args.seed_bundle, password)
        print(f"Paquet de support chargé : {seeded.resources} ressource(s)"
              + (" (déjà chargé)" if seeded.skipped else "")
              + (f" ; l'utilisateur « {seeded.user} » a le mot de passe de demo" if seeded.user else ""), flush=True)
    try:
        sock = bind(args.host, args.port)
    except OSError as exc:
        raise SandboxError(f"Impossible d'écouter sur {args.host}:{args.port} : {exc.strerror}") from exc
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"Bac à sable ROR : http://{host}:{sock.getsockname()[1]}/fhir", flush=True)
    if generated:
        print(f"Utilisateur : demo   mot de passe : {password}", flush=True)
    make_server(sandbox).run(sockets=[sock])
    return 0


def _tasks(args: argparse.Namespace) -> int:
    from .store import Store
    from .workflow import list_tasks

    tasks = list_tasks(Store.open(args.data))
    if args.json:
        print(json.dumps(tasks, ensure_ascii=False))
    elif not tasks:
        print("Aucune tâche.")
    else:
        for task in tasks:
            print(f"{task['id']}\t{task['status']}\t{task['focus']}\t{task['created']}")
    return 0


def _stats(args: argparse.Namespace) -> int:
    from .store import Store

    print(json.dumps(Store.open(args.data).counts()))
    return 0


def _validate(args: argparse.Namespace) -> int:
    from .store import Store
    from .workflow import accept, reject

    store = Store.open(args.data)
    if args.accept:
        if args.note:
            raise SandboxError("--note ne s'utilise qu'avec --reject.")
        task = accept(store, args.task_id)
        created = len(task.get("output") or [])
        print(f"Dossier accepté : Task/{task['id']} terminée, {created} ressource(s) créée(s).")
    else:
        if not args.reject.strip():
            raise SandboxError("Le commentaire de refus ne peut pas être vide.")
        notes = [{"fiche": fiche, "text": text} for fiche, text in args.note]
        task = reject(store, args.task_id, args.reject, notes)
        print(f"Dossier refusé : Task/{task['id']}.")
    return 0


COMMANDS = {"serve": _serve, "tasks": _tasks, "stats": _stats, "validate": _validate}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except SandboxError as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
