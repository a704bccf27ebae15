"""Reading what a server sends, within bounds: a capped body, JSON only, a bounded nesting depth.

A body larger than `MAX_BYTES` is not read to its end; JSON nested deeper than `MAX_DEPTH` levels is refused
(the mapping, the profile check and deepcopy recurse, and a FHIR resource the ROR uses nests far less).
`loads_bounded` raises `NotJson` or `TooDeep` (plain ValueErrors, for any caller); the client turns them into
`AnswerError` sentences naming the server, the command line into sentences naming the file.
"""
from __future__ import annotations

import json
from typing import Any

import httpx

MAX_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 100


class NotJson(ValueError):
    """The bytes are not JSON (an HTML page, garbage, an empty body)."""


class TooDeep(ValueError):
    """The JSON nests deeper than allowed."""


class TooLarge(ValueError):
    """The body is larger than allowed."""


def read_capped(response: httpx.Response, max_bytes: int = MAX_BYTES) -> bytes:
    """The body of a streamed response, closing it; TooLarge (without reading the rest) past `max_bytes`."""
    try:
        declared = int(response.headers.get("content-length") or 0)
    except ValueError:
        declared = 0
    try:
        if declared > max_bytes:
            raise TooLarge(declared)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > max_bytes:
                raise TooLarge(size)
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        response.close()


def too_deep(value: Any, limit: int = MAX_DEPTH) -> bool:
    """True when containers nest more than `limit` levels (level by level: no recursion on hostile input)."""
    level = [value] if type(value) in _CONTAINERS else []
    depth = 0
    while level:
        depth += 1
        if depth > limit:
            return True
        below: list[Any] = []
        add = below.append
        for item in level:
            for v in (item.values() if type(item) is dict else item):
                kind = type(v)
                if kind is dict or kind is list:
                    add(v)
        level = below
    return False


_CONTAINERS = (dict, list)


def loads_bounded(data: bytes | str, max_depth: int = MAX_DEPTH) -> Any:
    """json.loads, with NotJson for what is not JSON and TooDeep for what nests deeper than `max_depth`."""
    try:
        value = json.loads(data)
    except RecursionError as exc:
        raise TooDeep(max_depth) from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise NotJson(str(exc)) from exc
    if too_deep(value, max_depth):
        raise TooDeep(max_depth)
    return value


def media_type(response: httpx.Response) -> str:
    """'text/html' from 'text/html; charset=utf-8' (for messages)."""
    return (response.headers.get("content-type") or "").split(";", 1)[0].strip().lower()
