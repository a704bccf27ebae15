"""Reading the FINESS extract as a stream: line by line, in batches, in constant memory, with progress and cancel.

Each line is decoded on its own: as UTF-8 when its bytes are UTF-8, else as Windows-1252 (the superset of latin-1
that the historical extract is written in), so one latin-1 byte in a UTF-8 file costs that line alone, never the
accents of the others; `fallback_lines` says how many lines needed it. Only two encodings are possible, and a
line that decodes as UTF-8 with an accent is UTF-8 (a latin-1 accent followed by ASCII never is), so no
statistical guess of the whole file is needed.

A download cut short ends in the middle of a line: the file's last line is looked at before anything is read
(`check_complete`), and a file whose last line is a partial row is refused. The manifest's third field
("finess;etalab;111;2026-05-12") is not the number of rows (the real 2026-05-12 extract of about 100,000 rows
says 111), so it cannot tell a cut file from a whole one.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from app.models.refusals import Refusal

TAIL_BYTES = 65536
BINARY_PROBE = 65536
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

Progress = Callable[[int, int, int], None]  # rows read, bytes read, file size


class FinessFileError(Refusal):
    """The file cannot be read as a FINESS extract at all: nothing is imported from it."""


class ImportCancelled(Refusal):
    """The user cancelled the import: nothing was imported."""

    def __init__(self) -> None:
        super().__init__("finess-cancelled")


def decode_line(raw: bytes) -> tuple[str, bool]:
    """The text of one line, and whether it needed the single-byte fallback (it was not UTF-8)."""
    try:
        return raw.decode("utf-8"), False
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), True
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: undefined in Windows-1252, kept as latin-1
        return raw.decode("latin-1"), True


def _full_date(value: str) -> bool:
    return not value.strip() or bool(_DATE.fullmatch(value.strip()))


def _last_line_complete(parts: list[str], field_count: int) -> bool:
    """Whether a last line without a line break is a whole record (a cut inside a date or a short row is not)."""
    tag = parts[0].strip().lower() if parts else ""
    if tag == "structureet":
        n = len(parts)
        if n == field_count + 1 and not parts[-1].strip():
            parts = parts[:-1]
        elif n == field_count - 1:
            parts = [*parts, ""]
        elif n != field_count:
            return False
        numuai = parts[-1].strip()
        return all(_full_date(p) for p in parts[-4:-1]) and len(numuai) in (0, 8)
    if tag == "geolocalisation":
        return len(parts) == 6 and _full_date(parts[-1])
    if tag == "finess":
        return len(parts) >= 4 and _full_date(parts[3])
    return not any(known.startswith(tag) for known in ("structureet", "geolocalisation", "finess")) or not tag


def check_complete(fh: BinaryIO, size: int, name: str, split: Callable[[str], list[str]],
                   field_count: int) -> None:
    """Refuse a file whose last line stops in the middle of a record (a download cut short)."""
    fh.seek(max(0, size - TAIL_BYTES))
    tail = fh.read()
    fh.seek(0)
    if not tail or tail.endswith(b"\n"):
        return
    last = tail.rsplit(b"\n", 1)[-1].rstrip(b"\r")
    text, _ = decode_line(last)
    if not text.strip():
        return
    try:
        parts = split(text.lstrip("\ufeff"))
    except csv.Error:
        parts = []
    if not _last_line_complete(parts, field_count):
        raise FinessFileError("finess-cut", name=name)


@dataclass
class LineStats:
    """What the reader saw, for the report: lines, lines decoded by the fallback, and the encoding in words."""

    lines: int = 0
    fallback_lines: int = 0
    utf8_accented_lines: int = 0
    bytes_read: int = 0
    size: int = 0
    fallback_first: list[int] = field(default_factory=list)  # the first few line numbers, for the report

    @property
    def encoding(self) -> str:
        """'utf-8', 'cp1252' (every accented line single-byte) or 'mixed' (both kinds of lines)."""
        if not self.fallback_lines:
            return "utf-8"
        return "mixed" if self.utf8_accented_lines else "cp1252"


def open_extract(path: Path) -> tuple[BinaryIO, int]:
    """The file opened for reading, and its size; the refusals of a file that cannot be an extract."""
    name = path.name
    if path.is_dir():
        raise FinessFileError("finess-folder", name=name)
    try:
        fh = path.open("rb")
    except FileNotFoundError:
        raise FinessFileError("finess-not-found", name=name) from None
    except OSError:
        raise FinessFileError("finess-unreadable", name=name) from None
    try:
        size = path.stat().st_size
        head = fh.read(BINARY_PROBE)
        if not head.strip():
            raise FinessFileError("finess-empty", name=name)
        if b"\x00" in head:
            raise FinessFileError("finess-binary", name=name)
        fh.seek(0)
    except BaseException:
        fh.close()
        raise
    return fh, size


def lines_of(fh: BinaryIO, stats: LineStats, name: str) -> Iterator[tuple[int, str]]:
    """(line number, text) of every line, decoded one by one; counts what `stats` reports."""
    for number, raw in enumerate(fh, start=1):
        stats.bytes_read += len(raw)
        stats.lines = number
        if b"\x00" in raw:
            raise FinessFileError("finess-binary", name=name)
        raw = raw.rstrip(b"\r\n")
        text, fallback = decode_line(raw)
        if fallback:
            stats.fallback_lines += 1
            if len(stats.fallback_first) < 10:
                stats.fallback_first.append(number)
        elif not raw.isascii():
            stats.utf8_accented_lines += 1
        if number == 1:
            text = text.lstrip("\ufeff")
        yield number, text
