"""Refusals the user reads: a message key, its arguments, and the French text (the views translate the key).

A refusal never carries a library's own text: the store, the rules and the workflow raise one of these keys, the
command line prints the French text, and the window shows `QCoreApplication.translate("Refusal", MESSAGES[key])`
formatted with the same arguments, so the user reads it in their language.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

MESSAGES: dict[str, str] = {
    # the tree
    "name-required": "Le nom de l'unité est obligatoire.",
    "node-not-found": "Unité introuvable (n° {node_id}).",
    "placement-root": "Un(e) {child} doit être rangé(e) sous un parent.",
    "placement-sanitaire-only": "Les services n'existent que dans les structures sanitaires.",
    "placement-kind": "Un(e) {child} ne peut pas être rangé(e) sous un(e) {parent}.",
    "finess-rename": "Ce nom vient de FINESS et ne peut pas être modifié ici : contactez le support.",
    "finess-move": "Les entités issues de FINESS ne peuvent pas être déplacées.",
    "finess-delete": "{kind} issue de FINESS : suppression impossible.",
    "finess-duplicate": "Les entités issues de FINESS ne peuvent pas être dupliquées.",
    "move-under-itself": "Une unité ne peut pas être déplacée sous elle-même.",
    "move-other-structure": "Une unité ne peut être déplacée qu'à l'intérieur de son entité géographique.",
    "deleted-parent": "L'unité parente a été supprimée : rétablissez-la d'abord.",
    # fiches
    "prefilled-removed": "Une valeur pré-remplie obligatoire ne peut pas être supprimée : au moins une valeur "
                         "est obligatoire.",
    "finalise-problems": "La fiche a encore {count} problème(s) : corrigez-les avant de la finaliser.",
    "finalise-unsaved": "Enregistrez la fiche avant de la finaliser.",
    # dossiers
    "dossier-locked": "{state} : « {name} » ne peut pas être modifié(e) avant la réponse du validateur.",
    "dossier-nothing-to-send": "Aucun dossier en cours sur cette structure : rien à envoyer.",
    "dossier-not-green": "{count} fiche(s) ne sont pas finalisées : toutes les fiches doivent être vertes pour "
                         "envoyer le dossier.",
    "dossier-transition": "Le dossier ne peut pas passer de « {current} » à « {target} ».",
    # the outbox
    "outbox-not-failed": "Cette modification n'est pas en échec : rien à relancer.",
    "conflict-not-found": "Aucun conflit en attente sur cette unité.",
    # workspace files
    "workspace-not-found": "Espace de travail introuvable : {path}",
    "workspace-is-folder": "{path} est un dossier, pas un espace de travail.",
    "workspace-foreign": "{path} n'est pas un espace de travail ROR Référent.",
    "workspace-damaged": "L'espace de travail {path} est endommagé ou illisible : il n'a pas été modifié.",
    "workspace-newer": "L'espace de travail {name} a été créé par une version plus récente de ROR Référent "
                       "(schéma {revision}). Mettez l'application à jour pour l'ouvrir.",
    "workspace-exists": "Le fichier {path} existe déjà.",
    "workspace-readonly": "L'espace de travail {path} ne peut pas être écrit (fichier en lecture seule ou "
                          "disque plein).",
}


# Arguments that are codes: each language shows them through its own labels (kinds, dossier states).
KIND_ARGS = {"kind": False, "child": True, "parent": True}  # name -> lower case
STATE_ARGS = ("state", "current", "target")


def render(template: str, args: dict[str, Any], kind_label: Callable[[str], str],
           state_label: Callable[[str], str]) -> str:
    """The template filled with `args`, kind and state codes shown through the given labels."""
    shown = dict(args)
    for name, lower in KIND_ARGS.items():
        if name in shown:
            label = kind_label(str(shown[name]))
            shown[name] = label.lower() if lower else label
    for name in STATE_ARGS:
        if name in shown:
            shown[name] = state_label(str(shown[name]))
    return template.format(**shown)


def _french_kind(code: str) -> str:
    from app.models.kinds import KIND_LABELS, Kind

    return KIND_LABELS[Kind(code)]


def _french_state(code: str) -> str:
    from app.models.workflow import DOSSIER_LABELS, DossierState

    try:
        return DOSSIER_LABELS[DossierState(code)]
    except ValueError:
        return code


class Refusal(Exception):
    """Something the user asked for that cannot be done; `key` and `args` let each view say it in its language."""

    def __init__(self, key: str, **args: Any) -> None:
        self.key = key
        self.args_ = args
        super().__init__(render(MESSAGES[key], args, _french_kind, _french_state))
