"""Element paths of SDC `definition`s, as used by definition-based extraction.

A definition reads `<profile-url>#HealthcareService.characteristic:careMode.coding`; the ROR's also use
`extension:ror-healthcareservice-sensitive-unit.value` slices, and `extension('url')` or
`extension.where(url = '...')` forms. Their linkIds usually repeat the path (`Hs1.extension:...`) and are
often more exact than the definition (wrong slice names, truncated paths), so both are parsed.

Public API:
    Seg(name, slice=None, url=None)
    parse_path(text: str) -> list[Seg]            split on dots outside quotes and parentheses
    definition_path(definition: str, resource_type: str) -> list[Seg] | None   None when not that resource's
    link_path(link_id: str) -> list[Seg] | None          from a path-like linkId (first segment dropped)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_CALL = re.compile(r"""^(?P<name>[A-Za-z_][\w-]*)\((?P<q>['"])(?P<arg>.*)(?P=q)\)$""")
_WHERE_URL = re.compile(r"""^where\(\s*url\s*=\s*(?P<q>['"])(?P<arg>.*)(?P=q)\s*\)$""")


@dataclass
class Seg:
    name: str
    slice: str | None = None
    url: str | None = None

    def key(self) -> tuple:
        return (self.name, self.url or self.slice)


def _split(text: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    depth, quote = 0, None
    for ch in text:
        if quote:
            current.append(ch)
            if ch == quote:
                quote = None
            continue
        if ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "." and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def parse_path(text: str) -> list[Seg]:
    """Fresh segments (callers may change them) from the cached parse of `text`."""
    return [Seg(name, slice_name, url) for name, slice_name, url in _parsed(text)]


@lru_cache(maxsize=4096)
def _parsed(text: str) -> tuple[tuple[str, str | None, str | None], ...]:
    """The parse of a path, once per text: a form's few hundred paths are read for every fiche extracted."""
    segs: list[Seg] = []
    for part in _split(text):
        where = _WHERE_URL.match(part)
        if where and segs:
            segs[-1].url = where.group("arg")
            continue
        call = _CALL.match(part)
        if call:
            segs.append(Seg(call.group("name"), url=call.group("arg")))
            continue
        name, _, slice_name = part.partition(":")
        name = name.replace("[x]", "")
        segs.append(Seg(name, slice_name or None))
    return tuple((s.name, s.slice, s.url) for s in segs)


def definition_path(definition: str | None, resource_type: str) -> list[Seg] | None:
    if not definition or "#" not in definition:
        return None
    path = definition.split("#", 1)[1]
    segs = parse_path(path)
    if len(segs) < 2 or segs[0].name != resource_type:
        return None
    return segs[1:]


def link_path(link_id: str) -> list[Seg] | None:
    text = link_id.split("#", 1)[1] if "#" in link_id else link_id
    text = text.replace("@hgroup", "")
    segs = parse_path(text)
    if len(segs) < 2:
        return None
    return segs[1:]  # the first segment names the context group (e.g. "Hs1")
