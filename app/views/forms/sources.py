"""Where a choice item takes its values from: its answerOption list, a value set of the pack, or nothing.

One small interface for the choice widgets: `search(text)` (case and accents ignored), `label(answer)`, `short`
(few enough values for a plain drop-down), `missing` (the value set is not held yet: free entry, flagged).
"""
from __future__ import annotations

from typing import Any

from app.models.forms.questionnaire import ItemDef, value_set_of
from app.models.nomenclatures import fold
from app.views.i18n import current_language

SHORT_LIST = 25  # at most this many values: a plain drop-down; more: type-ahead


def answer_label(answer: dict) -> str:
    """What a user reads for an answer value: a coding's display (else its code), else the value as text."""
    for key, value in answer.items():
        if not key.startswith("value"):
            continue
        if isinstance(value, dict):
            if "code" in value:
                return str(value.get("display") or value.get("code"))
            if "value" in value:
                return f"{value['value']} {value.get('unit') or value.get('code') or ''}".strip()
            return str(value.get("display") or value.get("reference") or value)
        if isinstance(value, bool):
            return "Oui" if value else "Non"
        return str(value)
    return ""


def same_answer(a: dict, b: dict) -> bool:
    ca, cb = a.get("valueCoding"), b.get("valueCoding")
    if isinstance(ca, dict) and isinstance(cb, dict):
        return ca.get("code") == cb.get("code") and (not ca.get("system") or not cb.get("system")
                                                     or ca.get("system") == cb.get("system"))
    return ({k: v for k, v in a.items() if k.startswith("value")}
            == {k: v for k, v in b.items() if k.startswith("value")})


class OptionSource:
    """The values one choice item offers."""

    def __init__(self, item: ItemDef, pack: Any = None) -> None:
        self.item = item
        self.value_set = None
        self._options: list[tuple[dict, str, str]] = []  # (answer, label, folded label)
        if item.answer_options:
            lang = current_language()
            for opt in item.answer_options:
                label = opt.label_for(lang) or answer_label(opt.value)
                self._options.append((opt.value, label, fold(label)))
        elif item.answer_value_set:
            self.value_set = value_set_of(pack, item.answer_value_set)
        self.missing = bool(item.answer_value_set) and not item.answer_options and self.value_set is None

    def __len__(self) -> int:
        if self.value_set is not None:
            return len(self.value_set.concepts)
        return len(self._options)

    @property
    def short(self) -> bool:
        return not self.missing and len(self) <= SHORT_LIST and self.item.item_control != "autocomplete"

    def all(self) -> list[tuple[dict, str]]:
        if self.value_set is not None:
            return [({"valueCoding": c.as_coding()}, c.display or c.code) for c in self.value_set.concepts
                    if not c.retired]
        return [(a, label) for a, label, _ in self._options]

    def search(self, text: str, limit: int = 50) -> list[tuple[dict, str]]:
        """Values whose label contains every word typed (accents and case ignored), word starts first."""
        if self.value_set is not None:
            return [({"valueCoding": c.as_coding()}, c.display or c.code) for c in self.value_set.search(text, limit)]
        words = fold(text).split()
        if not words:
            return self.all()[:limit]
        hits = [(a, label, folded) for a, label, folded in self._options
                if all(w in folded or w == answer_code_text(a) for w in words)]
        hits.sort(key=lambda h: (not h[2].startswith(words[0]), not any(p.startswith(words[0])
                                                                        for p in h[2].split())))
        return [(a, label) for a, label, _ in hits[:limit]]

    def label(self, answer: dict) -> str:
        for a, label, _ in self._options:  # an option of the form's own list: its text in the interface's language
            if same_answer(a, answer):
                return label
        coding = answer.get("valueCoding")
        if isinstance(coding, dict) and not coding.get("display") and self.value_set is not None:
            concept = self.value_set.lookup(coding.get("code"))
            if concept is not None:
                return concept.display or concept.code
        return answer_label(answer)

    def match(self, text: str) -> dict | None:
        """The value whose label (or code) is exactly `text`, accents and case ignored."""
        wanted = fold(text)
        if not wanted:
            return None
        for answer, label in self.search(text, limit=200):
            if fold(label) == wanted or answer_code_text(answer) == text.strip():
                return answer
        return None

    def free_answer(self, text: str) -> dict:
        """A value typed freely (value set not held, or open-choice)."""
        text = text.strip()
        if self.item.type == "open-choice" and not self.missing:
            return {"valueString": text}
        return {"valueCoding": {"code": text, "display": text}}


def answer_code_text(answer: dict) -> str:
    coding = answer.get("valueCoding")
    if isinstance(coding, dict):
        return str(coding.get("code") or "")
    return ""
