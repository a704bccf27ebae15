"""Check keys of the French structure identifiers: FINESS, SIREN, SIRET.

Each `check_*` function returns None when the value is valid, or the reason in French (shown to the user as
is). Values are normalised first with `normalize`: surrounding and inner spaces are removed (a SIRET is often
written "260 100 045 00012") and letters are put in capitals ("2a" -> "2A").

FINESS: 9 characters, the first 2 give the département, then 7 digits (6-digit sequence + check digit); the key
is a plain Luhn over the 9 digits (checked on every real number we have, metropolitan and overseas 97x/98x).
Corsica (2A/2B) and the lettered overseas codes (9A..9J) contain a letter: how their key is computed is not
published and could not be verified on a real row. A wrong guess would refuse a real establishment, which is
worse than letting a typo through (the numbers come from the FINESS extract anyway), so for those numbers the
format is checked and the key is NOT checked; `finess_key_checked` tells which case applies so a screen can
say so.

SIREN (9 digits) and SIRET (14 digits): Luhn; a SIRET must also start with a valid SIREN. La Poste (SIREN
356000000) numbers its establishments differently: a SIRET of La Poste is valid when the sum of its 14 digits is
a multiple of 5 (its head office 35600000000048 passes Luhn instead, so either is accepted).
"""
from __future__ import annotations

from collections.abc import Callable

LA_POSTE_SIREN = "356000000"

# Two-character codes that may start a FINESS number: 01..95 (no 20 since 1976: Corsica is 2A/2B),
# 97 and 98 (overseas, numeric form used by the real numbers), and the lettered overseas codes of the extract.
_NUMERIC_DEPARTEMENTS = {f"{n:02d}" for n in range(1, 96) if n != 20} | {"97", "98"}
_LETTERED_DEPARTEMENTS = {"2A", "2B"} | {f"9{c}" for c in "ABCDEFGHIJ"}
FINESS_DEPARTEMENTS = frozenset(_NUMERIC_DEPARTEMENTS | _LETTERED_DEPARTEMENTS)

KINDS = ("finess", "siren", "siret")


def normalize(value: str | None) -> str:
    """The value without any whitespace and in capitals: the form that is checked and stored."""
    if value is None:
        return ""
    return "".join(str(value).split()).upper()


def luhn_ok(digits: str) -> bool:
    """True when a string of digits passes the Luhn (mod 10) check."""
    total = 0
    for i, char in enumerate(reversed(digits)):
        d = ord(char) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _length_reason(value: str, expected: int, what: str) -> str | None:
    if not value:
        return "valeur vide"
    if len(value) != expected:
        return f"{expected} {what} attendus, {len(value)} reçus"
    return None


def check_finess(value: str | None) -> str | None:
    """None when `value` is a valid FINESS number (EJ or EG), else the reason in French."""
    v = normalize(value)
    reason = _length_reason(v, 9, "caractères")
    if reason:
        return reason
    dep = v[:2]
    if dep not in FINESS_DEPARTEMENTS:
        return f"département inconnu : {dep}"
    if not v[2:].isdigit() or not v[2:].isascii():
        return "les 7 derniers caractères doivent être des chiffres"
    if dep in _NUMERIC_DEPARTEMENTS and not luhn_ok(v):
        return "clé de contrôle invalide"
    return None


def finess_key_checked(value: str | None) -> bool:
    """False for the numbers whose key cannot be checked (Corsica 2A/2B, lettered overseas codes 9A..9J)."""
    return normalize(value)[:2] not in _LETTERED_DEPARTEMENTS


def check_siren(value: str | None) -> str | None:
    """None when `value` is a valid SIREN (9 digits, Luhn), else the reason in French."""
    v = normalize(value)
    reason = _length_reason(v, 9, "chiffres")
    if reason:
        return reason
    if not (v.isdigit() and v.isascii()):
        return "seuls des chiffres sont attendus"
    if not luhn_ok(v):
        return "clé de contrôle invalide"
    return None


def check_siret(value: str | None) -> str | None:
    """None when `value` is a valid SIRET (14 digits, Luhn; La Poste: digit sum multiple of 5), else the reason."""
    v = normalize(value)
    reason = _length_reason(v, 14, "chiffres")
    if reason:
        return reason
    if not (v.isdigit() and v.isascii()):
        return "seuls des chiffres sont attendus"
    if v.startswith(LA_POSTE_SIREN):
        if luhn_ok(v) or sum(int(c) for c in v) % 5 == 0:
            return None
        return "clé de contrôle invalide (La Poste : la somme des chiffres doit être un multiple de 5)"
    if not luhn_ok(v[:9]):
        return "SIREN invalide (les 9 premiers chiffres) : clé de contrôle invalide"
    if not luhn_ok(v):
        return "clé de contrôle invalide"
    return None


_CHECKS: dict[str, Callable[[str | None], str | None]] = {
    "finess": check_finess,
    "siren": check_siren,
    "siret": check_siret,
}


def validate(kind: str, value: str | None) -> str | None:
    """Dispatch on 'finess' | 'siren' | 'siret'; None when valid, else the reason in French.

    Raises ValueError for an unknown kind (a programming error, not a user one).
    """
    try:
        check = _CHECKS[kind.lower()]
    except KeyError:
        raise ValueError(f"unknown identifier kind: {kind!r} (expected one of {', '.join(KINDS)})") from None
    return check(value)
