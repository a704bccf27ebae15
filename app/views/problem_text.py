"""The problems of a fiche said in the interface's language.

A problem carries a message key and its arguments (app/models/validation/problem.py); its French templates
are in the "Problem" context of i18n/*.ts (i18n_build adds them, with the day names). Importing this module
installs the translator, so `Problem.message` reads in the current language wherever the window shows it.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models.forms.questionnaire import ItemDef, Questionnaire
from app.models.validation import Problem, place, render, set_translator
from app.views.i18n import current_language

CONTEXT = "Problem"


def translate(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


def problem_text(problem: Problem) -> str:
    """The problem's sentence in the interface's language."""
    return render(problem.key, problem.arguments, translate)


def problem_place(questionnaire: Questionnaire, problem: Problem) -> str:
    """"Contacts n° 2 › Canal" in the interface's language."""
    def numbered(text: str, n: int) -> str:
        return QCoreApplication.translate("ProblemPlace", "{0} n° {1}").format(text, n)

    lang = current_language()

    def label(item: ItemDef) -> str:
        text_for = getattr(item, "text_for", None)  # the form's own translation of its texts
        return (text_for(lang) if text_for is not None else item.text) or item.link_id

    return place(questionnaire, problem, label, numbered)


set_translator(translate)
