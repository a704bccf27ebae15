"""A problem found in a fiche: where (linkId and repetitions crossed), which rule, and a message by key.

As refusals do (app/models/refusals.py), a problem carries a message key and its arguments, never a finished
sentence: the command line prints the French template filled in, the window installs a translator
(`set_translator`, app/views/problem_text.py) so the same problem reads in the interface's language.
Each key has a rule code (what `ror-referent check --json` and the form show) and a level: "error" blocks
finalising and sending, "warning" is shown apart and blocks nothing.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

ERROR, WARNING = "error", "warning"

# key: (rule code, level, French template). Arguments in braces; `day` is a days-of-week code shown by its label.
RULES: dict[str, tuple[str, str, str]] = {
    # required items, at every depth
    "required": ("REQ", ERROR, "Champ obligatoire"),
    "required-group": ("REQ", ERROR, "Champ obligatoire : au moins une réponse dans cette rubrique"),
    # answers and their type
    "single-value": ("TYPE", ERROR, "Une seule valeur est permise"),
    "type-unexpected": ("TYPE", ERROR, "Valeur invalide : type de réponse inattendu"),
    "type-integer": ("TYPE", ERROR, "Valeur invalide : nombre entier attendu"),
    "type-decimal": ("TYPE", ERROR, "Valeur invalide : nombre attendu"),
    "type-boolean": ("TYPE", ERROR, "Valeur invalide : oui ou non attendu"),
    "type-text": ("TYPE", ERROR, "Valeur invalide : texte attendu"),
    "type-date": ("TYPE", ERROR, "Date invalide (format attendu AAAA-MM-JJ)"),
    "type-datetime": ("TYPE", ERROR, "Date et heure invalides"),
    "type-time": ("TYPE", ERROR, "Heure invalide (format attendu HH:MM)"),
    "type-code": ("TYPE", ERROR, "Valeur invalide : code attendu"),
    "type-quantity": ("TYPE", ERROR, "Valeur invalide : quantité attendue"),
    "too-long": ("LEN", ERROR, "Texte trop long : {max} caractères au maximum"),
    "below-min": ("RANGE", ERROR, "La valeur doit être au moins {min}"),
    "above-max": ("RANGE", ERROR, "La valeur doit être au plus {max}"),
    "not-in-options": ("LIST", ERROR, "Valeur hors de la liste proposée : {value}"),
    # formats
    "format-phone": ("FMT-TEL", ERROR, "Numéro de téléphone invalide : « {value} »"),
    "format-email": ("FMT-MAIL", ERROR, "Adresse électronique invalide : « {value} »"),
    "format-url": ("FMT-URL", ERROR, "Adresse de site invalide : « {value} » (elle commence par https:// ou "
                                     "http://)"),
    "format-finess": ("FMT-FINESS", ERROR, "N° FINESS invalide : « {value} » (9 caractères dont la clé)"),
    "format-siret": ("FMT-SIRET", ERROR, "N° SIRET invalide : « {value} » (14 chiffres dont la clé)"),
    "format-siren": ("FMT-SIREN", ERROR, "N° SIREN invalide : « {value} » (9 chiffres dont la clé)"),
    "format-postal-code": ("FMT-CP", ERROR, "Code postal invalide : « {value} » (5 chiffres)"),
    # nomenclatures
    "code-unknown": ("NOS-INCONNU", ERROR, "Code inconnu dans la liste « {list} » : {code}"),
    "code-retired": ("NOS-RETIRE", ERROR, "Code retiré de la nomenclature, à remplacer : {code}"),
    "free-text-in-list": ("NOS-LIBRE", WARNING, "Valeur saisie librement hors de la liste : à vérifier"),
    "value-set-missing": ("NOS-LIBRE", WARNING, "Liste de valeurs non disponible : valeur saisie librement, "
                                                "à vérifier"),
    # between fields
    "age-range": ("X-AGES", ERROR, "L'âge minimum ({min}) est supérieur à l'âge maximum ({max})"),
    "offre-champ": ("X-OFFRE-CHAMP", ERROR, "Le type d'offre {offre} n'appartient pas au champ d'activité {champ}"),
    "champ-categorie": ("X-CHAMP-CATEGORIE", ERROR, "Le champ d'activité {champ} n'est pas permis pour un "
                                                    "établissement de catégorie {categorie}"),
    "hours-order": ("X-HORAIRES", ERROR, "Horaires du {day} : la fin ({end}) doit être après le début ({start})"),
    "hours-overlap": ("X-HORAIRES", ERROR, "Horaires du {day} : ce créneau ({start}-{end}) chevauche un autre "
                                           "créneau du même jour"),
    # ROR national quality rules (the ROR quality-rule catalogue, RULES.md of the reference material): they advise,
    # see quality.py
    "quality-cp5": ("CP5", WARNING, "Règle qualité CP5 : une offre médico-sociale d'hébergement ou d'accueil de "
                                    "jour ou de nuit indique sa temporalité d'accueil et sa catégorie "
                                    "d'organisation"),
    "quality-cp6": ("CP6", WARNING, "Règle qualité CP6 : une offre médico-sociale d'hébergement ou d'accueil de "
                                    "jour ou de nuit déclare des places installées (capacité au statut "
                                    "« Installé », plus de 0)"),
    "quality-co3-missing": ("CO3", WARNING, "Règle qualité CO3 : le nom ou les activités évoquent une unité "
                                            "sensible (détenus, unité sécurisée, décontamination) : cochez "
                                            "« Unité sensible » si c'est le cas"),
    "quality-co3-unexpected": ("CO3", WARNING, "Règle qualité CO3 : l'unité est déclarée sensible sans que son "
                                               "nom ni ses activités l'indiquent : à vérifier"),
    "quality-co4": ("CO4", WARNING, "Règle qualité CO4 : la catégorie d'établissement ({categorie}) diffère de "
                                    "celle de FINESS ({finess}) : contactez le support"),
}
MESSAGES: dict[str, str] = {key: template for key, (_code, _level, template) in RULES.items()}
# Days of week (http://hl7.org/fhir/days-of-week) as the messages name them; translated like the templates.
DAYS: dict[str, str] = {"mon": "lundi", "tue": "mardi", "wed": "mercredi", "thu": "jeudi", "fri": "vendredi",
                        "sat": "samedi", "sun": "dimanche"}

Translator = Callable[[str], str]
_translator: Translator | None = None


def set_translator(translate: Translator | None) -> None:
    """Make `Problem.message` read in the interface's language (`translate(french_template) -> template`)."""
    global _translator
    _translator = translate


