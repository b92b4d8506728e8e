"""Dates: normalising the publication dates that metadata gives, keeping their precision."""

from __future__ import annotations

import re

import dateparser

from newsgraph.errors import InputError

ISO_PREFIX = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:[T ].*)?$")


def normalise_date(value: str) -> str:
    """`2023-11-09T10:00:00+02:00` → `2023-11-09`, `2023-11` stays `2023-11`, other spellings
    (`9 November 2023`, `09.11.2023`) through dateparser; raises InputError when it is no date."""
    text = value.strip()
    match = ISO_PREFIX.match(text)
    if match:
        return "-".join(part for part in match.groups() if part)
    parsed = dateparser.parse(text, settings={"DATE_ORDER": "DMY", "STRICT_PARSING": True})
    if parsed is None:
        raise InputError(f"not a date: {value!r}")
    return str(parsed.date().isoformat())
