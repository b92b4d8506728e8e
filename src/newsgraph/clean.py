"""Cleaning: repair, then only take away — and list everything taken away, with why.

Scraped and machine-translated news carries mojibake, HTML entities and tags that leaked into the
text (`< /p>`), stray angle brackets (`Darüber erzählt > ehemaliger`) and site furniture
(`Ähnliche Themen:`, share prompts, related-link lists). The steps, in order:
1. repair: line breaks unified, mojibake fixed by ftfy (curly quotes are kept — quotation
   detection needs them), HTML entities decoded;
2. markup: script/style blocks, comments and tags of known HTML elements removed;
3. stray `<`/`>` standing alone between two words removed;
4. whitespace tidied (runs of spaces, invisible characters, blank-line runs);
5. boilerplate lines removed (see `boilerplate.py`).
After step 1 nothing is added: the cleaned text is the repaired text with pieces taken out.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from difflib import SequenceMatcher

import ftfy

from newsgraph.boilerplate import boilerplate_lines
from newsgraph.data import load_toml
from newsgraph.errors import InputError
from newsgraph.model import Document, Removal

FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=False, explain=False)
# Scripts that mis-decoded UTF-8 of our languages repairs to.
REPAIR_SCRIPTS = {"LATIN", "CYRILLIC", "GREEK"}
LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b]")
ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
SCRIPT_BLOCK = re.compile(r"<\s*(script|style)\b[^>]*>.*?<\s*/\s*\1\s*>", re.I | re.S)
COMMENT = re.compile(r"<!--.*?-->", re.S)
STRAY_MARK = re.compile(r"(?<=[^\W\d_])[ \t]+[<>]+(?=[ \t]+[^\W\d_])")
INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u00ad]")
SPACES = re.compile(r"[ \t\f\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Headlines may end in "?" or "!", not in a full stop or a colon.
STATEMENT_END = re.compile(r"[.:;,][\"'»«“”‘’)\]]*\s*$")
# Lines before the headline that carry a date, a time or breadcrumb separators, not a title.
DATELINE = re.compile(r"\b\d{1,2}[.:/]\d{2}\b|\s[|›»]\s")
MAX_DATELINES = 2
# A first line longer than this is a sentence, not a headline.
MAX_TITLE_WORDS = 30
MAX_TITLE_CHARS = 300


def _tag_pattern(names: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(sorted(names, key=len, reverse=True))
    return re.compile(rf"<\s*/?\s*(?:{alternatives})\b(?:\s[^<>]{{0,500}}?)?\s*/?\s*>", re.I)


_TAGS = load_toml("html_tags.toml")
BLOCK_TAG = _tag_pattern(_TAGS["block"])
INLINE_TAG = _tag_pattern(_TAGS["inline"])


def clean(doc: Document) -> Document:
    """The pipeline stage: cleans `doc.text`, fills `removed` and `title`."""
    text, removed = repair(doc.text)
    for pattern, reason, replacement in (
        (SCRIPT_BLOCK, "markup", ""),
        (COMMENT, "markup", ""),
        (BLOCK_TAG, "markup", _line_break_inside_line),
        (INLINE_TAG, "markup", ""),
        (STRAY_MARK, "stray markup", ""),
    ):
        text, taken = _remove(pattern, text, reason, replacement)
        removed += taken
    lines = _tidy_lines(text)
    drop = boilerplate_lines(lines)
    removed += [Removal(lines[i].strip(), reason) for i, reason in sorted(drop.items())]
    kept = _squeeze_blank([line for i, line in enumerate(lines) if i not in drop])
    body = "\n".join(kept).strip()
    if not body:
        raise InputError("no article text left after cleaning")
    doc.title, doc.text = _title_and_text(doc.title, body)
    doc.removed = removed
    return doc


def repair(text: str) -> tuple[str, list[Removal]]:
    """Unify line breaks, fix mojibake line by line, decode entities; list what changed."""
    text = LINE_BREAKS.sub("\n", text)
    removed: list[Removal] = []
    lines = []
    for line in text.split("\n"):
        fixed = ftfy.fix_text(line, FTFY_CONFIG) if not line.isascii() else line
        if fixed != line and not _plausible_repair(line, fixed):
            fixed = line
        if fixed != line:
            removed += _differences(line, fixed, "unicode repair")
        lines.append(fixed)
    text = "\n".join(lines)
    pieces: list[Removal] = []

    def decode(match: re.Match[str]) -> str:
        entity = match.group(0)
        value = html.unescape(entity)
        if value != entity:
            pieces.append(Removal(entity, "markup entity", value))
        return value

    text = ENTITY.sub(decode, text)
    return text, removed + pieces


def _plausible_repair(before: str, after: str) -> bool:
    """ftfy reads `Fuß“` as mojibake of an N'Ko letter; a repair that brings in a script the
    line did not have, other than the ones our mojibake decodes to, is no repair."""
    return _scripts(after) <= _scripts(before) | REPAIR_SCRIPTS


def _scripts(text: str) -> set[str]:
    return {
        unicodedata.name(ch, "UNKNOWN").split()[0]
        for ch in text
        if not ch.isascii() and unicodedata.category(ch)[0] in "LN"
    }


def headline(line: str) -> bool:
    """Whether a first line reads as a headline rather than the first sentence."""
    words = len(line.split())
    return (
        0 < words <= MAX_TITLE_WORDS
        and len(line) <= MAX_TITLE_CHARS
        and not (STATEMENT_END.search(line))
    )


def _differences(before: str, after: str, reason: str) -> list[Removal]:
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    return [
        Removal(before[i1:i2], reason, after[j1:j2])
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
        if op != "equal"
    ]


def _line_break_inside_line(match: re.Match[str]) -> str:
    """A block tag between two pieces of one line separates them; at a line's edge it goes."""
    text, start, end = match.string, match.start(), match.end()
    before = text[text.rfind("\n", 0, start) + 1 : start]
    after_end = text.find("\n", end)
    after = text[end : after_end if after_end >= 0 else len(text)]
    return "\n" if before.strip() and after.strip() else ""