def render(key: str, args: dict[str, Any], translate: Translator | None = None) -> str:
    """The template of `key` filled with `args`, through `translate` (French when None)."""
    tr = translate or (lambda text: text)
    shown = dict(args)
    if "day" in shown:
        shown["day"] = tr(DAYS.get(str(shown["day"]), str(shown["day"])))
    template = tr(MESSAGES[key])
    try:
        return template.format(**shown)
    except (KeyError, IndexError, ValueError):  # a translation lost a placeholder: say it in French
        return MESSAGES[key].format(**{**shown, "day": DAYS.get(str(args.get("day")), args.get("day"))})


Path = tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Problem:
    """One problem of a fiche. `path` names the repeating groups crossed, each with the 0-based repetition,
    so a problem inside the second contact is `(("uo.contacts", 1),)`."""

    link_id: str
    key: str
    args: tuple[tuple[str, Any], ...] = ()
    level: str = ERROR
    code: str = ""
    path: Path = ()

    @property
    def blocking(self) -> bool:
        return self.level == ERROR

    @property
    def arguments(self) -> dict[str, Any]:
        return dict(self.args)

    @property
    def message(self) -> str:
        """The sentence, in the interface's language when the window installed a translator, else French."""
        return render(self.key, self.arguments, _translator)

    @property
    def french(self) -> str:
        return render(self.key, self.arguments)

    @property
    def repetition(self) -> int | None:
        """The 0-based repetition of the innermost repeating group holding the item, None outside any."""
        return self.path[-1][1] if self.path else None


def problem(link_id: str, key: str, path: Path = (), **args: Any) -> Problem:
    """A problem of `key`, with the rule code and level the table gives it."""
    code, level, _template = RULES[key]
    return Problem(link_id, key, tuple(sorted(args.items())), level, code, path)
