"""One validation for every fiche (EJ, EG, P, PM, S, S2, UF, UO), pure Python.

The form (`FormState.problems`), the tree marks and `validate_all` (app/models/fiche_service.py), the store's
finalise and send checks and `ror-referent check` all call `validate`, so what the form shows, what the tree
colours and what the store refuses never differ. One small module per family of checks:

    required      required items and groups at every depth, each repetition on its own
    values        answer types, one value where one is allowed, length, bounds, answer options
    nomenclature  codes unknown to their list, retired codes (blocking); free text in a list (warning)
    formats       telephone, e-mail, URL, FINESS, SIRET, SIREN, postal code
    cross_field   âge minimum <= âge maximum, type d'offre within its champ, champ allowed for the EG's
                  category, opening slots in order and not overlapping
    quality       the ROR national quality rules CP5, CP6, CO3, CO4 (warnings, see quality.py)

Public API:
    validate(questionnaire, answers, *, facts=None, pack=None, enabled_at_top=None, condition=None,
             value_sets=None) -> list[Problem]     problems in form order
    Problem(link_id, key, args, level, code, path): .message (French, or the window's language), .blocking,
        .repetition; problem(link_id, key, path, **args)
    Facts(kind, categorie, finess_categorie, in_sensitive_uf); facts_by_node(rows)
    MESSAGES {key: French template}, RULES {key: (code, level, template)}, DAYS, set_translator, render
    blocking(problems) -> int
    place(questionnaire, problem, label=..., numbered=...) -> str   "Contacts n° 2 › Canal"
"""
from __future__ import annotations

from app.models.validation.engine import blocking, validate
from app.models.validation.facts import Facts, facts_by_node, sensitive_name
from app.models.validation.place import place
from app.models.validation.problem import (
    DAYS,
    ERROR,
    MESSAGES,
    RULES,
    WARNING,
    Problem,
    problem,
    render,
    set_translator,
)

__all__ = ["DAYS", "ERROR", "MESSAGES", "RULES", "WARNING", "Facts", "Problem", "blocking", "facts_by_node",
           "place", "problem", "render", "sensitive_name", "set_translator", "validate"]
