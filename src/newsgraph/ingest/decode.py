"""Bytes to text: refuse binary data, then UTF-8, then a detected legacy encoding.

Cyrillic sites still serve cp1251 and koi8-r, German ones cp1252 or latin-1; charset-normalizer
tells them apart from the byte statistics.
"""

from __future__ import annotations

import codecs

import charset_normalizer

from newsgraph.errors import InputError

SNIFF_BYTES = 8192
# Share of control characters (other than tab/newline/CR/FF) above which decoded "text" is
# really binary data that some 8-bit code page happened to accept.
MAX_CONTROL_SHARE = 0.05

MAGIC = {
    b"%PDF": "PDF document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive (also docx/xlsx/epub)",
    b"\x1f\x8b": "gzip-compressed data",
    b"\x7fELF": "executable",
    b"SQLite format 3": "SQLite database",
}

BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def decode_bytes(data: bytes) -> str:
    """Decode article bytes or raise InputError saying why they are not text."""
    if not data:
        raise InputError("empty file")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"undecodable bytes: {encoding} byte-order mark, {exc}") from exc
    for magic, kind in MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"binary file ({kind}), not text")
    if b"\x00" in data[:SNIFF_BYTES]:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
    if _control_share(text[:SNIFF_BYTES]) > MAX_CONTROL_SHARE:
        raise InputError("binary file (mostly control characters), not text")
    return text


def _decode_legacy(data: bytes) -> str:
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputError("undecodable bytes: no text encoding fits")
    return str(best)


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls / len(text)
