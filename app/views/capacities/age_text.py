"""How old a figure is, said in the interface's language: « il y a 3 h », « il y a 2 jours »."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject


class CapacityAge(QObject):
    """A QObject only for tr() with plural forms (lupdate reads numerus from tr calls)."""

    def text(self, age: timedelta | None) -> str:
        if age is None:
            return self.tr("jamais saisi")
        seconds = max(0, int(age.total_seconds()))
        if seconds < 60:
            return self.tr("à l'instant")
        if seconds < 3600:
            return self.tr("il y a %n min", "", seconds // 60)
        if seconds < 86_400:
            return self.tr("il y a %n h", "", seconds // 3600)
        days = seconds // 86_400
        if days < 60:
            return self.tr("il y a %n jour(s)", "", days)
        if days < 730:
            return self.tr("il y a %n mois", "", days // 30)
        return self.tr("il y a %n an(s)", "", days // 365)


_AGE: CapacityAge | None = None


def age_text(age: timedelta | None) -> str:
    """The age of a figure in words; a figure never entered is « jamais saisi »."""
    global _AGE
    if _AGE is None:
        _AGE = CapacityAge()
    return _AGE.text(age)
