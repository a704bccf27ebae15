"""`ror-referent form-check QUESTIONNAIRE.json`: can this Questionnaire be rendered, and what does it hold?

Prints one JSON object with the counts of the form (every item counted, groups and displays included) and
the warnings the parser recorded (defects it repaired or tolerated), for support and for checking a server's
forms. A hostile document (JSON nested deeper than the JSON reader goes, items nested too deep, too many items,
enableWhen conditions in a cycle) is refused with one sentence, as the window refuses to render it.
"""
from __future__ import annotations

from pathlib import Path

from app.cli.common import UserError, print_json, read_json_file


def register(sub) -> None:
    p = sub.add_parser("form-check",
                       help="vérifier qu'un questionnaire FHIR (fiche de saisie) peut être affiché")
    p.add_argument("questionnaire", help="fichier JSON du Questionnaire")
    p.set_defaults(func=run)


def _default_pack():
    """The shipped nomenclature pack, or None when it cannot be opened (value sets are then not checked)."""
    try:
        from app.models.nomenclatures import NomenclaturePack

        return NomenclaturePack.default()
    except Exception:
        return None


def run(args) -> int:
    from app.models.forms import QuestionnaireError, load_questionnaire

    path = Path(args.questionnaire)
    try:
        data = read_json_file(path)
    except RecursionError as exc:  # the JSON reader stops at about 1,000 levels
        raise UserError(f"Le fichier {path} est imbriqué trop profondément pour être lu : ce n'est pas un "
                        "questionnaire affichable.") from exc
    pack = _default_pack()
    try:
        questionnaire = load_questionnaire(data, pack=pack)
    except QuestionnaireError as exc:
        raise UserError(str(exc)) from exc
    report = questionnaire.stats()
    if pack is None:
        report["warnings"].append("pack de nomenclatures indisponible : listes de valeurs non vérifiées")
    print_json(report)
    return 0
