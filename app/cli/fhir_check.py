"""`ror-referent fhir-check FILE.json`: check a FHIR resource or Bundle against the ROR profiles, as received.

One line per problem (`error HealthcareService.type: ...`), then a summary. Exit 0 when there is no error
(warnings allowed), 1 when there is one; an unreadable file, JSON nested deeper than a FHIR resource ever is,
or something that is not a FHIR resource is a user mistake (exit 2, one French sentence). An element of the
wrong JSON kind (`"meta": []`) is reported as an error line, like any other problem.
"""
from __future__ import annotations

from pathlib import Path

from app.cli.common import UserError

MAX_BYTES = 64 * 1024 * 1024


def register(sub) -> None:
    p = sub.add_parser("fhir-check", help="vérifier une ressource FHIR (ou un Bundle) selon les profils ROR")
    p.add_argument("file", help="fichier JSON : une ressource FHIR ou un Bundle")
    p.add_argument("--avant-envoi", dest="for_submission", action="store_true",
                   help="ne pas exiger ce que le serveur renseigne lui-même (meta.lastUpdated)")
    p.set_defaults(func=run)


def _read(path: Path) -> dict:
    from app.sync.payload import MAX_DEPTH, NotJson, TooDeep, loads_bounded

    try:
        if path.stat().st_size > MAX_BYTES:
            raise UserError(f"Le fichier {path} dépasse {MAX_BYTES // (1024 * 1024)} Mo : il n'est pas lu.")
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise UserError(f"Fichier introuvable : {path}") from exc
    except OSError as exc:
        raise UserError(f"Fichier illisible : {path}") from exc
    try:
        data = loads_bounded(raw.removeprefix(b"\xef\xbb\xbf"))
    except TooDeep as exc:
        raise UserError(f"Le fichier {path} imbrique son JSON sur plus de {MAX_DEPTH} niveaux : ce n'est pas une "
                        "ressource FHIR, il n'est pas vérifié.") from exc
    except NotJson as exc:
        raise UserError(f"Le fichier {path} n'est pas du JSON valide.") from exc
    if not isinstance(data, dict) or not isinstance(data.get("resourceType"), str):
        raise UserError(f"Le fichier {path} ne contient pas une ressource FHIR (resourceType absent).")
    return data


def run(args) -> int:
    from app.sync.profile import check_resource

    path = Path(args.file)
    resource = _read(path)
    problems = _shape_problems(resource) or check_resource(resource, for_submission=args.for_submission)
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


def _shape_problems(resource: dict) -> list:
    """Elements of the wrong JSON kind (the profile check reads them as FHIR says they are), for the resource
    or each entry of a Bundle."""
    from app.sync.fhir_shape import shape_problem
    from app.sync.profile import Problem

    found = []
    resources = [("", resource)]
    if resource.get("resourceType") == "Bundle" and shape_problem(resource) is None:
        resources += [(f"Bundle.entry[{i}].resource.", e["resource"]) for i, e in
                      enumerate(resource.get("entry") or []) if isinstance(e.get("resource"), dict)]
    for prefix, item in resources:
        path = shape_problem(item)
        if path is not None:
            found.append(Problem(prefix + path, "type JSON incorrect pour cet élément (FHIR R4)", "error"))
    return found
