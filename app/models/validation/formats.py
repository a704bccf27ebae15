"""Value formats: telephone numbers, e-mail and web addresses, FINESS, SIRET, SIREN and postal codes.

An item's format follows from its FHIR definition (the same in the app's forms and the ROR's): an
identifier slice, an address's postal code, a telecom value. A contact's value is read by the channel chosen
beside it (TRE_R200: telephone, fax, e-mail, web site); with no channel chosen the value is not judged (the
missing channel is the problem). A telephone number is French (0 and 9 digits, spaces, dots or dashes
between), international (+ or 00, checked with `phonenumbers`, Google's libphonenumber metadata) or a French
short number (15, 3919, checked the same way); e-mail addresses with
`email-validator`, syntax only (no network).
"""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from app.models import identifiers
from app.models.forms.values import answer_code, answer_value
from app.models.validation.problem import Problem, problem
from app.models.validation.walk import Entry, Walk

CHANNEL = "ror-telecom-communication-channel.valueCodeableConcept.coding"
TELECOM_VALUES = ("telecom.value", "telecomAddress.valueString", "telecom:finess.value")
PHONE_CHANNELS = {"1", "2", "6", "8"}  # mobile, fixe, télécopie, téléphone d'alerte
EMAIL_CHANNELS = {"3", "9"}  # courrier électronique, mail d'alerte
WEB_CHANNELS = {"4"}
# France and the overseas regions and collectivities whose numbers a French establishment may give.
_NATIONAL = re.compile(r"^0[1-9]\d{8}$")
_SEPARATORS = re.compile(r"[\s.\-/()]")
_POSTAL_CODE = re.compile(r"^\d{5}$")

IDENTIFIERS = {  # definition suffix -> (check, message key)
    "identifier:finess.value": (identifiers.check_finess, "format-finess"),
    "identifier:numSIRET.value": (identifiers.check_siret, "format-siret"),
    "identifier:sirene.value": (identifiers.check_siren, "format-siren"),
}


def check(walk: Walk) -> list[Problem]:
    found: list[Problem] = []
    for entry in walk.entries:
        if not entry.answers or entry.item.type not in ("string", "text", "url"):
            continue
        key = _format_of(entry)
        if key is None:
            continue
        for answer in entry.answers:
            value = answer_value(answer)[1]
            if isinstance(value, str) and value.strip() and not _valid(key, value):
                found.append(problem(entry.item.link_id, key, entry.path, value=value))
    return found


def _format_of(entry: Entry) -> str | None:
    """The message key of the format the item's value must have, None when it has none to check."""
    item = entry.item
    definition = item.definition or ""
    for suffix, (_check, key) in IDENTIFIERS.items():
        if definition.endswith(suffix):
            return key
    if definition.endswith("address.postalCode"):
        return "format-postal-code"
    if item.type == "url":
        return "format-url"
    if definition.endswith(TELECOM_VALUES):
        channel = _channel(entry)
        if channel in PHONE_CHANNELS or (channel is None and definition.endswith("telecom:finess.value")):
            return "format-phone"
        if channel in EMAIL_CHANNELS:
            return "format-email"
        if channel in WEB_CHANNELS:
            return "format-url"
    return None


def _channel(entry: Entry) -> str | None:
    """The channel code chosen beside a telecom value (same repetition, same telecom group)."""
    telecom = entry.item.parent
    while telecom is not None and not (telecom.definition or "").endswith(("telecom", "telecom:finess",
                                                                            "contact-telecom")):
        telecom = telecom.parent
    if telecom is None:
        return None
    for item in telecom.walk():
        if (item.definition or "").endswith(CHANNEL):
            codes = [answer_code(a) for a in entry.scope.get(item.link_id) or []]
            return next((str(c) for c in codes if c), None)
    return None


def _valid(key: str, value: str) -> bool:
    if key == "format-phone":
        return valid_phone(value)
    if key == "format-email":
        return valid_email(value)
    if key == "format-url":
        return valid_url(value)
    if key == "format-postal-code":
        return bool(_POSTAL_CODE.match(value.strip()))
    for check_, wanted in IDENTIFIERS.values():
        if wanted == key:
            return check_(value) is None
    return True


@lru_cache(maxsize=4096)
def valid_phone(value: str) -> bool:
    """A French number in national form (0 and 9 digits: the numbering plan of France and its overseas
    departments), an international number that libphonenumber knows as valid, or a French short number."""
    import phonenumbers

    compact = _SEPARATORS.sub("", value.strip())
    if _NATIONAL.match(compact):
        return True
    try:
        number = phonenumbers.parse(compact, "FR")
    except phonenumbers.NumberParseException:
        return False
    if compact.startswith(("+", "00")):
        return phonenumbers.is_valid_number(number)
    return compact.isdigit() and phonenumbers.is_valid_short_number(number)


@lru_cache(maxsize=4096)
def valid_email(value: str) -> bool:
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(value.strip(), check_deliverability=False)
    except EmailNotValidError:
        return False
    return True


def valid_url(value: str) -> bool:
    parts = urlsplit(value.strip())
    return parts.scheme in ("http", "https") and "." in parts.netloc and " " not in value.strip()
