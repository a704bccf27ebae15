"""Refusals the user reads: a message key, its arguments, and the French text (the views translate the key).

A refusal never carries a library's own text: the store, the rules and the workflow raise one of these keys, the
command line prints the French text, and the window shows `QCoreApplication.translate("Refusal", MESSAGES[key])`
formatted with the same arguments, so the user reads it in their language.
"""
from __future__ import annotations

import json
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
    "prefilled-item": "« {item} » : la valeur pré-remplie ne peut pas être supprimée, au moins une valeur est "
                      "obligatoire. Vous pouvez compléter la liste ou modifier la valeur.",
    "finalise-problems": "La fiche a encore {count} problème(s) : corrigez-les avant de la finaliser.",
    "finalise-unsaved": "Enregistrez la fiche avant de la finaliser.",
    "finess-locked": "« {item} » vient de FINESS et ne peut pas être modifié ici : contactez le support.",
    # forms (Questionnaires) the app cannot render
    "form-not-object": "Le fichier ne contient pas un objet FHIR (objet JSON attendu).",
    "form-not-questionnaire": "Ce n'est pas un questionnaire FHIR (type de ressource : {name}).",
    "form-no-items": "Le questionnaire ne contient aucune question.",
    "form-item-not-object": "Questionnaire mal formé : l'élément {name} n'est pas un objet.",
    "form-item-no-linkid": "Questionnaire mal formé : l'élément {name} n'a pas d'identifiant (linkId).",
    "form-children-not-list": "Questionnaire mal formé : les sous-éléments de « {name} » ne sont pas une liste.",
    "form-too-deep": "Le questionnaire imbrique ses éléments sur plus de {count} niveaux : il n'est pas affiché.",
    "form-too-large": "Le questionnaire compte plus de {count} éléments : il n'est pas affiché.",
    "form-enablewhen-cycle": "Les conditions d'affichage du questionnaire tournent en rond ({name}) : ces questions "
                             "ne pourraient jamais s'afficher, il n'est pas affiché.",
    # bulk edits (app/models/bulk.py)
    "bulk-cancelled": "Modification groupée annulée : rien n'a été modifié.",
    "bulk-conflict": "Unité en conflit avec le serveur : choisissez d'abord la version à garder.",
    "bulk-draft": "Une saisie non enregistrée est en cours sur cette fiche : enregistrez-la ou abandonnez-la "
                  "d'abord.",
    "bulk-not-in-form": "La fiche « {name} » n'a pas de champ « {item} ».",
    "bulk-code-not-offered": "« {value} » n'est pas proposé pour « {item} » dans la fiche de cette unité.",
    "bulk-stale": "« {name} » a changé depuis l'aperçu : rien n'a été modifié, refaites l'aperçu.",
    "bulk-not-shown": "« {item} » ne s'applique pas à cette unité tant que son type d'offre n'est pas renseigné.",
    # dossiers
    "dossier-locked": "{state} : « {name} » ne peut pas être modifié(e) avant la réponse du validateur.",
    "dossier-nothing-to-send": "Aucun dossier en cours sur cette structure : rien à envoyer.",
    "dossier-not-green": "{count} fiche(s) ne sont pas finalisées : toutes les fiches doivent être vertes pour "
                         "envoyer le dossier.",
    "dossier-problems": "{count} fiche(s) ont des problèmes à corriger avant l'envoi du dossier : {names}.",
    "dossier-transition": "Le dossier ne peut pas passer de « {current} » à « {target} ».",
    "dossier-exists": "Un dossier est déjà ouvert sur « {name} ».",
    "dossier-not-structure": "Un dossier s'ouvre sur un établissement (EG) ou une entité juridique (EJ), "
                             "pas sur « {name} ».",
    "dossier-nothing-to-withdraw": "Aucun dossier envoyé sur « {name} » : rien à retirer.",
    "dossier-task-gone": "La demande de validation du dossier de « {name} » n'existe plus sur le serveur : le "
                         "dossier est rouvert avec toutes ses modifications, envoyez-le à nouveau.",
    "dossier-not-on-server": "Le serveur dit le dossier de « {name} » validé, mais {count} fiche(s) n'y sont pas "
                             "telles qu'envoyées ({names}) : le dossier est rouvert avec toutes ses modifications, "
                             "envoyez-le à nouveau.",
    "dossier-server-changed": "{count} fiche(s) du dossier de « {name} » ont été modifiées ou supprimées sur le "
                              "serveur entre-temps ({names}) : rien n'a été écrasé ; choisissez la version à "
                              "garder, puis envoyez le dossier à nouveau.",
    "yearly-not-eg": "La confirmation annuelle porte sur un établissement (EG), pas sur « {name} ».",
    "yearly-changes-waiting": "« {name} » a {count} changement(s) non publié(s) : envoyez son dossier plutôt que de "
                              "confirmer sans changement.",
    "yearly-never-published": "« {name} » n'a jamais été publié : envoyez d'abord son dossier au validateur.",
    # lits et places (app/models/capacities.py, ws.capacities, ror-referent capacities)
    "capacity-not-number": "Lits et places : un nombre entier est attendu.",
    "capacity-negative": "Un nombre de lits ou de places ne peut pas être négatif.",
    "capacity-over-installed": "Disponibles + occupés ({used}) dépassent installés + supplémentaires ({ceiling}).",
    "capacity-closed-over-installed": "Fermés ({closed}) dépassent installés ({installed}).",
    "capacity-not-uo": "Les lits et places se saisissent sur une unité organisationnelle (UO).",
    "capacity-nature": "Nature de capacité inconnue : « {code} » (lit ou place attendu).",
    "capacity-status": "Statut de capacité inconnu : « {code} » (installés, disponibles, occupés, fermés, "
                       "supplémentaires attendu).",
    "capacity-temporality": "Temporalité inconnue : « {code} » (courant, 24h, 48h ou 7j attendu).",
    "capacity-source": "Source de capacité inconnue : « {code} ».",
    "capacity-import-line": "Ligne {line} : {reason}",
    "capacity-import-unit": "unité « {unit} » introuvable (FINESS, identifiant ROR ou uid attendu).",
    "capacity-import-ambiguous": "« {unit} » désigne plusieurs unités : donnez l'identifiant ROR ou l'uid.",
    "capacity-import-columns": "Colonnes manquantes dans le fichier : {columns}.",
    "capacity-import-count": "nombre invalide « {value} » (entier positif ou nul attendu).",
    "capacity-import-empty": "Le fichier ne contient aucune ligne de lits et places.",
    "capacity-import-unreadable": "Fichier illisible : {path}",
    "capacity-import-refused": "{count} ligne(s) refusée(s) : rien n'a été importé.",
    # the outbox
    "outbox-not-failed": "Cette modification n'est pas en échec : rien à relancer.",
    "conflict-not-found": "Aucun conflit en attente sur cette unité.",
    # the server (app/sync/errors.py): its address, the connection, what it answers, the credentials
    "sync-said": "{message}",
    # around a reason, in a sync report (app/sync/reasons.py)
    "sync-unit-reason": "{name} : {reason}",
    "sync-retry-next": "{reason} (nouvel essai à la prochaine synchronisation)",
    "sync-dossier-refused": "Dossier refusé par le serveur : {reason}",
    "sync-withdraw-refused": "Retrait du dossier refusé par le serveur : {reason}",
    "sync-nothing-to-send": "Rien à envoyer pour cette unité.",
    "sync-version-unstable": "Version du serveur instable : réessayez plus tard.",
    "capacity-no-location": "Cette unité n'a pas encore de lieu (Location) sur le serveur : envoyez d'abord sa fiche "
                            "avec ses capacités, les chiffres partiront ensuite.",
    "capacity-location-gone": "Le lieu (Location) de cette unité a été supprimé sur le serveur : synchronisez avant "
                              "de recommencer.",
    "sync-location-changed": "Les capacités de cette unité ont été modifiées sur le serveur entre-temps : "
                             "synchronisez pour les récupérer, puis recommencez.",
    "sync-address": "Adresse de serveur invalide : « {url} » (attendu : https://...).",
    "sync-address-credentials": "L'adresse du serveur ne doit contenir ni identifiant ni mot de passe : elle est "
                                "refusée et n'a pas été enregistrée.",
    "sync-address-http": "Le serveur {host} doit être joint en https : http n'est accepté que pour cet ordinateur "
                         "(localhost).",
    "sync-offline": "Serveur injoignable ({host}).",
    "sync-no-answer": "Le serveur {host} n'a pas répondu dans le délai de {seconds} s : serveur injoignable pour "
                      "l'instant.",
    "sync-tls": "Certificat du serveur non valide ({host}) : la connexion a été refusée.",
    "sync-tls-authority": "Certificat du serveur non valide ({host}) : il n'est signé par aucune autorité reconnue "
                          "par cet ordinateur (indiquez le fichier des autorités si vous lui faites confiance).",
    "sync-tls-expired": "Certificat du serveur non valide ({host}) : il a expiré ou n'est pas encore valable.",
    "sync-tls-name": "Certificat du serveur non valide ({host}) : il a été délivré pour une autre adresse.",
    "sync-tls-handshake": "Connexion sécurisée impossible avec {host} : le serveur ne parle pas https à cette "
                          "adresse.",
    "sync-status": "Le serveur a répondu {code}.",
    "sync-redirect": "Le serveur {host} renvoie vers une autre adresse ({location}) : vérifiez l'adresse du "
                     "serveur.",
    "sync-not-fhir": "L'adresse {url} ne ressemble pas à un serveur FHIR : {url}/metadata ne donne pas de "
                     "CapabilityStatement.",
    "sync-not-fhir-try": "L'adresse {url} ne ressemble pas à un serveur FHIR ({url}/metadata ne donne pas de "
                         "CapabilityStatement) : essayez {suggestion}.",
    "sync-not-json": "Le serveur {host} a répondu autre chose que du JSON FHIR ({content_type}) : un portail de "
                     "connexion ou un proxy s'interpose peut-être.",
    "sync-too-large": "Le serveur {host} a envoyé une réponse de plus de {size} Mo : elle n'a pas été lue.",
    "sync-too-deep": "Le serveur {host} a envoyé du JSON imbriqué sur plus de {count} niveaux : il n'a pas été lu.",
    "sync-not-resource": "Le serveur {host} a envoyé autre chose qu'une ressource FHIR (objet JSON attendu).",
    "sync-wrong-resource": "Le serveur {host} a envoyé une ressource {found} au lieu de {expected}.",
    "sync-malformed": "Le serveur {host} a envoyé une ressource mal formée ({what}, élément {path}).",
    "sync-next-foreign": "Le serveur {host} place la page suivante sur une autre adresse ({location}) : elle n'est "
                         "pas suivie.",
    "sync-next-loop": "Le serveur {host} renvoie vers une page déjà lue : la lecture des pages s'arrête.",
    "sync-too-many-pages": "Le serveur {host} a envoyé plus de {count} pages : la lecture des pages s'arrête.",
    "sync-update-unsupported": "Le serveur n'accepte de modifier les ressources {what} ni par PUT ni par PATCH "
                               "(JSON Patch) : la modification reste en attente d'envoi.",
    "sync-patch-fhirpath-only": "Le serveur n'accepte de modifier les ressources {what} que par PATCH FHIRPath, "
                                "que cette version n'envoie pas : la modification reste en attente d'envoi.",
    "sync-create-unsupported": "Le serveur n'accepte pas la création de ressources {what} : la création reste en "
                               "attente d'envoi.",
    "sync-delete-unsupported": "Le serveur n'accepte pas la suppression de ressources {what} : la suppression reste "
                               "en attente d'envoi.",
    "sync-token-foreign": "Le serveur annonce son service de jetons sur une autre adresse ({host}) : le mot de "
                          "passe n'y est pas envoyé.",
    "sync-credential-foreign": "Requête vers {host} bloquée : elle aurait emporté les identifiants du serveur "
                               "{server} hors de celui-ci.",
    "sync-token-garbage": "Le service de jetons ({host}) a répondu autre chose qu'un jeton.",
    "sync-no-perimeter": "Périmètre inconnu : ni cet espace de travail ni votre compte ne désignent de structure. "
                         "Donnez les numéros FINESS des EJ ou EG à suivre (ror-referent sync --finess N).",
    "auth-password-unknown": "Mot de passe du serveur ROR inconnu : enregistrez-le dans le trousseau du système ou "
                             "donnez-le dans la variable d'environnement {variable}.",
    "account-missing": "Identifiant et mot de passe sont obligatoires.",
    "account-certificate": "Certificat illisible : {reason}",
    "account-transport": "Serveur injoignable : le compte n'a pas pu être vérifié ({name}).",
    "auth-refused": "Le serveur a refusé l'identifiant « {user} » ou son mot de passe.",
    "auth-denied": "Le serveur refuse l'accès : identifiant ou mot de passe à vérifier.",
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
    # the FINESS extract (app/models/finess_reader.py)
    "finess-not-found": "Fichier FINESS introuvable : {name}.",
    "finess-folder": "{name} est un dossier, pas une extraction FINESS.",
    "finess-unreadable": "Le fichier {name} ne peut pas être lu.",
    "finess-empty": "Le fichier {name} est vide.",
    "finess-binary": "Le fichier {name} est binaire (octets nuls) : ce n'est pas une extraction FINESS.",
    "finess-not-extract": "Le fichier {name} n'est pas une extraction FINESS (ni ligne « finess;etalab », ni ligne "
                          "« structureet »).",
    "finess-cut": "Le fichier {name} s'arrête au milieu d'une ligne : son téléchargement a été interrompu, "
                  "téléchargez-le à nouveau.",
    "finess-cancelled": "Import FINESS annulé : rien n'a été importé.",
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


def reason_json(error: BaseException | str) -> str | None:
    """A refusal as stored text (its key and arguments: said later in any language); None for anything else."""
    if not isinstance(error, Refusal) or error.key not in MESSAGES:
        return None
    args = {k: v if isinstance(v, (str, int, float, bool)) or v is None else str(v) for k, v in error.args_.items()}
    return json.dumps({"key": error.key, "args": args}, ensure_ascii=False)


def reason_from_json(text: str | None) -> Refusal | None:
    """The refusal `reason_json` stored, or None (nothing stored, a key this version does not know, damage)."""
    if not text:
        return None
    try:
        found = json.loads(text)
        if not isinstance(found, dict) or found.get("key") not in MESSAGES or not isinstance(found.get("args"), dict):
            return None
        return Refusal(str(found["key"]), **found["args"])
    except (ValueError, KeyError, IndexError, TypeError):
        return None