def _remove(
    pattern: re.Pattern[str],
    text: str,
    reason: str,
    replacement: str | Callable[[re.Match[str]], str],
) -> tuple[str, list[Removal]]:
    taken = [Removal(m.group(0).strip(), reason) for m in pattern.finditer(text)]
    return (pattern.sub(replacement, text), taken) if taken else (text, [])


def _tidy_lines(text: str) -> list[str]:
    text = INVISIBLE.sub("", text)
    return [SPACES.sub(" ", line).strip() for line in text.split("\n")]


def _squeeze_blank(lines: list[str]) -> list[str]:
    """At most one blank line between paragraphs."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return out


def _title_and_text(meta_title: str | None, body: str) -> tuple[str | None, str]:
    """Title from metadata, else the first line that reads as a headline (after at most
    `MAX_DATELINES` dateline/breadcrumb lines); a metadata title is put first in the text."""
    lines = body.split("\n")
    first, rest = lines[0], "\n".join(lines[1:])
    if meta_title:
        title = " ".join(repair(meta_title)[0].split())
        title = INLINE_TAG.sub("", BLOCK_TAG.sub(" ", title)).strip()
        if not title:
            return _title_and_text(None, body)
        if first.casefold() == title.casefold() or (
            title.casefold().startswith(first.casefold()) and headline(first) and rest.strip()
        ):
            return first, body
        return title, f"{title}\n{body}"
    candidates = [line for line in lines if line.strip()]
    for index, line in enumerate(candidates[: MAX_DATELINES + 1]):
        if index + 1 < len(candidates) and headline(line) and not DATELINE.search(line):
            return line, body
        if not DATELINE.search(line):
            break
    return None, body
