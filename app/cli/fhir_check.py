"""`ror-referent fhir-check FILE.json`: check a FHIR resource or Bundle against the ROR profiles, as received.

One line per problem (`error HealthcareService.type: ...`), then a summary. Exit 0 when there is no error
(warnings allowed), 1 when there is one; an unreadable file or something that is not a FHIR resource is a user
mistake (exit 2, French message).
"""
from __future__ import annotations

from pathlib import Path

from app.cli.common import UserError, read_json_file


def register(sub) -> None:
    p = sub.add_parser("fhir-check", help="vérifier une ressource FHIR (ou un Bundle) selon les profils ROR")
    p.add_argument("file", help="fichier JSON : une ressource FHIR ou un Bundle")
    p.add_argument("--avant-envoi", dest="for_submission", action="store_true",
                   help="ne pas exiger ce que le serveur renseigne lui-même (meta.lastUpdated)")
    p.set_defaults(func=run)


def _read(path: Path) -> dict:
    data = read_json_file(path)
    if not isinstance(data, dict) or not isinstance(data.get("resourceType"), str):
        raise UserError(f"Le fichier {path} ne contient pas une ressource FHIR (resourceType absent).")
    return data


def run(args) -> int:
    from app.sync.profile import check_resource

    path = Path(args.file)
    resource = _read(path)
    problems = check_resource(resource, for_submission=args.for_submission)
    for problem in problems:
        print(str(problem))
    n_errors = sum(1 for p in problems if p.severity == "error")
    n_warnings = len(problems) - n_errors
    what = resource["resourceType"]
    if resource.get("id"):
        what += f"/{resource['id']}"
    if n_errors:
        print(f"{what} : {n_errors} erreur(s), {n_warnings} avertissement(s) : non conforme au profil ROR.")
        return 1
    suffix = f" ({n_warnings} avertissement(s))" if n_warnings else ""
    print(f"{what} : conforme au profil ROR{suffix}.")
    return 0
