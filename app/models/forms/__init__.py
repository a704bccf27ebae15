"""The forms engine: SDC Questionnaires parsed, filled, validated, converted and extracted, without Qt.

Typical use (a view or a command):
    q = load_questionnaire(json_dict, pack=NomenclaturePack.default())
    state = FormState(q, fiche_answers, context={"ror-structure": healthcare_service}, pack=pack,
                      prefilled=node.prefilled)
    state.populate()                       # new fiche: pre-fill from the launch context and initial values
    changed = state.set("Hs1.name", [{"valueString": "Unité ..."}])   # refresh only `changed` in the UI
    problems = state.problems()            # [Problem(link_id, key, args, level, code, path)]
    resource = extract(q, state.enabled_answers(), base=previous_resource)[0]
    answers = answers_from_resources(q, [healthcare_service, location])   # the inverse: a pulled fiche
See each module's docstring for the details of its API.
"""
from app.models.forms.expressions import ExpressionError, evaluate, quote_context_names
from app.models.forms.extraction import ROR_PROFILES, extract
from app.models.forms.population import answers_from_resources
from app.models.forms.questionnaire import (
    AnswerOption,
    EnableWhen,
    ItemDef,
    Questionnaire,
    QuestionnaireError,
    load_questionnaire,
)
from app.models.forms.response import from_response, to_response
from app.models.forms.state import FormState, PrefilledValueError, Problem

__all__ = [
    "AnswerOption", "EnableWhen", "answers_from_resources", "ExpressionError", "FormState", "ItemDef",
    "PrefilledValueError", "Problem",
    "Questionnaire", "QuestionnaireError", "ROR_PROFILES", "evaluate", "extract", "from_response",
    "load_questionnaire", "quote_context_names", "to_response",
]
