"""A bulk edit's plan said in the interface's language: days, empty values, the item's label, a refusal."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.models import bulk
from app.models.bulk import PlanItem
from app.models.rules import RuleError
from app.views.i18n import current_language
from app.views.refusal_text import refusal_text

translate = QCoreApplication.translate


def day_names() -> dict[str, str]:
    return {"mon": translate("BulkWords", "lun."), "tue": translate("BulkWords", "mar."),
            "wed": translate("BulkWords", "mer."), "thu": translate("BulkWords", "jeu."),
            "fri": translate("BulkWords", "ven."), "sat": translate("BulkWords", "sam."),
            "sun": translate("BulkWords", "dim.")}


def words(values: tuple[Any, ...]) -> str:
    """Labels joined, hours as "lun. 08:00–18:00", nothing as "(vide)"."""
    if not values:
        return translate("BulkWords", "(vide)")
    if isinstance(values[0], tuple):
        return hours_text(values)
    return ", ".join(str(v) for v in values)


def hours_text(slots: tuple[tuple[str, str, str], ...]) -> str:
    """Days with the same hours said once: "lun.–ven. 09:00–12:30, 13:30–18:00 ; sam. 09:00–12:00"."""
    names = day_names()
    by_day: dict[str, list[str]] = {}
    for day, start, end in slots:
        by_day.setdefault(day, []).append(f"{start}–{end}")
    runs: list[tuple[list[str], list[str]]] = []  # (days, hours) of consecutive days alike
    for day in bulk.DAY_ORDER:
        hours = by_day.pop(day, None)
        if hours and runs and runs[-1][1] == hours and bulk.DAY_ORDER.index(runs[-1][0][-1]) + 1 == \
                bulk.DAY_ORDER.index(day):
            runs[-1][0].append(day)
        elif hours:
            runs.append(([day], hours))
    runs.extend(([day], hours) for day, hours in by_day.items())  # a code that is not a weekday, as it is
    parts = []
    for days, hours in runs:
        first, last = names.get(days[0], days[0]), names.get(days[-1], days[-1])
        span = first if len(days) == 1 else (f"{first}, {last}" if len(days) == 2 else f"{first}–{last}")
        parts.append(f"{span} {', '.join(hours)}")
    return translate("BulkWords", " ; ").join(parts)


def outcome(item: PlanItem, link_id: str | None = None) -> str:
    """What happens to the unit: the new value, "déjà à jour", or why it is refused (the item named in the
    interface's language when `link_id` says which)."""
    if item.refusal is not None:
        refusal = item.refusal
        if link_id is not None and "item" in refusal.args_:
            refusal = RuleError(refusal.key, **{**refusal.args_, "item": item_label(link_id)})
        return refusal_text(refusal)
    if item.unchanged:
        return translate("BulkWords", "Déjà à jour : rien à changer")
    if item.problems:
        text = translate("BulkWords", "{0} ({1} problème(s) à corriger ensuite)")
        return text.format(words(item.after), item.problems)
    return words(item.after)


def item_label(link_id: str) -> str:
    """The Questionnaire item's text in the interface's language."""
    lang = current_language()
    for item in [*bulk.offered_items(), bulk.hours_item()]:
        if item.link_id == link_id:
            return item.text_for(lang) or link_id
    return link_id


def detail(item: PlanItem, link_id: str | None = None) -> str:
    """One unit's line of the preview, whole (the table cuts long values)."""
    before = translate("BulkWords", "Avant : {0}").format(words(item.before))
    after = (translate("BulkWords", "Refusé : {0}") if item.refusal is not None
             else translate("BulkWords", "Après : {0}")).format(outcome(item, link_id))
    return f"{item.name} — {item.structure}\n{before}\n{after}"


def change_summary(change: bulk.BulkChange) -> str:
    """"Horaires d'ouverture : lun. 08:00–18:00", "Activités opérationnelles : ajouter « X »"."""
    label = item_label(change.link_id)
    if change.action == "hours":
        return translate("BulkWords", "{0} : {1}").format(label, words(bulk.hours_words(change.answers)))
    value = bulk.label_of_answer(change.answers[0]) if change.answers else ""
    templates = {"set": translate("BulkWords", "{0} : mettre « {1} »"),
                 "add": translate("BulkWords", "{0} : ajouter « {1} »"),
                 "remove": translate("BulkWords", "{0} : retirer « {1} »")}
    return templates[change.action].format(label, value)
