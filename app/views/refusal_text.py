"""A refusal said in the user's language: the model gives a key and its arguments, the view the sentence.

The French templates live in `app.models.refusals.MESSAGES`; their translations are in the "Refusal"
context of i18n/*.ts (i18n_build adds every template there). Kind and state codes are shown through the
views' own translated labels: "EG" reads "Entité géographique" in French, "Site" in English.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models.refusals import MESSAGES, Refusal, reason_from_json, render
from app.views.i18n import current_language
from app.views.labels import dossier_label, kind_label, status_label

CONTEXT = "Refusal"
USER_ERRORS = (Refusal, FileExistsError)


def state_label(code: str) -> str:
    """A dossier state or a fiche status, translated (the code itself when unknown)."""
    label = dossier_label(code)
    return label if label != code else status_label(code)


def refusal_text(exc: BaseException) -> str:
    """What the user reads for a refused action: the translated template filled with its arguments."""
    if isinstance(exc, Refusal) and exc.key in MESSAGES:
        template = QCoreApplication.translate(CONTEXT, MESSAGES[exc.key])
        args = dict(exc.args_)
        texts = args.pop("item_texts", None)  # a form item named by its Questionnaire's own translation
        if isinstance(texts, dict) and texts.get(current_language()):
            args["item"] = texts[current_language()]
        try:
            return render(template, args, kind_label, state_label)
        except (KeyError, IndexError, ValueError):  # a translation lost a placeholder: say it in French
            return str(exc)
    return str(exc)


def stored_reason_text(reason: str | None, text: str | None) -> str:
    """A refusal the store kept by key (`refusals.reason_json`) in the user's language, else its stored words."""
    found = reason_from_json(reason)
    return refusal_text(found) if found is not None else text or ""


def unexpected_text(exc: BaseException) -> str:
    return QCoreApplication.translate("Controller", "Erreur inattendue : {0}").format(exc)


def error_text(exc: BaseException) -> str:
    """A refusal in the user's language, anything else as an unexpected error."""
    return refusal_text(exc) if isinstance(exc, USER_ERRORS) else unexpected_text(exc)
