"""Re-case lower-cased MultiCoNER sentences so they teach knowledge, not wrong casing.

MultiCoNER is all lower case; news is not. Feeding it raw would teach the model
that lower-case "berlin" is a LOC and weaken casing cues. We restore plausible
casing: entity tokens title-cased (except particles like "von", "of"),
sentence-initial token capitalised, and other tokens take their dominant
mid-sentence casing from a lexicon counted over cased, licence-clean text
(German nouns become capitalised, "i" -> "I", "monday" -> "Monday").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

PARTICLES = {
    "von",
    "van",
    "der",
    "den",
    "de",
    "del",
    "della",
    "di",
    "da",
    "du",
    "la",
    "le",
    "les",
    "zu",
    "zum",
    "zur",
    "und",
    "of",
    "the",
    "and",
    "for",
    "in",
    "on",
    "im",
    "am",
    "an",
    "auf",
    "für",
    "des",
    "dem",
    "die",
    "das",
    "y",
    "e",
    "a",
    "bin",
    "al",
    "el",
    "at",
    "to",
}


def case_lexicon(sents: Iterable[list[str]], min_count: int = 2) -> dict[str, str]:
    """Dominant non-initial surface form per lower-cased word (lower-case winners kept too,
    so they can override a capitalised dictionary stem such as "Gut" for "gut")."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for toks in sents:
        for t in toks[1:]:
            if t.isalpha():
                forms[t.lower()][t] += 1
    lex: dict[str, str] = {}
    for low, c in forms.items():
        form, n = c.most_common(1)[0]
        if n >= min_count and n > c.get(low, 0) or form == low:
            lex[low] = form
    return lex


def _lookup(t: str, lex: dict[str, str], compounds: bool) -> str | None:
    """Cased form of ``t`` (trailing punctuation kept); German compounds take their head's case."""
    core = t.rstrip(",.;:!?)")
    tail = t[len(core) :]
    form = lex.get(core)
    if form is None and compounds and len(core) > 6 and core.isalpha():
        for k in range(
            3, len(core) - 3
        ):  # longest known head noun wins ("aktfotografie" -> "Fotografie")
            head = lex.get(core[k:])
            if head is not None:
                form = core[:1].upper() + core[1:] if head[:1].isupper() else None
                break
    return None if form is None else form + tail


def recase(
    toks: list[str], tags: list[str], lex: dict[str, str], compounds: bool = False
) -> list[str]:
    """Return a re-cased copy of ``toks`` given IOB2 ``tags``."""
    out: list[str] = []
    for t, tag in zip(toks, tags, strict=False):
        if tag != "O":
            form = _lookup(t, lex, compounds)
            if t in PARTICLES and not tag.startswith("B-"):
                out.append(t)
            elif form is not None and form[:1].isupper():
                out.append(form)
            else:
                out.append(t[:1].upper() + t[1:])
        else:
            out.append(_lookup(t, lex, compounds) or t)
    if out and out[0][:1].islower():
        out[0] = out[0][:1].upper() + out[0][1:]
    return out


HUNSPELL_DE = "/usr/share/hunspell/de_DE.dic"
NOUN_SUFFIXES = ("", "e", "en", "n", "s", "es", "er", "ern", "ns", "nen")


def hunspell_case_lexicon(path: str = HUNSPELL_DE) -> dict[str, str]:
    """Capitalised German stems (nouns, names) from Debian's hunspell-de-de, with crude inflections.

    Training-time only: hunspell-de-de is GPL-2+, so nothing derived from it is shipped;
    it only restores noun capitalisation in lower-cased MultiCoNER text. Returns {} if absent.
    """
    from pathlib import Path

    p = Path(path)
    if not p.exists():
        return {}
    aff = p.with_suffix(".aff").read_text(encoding="latin-1").splitlines()
    enc = next((line.split()[1] for line in aff if line.startswith("SET ")), "utf-8")
    stems = [line.split("/")[0].strip() for line in p.read_text(encoding=enc).splitlines()[1:]]
    lex: dict[str, str] = {}
    for s in stems:
        if s[:1].isupper() and s.isalpha():
            for suf in NOUN_SUFFIXES:
                lex.setdefault((s + suf).lower(), s + suf)
    return lex
