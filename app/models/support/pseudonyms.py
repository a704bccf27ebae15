"""Personal contact data replaced by stable placeholders, establishment data kept.

What is personal: the contacts of the fiches, as the forms define them (items whose definition is
`Organization.contact...` or the `ror-healthcareservice-contact` extension: the contact's name or function, its
phone, e-mail or link), in the answers and in the FHIR resources (Organization.contact[].name and .telecom, the
HealthcareService contact extension's description and telecomAddress). Everything else stays: the units' names,
FINESS numbers, addresses and the establishment's own phone (FINESS), codes, capacities.

A value always gives the same placeholder within one bundle ("Personne 1", "+33 1 00 00 00 01",
"personne1@exemple.invalid"), whatever its spelling ("01 23 45 67 89" and "+33123456789" are one number), so
a support agent still sees that two fiches share a contact. A contact named by its function ("Accueil",
"Secrétariat"...) is not a person and is kept. Free texts (the journal, refused changes' messages, logs) get the
same placeholders for the values found in the fiches.
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from typing import Any

from app.models.forms_catalog import list_forms, load_form

CONTACT_PATHS = ("Organization.contact", "HealthcareService.extension:ror-healthcareservice-contact")
HS_CONTACT = "ror-healthcareservice-contact"
HS_TELECOM = "ror-healthcareservice-contact-telecom"
# Functions, not people: a contact named so is kept (compared without accents nor case).
FUNCTIONS = {"accueil", "direction", "secretariat", "secretariat medical", "standard", "cadre de sante",
             "admissions", "admission", "urgences", "infirmerie", "pharmacie", "consultation", "consultations",
             "service social", "assistante sociale", "astreinte", "bureau des entrees", "equipe soignante",
             "infirmier", "infirmiere", "medecin", "medecin coordonnateur", "cadre", "accueil de jour",
             "permanence", "standard telephonique", "contact", "courriel", "telephone", "fax", "site internet"}
PHONE = re.compile(r"\+?[\d\s().\-/]{6,}")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+")
PLACEHOLDER_NAME = re.compile(r"Personne \d+")


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


@cache
def contact_items() -> dict[str, str]:
    """{linkId: 'name' | 'telecom'} of every contact item of the shipped forms (from their definitions)."""
    found: dict[str, str] = {}

    def walk(items: list[dict[str, Any]]) -> None:
        for item in items:
            path = str(item.get("definition") or "").split("#", 1)[-1]
            if (item.get("type") in ("string", "text") and path.startswith(CONTACT_PATHS)
                    and not path.endswith(".url")):
                named = path.endswith(("name.text", "description.valueString"))
                found[item["linkId"]] = "name" if named else "telecom"
            walk(item.get("item") or [])

    for form in list_forms():
        walk(load_form(form).get("item") or [])
    return found


@cache
def plain_items() -> frozenset[str]:
    """The linkIds of the shipped forms with no contact item at or under them: their answers are not visited."""
    plain: set[str] = set()

    def walk(items: list[dict[str, Any]]) -> bool:
        holds_any = False
        for item in items:
            holds = walk(item.get("item") or []) | (item["linkId"] in contact_items())
            if not holds:
                plain.add(item["linkId"])
            holds_any |= holds
        return holds_any

    for form in list_forms():
        walk(load_form(form).get("item") or [])
    return frozenset(plain)


@cache
def markers() -> tuple[str, ...]:
    """What a stored document that may hold a contact contains (the others are not parsed): the resources'
    contact elements, and the contact groups of the answers ("uo.contacts", "oi.responsable"...)."""
    groups = sorted({".".join(link.split(".")[:2]) for link in contact_items()})
    return ('"contact"', HS_CONTACT, *groups)


class Pseudonyms:
    """The placeholders of one bundle, and the values they replace."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str], str] = {}
        self.counts: dict[str, int] = {"name": 0, "phone": 0, "email": 0, "link": 0, "other": 0}
        self.replaced: dict[str, str] = {}  # original text -> placeholder, for free texts
        self._originals: list[str] | None = None

    def _placeholder(self, kind: str, key: str, original: str) -> str:
        found = self._by_key.get((kind, key))
        if found is None:
            self.counts[kind] += 1
            n = self.counts[kind]
            digits = f"{n:08d}"
            found = {"name": f"Personne {n}",
                     "phone": "+33 1 " + " ".join(digits[i:i + 2] for i in range(0, 8, 2)),
                     "email": f"personne{n}@exemple.invalid",
                     "link": f"https://exemple.invalid/personne{n}",
                     "other": f"Coordonnée {n}"}[kind]
            self._by_key[(kind, key)] = found
        if original.strip() and original not in self.replaced:
            self.replaced[original] = found
            self._originals = None
        return found

    def name(self, value: str) -> str:
        key = _plain(value)
        if not key or key in FUNCTIONS or PLACEHOLDER_NAME.fullmatch(value):
            return value
        return self._placeholder("name", key, value)

    def telecom(self, value: str) -> str:
        text = value.strip()
        if not text or text.endswith("@exemple.invalid") or "exemple.invalid/" in text:
            return value
        if EMAIL.fullmatch(text) or text.lower().startswith("mailto:"):
            return self._placeholder("email", text.lower().removeprefix("mailto:"), value)
        if PHONE.fullmatch(text):
            digits = re.sub(r"\D", "", text)
            if digits.startswith("33") and len(digits) == 11:
                digits = "0" + digits[2:]
            return self._placeholder("phone", digits, value)
        if re.match(r"[a-z][a-z0-9+.-]*:", text, re.I):
            return self._placeholder("link", text.lower(), value)
        return self._placeholder("other", _plain(text), value)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    # ------------------------------------------------------------------ documents
    def document(self, doc: Any) -> bool:
        """Replace the contacts of a stored JSON document in place (answers by linkId or FHIR resources);
        True when something changed."""
        return self._walk(doc, contact_items(), plain_items())

    def _walk(self, doc: Any, items: dict[str, str], plain: frozenset[str]) -> bool:
        # only containers are visited, and not the answers of an item with no contact under it
        changed = False
        if isinstance(doc, dict):
            for key, value in doc.items():
                if key in plain:
                    continue
                if key in items and isinstance(value, list):
                    changed |= self._answers(value, items[key])
                elif key == "contact" and isinstance(value, list):
                    changed |= any([self._contact(c) for c in value if isinstance(c, dict)])
                elif key == "extension" and isinstance(value, list):
                    for ext in value:
                        if isinstance(ext, dict) and str(ext.get("url", "")).endswith(HS_CONTACT):
                            changed |= self._hs_contact(ext)
                        elif isinstance(ext, (dict, list)):
                            changed |= self._walk(ext, items, plain)
                elif isinstance(value, (dict, list)):
                    changed |= self._walk(value, items, plain)
        elif isinstance(doc, list):
            for value in doc:
                if isinstance(value, (dict, list)):
                    changed |= self._walk(value, items, plain)
        return changed

    def _answers(self, answers: list[Any], kind: str) -> bool:
        changed = False
        for answer in answers:
            if isinstance(answer, dict) and isinstance(answer.get("valueString"), str):
                new = self.name(answer["valueString"]) if kind == "name" else self.telecom(answer["valueString"])
                changed |= new != answer["valueString"]
                answer["valueString"] = new
        return changed

    def _set(self, holder: dict[str, Any], key: str, fn: Any) -> bool:
        value = holder.get(key)
        if isinstance(value, str):
            holder[key] = fn(value)
            return holder[key] != value
        if isinstance(value, list):
            holder[key] = [fn(v) if isinstance(v, str) else v for v in value]
            return holder[key] != value
        return False

    def _contact(self, contact: dict[str, Any]) -> bool:
        """Organization.contact: its name (text, family, given) and its telecoms."""
        changed = False
        name = contact.get("name")
        if isinstance(name, dict):
            for key in ("text", "family", "given"):
                changed |= self._set(name, key, self.name)
        for telecom in contact.get("telecom") or []:
            if isinstance(telecom, dict):
                changed |= self._set(telecom, "value", self.telecom)
        return changed

    def _hs_contact(self, ext: dict[str, Any]) -> bool:
        """The ROR HealthcareService contact extension: its description and its telecom addresses."""
        changed = False
        for sub in ext.get("extension") or []:
            if not isinstance(sub, dict):
                continue
            url = str(sub.get("url", ""))
            if url.endswith(HS_TELECOM):
                for part in sub.get("extension") or []:
                    if isinstance(part, dict) and part.get("url") == "telecomAddress":
                        changed |= self._set(part, "valueString", self.telecom)
            elif "valueString" in sub:
                changed |= self._set(sub, "valueString", self.name)
            elif isinstance(sub.get("valueHumanName"), dict):
                for key in ("text", "family", "given"):
                    changed |= self._set(sub["valueHumanName"], key, self.name)
        return changed

    def document_text(self, text: str) -> str | None:
        """A stored JSON document's text with its contacts replaced; None when it holds none."""
        if not any(m in text for m in markers()):
            return None
        try:
            doc = json.loads(text)
        except ValueError:
            return None
        return json.dumps(doc) if self.document(doc) else None

    # ------------------------------------------------------------------ free texts
    def free_text(self, text: str) -> str:
        """A text with every value replaced in the documents replaced by the same placeholder."""
        if not self.replaced:
            return text
        if self._originals is None:
            self._originals = sorted(self.replaced, key=len, reverse=True)
        # only the values this text holds go into its pattern (the longest first, as for all of them): one
        # pattern of thousands of values costs more to compile than the few free texts cost to search
        present = [o for o in self._originals if o in text]
        if not present:
            return text
        pattern = re.compile("|".join(re.escape(o) for o in present))
        return pattern.sub(lambda m: self.replaced[m.group(0)], text)
